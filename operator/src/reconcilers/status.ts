// Status of an environment: a pure function of the environment, what the operator wants, what
// the cluster shows, and the clock. Identical inputs give an identical status (conditions keep
// their lastTransitionTime unless they flip), so an unchanged world writes nothing.
import type { V1Deployment, V1StatefulSet } from '@kubernetes/client-node';
import { type ConditionInput, mergeConditions, Reason } from '../api/conditions.ts';
import type {
  EveryClassEnvironment,
  EveryClassEnvironmentStatus,
  ServiceStatus,
} from '../api/environment.ts';
import type { Resolved } from '../desired/defaults.ts';
import { endpoints } from '../desired/ingress.ts';
import { names } from '../desired/names.ts';
import { decideFor, failureMessage, type RolloutDecision, serviceRollout } from './rollout.ts';

export interface Observed {
  /** Deployments by service name, only when the cached object carries the current desired hash. */
  deployments: Partial<Record<string, { current: boolean; object: V1Deployment }>>;
  mongo: { current: boolean; object: V1StatefulSet } | undefined;
  /** Failures of this pass (apply/prune), one line each. */
  failures: string[];
  mirror: MirrorTarget;
}

export type MirrorTarget =
  | { state: 'disabled' }
  | { state: 'self'; target: string }
  | { state: 'missing'; target: string }
  | { state: 'found'; target: string };

function rolledOut(d: { current: boolean; object: V1Deployment } | undefined, replicas: number): boolean {
  if (!d?.current) return false;
  const { metadata, status } = d.object;
  return (
    (status?.observedGeneration ?? 0) >= (metadata?.generation ?? 1) &&
    (status?.updatedReplicas ?? 0) === replicas &&
    (status?.readyReplicas ?? 0) === replicas &&
    (status?.availableReplicas ?? 0) === replicas &&
    (status?.replicas ?? 0) === replicas
  );
}

function deadlineExceeded(d: { current: boolean; object: V1Deployment } | undefined): boolean {
  return !!d?.current && serviceRollout(d.object, '').deadlineExceeded;
}

/** The rollout decision computed from the observed Deployments (what the reconciler does first). */
export function rolloutOf(
  env: EveryClassEnvironment,
  r: Resolved,
  observed: Observed,
  now: Date,
): RolloutDecision {
  return decideFor(env, r, (s) => observed.deployments[s]?.object, now);
}

function mongoReady(m: Observed['mongo']): boolean {
  if (!m?.current) return false;
  const s = m.object.status;
  return (s?.observedGeneration ?? 0) >= (m.object.metadata?.generation ?? 1) && (s?.readyReplicas ?? 0) >= 1;
}

function mirrorCondition(m: MirrorTarget): ConditionInput {
  switch (m.state) {
    case 'disabled':
      return {
        type: 'Mirroring',
        status: 'False',
        reason: Reason.MirrorDisabled,
        message: 'spec.mirror is not set',
      };
    case 'self':
      return {
        type: 'Mirroring',
        status: 'False',
        reason: Reason.TargetIsSelf,
        message: `mirror target ${m.target} is this environment`,
      };
    case 'missing':
      return {
        type: 'Mirroring',
        status: 'False',
        reason: Reason.TargetNotFound,
        message: `mirror target ${m.target} does not exist`,
      };
    case 'found':
      return {
        type: 'Mirroring',
        status: 'Unknown',
        reason: Reason.MirrorNotImplemented,
        message: `mirror target ${m.target} found; this operator version does not run the mirror proxy yet`,
      };
  }
}

export function computeStatus(
  env: EveryClassEnvironment,
  r: Resolved,
  observed: Observed,
  now: Date,
  /** This pass's rollout decision; `r` already carries its versions. Default: decided from `observed`. */
  decision: RolloutDecision = rolloutOf(env, r, observed, now),
): EveryClassEnvironmentStatus {
  const prev = env.status ?? {};
  const rollout = decision.rollout;
  const generation = env.metadata.generation ?? 0;
  const services: Record<string, ServiceStatus> = {};
  const notReady: string[] = [];
  const failed: string[] = [];
  for (const svc of r.services) {
    const d = observed.deployments[svc.name];
    const done = rolledOut(d, svc.replicas);
    if (!done) notReady.push(svc.name);
    if (deadlineExceeded(d)) failed.push(svc.name);
    const st = d?.object.status;
    const runningVersion = done ? svc.version : prev.services?.[svc.name]?.runningVersion;
    services[svc.name] = {
      replicas: svc.replicas,
      readyReplicas: st?.readyReplicas ?? 0,
      updatedReplicas: d?.current ? (st?.updatedReplicas ?? 0) : 0,
      version: decision.target.services[svc.name] ?? svc.version,
      ...(runningVersion ? { runningVersion } : {}),
    };
  }
  const mongoOk = mongoReady(observed.mongo);
  const allDone = notReady.length === 0 && mongoOk;

  const autoRollback = env.spec.rollout?.autoRollback ?? true;
  const phase = rollout?.phase;
  const rolloutFailure = rollout ? failureMessage(rollout, autoRollback, r.progressDeadlineSeconds) : '';
  const target = decision.target.version;
  const conditions: ConditionInput[] = [];
  if (allDone && observed.failures.length === 0 && phase === 'RolledBack') {
    conditions.push({
      type: 'Ready',
      status: 'False',
      reason: Reason.RolledBack,
      message: `running ${rollout?.lastGood?.version} after rolling back ${target}; spec.version asks for ${target}`,
    });
  } else if (allDone && observed.failures.length === 0) {
    conditions.push({
      type: 'Ready',
      status: 'True',
      reason: Reason.AllReady,
      message: 'all services and MongoDB are ready',
    });
  } else if (!mongoOk && notReady.length === 0) {
    conditions.push({
      type: 'Ready',
      status: 'False',
      reason: Reason.MongoNotReady,
      message: 'MongoDB is not ready',
    });
  } else {
    const what = [...notReady, ...(mongoOk ? [] : ['mongo'])];
    const message = what.length
      ? `not ready: ${what.join(', ')}`
      : `failures: ${observed.failures.join('; ')}`;
    conditions.push({ type: 'Ready', status: 'False', reason: Reason.ServicesNotReady, message });
  }
  if (r.paused) {
    conditions.push({
      type: 'Progressing',
      status: 'False',
      reason: Reason.Paused,
      message: 'spec.paused is true',
    });
  } else if (phase === 'RollingBack') {
    conditions.push({
      type: 'Progressing',
      status: 'True',
      reason: Reason.RollingBack,
      message: `rolling back ${target} to ${rollout?.lastGood?.version}`,
    });
  } else if (phase === 'RolledBack') {
    conditions.push({
      type: 'Progressing',
      status: 'False',
      reason: Reason.RolledBack,
      message: `rolled back ${target} to ${rollout?.lastGood?.version}`,
    });
  } else if (phase === 'Failed' || failed.length) {
    conditions.push({
      type: 'Progressing',
      status: 'False',
      reason: Reason.ProgressDeadlineExceeded,
      message: phase === 'Failed' ? rolloutFailure : `rollout exceeded its deadline: ${failed.join(', ')}`,
    });
  } else if (allDone) {
    conditions.push({
      type: 'Progressing',
      status: 'False',
      reason: Reason.RolloutComplete,
      message: `running ${r.version}`,
    });
  } else {
    conditions.push({
      type: 'Progressing',
      status: 'True',
      reason: Reason.RollingOut,
      message: `rolling out ${target}: ${progress(services)}`,
    });
  }
  if (observed.failures.length) {
    conditions.push({
      type: 'Degraded',
      status: 'True',
      reason: Reason.ApplyFailed,
      message: observed.failures.join('; '),
    });
  } else if (phase === 'RollingBack' || phase === 'RolledBack' || phase === 'Failed') {
    conditions.push({
      type: 'Degraded',
      status: 'True',
      reason: phase === 'Failed' && autoRollback ? Reason.NoKnownGoodVersion : Reason.RolloutFailed,
      message: rolloutFailure,
    });
  } else if (failed.length) {
    conditions.push({
      type: 'Degraded',
      status: 'True',
      reason: Reason.ProgressDeadlineExceeded,
      message: `rollout exceeded its deadline: ${failed.join(', ')}`,
    });
  } else {
    conditions.push({ type: 'Degraded', status: 'False', reason: Reason.AsExpected, message: 'no failures' });
  }
  conditions.push(mirrorCondition(observed.mirror));

  const completed = rollout?.lastGood?.version ?? prev.version;
  const mongoClaim = names.mongoClaim(env.metadata.name);
  return {
    observedGeneration: generation,
    ...(completed ? { version: completed } : {}),
    conditions: mergeConditions(prev.conditions, conditions, generation, now),
    services,
    mongo: { ready: mongoOk, volumeClaim: mongoClaim },
    endpoints: endpoints(env, r),
    history: decision.history,
    ...(rollout ? { rollout } : {}),
    ...(prev.mirror ? { mirror: prev.mirror } : {}),
  };
}

/** `web 1/2 updated 0/2 ready, entity …` for the services still rolling. */
function progress(services: Record<string, ServiceStatus>): string {
  const rolling = Object.entries(services).filter(
    ([, s]) => s.updatedReplicas !== s.replicas || s.readyReplicas !== s.replicas,
  );
  if (!rolling.length) return 'waiting for the controllers';
  return rolling
    .map(([n, s]) => `${n} ${s.updatedReplicas}/${s.replicas} updated ${s.readyReplicas}/${s.replicas} ready`)
    .join(', ');
}
