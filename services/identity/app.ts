// The identity service as a koa app: the Identity Twirp service plus the kit's health and metrics.
import { IdentityService } from '../../proto/generated/services.ts';
import { createServiceApp, type KitApp, newRouter, type ReadinessCheck } from '../kit/app.ts';
import type { Logger } from '../kit/log.ts';
import type { HttpMetrics } from '../kit/metrics.ts';
import type { ErrorReporter } from '../kit/sentry.ts';
import { type CallerPolicy, mountTwirp } from '../kit/twirp/server.ts';
import type { IdentityDeps } from './deps.ts';
import { identityHandlers } from './handlers.ts';

export interface IdentityAppDeps extends IdentityDeps {
  logger: Logger;
  metrics: HttpMetrics;
  reporter?: ErrorReporter;
  isDraining?: () => boolean;
  trustedProxyHops?: number;
  /** Who may call (RPC_KEY, ADMIN_KEY): the kit's Wiring.callers; absent: anyone. */
  callers?: CallerPolicy | undefined;
  /** What /readyz checks; default: a ping of the store. */
  readiness?: ReadinessCheck[];
}

export function createApp(deps: IdentityAppDeps): KitApp {
  const router = newRouter();
  mountTwirp(router, IdentityService, identityHandlers(deps), {
    bodyLimit: 64 << 10,
    // A page view in shadow traffic is served without recording the visit.
    shadowSkipsWrites: ['RecordView', 'ViewTimetable'],
    callers: deps.callers,
  });
  return createServiceApp({
    name: 'identity',
    logger: deps.logger,
    metrics: deps.metrics,
    router,
    reporter: deps.reporter,
    isDraining: deps.isDraining,
    trustedProxyHops: deps.trustedProxyHops,
    readiness: deps.readiness ?? [{ name: 'mongo', check: () => deps.store.ping() }],
  });
}
