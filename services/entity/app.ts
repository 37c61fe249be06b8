// The entity service as a koa app: the Entity Twirp service plus the kit's health and metrics.
import { EntityService } from '../../proto/generated/services.ts';
import type { KitApp, ReadinessCheck } from '../kit/app.ts';
import { createServiceApp, newRouter } from '../kit/app.ts';
import { paths } from '../kit/contract.ts';
import type { Logger } from '../kit/log.ts';
import type { HttpMetrics } from '../kit/metrics.ts';
import type { ErrorReporter } from '../kit/sentry.ts';
import { type CallerPolicy, mountTwirp } from '../kit/twirp/server.ts';
import { servedVersion } from './data-handlers.ts';
import { type EntityDeps, entityHandlers } from './handlers.ts';

export interface EntityAppDeps extends EntityDeps {
  logger: Logger;
  metrics: HttpMetrics;
  reporter?: ErrorReporter;
  isDraining?: () => boolean;
  trustedProxyHops?: number;
  /** Who may call (RPC_KEY, ADMIN_KEY): the kit's Wiring.callers; absent: anyone. */
  callers?: CallerPolicy | undefined;
  /** Largest ImportSemester body (bytes); other methods take 1 MiB. */
  importBodyLimit?: number;
  /** What /readyz checks; default: a ping of the store. */
  readiness?: ReadinessCheck[];
}

export function createApp(deps: EntityAppDeps): KitApp {
  const router = newRouter();
  // Not secret (web shows it in every page's header and footer) and read-only: unsigned.
  router.get(paths.dataVersion, (ctx) => {
    ctx.body = servedVersion(deps.catalog());
  });
  mountTwirp(router, EntityService, entityHandlers(deps), {
    bodyLimit: 1 << 20,
    bodyLimits: { ImportSemester: deps.importBodyLimit ?? 64 << 20 },
    callers: deps.callers,
  });
  return createServiceApp({
    name: 'entity',
    logger: deps.logger,
    metrics: deps.metrics,
    router,
    reporter: deps.reporter,
    isDraining: deps.isDraining,
    trustedProxyHops: deps.trustedProxyHops,
    readiness: deps.readiness ?? [{ name: 'mongo', check: () => deps.store.ping() }],
  });
}
