// The admin port (kit's koa app): /healthz, /readyz, /metrics, and the mirror's own figures as JSON
// for the operator (/_mirror/stats), for `everyclass mirror diff` (/_mirror/diff) and for humans
// (/_mirror/mismatches). On its own port so that no
// proxied path can ever collide with these.
import { createServiceApp, type KitApp, newRouter, type ReadinessCheck } from '../kit/app.ts';
import { paths } from '../kit/contract.ts';
import type { Logger } from '../kit/log.ts';
import type { HttpMetrics } from '../kit/metrics.ts';
import { type MirrorPolicy, mirroringEnabled, stickyLabel } from './config.ts';
import type { Dispatcher, DispatcherStats } from './dispatcher.ts';
import type { Ledger, LedgerSnapshot, RouteDiff } from './ledger.ts';

export interface AdminDeps {
  policy: MirrorPolicy;
  ledger: Ledger;
  dispatcher: Dispatcher;
  logger: Logger;
  metrics: HttpMetrics;
  readiness: ReadinessCheck[];
  isDraining: () => boolean;
  now?: () => Date;
}

/** What /_mirror/stats answers; the operator copies parts of it into status.mirror. */
export interface MirrorStats extends LedgerSnapshot, DispatcherStats {
  now: string;
  enabled: boolean;
  /** The target's origin (no path, no credentials); null when mirroring is off. */
  target: string | null;
  percent: number;
  methods: string[];
  sticky: string;
  compare: boolean;
  limits: { maxInflight: number; queue: number; timeoutMs: number; maxBodyBytes: number };
  /** Noise learning: the share of compared copies asked of production twice, and its bound per second. */
  learning: { enabled: boolean; percent: number; maxPerSecond: number };
}

export function mirrorStats(
  deps: Pick<AdminDeps, 'policy' | 'ledger' | 'dispatcher'>,
  now: Date,
): MirrorStats {
  const p = deps.policy;
  return {
    now: now.toISOString(),
    enabled: mirroringEnabled(p),
    target: p.targetUrl === undefined ? null : new URL(p.targetUrl).origin,
    percent: p.percent,
    methods: [...p.methods],
    sticky: stickyLabel(p.sticky),
    compare: p.compare,
    limits: {
      maxInflight: p.maxInflight,
      queue: p.queue,
      timeoutMs: p.timeoutMs,
      maxBodyBytes: p.maxBodyBytes,
    },
    learning: {
      // Needs production's shadow key (MIRROR_UPSTREAM_SHADOW_KEY) and compare mode.
      enabled:
        p.compare && p.upstreamShadowKey !== undefined && p.noisePercent > 0 && p.noiseMaxPerSecond > 0,
      percent: p.noisePercent,
      maxPerSecond: p.noiseMaxPerSecond,
    },
    ...deps.ledger.snapshot(),
    ...deps.dispatcher.stats(),
  };
}

/** What /_mirror/diff answers: per route, the counts, the noise left out and the last mismatches. */
export interface MirrorDiff {
  now: string;
  since: string;
  target: string | null;
  compare: boolean;
  learning: MirrorStats['learning'];
  routes: Record<string, RouteDiff>;
}

export function mirrorDiff(deps: Pick<AdminDeps, 'policy' | 'ledger' | 'dispatcher'>, now: Date): MirrorDiff {
  const s = mirrorStats(deps, now);
  return {
    now: s.now,
    since: s.since,
    target: s.target,
    compare: s.compare,
    learning: s.learning,
    routes: deps.ledger.diffs(),
  };
}

export function createAdminApp(deps: AdminDeps): KitApp {
  const now = deps.now ?? (() => new Date());
  const router = newRouter();
  router.get(paths.mirrorStats, (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = mirrorStats(deps, now());
  });
  router.get('/_mirror/mismatches', (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { samples: deps.ledger.samples() };
  });
  router.get(paths.mirrorDiff, (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = mirrorDiff(deps, now());
  });
  return createServiceApp({
    name: 'mirror',
    logger: deps.logger,
    metrics: deps.metrics,
    router,
    readiness: deps.readiness,
    isDraining: deps.isDraining,
  });
}
