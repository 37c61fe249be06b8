// The web service: server-rendered pages over the entity and identity services (Twirp only).
// Every page: security headers, HTML-escaped output, a CSRF token in every form, a friendly
// page for errors (404 for a hand-made or tampered identifier), no scripts.
// This file is the wiring: the shared pieces are in site.ts, the routes in routes/.
import {
  createServiceApp,
  type KitApp,
  type KitContext,
  newRouter,
  type ReadinessCheck,
} from '../kit/app.ts';
import { headers } from '../kit/contract.ts';
import type { Logger } from '../kit/log.ts';
import type { HttpMetrics } from '../kit/metrics.ts';
import type { ErrorReporter } from '../kit/sentry.ts';
import type { DataVersionSource } from './dataversion.ts';
import { accountRoutes } from './routes/account.ts';
import { browseRoutes } from './routes/browse.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { setSecurityHeaders, setTransportSecurity } from './security.ts';
import { createSite, PageError, type SiteDeps, stylesheet, stylesheetPath } from './site.ts';
import { errorBody } from './views/layout.ts';

export interface WebDeps extends SiteDeps {
  /** Dependencies /readyz checks (entity and identity): on the admin app (createAdminApp). */
  readiness?: ReadinessCheck[];
  logger: Logger;
  metrics: HttpMetrics;
  reporter?: ErrorReporter;
  isDraining?: () => boolean;
  trustedProxyHops?: number;
  /** SHADOW_KEY: the shadow proxy's signature makes a page request shadow traffic (kit/callers.ts). */
  shadowKeys?: readonly Buffer[];
  /** entity's data version, told on every page (X-EveryClass-Data-Version) for the mirror's comparison. */
  dataVersion?: DataVersionSource;
}

export function createApp(deps: WebDeps): KitApp {
  const site = createSite(deps);
  const { t, keys, csrf, send, toPageError } = site;
  const router = newRouter();

  // Every page: security headers, the data version; errors become a friendly page with the right status.
  router.use(async (ctx, next) => {
    setSecurityHeaders(ctx);
    setTransportSecurity(ctx);
    const dataVersion = deps.dataVersion?.current();
    if (dataVersion) ctx.set(headers.dataVersion, dataVersion);
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

  browseRoutes(router, site);
  accountRoutes(router, site);
  calendarRoutes(router, site);

  const app = createServiceApp({
    name: 'web',
    logger: deps.logger,
    metrics: deps.metrics,
    router,
    reporter: deps.reporter,
    isDraining: deps.isDraining,
    trustedProxyHops: deps.trustedProxyHops,
    shadowKeys: deps.shadowKeys ?? [],
    // /readyz and /metrics are on the admin port (createAdminApp): never through the Ingress.
    adminEndpoints: false,
  });
  app.keys = keys.cookie;
  // Anything no route matched: the friendly 404 page.
  app.use(async (ctx) => {
    const kctx = ctx as unknown as KitContext;
    setSecurityHeaders(kctx);
    setTransportSecurity(kctx);
    const p = { t, csrf: csrf.token(kctx), viewer: undefined, stylesheet: stylesheetPath };
    send(kctx, p, t.errors.notFoundTitle, errorBody(p, t.errors.notFoundTitle, t.errors.notFound), 404);
  });
  return app;
}

/** The admin port's app (ADMIN_PORT): /healthz, /readyz with the dependencies, /metrics. */
export function createAdminApp(
  deps: Pick<WebDeps, 'logger' | 'metrics' | 'readiness' | 'isDraining' | 'reporter'>,
): KitApp {
  return createServiceApp({
    name: 'web',
    logger: deps.logger,
    metrics: deps.metrics,
    router: newRouter(),
    reporter: deps.reporter,
    isDraining: deps.isDraining,
    readiness: deps.readiness ?? [],
  });
}
