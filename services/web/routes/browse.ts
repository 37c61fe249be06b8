// Browsing: the home page, search, the timetables of students, teachers and rooms, a course's
// card with its classmates (free rooms: free-rooms.ts).

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { everyclass } from '../../../proto/generated/everyclass.js';
import { callContext, type KitRouter } from '../../kit/app.ts';
import { clientBucket } from '../../kit/clients.ts';
import { TwirpError } from '../../kit/twirp/client.ts';
import { loadOwner } from '../owners.ts';
import { intParam, PageError, type Site, str } from '../site.ts';
import { canSee, defaultSemester, type PrivacyLevel, schoolDate, weekOf } from '../timetable.ts';
import * as browse from '../views/browse.ts';

const E = everyclass.entity.v1;

const kinds = {
  student: E.Kind.STUDENT,
  teacher: E.Kind.TEACHER,
  room: E.Kind.ROOM,
  card: E.Kind.CARD,
} as const;
const PAGE = 20;
const CLASSMATES_PAGE = 60;

/** The one result to go straight to: the exact match entity names, or the only result there is. */
function singleResult(res: everyclass.entity.v1.ISearchResponse): everyclass.entity.v1.IRef | undefined {
  if (res.exact?.id) return res.exact;
  const groups = res.groups ?? [];
  const total = groups.reduce((n, g) => n + (g.total ?? 0), 0);
  return total === 1 ? groups.find((g) => g.total)?.items?.[0] : undefined;
}

export function browseRoutes(router: KitRouter, site: Site): void {
  const { app, entity, identity, t, now } = site;
  const { semesters, viewer, viewTimetable, pageContext, send, page, seeOther } = site;

  router.get('/', (ctx) => page(ctx, app.schoolName, (p) => browse.home(p, app.schoolName)));

  // Paging through number prefixes would list the whole school: searches are limited per client.
  const searches = new RateLimiterMemory({ points: site.searchesPerMinute, duration: 60 });
  router.get('/search', async (ctx) => {
    const q = str(ctx.query.q).trim().slice(0, 64);
    if (!q) return seeOther(ctx, '/');
    try {
      await searches.consume(clientBucket(ctx.ip));
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      ctx.set('Retry-After', String(Math.max(1, Math.ceil(err.msBeforeNext / 1000))));
      throw new PageError(429, t.errors.tooManyTitle, t.search.tooMany);
    }
    const kind = str(ctx.query.kind);
    const only = Object.hasOwn(kinds, kind) ? kinds[kind as keyof typeof kinds] : undefined;
    const pageNo = intParam(str(ctx.query.page), 1, 500, 1);
    const pageSize = only ? PAGE : 10;
    const res = await entity.Search(
      { query: q, kinds: only ? [only] : [], page: pageNo, pageSize },
      callContext(ctx),
    );
    // As in the original: one result, or one exact match (number, name, a room's alias), goes
    // straight to its page; a list asked for by kind stays a list.
    const straight = only ? undefined : singleResult(res);
    if (straight?.id) return seeOther(ctx, browse.refPath(straight));
    const p = await pageContext(ctx);
    const body = browse.searchResults(p, {
      q,
      groups: res.groups,
      kind: only ? kind : undefined,
      page: pageNo,
      pageSize,
    });
    send(ctx, p, t.search.title(q), body);
  });

  for (const kind of ['student', 'teacher', 'room'] as const) {
    router.get(`/${kind}/:id`, async (ctx) => {
      const id = ctx.params.id ?? '';
      const call = callContext(ctx);
      // With the semester in the URL the timetable is fetched alongside the rest, and thrown away
      // unread if the page ends up hidden or on another semester.
      const asked = str(ctx.query.semester);
      const early = /^\d{4}-\d{4}-[12]$/.test(asked)
        ? entity.GetTimetable({ id, semester: asked }, call)
        : undefined;
      early?.catch(() => {});
      const [owner, all] = await Promise.all([loadOwner(entity, t, kind, id, call), semesters(call)]);
      // A student's page: viewer, privacy level and the visit in one identity call, by the id as
      // entity spells it (identity keys accounts by the exact string: never the URL's spelling).
      const canonical = owner.id;
      if (!canonical) throw new TwirpError('not_found', 'entity answered without an id');
      const {
        viewer: who,
        level,
        granted,
        request,
      } = kind === 'student'
        ? await viewTimetable(ctx, canonical)
        : { viewer: await viewer(ctx), level: 0 as PrivacyLevel, granted: false, request: 0 };
      const offered = owner.semesters ? all.filter((s) => owner.semesters?.includes(s.name)) : all;
      const today = schoolDate(now(), app.timezone);
      const semester =
        offered.find((s) => s.name === ctx.query.semester) ??
        defaultSemester(offered.length ? offered : all, today);
      const currentWeek = semester ? weekOf(semester, today) : undefined;
      const week = intParam(
        str(ctx.query.week),
        0,
        semester?.weeks ?? 0,
        ctx.query.week ? 0 : (currentWeek ?? 0),
      );

      const visible = kind !== 'student' || granted || canSee(level, canonical, who?.studentId ?? undefined);
      let cards: everyclass.entity.v1.ICard[] | undefined;
      if (visible && semester) {
        const tt = await (early && asked === semester.name
          ? early
          : entity.GetTimetable({ id: canonical, semester: semester.name }, call));
        cards = tt.cards;
      } else if (visible) cards = [];
      const p = await pageContext(ctx, who);
      const body = browse.timetable(p, {
        kind,
        id: canonical,
        title: owner.title,
        detail: owner.detail,
        semesters: offered.length ? offered : all,
        semester,
        week,
        currentWeek,
        cards,
        hiddenLevel: level,
        slots: app.lessonSlots,
        isOwner: kind === 'student' && who?.studentId === canonical,
        access: { request, asked: ctx.query.asked === '1' },
      });
      if (kind === 'student') ctx.set('X-Robots-Tag', 'noindex, nofollow'); // people are not for search engines
      send(ctx, p, t.timetable.of(owner.title), body, visible ? 200 : 403);
    });
  }

  router.get('/card/:id', async (ctx) => {
    const id = ctx.params.id ?? '';
    const call = callContext(ctx);
    const pageNo = intParam(str(ctx.query.page), 1, 1000, 1);
    const [card, mates, who] = await Promise.all([
      entity.GetCard({ id }, call),
      entity.ListClassmates({ cardId: id, page: pageNo, pageSize: CLASSMATES_PAGE }, call),
      viewer(ctx),
    ]);
    const students = mates.students.map((s) => ({
      id: s.id ?? '',
      name: s.name ?? '',
      detail: s.detail ?? '',
    }));
    const ids = students.map((s) => s.id);
    const levels = ids.length ? (await identity.GetPrivacy({ studentIds: ids }, call)).levels : {};
    // Students who keep their timetable private are counted, not listed: not even a surname or
    // their place in the (sorted) list is shown.
    const classmates = students.filter((s) =>
      canSee((levels[s.id] ?? 0) as PrivacyLevel, s.id, who?.studentId ?? undefined),
    );
    const hidden = students.length - classmates.length;
    const p = await pageContext(ctx, who);
    const body = browse.cardPage(p, {
      card,
      slots: app.lessonSlots,
      total: mates.total,
      classmates,
      hidden,
      page: pageNo,
      pageSize: CLASSMATES_PAGE,
    });
    ctx.set('X-Robots-Tag', 'noindex, nofollow'); // a list of students
    send(ctx, p, card.courseName, body);
  });
}
