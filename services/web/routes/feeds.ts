// Other people's timetables: the subscription page of any timetable the viewer may see, and
// access requests for private ones (issue 15, items 1 and 3). The feed itself is the calendar
// service's; identity seals the link (a capability) and decides at every fetch what it shows.
import QRCode from 'qrcode';
import { everyclass } from '../../../proto/generated/everyclass.js';
import { callContext, type KitRouter } from '../../kit/app.ts';
import { TwirpError } from '../../kit/twirp/client.ts';
import { loadOwner, type OwnerKind, ownerKinds } from '../owners.ts';
import { FormError, readSession } from '../security.ts';
import { PageError, type Site } from '../site.ts';
import { defaultSemester, schoolDate } from '../timetable.ts';
import * as feeds from '../views/feeds.ts';
import { errorBody } from '../views/layout.ts';

const Answer = everyclass.identity.v1.AccessAnswer;
const answers: Record<string, everyclass.identity.v1.AccessAnswer> = {
  accept: Answer.ACCEPT,
  decline: Answer.DECLINE,
  revoke: Answer.REVOKE,
};

export function feedRoutes(router: KitRouter, site: Site): void {
  const { app, entity, identity, t, now } = site;
  const { semesters, viewer, pageContext, send, requireViewer, form, seeOther, feedUrls } = site;

  router.get('/subscribe/:kind/:id', async (ctx) => {
    const kind = ctx.params.kind as OwnerKind;
    if (!ownerKinds.includes(kind)) throw new TwirpError('not_found', 'no such kind');
    const call = callContext(ctx);
    const session = readSession(ctx) ?? '';
    const [owner, all, who] = await Promise.all([
      loadOwner(entity, t, kind, ctx.params.id ?? '', call),
      semesters(call),
      viewer(ctx),
    ]);
    // One's own timetable: the personal link, which can be revoked and reset.
    if (kind === 'student' && who?.studentId === owner.id) {
      const semester = typeof ctx.query.semester === 'string' ? ctx.query.semester : '';
      return seeOther(ctx, `/calendar${semester ? `?semester=${encodeURIComponent(semester)}` : ''}`);
    }
    if (kind === 'student') {
      // Asked without recording a visit: the subscription page is not a look at the timetable.
      const seen = await identity.CheckVisibility(
        { session: who ? session : '', studentIds: [owner.id] },
        call,
      );
      if (seen.visible[owner.id] !== true) {
        const p = await pageContext(ctx, who);
        const title = t.errors.forbiddenTitle;
        return send(ctx, p, title, errorBody(p, title, t.timetable.hidden2), 403);
      }
    }
    const offered = owner.semesters ? all.filter((s) => owner.semesters?.includes(s.name)) : all;
    const list = offered.length ? offered : all;
    const semester =
      list.find((s) => s.name === ctx.query.semester) ??
      defaultSemester(list, schoolDate(now(), app.timezone));
    if (!semester) throw new TwirpError('not_found', 'no semester');
    const link = await identity.CreateFeedLink(
      { session: who ? session : '', ownerId: owner.id, semester: semester.name },
      call,
    );
    const urls = feedUrls(ctx, link.path);
    const qrSvg = await QRCode.toString(urls.webcal, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    const p = await pageContext(ctx, who);
    if (kind === 'student') ctx.set('X-Robots-Tag', 'noindex, nofollow');
    send(
      ctx,
      p,
      t.people.feeds.title(owner.title),
      feeds.subscribePage(p, {
        kind,
        id: owner.id,
        title: owner.title,
        detail: owner.detail,
        semesters: list.map((s) => s.name),
        semester: semester.name,
        httpsUrl: urls.https,
        webcalUrl: urls.webcal,
        qrSvg,
      }),
    );
  });

  router.post('/access/request', async (ctx) => {
    const f = await form(ctx);
    const who = await requireViewer(ctx);
    if (!who) return;
    const owner = f.get('owner') ?? '';
    if (!/^[A-Za-z0-9_-]{1,200}$/.test(owner)) throw new FormError(400, 'owner');
    try {
      await identity.RequestAccess({ session: readSession(ctx) ?? '', ownerId: owner }, callContext(ctx));
    } catch (err) {
      if (err instanceof TwirpError && err.code === 'resource_exhausted') {
        const retry = err.meta.retry_after_seconds;
        if (retry && /^\d+$/.test(retry)) ctx.set('Retry-After', retry);
        throw new PageError(429, t.errors.tooManyTitle, t.people.access.tooMany);
      }
      throw err;
    }
    seeOther(ctx, `/student/${owner}?asked=1`);
  });

  router.post('/settings/access', async (ctx) => {
    const f = await form(ctx);
    const who = await requireViewer(ctx);
    if (!who) return;
    const answer = answers[f.get('answer') ?? ''];
    if (answer === undefined) throw new FormError(400, 'answer');
    await identity.AnswerAccessRequest(
      { session: readSession(ctx) ?? '', askerId: f.get('asker') ?? '', answer },
      callContext(ctx),
    );
    seeOther(ctx, '/settings#access-requests');
  });
}
