// Status of an environment: a pure function of the environment, what the operator wants, what
// the cluster shows, and the clock. Identical inputs give an identical status (conditions keep
// their lastTransitionTime unless they flip), so an unchanged world writes nothing.
import type { V1Deployment, V1StatefulSet } from '@kubernetes/client-node';
import { type ConditionInput, mergeConditions, Reason } from '../api/conditions.ts';
import type {
  EveryClassEnvironment,
  EveryClassEnvironmentStatus,
  HistoryEntry,
  ServiceStatus,
} from '../api/environment.ts';
import type { Resolved } from '../desired/defaults.ts';
import { endpoints } from '../desired/ingress.ts';
import { names } from '../desired/names.ts';

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

const historyLimit = 10;

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

function deadlineExceeded(d: { object: V1Deployment } | undefined): boolean {
  return !!d?.object.status?.conditions?.some(
    (c) => c.type === 'Progressing' && c.status === 'False' && c.reason === 'ProgressDeadlineExceeded',
  );
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
): EveryClassEnvironmentStatus {
  const prev = env.status ?? {};
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
      version: svc.version,
      ...(runningVersion ? { runningVersion } : {}),
    };
  }
  const mongoOk = mongoReady(observed.mongo);
  const allDone = notReady.length === 0 && mongoOk;

  const conditions: ConditionInput[] = [];
  if (allDone && observed.failures.length === 0) {
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
  } else if (failed.length) {
    conditions.push({
      type: 'Progressing',
      status: 'False',
      reason: Reason.ProgressDeadlineExceeded,
      message: `rollout exceeded its deadline: ${failed.join(', ')}`,
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
      message: `rolling out ${r.version}`,
    });
  }
  if (observed.failures.length) {
    conditions.push({
      type: 'Degraded',
      status: 'True',
      reason: Reason.ApplyFailed,
      message: observed.failures.join('; '),
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

  const history = nextHistory(prev.history ?? [], r.version, allDone, failed.length > 0, now);
  const completed = history.find((h) => h.outcome === 'Complete')?.version ?? prev.version;
  const mongoClaim = names.mongoClaim(env.metadata.name);
  return {
    observedGeneration: generation,
    ...(completed ? { version: completed } : {}),
    conditions: mergeConditions(prev.conditions, conditions, generation, now),
    services,
    mongo: { ready: mongoOk, volumeClaim: mongoClaim },
    endpoints: endpoints(env, r),
    history,
    ...(prev.mirror ? { mirror: prev.mirror } : {}),
  };
}

/** Rollout history, newest first: a new spec.version opens an entry; it completes or fails once. */
export function nextHistory(
  prev: readonly HistoryEntry[],
  version: string,
  done: boolean,
  failed: boolean,
  now: Date,
): HistoryEntry[] {
  const at = now.toISOString();
  let out = [...prev];
  const head = out[0];
  if (!head || head.version !== version) {
    out = out.map((h) =>
      h.outcome === 'Progressing' ? { ...h, outcome: 'Superseded' as const, completedAt: at } : h,
    );
    out.unshift({ version, startedAt: at, outcome: 'Progressing' });
  }
  const first = out[0];
  if (first && first.outcome === 'Progressing') {
    if (done) out[0] = { ...first, outcome: 'Complete', completedAt: at };
    else if (failed)
      out[0] = { ...first, outcome: 'Failed', completedAt: at, message: 'progress deadline exceeded' };
  }
  return out.slice(0, historyLimit);
}
