// What every page of the web service shares: the backends, messages, the viewer, rendering,
// forms with their CSRF check, redirects and the mapping of errors to friendly pages.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type CallContext, callContext, type KitContext } from '../kit/app.ts';
import type { AppConfig } from '../kit/config.ts';
import { TwirpError } from '../kit/twirp/client.ts';
import type { Backend, EntityApi, IdentityApi } from './backend.ts';
import type { SafeHtml } from './html.ts';
import { query } from './html.ts';
import { type Messages, zhCN } from './i18n/zh-CN.ts';
import { Csrf, clearSession, FormError, readForm, readSession, webKeys } from './security.ts';
import { type PrivacyLevel, type SemesterSpan, schoolDate } from './timetable.ts';
import { type Account, layout, type PageContext, type SiteFrame } from './views/layout.ts';

/** What the shared pieces need (a part of WebDeps). */
export interface SiteDeps {
  backend: Backend;
  app: AppConfig;
  /** SESSION_KEY: one key, or a list (the first signs, all verify: rotation). */
  sessionKey: Buffer | readonly Buffer[];
  /** Public base URL of the calendar feed (default: this site's origin). */
  calendarUrl?: string | undefined;
  messages?: Messages;
  now?: () => Date;
  /** Searches per client (address, IPv6 /64) per minute on this replica (default 30). */
  searchesPerMinute?: number;
  /** The running version, shown in the footer (the image's EVERYCLASS_VERSION). */
  version?: string | undefined;
}

export const stylesheet = readFileSync(new URL('./static/style.css', import.meta.url));
export const stylesheetPath = `/static/style.css?v=${createHash('sha256').update(stylesheet).digest('hex').slice(0, 10)}`;

export function intParam(
  v: string | string[] | undefined | null,
  min: number,
  max: number,
  fallback: number,
): number {
  const n = typeof v === 'string' && /^\d{1,4}$/.test(v) ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export function str(v: string | string[] | undefined): string {
  return typeof v === 'string' ? v : '';
}

/**
 * This site's own origin as the browser reached it. (Koa 3's `ctx.origin` is the request's
 * Origin header, null on a plain GET: the default feed URL read "null/calendar/…".)
 */
export function siteOrigin(ctx: KitContext): string {
  return `${ctx.protocol}://${ctx.host}`;
}

/** A page shown instead of the one asked for: its status, title and message. */
export class PageError extends Error {
  readonly status: number;
  readonly title: string;
  constructor(status: number, title: string, message: string) {
    super(message);
    this.status = status;
    this.title = title;
  }
}

/** Who looks at a student's timetable, its level, and the viewer's access request (issue 15). */
export interface TimetableViewing {
  viewer: Account | undefined;
  level: PrivacyLevel;
  /** The owner accepted the viewer's access request. */
  granted: boolean;
  /** The viewer's request: 0 none, 1 pending, 2 accepted, 3 declined (AccessStatus). */
  request: number;
}

/** The shared pieces route modules use. */
export interface Site {
  readonly app: AppConfig;
  readonly entity: EntityApi;
  readonly identity: IdentityApi;
  readonly t: Messages;
  readonly now: () => Date;
  readonly searchesPerMinute: number;
  readonly keys: { cookie: string[]; csrf: Buffer[] };
  readonly csrf: Csrf;
  semesters(call: CallContext): Promise<SemesterSpan[]>;
  /**
   * The frame's facts as last known (no call: the maintenance page and the error pages); a
   * mirrored copy's without the tier banner and the version (they tell environments apart).
   */
  frameNow(ctx: KitContext): SiteFrame;
  viewer(ctx: KitContext): Promise<Account | undefined>;
  /** For a student's timetable: who is looking and the student's privacy level (the visit is recorded). */
  viewTimetable(ctx: KitContext, id: string): Promise<TimetableViewing>;
  pageContext(ctx: KitContext, who?: Account): Promise<PageContext>;
  send(ctx: KitContext, p: PageContext, title: string, body: SafeHtml, status?: number): void;
  page(ctx: KitContext, title: string, body: (p: PageContext) => SafeHtml, status?: number): Promise<void>;
  /** The logged-in student, or a redirect to the login page (undefined). */
  requireViewer(ctx: KitContext): Promise<Account | undefined>;
  /** A submitted form with a valid CSRF token (or a 403 page). */
  form(ctx: KitContext): Promise<URLSearchParams>;
  seeOther(ctx: KitContext, to: string): void;
  feedUrls(ctx: KitContext, path: string): { https: string; webcal: string };
  toPageError(err: unknown): PageError | undefined;
}

export function createSite(deps: SiteDeps): Site {
  const { entity, identity } = deps.backend;
  const t = deps.messages ?? zhCN;
  const now = deps.now ?? (() => new Date());
  const keys = webKeys(deps.sessionKey);
  const csrf = new Csrf(keys.csrf);
  const viewers = new WeakMap<KitContext, Promise<Account | undefined>>();

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

  // When the data last changed (entity's GetDataVersion), asked at most every 30 s. The footer
  // leaves it out while entity does not answer: a page never fails for it.
  let dataUpdated: string | undefined;
  let dataAsked = 0;
  let dataAsking: Promise<void> | undefined;
  function refreshDataDate(call: CallContext): Promise<void> {
    if (Date.now() - dataAsked < 30_000) return Promise.resolve();
    dataAsking ??= entity
      .GetDataVersion({}, call)
      .then(
        (v) => {
          const at = Date.parse(v.updatedAt ?? '');
          dataUpdated = at > 0 ? schoolDate(new Date(at), deps.app.timezone) : undefined;
          dataAsked = Date.now();
        },
        () => {
          dataAsked = Date.now() - 25_000; // ask again in 5 s
        },
      )
      .finally(() => {
        dataAsking = undefined;
      });
    return dataAsking;
  }
  function frameNow(ctx: KitContext): SiteFrame {
    // A mirrored copy is compared with production's answer to the same request: the tier banner
    // and the running version describe this environment, not the answer, and would make every
    // page differ. Nobody reads a mirrored copy's page.
    const own = !ctx.state.shadow;
    return {
      tier: own ? deps.app.tier : undefined,
      version: own ? deps.version : undefined,
      dataUpdated,
      feedbackUrl: deps.app.feedbackUrl,
    };
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
  async function viewTimetable(ctx: KitContext, id: string): Promise<TimetableViewing> {
    const session = readSession(ctx) ?? '';
    const r = await identity.ViewTimetable({ studentId: id, session }, callContext(ctx));
    const who = r.viewer ?? undefined;
    if (session && !who) clearSession(ctx);
    viewers.set(ctx, Promise.resolve(who));
    return {
      viewer: who,
      level: (r.privacy ?? 0) as PrivacyLevel,
      granted: r.granted === true,
      request: r.request ?? 0,
    };
  }

  async function pageContext(ctx: KitContext, who?: Account): Promise<PageContext> {
    // The viewer first: a session found dead is cleared, and the forms' token follows suit.
    const [v] = await Promise.all([who ?? viewer(ctx), refreshDataDate(callContext(ctx))]);
    return { t, csrf: csrf.token(ctx), viewer: v, stylesheet: stylesheetPath, frame: frameNow(ctx) };
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
    const base = deps.calendarUrl ?? siteOrigin(ctx);
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

  return {
    app: deps.app,
    entity,
    identity,
    t,
    now,
    searchesPerMinute: deps.searchesPerMinute ?? 30,
    keys,
    csrf,
    semesters,
    frameNow,
    viewer,
    viewTimetable,
    pageContext,
    send,
    page,
    requireViewer,
    form,
    seeOther,
    feedUrls,
    toPageError,
  };
}
