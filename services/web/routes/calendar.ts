// The calendar page: subscribing to a semester's feed (link and QR code) and resetting the feeds.
import QRCode from 'qrcode';
import { callContext, type KitRouter } from '../../kit/app.ts';
import { query } from '../html.ts';
import { FormError, readSession } from '../security.ts';
import { type Site, str } from '../site.ts';
import { defaultSemester, schoolDate } from '../timetable.ts';
import * as account from '../views/account.ts';

export function calendarRoutes(router: KitRouter, site: Site): void {
  const { app, entity, identity, t, now } = site;
  const { semesters, pageContext, send, requireViewer, form, seeOther, feedUrls } = site;

  router.get('/calendar', async (ctx) => {
    const who = await requireViewer(ctx);
    if (!who) return;
    const session = readSession(ctx) ?? '';
    const call = callContext(ctx);
    const [all, me, tokens] = await Promise.all([
      semesters(call),
      entity.GetStudent({ id: who.studentId ?? '' }, call),
      identity.ListCalendarTokens({ session }, call),
    ]);
    const mine = all.filter((s) => me.semesters.includes(s.name));
    const offered = mine.length ? mine : all;
    const semester =
      offered.find((s) => s.name === ctx.query.semester)?.name ??
      defaultSemester(offered, schoolDate(now(), app.timezone))?.name ??
      '';
    const token = tokens.tokens.find((k) => k.semester === semester);
    const urls = token ? feedUrls(ctx, token.path ?? '') : { https: '', webcal: '' };
    const qrSvg = token
      ? await QRCode.toString(urls.webcal, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      : '';
    const p = await pageContext(ctx, who);
    const body = account.calendar(p, {
      semesters: offered.map((s) => s.name),
      semester,
      token,
      httpsUrl: urls.https,
      webcalUrl: urls.webcal,
      qrSvg,
    });
    send(ctx, p, t.calendar.title, body);
  });

  router.post('/calendar/subscribe', async (ctx) => {
    const f = await form(ctx);
    const who = await requireViewer(ctx);
    if (!who) return;
    const semester = f.get('semester') ?? '';
    if (!(await semesters(callContext(ctx))).some((s) => s.name === semester))
      throw new FormError(400, 'semester');
    await identity.CreateCalendarToken({ session: readSession(ctx) ?? '', semester }, callContext(ctx));
    seeOther(ctx, `/calendar${query({ semester })}`);
  });

  router.post('/calendar/reset', async (ctx) => {
    await form(ctx);
    const who = await requireViewer(ctx);
    if (!who) return;
    await identity.ResetCalendarTokens({ session: readSession(ctx) ?? '' }, callContext(ctx));
    seeOther(ctx, `/calendar${query({ semester: str(ctx.query.semester) })}`);
  });
}
