// Pure decisions of the everyclass command line: parsing its arguments, whether a rollout has
// succeeded or failed, whether a promotion is allowed. No I/O, no clock: unit-tested directly.
import { conditionOf, Reason } from '../api/conditions.ts';
import type { EveryClassEnvironment, HistoryEntry } from '../api/environment.ts';
import { usage } from './errors.ts';

/** Degraded reasons that mean "the rollout of spec.version failed" (with the Deployment's own deadline). */
export const failedRolloutReasons: readonly string[] = [
  Reason.RolloutFailed,
  Reason.NoKnownGoodVersion,
  Reason.ProgressDeadlineExceeded,
];
/** History outcomes (status.history[].outcome) that end a rollout unsuccessfully. */
export const failedOutcomes: readonly HistoryEntry['outcome'][] = ['Failed', 'RolledBack'];

/** Ready=True on the version the spec asks for (not Ready because a rollback brought the old one back). */
const readyOnTarget = (env: EveryClassEnvironment): boolean => {
  const ready = conditionOf(env.status?.conditions, 'Ready');
  return ready?.status === 'True' && ready.reason !== Reason.RolledBack;
};

export interface Ref {
  namespace: string;
  name: string;
}

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** `name` (in defaultNamespace) or `namespace/name`. */
export function parseRef(text: string, defaultNamespace: string): Ref {
  const parts = text.split('/');
  const [namespace, name] = parts.length === 2 ? parts : [defaultNamespace, parts[0]];
  if (parts.length > 2 || !name || !namespace || !dnsLabel.test(name) || !dnsLabel.test(namespace)) {
    throw usage(`invalid environment reference "${text}": expected name or namespace/name`);
  }
  return { namespace, name };
}

export const formatRef = (r: Ref): string => `${r.namespace}/${r.name}`;
export const refOf = (env: EveryClassEnvironment): Ref => ({
  namespace: env.metadata.namespace,
  name: env.metadata.name,
});

const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go-style durations: 10m, 90s, 1h, 1h30m, 500ms. A bare number is refused (which unit?). */
export function parseDuration(text: string): number {
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let end = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * (units[m[2] ?? ''] ?? 0);
    end = re.lastIndex;
  }
  if (text === '' || end !== text.length || total <= 0) {
    throw usage(`invalid duration "${text}": expected e.g. 90s, 10m, 1h, 1h30m`);
  }
  return Math.round(total);
}

/** A share as a fraction: `0.05` or `5%`. */
export function parseRate(text: string): number {
  const percent = text.endsWith('%');
  const n = Number(percent ? text.slice(0, -1) : text);
  const rate = percent ? n / 100 : n;
  if (text.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw usage(`invalid rate "${text}": expected a fraction between 0 and 1 (0.05) or a percentage (5%)`);
  }
  return rate;
}

/** The resolved mirror target of an environment (status first, then spec), as a reference. */
export function mirrorTarget(env: EveryClassEnvironment): Ref | undefined {
  const t = env.status?.mirror?.target ?? env.spec.mirror?.target;
  if (!t) return undefined;
  const [a, b] = t.split('/');
  return b ? { namespace: a ?? '', name: b } : { namespace: env.metadata.namespace, name: t };
}

export interface CompareFigures {
  /** The environments whose mirrored traffic was compared, namespace/name. */
  sources: string[];
  /** Answers of the target compared with the source's. */
  requests: number;
  mismatches: number;
  rate: number;
}

/**
 * status.mirror as the mirror proxy reports it. `comparedRequests` and `percent` arrive with the
 * mirror proxy's figures; before them the comparison counts against mirroredRequests.
 */
export interface MirrorFigures {
  target?: string;
  percent?: number;
  mirroredRequests?: number;
  comparedRequests?: number;
  mismatches?: number;
}

export const mirrorFigures = (env: EveryClassEnvironment): MirrorFigures | undefined =>
  env.status?.mirror as MirrorFigures | undefined;

/** Compare figures of one environment's mirrored traffic, or undefined when none were reported. */
export function compareFiguresOf(env: EveryClassEnvironment): CompareFigures | undefined {
  const m = mirrorFigures(env);
  const requests = m?.comparedRequests ?? m?.mirroredRequests ?? 0;
  if (!env.spec.mirror?.compare || requests <= 0) return undefined;
  const mismatches = m?.mismatches ?? 0;
  return { sources: [formatRef(refOf(env))], requests, mismatches, rate: mismatches / requests };
}

/** Compare figures of the traffic every environment in `all` mirrors into `target`, summed. */
export function compareFiguresFor(
  all: readonly EveryClassEnvironment[],
  target: Ref,
): CompareFigures | undefined {
  let out: CompareFigures | undefined;
  for (const env of all) {
    const t = mirrorTarget(env);
    if (!t || t.namespace !== target.namespace || t.name !== target.name) continue;
    const f = compareFiguresOf(env);
    if (!f) continue;
    const requests = (out?.requests ?? 0) + f.requests;
    const mismatches = (out?.mismatches ?? 0) + f.mismatches;
    out = {
      sources: [...(out?.sources ?? []), ...f.sources],
      requests,
      mismatches,
      rate: mismatches / requests,
    };
  }
  return out;
}

export type WaitOutcome =
  | { state: 'succeeded'; reason: string }
  | { state: 'failed'; reason: string }
  | { state: 'pending'; reason: string };

const conditionText = (env: EveryClassEnvironment, type: 'Ready' | 'Progressing' | 'Degraded'): string => {
  const c = conditionOf(env.status?.conditions, type);
  return c ? `${type}=${c.status} ${c.reason}${c.message ? `: ${c.message}` : ''}` : `${type} not reported`;
};

/**
 * Where the rollout of `version` to this environment stands. Nothing is decided before the
 * operator has observed the current generation (status.observedGeneration == metadata.generation).
 * Failure: the spec moved to another version; the newest history entry of this version is Failed
 * or RolledBack; or, unless it succeeded, Degraded=True with RolloutFailed, NoKnownGoodVersion or
 * the Deployment's ProgressDeadlineExceeded.
 * Success: Ready=True (not for reason RolledBack) and status.version (the version every service
 * completed) == version.
 */
export function waitOutcome(env: EveryClassEnvironment | undefined, version: string): WaitOutcome {
  if (!env) return { state: 'failed', reason: 'the environment was deleted' };
  const ref = formatRef(refOf(env));
  if (env.spec.version !== version) {
    return {
      state: 'failed',
      reason: `spec.version of ${ref} changed to ${env.spec.version} while waiting for ${version}`,
    };
  }
  const generation = env.metadata.generation ?? 0;
  const observed = env.status?.observedGeneration;
  if (observed !== generation) {
    return {
      state: 'pending',
      reason: `the operator has not observed generation ${generation} of ${ref} yet (observed: ${observed ?? 'none'})`,
    };
  }
  const newest = env.status?.history?.find((e) => e.version === version);
  const running = env.status?.version ? `; running ${env.status.version}` : '';
  if (newest && failedOutcomes.includes(newest.outcome)) {
    return {
      state: 'failed',
      reason: `rollout of ${version} to ${ref} ${newest.outcome === 'RolledBack' ? 'was rolled back' : 'failed'}${
        newest.message ? `: ${newest.message}` : ''
      }${running}`,
    };
  }
  if (readyOnTarget(env) && env.status?.version === version) {
    const took =
      newest?.completedAt && newest.outcome === 'Complete'
        ? ` (rolled out in ${formatDuration(Date.parse(newest.completedAt) - Date.parse(newest.startedAt))})`
        : '';
    return { state: 'succeeded', reason: `${ref} runs ${version} and is Ready${took}` };
  }
  const degraded = conditionOf(env.status?.conditions, 'Degraded');
  if (degraded?.status === 'True' && failedRolloutReasons.includes(degraded.reason)) {
    return {
      state: 'failed',
      reason: `rollout of ${version} to ${ref} failed: ${degraded.reason}: ${degraded.message}${running}`,
    };
  }
  // Failing containers do not fail the rollout (its deadline, or rollout.failFastRestarts, does), but
  // whoever waits sees them at once.
  const failing = degraded?.status === 'True' ? `; ${conditionText(env, 'Degraded')}` : '';
  return {
    state: 'pending',
    reason: `${conditionText(env, 'Ready')}; ${conditionText(env, 'Progressing')}${failing}${running}`,
  };
}

export type PromoteDecision =
  | { allowed: true; version: string; noop: boolean; reason: string; warnings: string[] }
  | { allowed: false; reason: string };

/** Per-service version overrides (spec.services.<name>.version) of an environment. */
function overrides(env: EveryClassEnvironment): [string, string][] {
  return Object.entries(env.spec.services ?? {}).flatMap(([name, s]) =>
    s?.version ? [[name, s.version]] : [],
  );
}

/** Promotion copies spec.version only: per-service overrides on either side are worth a word. */
function overrideWarnings(src: string, dst: string, from: EveryClassEnvironment, to: EveryClassEnvironment) {
  return [
    ...overrides(from).map(
      ([svc, v]) => `${src} runs ${svc} ${v} (spec.services.${svc}.version); promotion does not copy it`,
    ),
    ...overrides(to).map(
      ([svc, v]) => `${dst} keeps ${svc} at ${v} (spec.services.${svc}.version overrides spec.version)`,
    ),
  ];
}

/**
 * Whether `from`'s version may be copied to `to`: from has been observed at its current
 * generation, is Ready and not Degraded, runs the version its spec asks for (status.version ==
 * spec.version), and, when compare figures exist and a limit is given, its mismatch rate is
 * within the limit.
 */
export function decidePromote(
  from: EveryClassEnvironment,
  to: EveryClassEnvironment,
  compare: CompareFigures | undefined,
  maxMismatchRate: number | undefined,
): PromoteDecision {
  const src = formatRef(refOf(from));
  const dst = formatRef(refOf(to));
  const refuse = (why: string): PromoteDecision => ({
    allowed: false,
    reason: `refusing to promote ${src} to ${dst}: ${why}`,
  });
  const generation = from.metadata.generation ?? 0;
  if (from.status?.observedGeneration !== generation) {
    return refuse(`the operator has not observed generation ${generation} of ${src} yet`);
  }
  const ready = conditionOf(from.status.conditions, 'Ready');
  if (ready?.status === 'True' && ready.reason === Reason.RolledBack) {
    return refuse(`${src} was rolled back to its last good version (${ready.reason}: ${ready.message})`);
  }
  if (!readyOnTarget(from)) {
    return refuse(
      `${src} is not Ready (${ready ? `${ready.status} ${ready.reason}: ${ready.message}` : 'no Ready condition'})`,
    );
  }
  const degraded = conditionOf(from.status.conditions, 'Degraded');
  if (degraded?.status === 'True') {
    return refuse(`${src} is Degraded (${degraded.reason}: ${degraded.message})`);
  }
  const version = from.status.version;
  if (!version || version !== from.spec.version) {
    return refuse(
      `${src} asks for ${from.spec.version} but runs ${version ?? 'no completed version'} (its rollout has not succeeded)`,
    );
  }
  let figures = '';
  if (compare) {
    figures = `, mismatch rate ${formatRate(compare.rate)} (${compare.mismatches}/${compare.requests})`;
    if (maxMismatchRate !== undefined && compare.rate > maxMismatchRate) {
      return refuse(
        `mismatch rate of traffic mirrored to ${src} is ${formatRate(compare.rate)} (${compare.mismatches}/${
          compare.requests
        } from ${compare.sources.join(', ')}), above --max-mismatch-rate ${formatRate(maxMismatchRate)}`,
      );
    }
  }
  const warnings = overrideWarnings(src, dst, from, to);
  if (to.spec.version === version) {
    return {
      allowed: true,
      version,
      noop: true,
      reason: `${dst} already asks for ${version}${figures}`,
      warnings,
    };
  }
  return {
    allowed: true,
    version,
    noop: false,
    warnings,
    reason: `promoted ${version} from ${src} to ${dst} (was ${to.spec.version})${figures}`,
  };
}

export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(2))}%`;
}

/** 45s, 2m5s, 1h2m, 3d4h: a compact duration for tables and messages. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d}d${h % 24}h` : `${d}d`;
}
