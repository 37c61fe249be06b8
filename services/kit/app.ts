// The koa app every service is built on: request ids, one JSON log line per request, metrics
// (shadow traffic labelled apart), one error path answering Twirp-shaped JSON for every 4xx/5xx,
// and /healthz (the process answers: never a dependency), /readyz (every dependency answers, each
// within 1.5 s; the body names what does not), /metrics. No business logic here.
import { randomUUID } from 'node:crypto';
import Router, { type RouterContext } from '@koa/router';
import Koa from 'koa';
import { SHADOW_SIGNATURE_HEADER, verifyShadow } from './callers.ts';
import { AppError, asAppError, toErrorBody } from './errors.ts';
import { errorMessage, oneLine } from './fatal.ts';
import type { Logger } from './log.ts';
import type { HttpMetrics } from './metrics.ts';
import { type ErrorReporter, noReporter } from './sentry.ts';

export const SHADOW_HEADER = 'x-everyclass-shadow';
export const REQUEST_ID_HEADER = 'x-request-id';
export const TIMEOUT_HEADER = 'x-everyclass-timeout-ms';

/** What every request carries, typed (instead of koa's untyped state bag). */
export interface KitState {
  requestId: string;
  /** Mirrored traffic: must never cause side effects. */
  shadow: boolean;
  /** Absolute deadline (epoch ms) propagated by the caller, if any. */
  deadline: number | undefined;
  /** The service that signed this RPC (callers.ts), once mountTwirp has checked it. */
  caller?: string | undefined;
  log: Logger;
}

export type KitContext = RouterContext<KitState>;
export type KitRouter = Router<KitState>;
export type KitApp = Koa<KitState>;

/** The per-call context handlers receive and pass on to downstream calls. */
export interface CallContext {
  requestId: string;
  shadow: boolean;
  deadline: number | undefined;
  /** The signed caller of an RPC (undefined on pages, or where the service runs without keys). */
  caller?: string | undefined;
  log: Logger;
}

export function callContext(ctx: KitContext): CallContext {
  const { requestId, shadow, deadline, log, caller } = ctx.state;
  return { requestId, shadow, deadline, log, caller };
}

/**
 * Whether a request is mirrored traffic. On RPCs the flag is passed on between services (and,
 * where the service has keys, mountTwirp refuses a call whose signature does not cover it). On
 * anything else only the shadow proxy's signature under one of `shadowKeys` makes it so: without
 * keys, or with a bad signature, a client's flag is ignored (it must not skip its visit record).
 */
function isShadow(ctx: Koa.Context, shadowKeys: readonly Buffer[]): boolean {
  if (ctx.get(SHADOW_HEADER) !== '1') return false;
  if (ctx.path.startsWith('/twirp/')) return true;
  return verifyShadow(shadowKeys, ctx.get(SHADOW_SIGNATURE_HEADER), ctx.method, ctx.originalUrl);
}

export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

/** How long /readyz waits for one check (the readiness probe gives up after 2 s). */
export const readinessTimeoutMs = 1500;

/** The check's outcome within `timeoutMs`: 'ok', or what failed (one line, credentials masked). */
export async function runCheck(r: ReadinessCheck, timeoutMs = readinessTimeoutMs): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([r.check(), late]);
    return 'ok';
  } catch (err) {
    return oneLine(errorMessage(err));
  } finally {
    clearTimeout(timer);
  }
}

/** A peer service is up: its /healthz answers (not its /readyz: its own dependencies are its business). */
export function peerCheck(name: string, baseUrl: string, timeoutMs = readinessTimeoutMs): ReadinessCheck {
  return {
    name,
    check: async () => {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${name} /healthz answered ${res.status}`);
    },
  };
}

export interface ServiceAppOptions {
  name: string;
  logger: Logger;
  metrics: HttpMetrics;
  router: KitRouter;
  readiness?: ReadinessCheck[];
  reporter?: ErrorReporter;
  /** Set while draining: /readyz answers 503 so load balancers stop sending. */
  isDraining?: () => boolean;
  /**
   * How many X-Forwarded-For entries, counted from the end, our own proxies appended
   * (TRUSTED_PROXY_HOPS: 1 behind the Ingress, 2 with the mirror proxy in front too). Default 1.
   */
  trustedProxyHops?: number;
  /** Keys the shadow proxy signs its copies' flag with (SHADOW_KEY); none: pages are never shadow. */
  shadowKeys?: readonly Buffer[];
  /**
   * Whether /readyz and /metrics are served here (default). False for a public app whose admin
   * port serves them (web: its /readyz names failing dependencies, /metrics is for Prometheus).
   */
  adminEndpoints?: boolean;
}

/** A path fit for logs: calendar feed tokens are secrets (whoever has one reads a timetable). */
export function loggablePath(path: string): string {
  return path.replace(/^(\/calendar\/ics\/)[^/]+$/, '$1:token.ics');
}

export function newRouter(): KitRouter {
  return new Router<KitState>();
}

export function createServiceApp(opts: ServiceAppOptions): KitApp {
  const app = new Koa<KitState>();
  // Behind the Ingress the client address is the entry the Ingress appended to X-Forwarded-For;
  // trusting only the last entries our own proxies wrote (opts.trustedProxyHops) means a client
  // cannot pick its own address, and so its own rate-limit bucket, by sending the header itself.
  app.proxy = true;
  app.maxIpsCount = opts.trustedProxyHops ?? 1;
  const reporter = opts.reporter ?? noReporter;
  const { metrics } = opts;

  app.use(async (ctx, next) => {
    const started = process.hrtime.bigint();
    const incoming = ctx.get(REQUEST_ID_HEADER);
    const requestId = /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
    const shadow = isShadow(ctx, opts.shadowKeys ?? []);
    const timeout = Number(ctx.get(TIMEOUT_HEADER));
    ctx.state.requestId = requestId;
    ctx.state.shadow = shadow;
    ctx.state.deadline = Number.isFinite(timeout) && timeout > 0 ? Date.now() + timeout : undefined;
    // The request's logger child is made on first use: most requests log nothing below info.
    let log: Logger | undefined;
    Object.defineProperty(ctx.state, 'log', {
      get: () => (log ??= opts.logger.child({ requestId })),
      set: (l: Logger) => {
        log = l;
      },
      enumerable: true,
      configurable: true,
    });
    ctx.set('X-Request-Id', requestId);
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined)
        throw new AppError('bad_route', `no route for ${ctx.method} ${ctx.path}`);
    } catch (err) {
      const appErr = asAppError(err);
      if (!(err instanceof AppError)) {
        ctx.state.log.error({ err }, 'request failed');
        reporter.report(err, { requestId, path: loggablePath(ctx.path) });
      }
      ctx.status = appErr.status;
      ctx.body = toErrorBody(appErr);
      ctx.set('Cache-Control', 'no-store');
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeLabel(ctx);
    const labels = { route, method: ctx.method, status: String(ctx.status), shadow: String(shadow) };
    metrics.requests.inc(labels);
    metrics.duration.observe(labels, seconds);
    if (
      route !== '/metrics' &&
      route !== '/healthz' &&
      route !== '/readyz' &&
      opts.logger.isLevelEnabled('info')
    ) {
      // The access line needs no child of its own: the request id as a field reads the same.
      (log ?? opts.logger).info(
        {
          ...(log ? {} : { requestId }),
          method: ctx.method,
          path: loggablePath(ctx.path),
          status: ctx.status,
          ms: Math.round(seconds * 1e4) / 10,
          shadow,
        },
        'request',
      );
    }
  });

  const health = newRouter();
  health.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  if (opts.adminEndpoints !== false) adminRoutes(health, opts);
  app.use(health.routes());
  app.use(opts.router.routes());
  app.use(
    opts.router.allowedMethods({ throw: true, methodNotAllowed: () => new AppError('method_not_allowed') }),
  );
  app.on('error', () => {
    /* every error is answered and logged above */
  });
  return app;
}

/** /readyz (every dependency, each within 1.5 s; 503 while draining) and /metrics. */
function adminRoutes(health: KitRouter, opts: ServiceAppOptions): void {
  const { metrics } = opts;
  health.get('/readyz', async (ctx) => {
    if (opts.isDraining?.()) {
      ctx.status = 503;
      ctx.body = { status: 'draining' };
      return;
    }
    const results = await Promise.all(
      (opts.readiness ?? []).map(async (r) => [r.name, await runCheck(r)] as const),
    );
    const ok = results.every(([, s]) => s === 'ok');
    ctx.status = ok ? 200 : 503;
    ctx.body = { status: ok ? 'ok' : 'unavailable', checks: Object.fromEntries(results) };
  });
  health.get('/metrics', async (ctx) => {
    ctx.type = metrics.registry.contentType;
    ctx.body = await metrics.registry.metrics();
  });
}

/** The route pattern (not the raw path) so that metrics keep a bounded set of labels. */
function routeLabel(ctx: Koa.ParameterizedContext<KitState>): string {
  const matched = (ctx as unknown as { _matchedRoute?: string | RegExp })._matchedRoute;
  if (typeof matched === 'string') return matched;
  return ctx.status === 404 ? 'unmatched' : 'other';
}
