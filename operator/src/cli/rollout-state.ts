// Where a rollout stands, as `rollout wait` decides it from the environment's status: succeeded,
// failed or pending. Pure: no I/O, no clock.
import { conditionOf, Reason } from '../api/conditions.ts';
import type { EveryClassEnvironment, HistoryEntry } from '../api/environment.ts';
import { formatRef, refOf } from './args.ts';
import { formatDuration } from './units.ts';

/** Degraded reasons that mean "the rollout of spec.version failed" (with the Deployment's own deadline). */
export const failedRolloutReasons: readonly string[] = [
  Reason.RolloutFailed,
  Reason.NoKnownGoodVersion,
  Reason.ProgressDeadlineExceeded,
];
/** History outcomes (status.history[].outcome) that end a rollout unsuccessfully. */
export const failedOutcomes: readonly HistoryEntry['outcome'][] = ['Failed', 'RolledBack'];

/** Ready=True on the version the spec asks for (not Ready because a rollback brought the old one back). */
export function readyOnTarget(env: EveryClassEnvironment): boolean {
  const ready = conditionOf(env.status?.conditions, 'Ready');
  return ready?.status === 'True' && ready.reason !== Reason.RolledBack;
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
