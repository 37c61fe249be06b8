// The web service: server-rendered pages over the entity and identity services (Twirp only).
// Every page: security headers, HTML-escaped output, a CSRF token in every form, a friendly
// page for errors (404 for a hand-made or tampered identifier), no scripts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { everyclass } from '../../proto/generated/everyclass.js';
import {
  type CallContext,
  callContext,
  createServiceApp,
  type KitApp,
  type KitContext,
  newRouter,
  type ReadinessCheck,
} from '../kit/app.ts';
import type { AppConfig } from '../kit/config.ts';
import type { Logger } from '../kit/log.ts';
import type { HttpMetrics } from '../kit/metrics.ts';
import type { ErrorReporter } from '../kit/sentry.ts';
import { TwirpError } from '../kit/twirp.ts';
import type { Backend } from './backend.ts';
import type { SafeHtml } from './html.ts';
import { query } from './html.ts';
import { type Messages, zhCN } from './i18n/zh-CN.ts';
import {
  Csrf,
  clearSession,
  FormError,
  readForm,
  readSession,
  safeNext,
  setSecurityHeaders,
  webKeys,
  writeSession,
} from './security.ts';
import {
  canSee,
  defaultSemester,
  maskName,
  type PrivacyLevel,
  type SemesterSpan,
  schoolDate,
  weekOf,
} from './timetable.ts';
import * as account from './views/account.ts';
import * as browse from './views/browse.ts';
import { type Account, errorBody, layout, type PageContext } from './views/layout.ts';

const E = everyclass.entity.v1;

export interface WebDeps {
  backend: Backend;
  app: AppConfig;
  sessionKey: Buffer;
  /** Public base URL of the calendar feed (default: this site's origin). */
  calendarUrl?: string | undefined;
  messages?: Messages;
  /** Dependencies /readyz checks (entity and identity). */
  readiness?: ReadinessCheck[];
  now?: () => Date;
  logger: Logger;
  metrics: HttpMetrics;
  reporter?: ErrorReporter;
  isDraining?: () => boolean;
}

const stylesheet = readFileSync(new URL('./static/style.css', import.meta.url));
const stylesheetPath = `/static/style.css?v=${createHash('sha256').update(stylesheet).digest('hex').slice(0, 10)}`;

const kinds = {
  student: E.Kind.STUDENT,
  teacher: E.Kind.TEACHER,
  room: E.Kind.ROOM,
  card: E.Kind.CARD,
} as const;
const PAGE = 20;
const CLASSMATES_PAGE = 60;

function intParam(
  v: string | string[] | undefined | null,
  min: number,
  max: number,
  fallback: number,
): number {
  const n = typeof v === 'string' && /^\d{1,4}$/.test(v) ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function str(v: string | string[] | undefined): string {
  return typeof v === 'string' ? v : '';
}

/** A page shown instead of the one asked for: its status, title and message. */
class PageError extends Error {
  readonly status: number;
  readonly title: string;
  constructor(status: number, title: string, message: string) {
    super(message);
    this.status = status;
    this.title = title;
  }
}

export function createApp(deps: WebDeps): KitApp {
  const { entity, identity } = deps.backend;
  const t = deps.messages ?? zhCN;
  const now = deps.now ?? (() => new Date());
  const keys = webKeys(deps.sessionKey);
  const csrf = new Csrf(keys.csrf);
  const router = newRouter();
  const viewers = new WeakMap<KitContext, Promise<Account | undefined>>();

  // ---- shared pieces

  let semestersCache: { at: number; list: Promise<SemesterSpan[]> } | undefined;
  function semesters(call: CallContext): Promise<SemesterSpan[]> {
    if (!semestersCache || Date.now() - semestersCache.at > 30_000) {
      const list = entity
        .ListSemesters({}, call)
        .then((r) =>
          r.semesters.map((s) => ({ name: s.name ?? '', start: s.start ?? '', weeks: s.weeks ?? 0 })),
        );
      list.catch(() => {
        semestersCache = undefined;
      });
      semestersCache = { at: Date.now(), list };
      return list;
    }
    return semestersCache.list;
  }

  function viewer(ctx: KitContext): Promise<Account | undefined> {
    let v = viewers.get(ctx);
    if (!v) {
      const session = readSession(ctx);
      v = session
        ? identity.GetSession({ session }, callContext(ctx)).then(
            (s) => s.account ?? undefined,
            (err: unknown) => {
              if (err instanceof TwirpError && err.code === 'unauthenticated') {
                clearSession(ctx);
                return undefined;
              }
              throw err;
            },
          )
        : Promise.resolve(undefined);
      viewers.set(ctx, v);
    }
    return v;
  }

  /** For a student's timetable: who is looking and the student's privacy level (the visit is recorded). */
  async function viewTimetable(
    ctx: KitContext,
    id: string,
  ): Promise<{ viewer: Account | undefined; level: PrivacyLevel }> {
    const session = readSession(ctx) ?? '';
    const r = await identity.ViewTimetable({ studentId: id, session }, callContext(ctx));
    const who = r.viewer ?? undefined;
    if (session && !who) clearSession(ctx);
    viewers.set(ctx, Promise.resolve(who));
    return { viewer: who, level: (r.privacy ?? 0) as PrivacyLevel };
  }

  async function pageContext(ctx: KitContext, who?: Account): Promise<PageContext> {
    return { t, csrf: csrf.token(ctx), viewer: who ?? (await viewer(ctx)), stylesheet: stylesheetPath };
  }

  function send(ctx: KitContext, p: PageContext, title: string, body: SafeHtml, status = 200): void {
    ctx.status = status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = layout(p, title, body).value;
  }

  async function page(ctx: KitContext, title: string, body: (p: PageContext) => SafeHtml, status = 200) {
    const p = await pageContext(ctx);
    send(ctx, p, title, body(p), status);
  }

  /** The logged-in student, or a redirect to the login page (undefined). */
  async function requireViewer(ctx: KitContext): Promise<Account | undefined> {
    const who = await viewer(ctx);
    if (!who) {
      ctx.status = 303;
      // After logging in, a form's page (its POST path has no page of its own).
      ctx.redirect(`/login${query({ next: ctx.method === 'GET' ? ctx.originalUrl : '/settings' })}`);
    }
    return who;
  }

  /** A submitted form with a valid CSRF token (or a 403 page). */
  async function form(ctx: KitContext): Promise<URLSearchParams> {
    const f = await readForm(ctx);
    if (!csrf.valid(ctx, f)) throw new PageError(403, t.errors.csrfTitle, t.errors.csrf);
    return f;
  }

  function seeOther(ctx: KitContext, to: string): void {
    ctx.status = 303;
    ctx.redirect(to);
  }

  function feedUrls(ctx: KitContext, path: string): { https: string; webcal: string } {
    const base = deps.calendarUrl ?? ctx.origin;
    const https = `${base}${path}`;
    return { https, webcal: https.replace(/^https?:/, 'webcal:') };
  }

  function toPageError(err: unknown): PageError | undefined {
    if (err instanceof PageError) return err;
    if (err instanceof FormError)
      return new PageError(err.status, t.errors.badRequestTitle, t.errors.badRequest);
    if (!(err instanceof TwirpError)) return undefined;
    switch (err.code) {
      case 'not_found':
      case 'bad_route':
        return new PageError(404, t.errors.notFoundTitle, t.errors.notFound);
      case 'invalid_argument':
      case 'malformed':
      case 'out_of_range':
        return new PageError(400, t.errors.badRequestTitle, t.errors.badRequest);
      case 'resource_exhausted':
        return new PageError(429, t.errors.tooManyTitle, t.login.tooMany);
      case 'unauthenticated':
        return new PageError(401, t.login.title, t.login.wrong);
      default:
        return new PageError(503, t.errors.unavailableTitle, t.errors.unavailable);
    }
  }

  // Every page: security headers; errors become a friendly page with the right status.
  router.use(async (ctx, next) => {
    setSecurityHeaders(ctx);
    try {
      await next();
    } catch (err) {
      const pe = toPageError(err);
      if (!pe || pe.status >= 500) ctx.state.log.error({ err }, 'page failed');
      if (!pe) deps.reporter?.report(err, { requestId: ctx.state.requestId, path: ctx.path });
      const e = pe ?? new PageError(500, t.errors.unavailableTitle, t.errors.unavailable);
      const p = { t, csrf: csrf.token(ctx), viewer: undefined, stylesheet: stylesheetPath };
      send(ctx, p, e.title, errorBody(p, e.title, e.message), e.status);
    }
  });

  router.get('/static/style.css', (ctx) => {
    ctx.type = 'text/css; charset=utf-8';
    ctx.set('Cache-Control', 'public, max-age=86400, immutable');
    ctx.body = stylesheet;
  });

  // ---- browsing

  router.get('/', (ctx) => page(ctx, deps.app.schoolName, (p) => browse.home(p, deps.app.schoolName)));

  router.get('/search', async (ctx) => {
    const q = str(ctx.query.q).trim().slice(0, 64);
    if (!q) return seeOther(ctx, '/');
    const kind = str(ctx.query.kind);
    const only = Object.hasOwn(kinds, kind) ? kinds[kind as keyof typeof kinds] : undefined;
    const pageNo = intParam(str(ctx.query.page), 1, 500, 1);
    const pageSize = only ? PAGE : 10;
    const [res, p] = await Promise.all([
      entity.Search({ query: q, kinds: only ? [only] : [], page: pageNo, pageSize }, callContext(ctx)),
      pageContext(ctx),
    ]);
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
      const [owner, all, { viewer: who, level }] = await Promise.all([
        kind === 'student'
          ? entity.GetStudent({ id }, call).then((s) => ({
              title: s.name,
              detail: [s.klass, s.major, s.department].filter(Boolean).join(t.detailSeparator),
              semesters: s.semesters,
            }))
          : kind === 'teacher'
            ? entity.GetTeacher({ id }, call).then((x) => ({
                title: x.name,
                detail: [x.title, x.department].filter(Boolean).join(t.detailSeparator),
                semesters: x.semesters,
              }))
            : entity.GetRoom({ id }, call).then((r) => ({
                title: r.name,
                detail: [r.building, r.campus, t.timetable.capacity(r.capacity)]
                  .filter(Boolean)
                  .join(t.detailSeparator),
                semesters: undefined,
              })),
        semesters(call),
        // A student's page: viewer, privacy level and the visit in one identity call.
        kind === 'student'
          ? viewTimetable(ctx, id)
          : viewer(ctx).then((v) => ({ viewer: v, level: 0 as PrivacyLevel })),
      ]);
      const offered = owner.semesters ? all.filter((s) => owner.semesters?.includes(s.name)) : all;
      const today = schoolDate(now());
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

      const visible = kind !== 'student' || canSee(level, id, who?.studentId ?? undefined);
      let cards: everyclass.entity.v1.ICard[] | undefined;
      if (visible && semester) {
        const tt = await (early && asked === semester.name
          ? early
          : entity.GetTimetable({ id, semester: semester.name }, call));
        cards = tt.cards;
      } else if (visible) cards = [];
      const p = await pageContext(ctx, who);
      const body = browse.timetable(p, {
        kind,
        id,
        title: owner.title,
        detail: owner.detail,
        semesters: offered.length ? offered : all,
        semester,
        week,
        currentWeek,
        cards,
        hiddenLevel: level,
        slots: deps.app.lessonSlots,
        isOwner: kind === 'student' && who?.studentId === id,
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
    const classmates = students.map((s) => {
      const visible = canSee((levels[s.id] ?? 0) as PrivacyLevel, s.id, who?.studentId ?? undefined);
      return visible
        ? { ...s, visible }
        : { id: '', name: maskName(s.name, t.card.masked), detail: '', visible };
    });
    const p = await pageContext(ctx, who);
    const body = browse.cardPage(p, {
      card,
      slots: deps.app.lessonSlots,
      total: mates.total,
      classmates,
      page: pageNo,
      pageSize: CLASSMATES_PAGE,
    });
    ctx.set('X-Robots-Tag', 'noindex, nofollow'); // a list of students
    send(ctx, p, card.courseName, body);
  });

  router.get('/rooms/free', async (ctx) => {
    const call = callContext(ctx);
    const all = await semesters(call);
    const today = schoolDate(now());
    const semester = all.find((s) => s.name === ctx.query.semester) ?? defaultSemester(all, today);
    const asked = semester !== undefined && ctx.query.week !== undefined;
    const week = intParam(
      str(ctx.query.week),
      1,
      semester?.weeks ?? 30,
      (semester && weekOf(semester, today)) || 1,
    );
    const todayWeekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const weekday = intParam(str(ctx.query.weekday), 1, 7, todayWeekday);
    const slot = intParam(str(ctx.query.slot), 1, deps.app.lessonSlots.length, 1) - 1;
    const building = str(ctx.query.building).slice(0, 64);
    let rooms: everyclass.entity.v1.IRoom[] | undefined;
    let buildings: string[] = [];
    if (asked && semester) {
      const periods = [2 * slot + 1, 2 * slot + 2];
      const [a, b] = await Promise.all(
        periods.map((period) => entity.FreeRooms({ semester: semester.name, week, weekday, period }, call)),
      );
      const inB = new Set((b?.rooms ?? []).map((r) => r.id));
      const free = (a?.rooms ?? []).filter((r) => inB.has(r.id));
      buildings = [...new Set(free.map((r) => r.building ?? ''))].filter(Boolean).sort();
      rooms = building ? free.filter((r) => r.building === building) : free;
    }
    await page(ctx, t.freeRooms.title, (p) =>
      browse.freeRooms(p, {
        semesters: all,
        semester: semester?.name ?? '',
        week,
        weekday,
        slot,
        building,
        buildings: building && !buildings.includes(building) ? [...buildings, building] : buildings,
        slots: deps.app.lessonSlots,
        rooms,
      }),
    );
  });

  // ---- accounts

  router.get('/login', async (ctx) => {
    if (await viewer(ctx)) return seeOther(ctx, '/settings');
    const next = safeNext(str(ctx.query.next), '/settings');
    await page(ctx, t.login.title, (p) => account.login(p, { code: '', next }));
  });

  router.post('/login', async (ctx) => {
    const f = await form(ctx);
    const code = (f.get('code') ?? '').trim().slice(0, 32);
    const next = safeNext(f.get('next'), '/settings');
    try {
      const s = await identity.Login(
        { studentCode: code, password: f.get('password') ?? '', clientAddress: ctx.ip },
        callContext(ctx),
      );
      writeSession(ctx, s.token, s.expiresAt);
      seeOther(ctx, next);
    } catch (err) {
      if (!(err instanceof TwirpError)) throw err;
      if (err.code === 'resource_exhausted') {
        const retry = err.meta.retry_after_seconds;
        if (retry && /^\d+$/.test(retry)) ctx.set('Retry-After', retry);
      }
      const status = err.code === 'resource_exhausted' ? 429 : err.code === 'unauthenticated' ? 401 : 0;
      if (!status) throw err;
      const error = status === 429 ? t.login.tooMany : t.login.wrong;
      await page(ctx, t.login.title, (p) => account.login(p, { code, next, error }), status);
    }
  });

  router.post('/logout', async (ctx) => {
    await form(ctx);
    const session = readSession(ctx);
    if (session) await identity.Logout({ session }, callContext(ctx));
    clearSession(ctx);
    seeOther(ctx, '/');
  });

  router.get('/register', async (ctx) => {
    await page(ctx, t.register.title, (p) => account.register(p, { code: '', domain: deps.app.emailDomain }));
  });

  router.post('/register', async (ctx) => {
    const f = await form(ctx);
    const code = (f.get('code') ?? '').trim();
    const call = callContext(ctx);
    const again = (error: string, status: number) =>
      page(
        ctx,
        t.register.title,
        (p) => account.register(p, { code, domain: deps.app.emailDomain, error }),
        status,
      );
    if (!/^[A-Za-z0-9]{1,32}$/.test(code)) return again(t.register.unknown, 400);
    const found = await entity.Search({ query: code, kinds: [E.Kind.STUDENT], pageSize: 10 }, call);
    const student = found.groups.flatMap((g) => g.items).find((r) => r?.code === code);
    if (!student) return again(t.register.unknown, 400);
    try {
      const res = await identity.StartRegistration(
        { studentId: student.id ?? '', clientAddress: ctx.ip },
        call,
      );
      await page(ctx, t.register.title, (p) =>
        account.register(p, { code, domain: deps.app.emailDomain, sent: res.email }),
      );
    } catch (err) {
      if (err instanceof TwirpError && err.code === 'resource_exhausted')
        return again(t.register.tooMany, 429);
      throw err;
    }
  });

  const badLink = () => new PageError(404, t.register.setTitle, t.register.badLink);

  router.get('/register/verify', async (ctx) => {
    const token = str(ctx.query.token);
    if (!token) throw badLink();
    const res = await identity.CheckRegistration({ token }, callContext(ctx)).catch((err: unknown) => {
      throw err instanceof TwirpError && err.code === 'not_found' ? badLink() : err;
    });
    await page(ctx, t.register.setTitle, (p) =>
      account.setPassword(p, { token, name: res.account?.name ?? '' }),
    );
  });

  router.post('/register/verify', async (ctx) => {
    const f = await form(ctx);
    const token = f.get('token') ?? '';
    try {
      const s = await identity.CompleteRegistration(
        { token, password: f.get('password') ?? '' },
        callContext(ctx),
      );
      writeSession(ctx, s.token, s.expiresAt);
      seeOther(ctx, '/settings');
    } catch (err) {
      if (!(err instanceof TwirpError)) throw err;
      if (err.code === 'not_found') throw badLink();
      if (err.code !== 'invalid_argument') throw err;
      const reason = t.register.reasons[err.meta.reason ?? ''] ?? t.register.reasons.too_guessable ?? '';
      const check = await identity.CheckRegistration({ token }, callContext(ctx));
      await page(
        ctx,
        t.register.setTitle,
        (p) =>
          account.setPassword(p, {
            token,
            name: check.account?.name ?? '',
            error: `${t.register.weak}${reason}`,
          }),
        400,
      );
    }
  });

  router.get('/settings', async (ctx) => {
    const who = await requireViewer(ctx);
    if (!who) return;
    const session = readSession(ctx) ?? '';
    const call = callContext(ctx);
    const [tokens, visitors] = await Promise.all([
      identity.ListCalendarTokens({ session }, call),
      identity.ListVisitors({ session, limit: 20 }, call),
    ]);
    const p = await pageContext(ctx, who);
    const body = account.settings(p, {
      privacy: who.privacy ?? 0,
      saved: ctx.query.saved === '1',
      tokens: tokens.tokens,
      feedUrl: (path) => feedUrls(ctx, path).https,
      visitors: visitors.visitors,
      anonymous: visitors.anonymousCount,
    });
    send(ctx, p, t.settings.title, body);
  });

  /** A settings form: CSRF-checked, for the logged-in student only. */
  function settingsPost(
    path: string,
    act: (f: URLSearchParams, session: string, call: CallContext) => Promise<string>,
  ) {
    router.post(path, async (ctx) => {
      const f = await form(ctx);
      const who = await requireViewer(ctx);
      if (!who) return;
      seeOther(ctx, await act(f, readSession(ctx) ?? '', callContext(ctx)));
    });
  }

  settingsPost('/settings/privacy', async (f, session, call) => {
    const privacy = intParam(f.get('privacy'), 0, 2, -1);
    if (privacy < 0) throw new FormError(400, 'privacy');
    await identity.SetPrivacy({ session, privacy }, call);
    return '/settings?saved=1';
  });

  settingsPost('/settings/tokens/revoke', async (f, session, call) => {
    await identity.RevokeCalendarToken({ session, id: f.get('id') ?? '' }, call);
    return '/settings';
  });

  settingsPost('/settings/tokens/reset', async (_f, session, call) => {
    await identity.ResetCalendarTokens({ session }, call);
    return '/settings';
  });

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
      defaultSemester(offered, schoolDate(now()))?.name ??
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

  const app = createServiceApp({
    name: 'web',
    logger: deps.logger,
    metrics: deps.metrics,
    router,
    reporter: deps.reporter,
    isDraining: deps.isDraining,
    readiness: deps.readiness ?? [],
  });
  app.keys = [keys.cookie];
  // Anything no route matched: the friendly 404 page.
  app.use(async (ctx) => {
    const kctx = ctx as unknown as KitContext;
    setSecurityHeaders(kctx);
    const p = { t, csrf: csrf.token(kctx), viewer: undefined, stylesheet: stylesheetPath };
    send(kctx, p, t.errors.notFoundTitle, errorBody(p, t.errors.notFoundTitle, t.errors.notFound), 404);
  });
  return app;
}
