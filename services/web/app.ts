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
import { headers, maintenanceRetryAfterSeconds } from '../kit/contract.ts';
import type { Logger } from '../kit/log.ts';
import type { HttpMetrics } from '../kit/metrics.ts';
import type { ErrorReporter } from '../kit/sentry.ts';
import type { DataVersionSource } from './dataversion.ts';
import type { Maintenance } from './maintenance.ts';
import { accountRoutes } from './routes/account.ts';
import { browseRoutes } from './routes/browse.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { feedRoutes } from './routes/feeds.ts';
import { freeRoomsRoutes } from './routes/free-rooms.ts';
import { infoRoutes } from './routes/info.ts';
import { togetherRoutes } from './routes/together.ts';
import { setSecurityHeaders, setTransportSecurity } from './security.ts';
import { createSite, PageError, type SiteDeps, stylesheet, stylesheetPath } from './site.ts';
import { maintenanceBody } from './views/info.ts';
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
  /** spec.maintenance as last read (maintenance.ts); absent or not enabled: serving as usual. */
  maintenance?: () => Maintenance | undefined;
  /** entity's data version, told on every page (X-EveryClass-Data-Version) for the mirror's comparison. */
  dataVersion?: DataVersionSource;
}

export function createApp(deps: WebDeps): KitApp {
  const site = createSite(deps);
  const { t, keys, csrf, send, toPageError } = site;
  const router = newRouter();

  /**
   * Maintenance: every page (and every form) answers 503 with the maintenance page and
   * Retry-After; /healthz, /readyz and /metrics are not pages (the kit and the admin port answer
   * them), and the stylesheet stays so the page looks like the site.
   */
  function underMaintenance(ctx: KitContext): boolean {
    const m = deps.maintenance?.();
    if (!m?.enabled || ctx.path === '/static/style.css') return false;
    ctx.set('Retry-After', String(maintenanceRetryAfterSeconds));
    const p = { t, csrf: '', viewer: undefined, stylesheet: stylesheetPath, frame: site.frameNow(ctx) };
    const body = maintenanceBody(p, m.message, maintenanceRetryAfterSeconds);
    send(ctx, p, t.info.maintenanceTitle, body, 503);
    return true;
  }

  // Every page: security headers, the data version; errors become a friendly page with the right status.
  router.use(async (ctx, next) => {
    setSecurityHeaders(ctx);
    setTransportSecurity(ctx);
    const dataVersion = deps.dataVersion?.current();
    if (dataVersion) ctx.set(headers.dataVersion, dataVersion);
    if (underMaintenance(ctx)) return;
    try {
      await next();
    } catch (err) {
      const pe = toPageError(err);
      if (!pe || pe.status >= 500) ctx.state.log.error({ err }, 'page failed');
      if (!pe) deps.reporter?.report(err, { requestId: ctx.state.requestId, path: ctx.path });
      const e = pe ?? new PageError(500, t.errors.unavailableTitle, t.errors.unavailable);
      const p = {
        t,
        csrf: csrf.token(ctx),
        viewer: undefined,
        stylesheet: stylesheetPath,
        frame: site.frameNow(ctx),
      };
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
  feedRoutes(router, site);
  togetherRoutes(router, site);
  freeRoomsRoutes(router, site);
  infoRoutes(router, site);

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
    if (underMaintenance(kctx)) return;
    const p = {
      t,
      csrf: csrf.token(kctx),
      viewer: undefined,
      stylesheet: stylesheetPath,
      frame: site.frameNow(kctx),
    };
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
