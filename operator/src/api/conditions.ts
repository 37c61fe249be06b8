// Condition types and reasons of an EveryClassEnvironment (metav1.Condition shape).
import type { Condition } from './environment.ts';

export const conditionTypes = ['Ready', 'Progressing', 'Degraded', 'Mirroring', 'Maintenance'] as const;
export type ConditionType = (typeof conditionTypes)[number];
export type ConditionStatus = 'True' | 'False' | 'Unknown';

/** Stable reasons (CamelCase), matched on by tests and humans. */
export const Reason = {
  AllReady: 'AllReady',
  ServicesNotReady: 'ServicesNotReady',
  MongoNotReady: 'MongoNotReady',
  Paused: 'Paused',
  RollingOut: 'RollingOut',
  RolloutComplete: 'RolloutComplete',
  ProgressDeadlineExceeded: 'ProgressDeadlineExceeded',
  /** Degraded: a rollout failed (rolled back, or stopped because autoRollback is false). */
  RolloutFailed: 'RolloutFailed',
  /** Degraded: the first rollout failed, there is no version to roll back to. */
  NoKnownGoodVersion: 'NoKnownGoodVersion',
  /** Progressing: returning every service to the last good version. */
  RollingBack: 'RollingBack',
  /** Progressing and Ready: the services run the last good version, not the one the spec asks for. */
  RolledBack: 'RolledBack',
  ApplyFailed: 'ApplyFailed',
  AsExpected: 'AsExpected',
  MirrorDisabled: 'MirrorDisabled',
  TargetNotFound: 'TargetNotFound',
  TargetIsSelf: 'TargetIsSelf',
  TargetNotAccepting: 'TargetNotAccepting',
  TargetIsProduction: 'TargetIsProduction',
  TargetNotReady: 'TargetNotReady',
  TargetHasNoWeb: 'TargetHasNoWeb',
  SourceHasNoWeb: 'SourceHasNoWeb',
  GatewayAPINotInstalled: 'GatewayAPINotInstalled',
  ProxyNotReady: 'ProxyNotReady',
  StatsUnavailable: 'StatsUnavailable',
  Mirroring: 'Mirroring',
  RouteConfigured: 'RouteConfigured',
  /** Maintenance: spec.maintenance.enabled; web answers 503 with the maintenance page. */
  MaintenanceEnabled: 'MaintenanceEnabled',
  /** Maintenance: web serves as usual. */
  MaintenanceDisabled: 'MaintenanceDisabled',
  /** Maintenance: asked for, but spec.paused keeps the operator from writing it to web's ConfigMap. */
  MaintenanceNotApplied: 'MaintenanceNotApplied',
  // Degraded, from the pods' container states (reconcilers/pods.ts): the kubelet's own reasons.
  CrashLoopBackOff: 'CrashLoopBackOff',
  OOMKilled: 'OOMKilled',
  ImagePullBackOff: 'ImagePullBackOff',
  ErrImagePull: 'ErrImagePull',
  ErrImageNeverPull: 'ErrImageNeverPull',
  InvalidImageName: 'InvalidImageName',
  CreateContainerConfigError: 'CreateContainerConfigError',
  CreateContainerError: 'CreateContainerError',
  RunContainerError: 'RunContainerError',
  PreStartHookError: 'PreStartHookError',
  PostStartHookError: 'PostStartHookError',
} as const;
export type Reason = (typeof Reason)[keyof typeof Reason];

/** Reasons of failing containers (status.problems[].reason, and Degraded's when one fails). */
export const problemReasons = [
  Reason.CrashLoopBackOff,
  Reason.OOMKilled,
  Reason.ImagePullBackOff,
  Reason.ErrImagePull,
  Reason.ErrImageNeverPull,
  Reason.InvalidImageName,
  Reason.CreateContainerConfigError,
  Reason.CreateContainerError,
  Reason.RunContainerError,
  Reason.PreStartHookError,
  Reason.PostStartHookError,
] as const;
export type ProblemReason = (typeof problemReasons)[number];

export interface ConditionInput {
  type: ConditionType;
  status: ConditionStatus;
  reason: Reason;
  message: string;
}

/**
 * Merges freshly computed conditions into the previous ones: lastTransitionTime moves only
 * when a condition's status flips, so an unchanged world yields an identical list.
 */
export function mergeConditions(
  previous: readonly Condition[] | undefined,
  next: readonly ConditionInput[],
  generation: number,
  now: Date,
): Condition[] {
  return next.map((c) => {
    const old = previous?.find((p) => p.type === c.type);
    const lastTransitionTime = old && old.status === c.status ? old.lastTransitionTime : now.toISOString();
    return { ...c, observedGeneration: generation, lastTransitionTime };
  });
}

export function conditionOf(
  conditions: readonly Condition[] | undefined,
  type: ConditionType,
): Condition | undefined {
  return conditions?.find((c) => c.type === type);
}
