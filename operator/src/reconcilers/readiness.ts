// The Ready, Progressing and Degraded conditions of an environment: a pure function of what the
// status pass gathered (children, rollout decision, failing containers).
import { type ConditionInput, Reason } from '../api/conditions.ts';
import type { RolloutStatus } from '../api/environment.ts';
import type { ComponentProblem } from './pods.ts';
import { failureMessage } from './rollout.ts';

export interface ConditionFacts {
  rollout: RolloutStatus | undefined;
  autoRollback: boolean;
  progressDeadlineSeconds: number;
  /** The version the spec asks for. */
  target: string;
  /** The version the children are built with. */
  version: string;
  paused: boolean;
  /** Components not rolled out and ready (services, the mirror proxy). */
  notReady: readonly string[];
  mongoOk: boolean;
  /** Services whose Deployment reports ProgressDeadlineExceeded. */
  deadlineExceeded: readonly string[];
  /** Apply/prune failures of this pass. */
  failures: readonly string[];
  /** Components with failing containers (pods.ts). */
  problems: readonly ComponentProblem[];
  /** `web 0/1 updated 0/1 ready, …` */
  progress: string;
}

export function envConditions(f: ConditionFacts): ConditionInput[] {
  return [readyCondition(f), progressingCondition(f), degradedCondition(f)];
}

function rolloutFailure(f: ConditionFacts): string {
  return f.rollout ? failureMessage(f.rollout, f.autoRollback, f.progressDeadlineSeconds) : '';
}

export function readyCondition(f: ConditionFacts): ConditionInput {
  const phase = f.rollout?.phase;
  const allDone = f.notReady.length === 0 && f.mongoOk;
  if (allDone && f.failures.length === 0 && phase === 'RolledBack')
    return {
      type: 'Ready',
      status: 'False',
      reason: Reason.RolledBack,
      message: `running ${f.rollout?.lastGood?.version} after rolling back ${f.target}; spec.version asks for ${f.target}`,
    };
  if (allDone && f.failures.length === 0)
    return {
      type: 'Ready',
      status: 'True',
      reason: Reason.AllReady,
      message: 'all services and MongoDB are ready',
    };
  const why = (c: string) => {
    const p = f.problems.find((x) => x.component === c);
    return p ? `${c} (${p.reason})` : c;
  };
  if (!f.mongoOk && f.notReady.length === 0) {
    const p = f.problems.find((x) => x.component === 'mongo');
    const message = `MongoDB is not ready${p ? ` (${p.reason})` : ''}`;
    return { type: 'Ready', status: 'False', reason: Reason.MongoNotReady, message };
  }
  const what = [...f.notReady, ...(f.mongoOk ? [] : ['mongo'])];
  const message = what.length
    ? `not ready: ${what.map(why).join(', ')}`
    : `failures: ${f.failures.join('; ')}`;
  return { type: 'Ready', status: 'False', reason: Reason.ServicesNotReady, message };
}

export function progressingCondition(f: ConditionFacts): ConditionInput {
  const phase = f.rollout?.phase;
  const good = f.rollout?.lastGood?.version;
  const c = (status: 'True' | 'False', reason: Reason, message: string): ConditionInput => ({
    type: 'Progressing',
    status,
    reason,
    message,
  });
  if (f.paused) return c('False', Reason.Paused, 'spec.paused is true');
  if (phase === 'RollingBack') return c('True', Reason.RollingBack, `rolling back ${f.target} to ${good}`);
  if (phase === 'RolledBack') return c('False', Reason.RolledBack, `rolled back ${f.target} to ${good}`);
  if (phase === 'Failed' || f.deadlineExceeded.length)
    return c(
      'False',
      Reason.ProgressDeadlineExceeded,
      phase === 'Failed'
        ? rolloutFailure(f)
        : `rollout exceeded its deadline: ${f.deadlineExceeded.join(', ')}`,
    );
  if (f.notReady.length === 0 && f.mongoOk) return c('False', Reason.RolloutComplete, `running ${f.version}`);
  return c('True', Reason.RollingOut, `rolling out ${f.target}: ${f.progress}`);
}

/**
 * Degraded, most specific first: apply failures; a failed rollout; failing containers (the reason of
 * the first failing component, every one in the message); an exceeded deadline; else False.
 */
export function degradedCondition(f: ConditionFacts): ConditionInput {
  const phase = f.rollout?.phase;
  const c = (reason: Reason, message: string): ConditionInput => ({
    type: 'Degraded',
    status: 'True',
    reason,
    message,
  });
  const failing = f.problems.map((p) => p.message).join('; ');
  if (f.failures.length) return c(Reason.ApplyFailed, f.failures.join('; '));
  if (phase === 'RollingBack' || phase === 'RolledBack' || phase === 'Failed')
    return c(
      phase === 'Failed' && f.autoRollback ? Reason.NoKnownGoodVersion : Reason.RolloutFailed,
      failing ? `${rolloutFailure(f)}; failing now: ${failing}` : rolloutFailure(f),
    );
  const first = f.problems[0];
  if (first) return c(first.reason, failing);
  if (f.deadlineExceeded.length)
    return c(
      Reason.ProgressDeadlineExceeded,
      `rollout exceeded its deadline: ${f.deadlineExceeded.join(', ')}`,
    );
  return { type: 'Degraded', status: 'False', reason: Reason.AsExpected, message: 'no failures' };
}
