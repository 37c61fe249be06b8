// Which version each service runs: a pure function of the versions the spec asks for, the
// rollout state kept in status.rollout, and what the Deployments show. No clock of its own, no
// memory between passes: a restarted operator given the same status and cluster decides the same.
//
//   Progressing ─ every service at the target, all replicas ready ─▶ Complete (lastGood = target)
//       │ a service's Deployment reports ProgressDeadlineExceeded for the target (or, with
//       │ rollout.failFastRestarts, every pod of a service at the target crash-loops)
//       ├─ autoRollback and a lastGood exists ─▶ RollingBack ─ every service back and ready ─▶ RolledBack
//       └─ otherwise ─▶ Failed (the target stays applied, for inspection)
//   Another target in the spec starts a new rollout from any phase; RollingBack, RolledBack and
//   Failed keep their target otherwise, so a failed version is not retried until the spec changes.
import type { V1Deployment, V1Pod } from '@kubernetes/client-node';
import type {
  EveryClassEnvironment,
  EveryClassEnvironmentStatus,
  HistoryEntry,
  RolloutPhase,
  RolloutStatus,
  ServiceName,
  Versions,
} from '../api/environment.ts';
import type { Resolved } from '../desired/defaults.ts';
import { crashLooped } from './pods.ts';

/** What one service's Deployment shows, reduced to what the rollout decides on. */
export interface ServiceRollout {
  /** Image tag of the Deployment's pod template; undefined when there is no Deployment. */
  version: string | undefined;
  /** The controller observed the template and every replica is updated, ready and available. */
  rolledOut: boolean;
  /** The controller observed the template and reports Progressing=False/ProgressDeadlineExceeded. */
  deadlineExceeded: boolean;
  /** Every pod at the target crashed rollout.failFastRestarts times and is not ready (pods.ts crashLooped). */
  crashLooped?: boolean;
  /** What its failing containers show now (status.problems[].message), if any. */
  problem?: string;
}

export interface RolloutInput {
  /** The versions the spec asks for. */
  target: Versions;
  paused: boolean;
  autoRollback: boolean;
  progressDeadlineSeconds: number;
  /** rollout.failFastRestarts: also fail on crash loops (ServiceRollout.crashLooped); undefined: off. */
  failFastRestarts?: number;
  /** The stored status (status.rollout and status.history are read). */
  status: EveryClassEnvironmentStatus | undefined;
  observed: Partial<Record<string, ServiceRollout>>;
  now: Date;
}

export interface RolloutDecision {
  /** The versions the spec asks for (the input's target). */
  target: Versions;
  /** The next status.rollout; undefined only while paused before any rollout began. */
  rollout: RolloutStatus | undefined;
  history: HistoryEntry[];
  /** The versions the children are built with. */
  run: Versions;
  /**
   * The decision starts a rollback the stored status does not record yet: write the status before
   * changing any child, so that an operator restarted in between does not re-apply the failed version.
   */
  persistFirst: boolean;
}

export const historyLimit = 10;

/**
 * Whether the Deployment controller has observed `d`'s generation and runs exactly `replicas`
 * pods of its current template, every one ready and available (the one "rolled out" check).
 */
export function deploymentRolledOut(d: V1Deployment, replicas = d.spec?.replicas ?? 1): boolean {
  const st = d.status;
  return (
    (st?.observedGeneration ?? 0) >= (d.metadata?.generation ?? 1) &&
    (st?.updatedReplicas ?? 0) === replicas &&
    (st?.readyReplicas ?? 0) === replicas &&
    (st?.availableReplicas ?? 0) === replicas &&
    (st?.replicas ?? 0) === replicas
  );
}

/**
 * Reads a service's Deployment: the image tag of its container `container` (the first container
 * when absent), whether the controller has rolled every replica out, or reports an exceeded deadline.
 */
export function serviceRollout(d: V1Deployment | undefined, container: string): ServiceRollout {
  if (!d) return { version: undefined, rolledOut: false, deadlineExceeded: false };
  const containers = d.spec?.template.spec?.containers ?? [];
  const image = (containers.find((c) => c.name === container) ?? containers[0])?.image ?? '';
  const colon = image.lastIndexOf(':');
  const version = colon > image.lastIndexOf('/') ? image.slice(colon + 1) : undefined;
  const st = d.status;
  const observed = (st?.observedGeneration ?? 0) >= (d.metadata?.generation ?? 1);
  const rolledOut = deploymentRolledOut(d);
  const deadlineExceeded =
    observed &&
    !!st?.conditions?.some(
      (c) => c.type === 'Progressing' && c.status === 'False' && c.reason === 'ProgressDeadlineExceeded',
    );
  return { version, rolledOut, deadlineExceeded };
}

export function sameVersions(a: Versions | undefined, b: Versions | undefined): boolean {
  if (!a || !b || a.version !== b.version) return false;
  const ka = Object.keys(a.services).sort();
  const kb = Object.keys(b.services).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a.services[k] === b.services[k]);
}

/** Services whose version differs from the environment's version (per-service overrides). */
export function overrides(v: Versions): Record<string, string> {
  return Object.fromEntries(Object.entries(v.services).filter(([, tag]) => tag !== v.version));
}

/** `2.4.0`, or `2.4.0 (calendar 2.4.1)` when services override it. */
export function describeVersions(v: Versions): string {
  const o = Object.entries(overrides(v));
  return o.length ? `${v.version} (${o.map(([s, t]) => `${s} ${t}`).join(', ')})` : v.version;
}

/**
 * The versions that run in a rollout state: lastGood while rolling back (a service it does not know,
 * added since, keeps its target), else the target.
 */
export function runOf(r: RolloutStatus): Versions {
  const good = (r.phase === 'RollingBack' || r.phase === 'RolledBack') && r.lastGood;
  if (!good) return r.target;
  const services = Object.fromEntries(
    Object.entries(r.target.services).map(([s, tag]) => [s, good.services[s] ?? tag]),
  );
  return { version: good.version, services };
}

/** Why a failed rollout is Degraded (the history entry's message and the Degraded condition's). */
export function failureMessage(r: RolloutStatus, autoRollback: boolean, deadlineSeconds: number): string {
  const services = r.failedServices?.length ? r.failedServices.join(', ') : 'a service';
  const how =
    r.failure?.reason === 'CrashLooping'
      ? 'crash-looped before the deadline (every new pod restarted rollout.failFastRestarts times)'
      : `did not become ready within ${deadlineSeconds}s`;
  const pods = r.failure?.pods ? ` [${r.failure.pods}]` : '';
  const failed = `rollout of ${describeVersions(r.target)} failed: ${services} ${how}${pods}`;
  if (r.phase === 'RollingBack')
    return `${failed}; rolling back to ${describeVersions(r.lastGood ?? r.target)}`;
  if (r.phase === 'RolledBack')
    return `${failed}; rolled back to ${describeVersions(r.lastGood ?? r.target)}`;
  if (!autoRollback) return `${failed}; rollout.autoRollback is false, the new pods are left for inspection`;
  return `${failed}; no earlier version ever completed, so there is nothing to roll back to`;
}

/** status.rollout, or for a status written before it existed, the last completed version. */
function previous(status: EveryClassEnvironmentStatus | undefined, target: Versions, now: Date) {
  if (status?.rollout) return status.rollout;
  if (!status?.version) return undefined;
  const v = status.version;
  const services = Object.fromEntries(
    Object.keys(target.services).map((s) => [s, status.services?.[s]?.runningVersion ?? v]),
  );
  const lastGood = { version: v, services };
  const startedAt = status.history?.find((h) => h.version === v)?.startedAt ?? now.toISOString();
  return { phase: 'Complete' as const, target: lastGood, startedAt, lastGood };
}

function allAt(observed: RolloutInput['observed'], versions: Record<string, string>): boolean {
  return Object.entries(versions).every(([s, tag]) => {
    const o = observed[s];
    return o?.version === tag && o.rolledOut;
  });
}

/**
 * Once a service exceeded its deadline at the target (or crash-looped there, with fail-fast on), the
 * rollout has failed: the services it names are every one not rolled out at the target by then
 * (their deadlines pass at slightly different moments, and one is enough to decide).
 */
function failedAt(
  observed: RolloutInput['observed'],
  versions: Record<string, string>,
  failFast: boolean,
): { services: string[]; failure: NonNullable<RolloutStatus['failure']> } | undefined {
  const at = (s: string) => observed[s]?.version === versions[s];
  const late = Object.keys(versions).some((s) => at(s) && observed[s]?.deadlineExceeded);
  const looping = failFast && Object.keys(versions).some((s) => at(s) && observed[s]?.crashLooped);
  if (!late && !looping) return undefined;
  const services = Object.keys(versions).filter((s) => !(at(s) && observed[s]?.rolledOut));
  const pods = services
    .flatMap((s) => observed[s]?.problem ?? [])
    .join('; ')
    .slice(0, 2000);
  return {
    services,
    failure: { reason: late ? 'ProgressDeadlineExceeded' : 'CrashLooping', ...(pods ? { pods } : {}) },
  };
}

function entryMatches(h: HistoryEntry | undefined, v: Versions): boolean {
  if (!h || h.version !== v.version) return false;
  const a = h.services ?? {};
  const b = overrides(v);
  return Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([s, t]) => a[s] === t);
}

/** A new target: unfinished entries are Superseded, a Progressing entry opens, newest first. */
export function openHistory(history: readonly HistoryEntry[], target: Versions, now: Date): HistoryEntry[] {
  const at = now.toISOString();
  const o = overrides(target);
  const entry: HistoryEntry = {
    version: target.version,
    ...(Object.keys(o).length ? { services: o } : {}),
    startedAt: at,
    outcome: 'Progressing',
  };
  const rest = history.map((h) =>
    h.outcome === 'Progressing' ? { ...h, outcome: 'Superseded' as const, completedAt: at } : h,
  );
  return [entry, ...rest].slice(0, historyLimit);
}

/** Records the outcome of the target's entry (the newest; opened when missing). */
export function closeHistory(
  history: readonly HistoryEntry[],
  target: Versions,
  outcome: HistoryEntry['outcome'],
  now: Date,
  message?: string,
): HistoryEntry[] {
  const out = entryMatches(history[0], target) ? [...history] : openHistory(history, target, now);
  const head = out[0];
  if (!head) return out;
  const { message: _, ...rest } = head;
  out[0] = { ...rest, outcome, completedAt: now.toISOString(), ...(message ? { message } : {}) };
  return out;
}

export function decideRollout(input: RolloutInput): RolloutDecision {
  const { target, observed, now, autoRollback } = input;
  const prev = previous(input.status, target, now);
  const stored = input.status?.history ?? [];
  if (input.paused) {
    const run = prev ? runOf(prev) : target;
    return { target, rollout: prev, history: [...stored], run, persistFirst: false };
  }
  let r: RolloutStatus;
  let history = [...stored];
  if (!prev || !sameVersions(prev.target, target)) {
    r = {
      phase: 'Progressing',
      target,
      startedAt: now.toISOString(),
      ...(prev?.lastGood ? { lastGood: prev.lastGood } : {}),
    };
    history = openHistory(history, target, now);
  } else {
    r = prev;
  }
  const fail = (
    phase: RolloutPhase,
    failedServices: string[],
    failure: RolloutStatus['failure'] = r.failure,
  ) => {
    r = { ...r, phase, failedServices, ...(failure ? { failure } : {}) };
    const outcome = phase === 'Failed' ? 'Failed' : 'RolledBack';
    history = closeHistory(
      history,
      target,
      outcome,
      now,
      failureMessage(r, autoRollback, input.progressDeadlineSeconds),
    );
  };
  const canRollBack = autoRollback && !!r.lastGood;
  switch (r.phase) {
    case 'Progressing':
    case 'Failed': {
      if (allAt(observed, target.services)) {
        const { failedServices: _, failure: __, ...rest } = r;
        r = { ...rest, phase: 'Complete', lastGood: target };
        history = closeHistory(history, target, 'Complete', now);
        break;
      }
      if (r.phase === 'Progressing') {
        const failed = failedAt(observed, target.services, input.failFastRestarts !== undefined);
        if (failed) fail(canRollBack ? 'RollingBack' : 'Failed', failed.services, failed.failure);
      } else if (canRollBack) {
        fail('RollingBack', r.failedServices ?? []); // autoRollback was turned on after the failure
      }
      break;
    }
    case 'RollingBack':
      if (allAt(observed, runOf(r).services)) {
        r = { ...r, phase: 'RolledBack' };
        // The entry's message said "rolling back to"; it now says "rolled back to".
        const head = history[0];
        if (head && entryMatches(head, target))
          history[0] = {
            ...head,
            outcome: 'RolledBack',
            message: failureMessage(r, autoRollback, input.progressDeadlineSeconds),
          };
      }
      break;
    case 'Complete':
    case 'RolledBack':
      break;
  }
  const persistFirst =
    r.phase === 'RollingBack' && !(prev?.phase === 'RollingBack' && sameVersions(prev.target, target));
  return { target, rollout: r, history, run: runOf(r), persistFirst };
}

/**
 * The rollout decision for an environment whose spec resolved to `spec`, reading each service's
 * Deployment and pods (for rollout.failFastRestarts) and what its failing containers show.
 */
export function decideFor(
  env: EveryClassEnvironment,
  spec: Resolved,
  deployment: (service: ServiceName) => V1Deployment | undefined,
  now: Date,
  pods: (service: ServiceName) => readonly V1Pod[] = () => [],
  problems: Partial<Record<string, string>> = {},
): RolloutDecision {
  const failFastRestarts = env.spec.rollout?.failFastRestarts;
  const observe = (s: Resolved['services'][number]): ServiceRollout => {
    const o = serviceRollout(deployment(s.name), s.name);
    const looping =
      failFastRestarts !== undefined && crashLooped(pods(s.name), s.version, failFastRestarts, now);
    const problem = problems[s.name];
    return { ...o, ...(looping ? { crashLooped: true } : {}), ...(problem ? { problem } : {}) };
  };
  return decideRollout({
    target: {
      version: spec.version,
      services: Object.fromEntries(spec.services.map((s) => [s.name, s.version])),
    },
    paused: spec.paused,
    autoRollback: spec.autoRollback,
    progressDeadlineSeconds: spec.progressDeadlineSeconds,
    ...(failFastRestarts !== undefined ? { failFastRestarts } : {}),
    status: env.status,
    observed: Object.fromEntries(spec.services.map((s) => [s.name, observe(s)])),
    now,
  });
}
