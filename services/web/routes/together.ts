// The multi-person schedule (多人日程, issue 15 item 2): GET /together?p=s.<id>&p=t.<id>&semester=&week=
// (&q= to search people to add). Everything is in the URL, so the address is the shareable link;
// each person's timetable is read only when the viewer may see it, else they are "unknown".
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { everyclass } from '../../../proto/generated/everyclass.js';
import { callContext, type KitRouter } from '../../kit/app.ts';
import { clientBucket } from '../../kit/clients.ts';
import { TwirpError } from '../../kit/twirp/client.ts';
import { loadOwner } from '../owners.ts';
import { readSession } from '../security.ts';
import { intParam, PageError, type Site, siteOrigin, str } from '../site.ts';
import { defaultSemester, schoolDate, weekOf } from '../timetable.ts';
import { freeBusy, type Person, type PersonRef, parsePeople } from '../together.ts';
import * as views from '../views/together.ts';

const E = everyclass.entity.v1;

export function togetherRoutes(router: KitRouter, site: Site): void {
  const { app, entity, identity, t, now } = site;
  const searches = new RateLimiterMemory({ points: site.searchesPerMinute, duration: 60 });

  router.get('/together', async (ctx) => {
    const call = callContext(ctx);
    const asked = parsePeople(ctx.query.p);
    const q = str(ctx.query.q).trim().slice(0, 64);
    const [all, who] = await Promise.all([site.semesters(call), site.viewer(ctx)]);
    const today = schoolDate(now(), app.timezone);
    const semester = all.find((s) => s.name === ctx.query.semester) ?? defaultSemester(all, today);
    const currentWeek = semester ? weekOf(semester, today) : undefined;
    const week = intParam(str(ctx.query.week), 1, semester?.weeks ?? 1, currentWeek ?? 1);

    // Names first; an id that names nobody is left out rather than failing the shared link.
    const named = await Promise.all(
      asked.map((ref) =>
        loadOwner(entity, t, ref.kind, ref.id, call).then(
          (o) => ({ ref: { kind: ref.kind, id: o.id }, name: o.title }),
          (err: unknown) => {
            if (err instanceof TwirpError && err.code === 'not_found') return undefined;
            throw err;
          },
        ),
      ),
    );
    const people = named.filter((x) => x !== undefined);
    const students = people.filter((x) => x.ref.kind === 'student').map((x) => x.ref.id);
    const session = who ? (readSession(ctx) ?? '') : '';
    const visible = students.length
      ? (await identity.CheckVisibility({ session, studentIds: students }, call)).visible
      : {};
    const withCards: Person[] = await Promise.all(
      people.map(async (x) => {
        const hidden = x.ref.kind === 'student' && visible[x.ref.id] !== true;
        if (hidden || !semester) return { ...x, cards: hidden ? undefined : [] };
        const tt = await entity.GetTimetable({ id: x.ref.id, semester: semester.name }, call);
        return { ...x, cards: tt.cards };
      }),
    );

    let found: Array<{ ref: PersonRef; item: everyclass.entity.v1.IRef }> = [];
    if (q) {
      try {
        await searches.consume(clientBucket(ctx.ip));
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        ctx.set('Retry-After', String(Math.max(1, Math.ceil(err.msBeforeNext / 1000))));
        throw new PageError(429, t.errors.tooManyTitle, t.search.tooMany);
      }
      const res = await entity.Search(
        { query: q, kinds: [E.Kind.STUDENT, E.Kind.TEACHER], pageSize: 10 },
        call,
      );
      found = res.groups.flatMap((g) =>
        (g.items ?? []).map((item) => ({
          ref: {
            kind: g.kind === E.Kind.TEACHER ? ('teacher' as const) : ('student' as const),
            id: item.id ?? '',
          },
          item,
        })),
      );
    }

    const refs = people.map((x) => x.ref);
    const p = await site.pageContext(ctx, who);
    ctx.set('X-Robots-Tag', 'noindex, nofollow'); // names of people
    site.send(
      ctx,
      p,
      t.people.together.title,
      views.together(p, {
        people: withCards.map((x) => ({ ref: x.ref, name: x.name, unknown: x.cards === undefined })),
        semesters: all,
        semester,
        week,
        currentWeek,
        q,
        found,
        grid: withCards.length && semester ? freeBusy(withCards, app.lessonSlots, week) : undefined,
        shareUrl: `${siteOrigin(ctx)}${views.togetherHref(refs, semester?.name ?? '', week)}`,
      }),
    );
  });
}
