// The Events a pass records about an environment: condition transitions a human wants to see and
// one Warning per component that starts failing.

import { conditionOf, problemReasons } from '../api/conditions.ts';
import {
  apiVersion,
  type EveryClassEnvironment,
  type EveryClassEnvironmentStatus,
  kind,
} from '../api/environment.ts';
import type { RecentKeys } from '../runtime/recent.ts';
import { type EnvironmentDeps, fieldManager } from './deps.ts';

export type Emit = (type: 'Normal' | 'Warning', reason: string, message: string) => Promise<unknown>;

/** Records an Event about `env`; a failure to record is logged, never thrown. */
export function eventsFor(deps: EnvironmentDeps, env: EveryClassEnvironment): Emit {
  const { namespace, name } = env.metadata;
  const log = deps.log.child({ environment: `${namespace}/${name}` });
  // Events are sent without waiting for them: a pass never waits on the API server for what only
  // `kubectl describe` reads (a failed one is logged; the client aggregates repeats).
  return async (type, reason, message) =>
    void deps.client
      .event({
        regarding: {
          apiVersion,
          kind,
          namespace,
          name,
          ...(env.metadata.uid ? { uid: env.metadata.uid } : {}),
        },
        type,
        reason,
        message,
        component: fieldManager,
        now: deps.clock.now(),
      })
      .catch((err: unknown) => log.warn({ err: String(err) }, 'recording an event failed'));
}

/**
 * A Warning event per component and reason that starts failing (status.problems gained it), not one
 * per restart: a reason already reported for the component within the kubelet's crash memory is not
 * reported again when a crash-after-ready loop makes it come and go.
 */
export async function problemEvents(
  reported: RecentKeys | undefined,
  key: string,
  before: EveryClassEnvironmentStatus | undefined,
  after: EveryClassEnvironmentStatus,
  now: Date,
  event: Emit,
): Promise<void> {
  for (const p of after.problems ?? []) {
    if (before?.problems?.some((q) => q.component === p.component && q.reason === p.reason)) continue;
    if (reported && !reported.add(`${key}/${p.component}/${p.reason}`, now.getTime())) continue;
    await event('Warning', p.reason, p.message);
  }
}

/** Events for condition changes a human wants to see (Ready flips, rollouts, degradation, a bad mirror target). */
export async function transitionEvents(
  before: EveryClassEnvironmentStatus | undefined,
  after: EveryClassEnvironmentStatus,
  event: Emit,
): Promise<void> {
  for (const type of ['Ready', 'Progressing', 'Degraded', 'Mirroring', 'Maintenance'] as const) {
    const was = conditionOf(before?.conditions, type);
    const is = conditionOf(after.conditions, type);
    if (!is || (was?.status === is.status && was.reason === is.reason)) continue;
    const warn =
      (type === 'Degraded' && is.status === 'True') ||
      (type === 'Mirroring' && is.status === 'False' && is.reason !== 'MirrorDisabled') ||
      is.reason === 'MaintenanceNotApplied';
    if (type === 'Mirroring' && is.reason === 'MirrorDisabled' && !was) continue;
    if ((type === 'Degraded' || type === 'Maintenance') && is.status === 'False' && !was) continue;
    // Failing containers have an event of their own per component (problemEvents).
    if (type === 'Degraded' && (problemReasons as readonly string[]).includes(is.reason)) continue;
    await event(warn ? 'Warning' : 'Normal', is.reason, `${type}=${is.status}: ${is.message}`);
  }
}
