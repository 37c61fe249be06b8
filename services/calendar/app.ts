// The calendar service as a koa app: the .ics feed, the Calendar Twirp service (tokens), and the
// kit's health and metrics.
import { CalendarService } from '../../proto/generated/services.ts';
import { callContext, createServiceApp, type KitApp, newRouter, type ReadinessCheck } from '../kit/app.ts';
import { feedPath, paths } from '../kit/contract.ts';
import { AppError } from '../kit/errors.ts';
import type { Logger } from '../kit/log.ts';
import type { HttpMetrics } from '../kit/metrics.ts';
import type { ErrorReporter } from '../kit/sentry.ts';
import { type CallerPolicy, mountTwirp } from '../kit/twirp/server.ts';
import { CalendarCache } from './cache.ts';
import { Feed, type FeedDeps } from './feed.ts';

export interface CalendarAppDeps extends Omit<FeedDeps, 'cache'> {
  cache?: CalendarCache;
  logger: Logger;
  metrics: HttpMetrics;
  reporter?: ErrorReporter;
  isDraining?: () => boolean;
  trustedProxyHops?: number;
  /** Who may call (RPC_KEY, ADMIN_KEY): the kit's Wiring.callers; absent: anyone. */
  callers?: CallerPolicy | undefined;
  /** How /readyz checks the token store; default `tokens`: its ping (MongoDB-backed: the kit's wait for mongo). */
  tokensReadiness?: ReadinessCheck;
}

export { feedPath };

export function createApp(deps: CalendarAppDeps): KitApp {
  const feed = new Feed({ ...deps, cache: deps.cache ?? new CalendarCache(64 << 20) });
  const router = newRouter();

  router.get(`${paths.feedPrefix}:file`, async (ctx) => {
    const answer = await feed.serve(
      ctx.params.file ?? '',
      {
        ifNoneMatch: ctx.get('if-none-match') || undefined,
        ifModifiedSince: ctx.get('if-modified-since') || undefined,
      },
      callContext(ctx),
    );
    ctx.set('ETag', answer.etag);
    ctx.set('Last-Modified', answer.lastModified.toUTCString());
    ctx.set('Cache-Control', 'private, max-age=300');
    if (answer.status === 304) {
      ctx.status = 304;
      return;
    }
    const body = answer.body!;
    ctx.set('X-Calendar-Cache', answer.cached ? 'hit' : 'miss');
    ctx.set('Vary', 'Accept-Encoding');
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.set('Content-Disposition', 'inline; filename="everyclass.ics"');
    if (ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
      ctx.set('Content-Encoding', 'gzip');
      ctx.body = body.gzip;
    } else {
      ctx.body = body.body;
    }
  });

  mountTwirp(
    router,
    CalendarService,
    {
      CreateToken: async (req, call) => {
        if (!req.studentId || !req.semester)
          throw new AppError('invalid_argument', 'student_id and semester are required');
        // The timetable must exist: a token for an unknown student or semester is refused.
        await deps.entity.getTimetable(req.studentId, req.semester, call);
        const grant = await deps.tokens.create(req.studentId, req.semester);
        return { ...grant, path: feedPath(grant.token) };
      },
      RevokeToken: async (req) => {
        await deps.tokens.revoke(req.token);
        return {};
      },
    },
    { callers: deps.callers },
  );

  return createServiceApp({
    name: 'calendar',
    logger: deps.logger,
    metrics: deps.metrics,
    router,
    reporter: deps.reporter,
    isDraining: deps.isDraining,
    trustedProxyHops: deps.trustedProxyHops,
    readiness: [
      deps.tokensReadiness ?? { name: 'tokens', check: () => deps.tokens.ping() },
      { name: 'entity', check: async () => void (await deps.entity.getDataVersion()) },
    ],
  });
}
