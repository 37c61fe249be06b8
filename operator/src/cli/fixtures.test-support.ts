// Environments for the command line's unit tests: a Ready staging at 2.4.0 and variations.
import type { Condition, EveryClassEnvironment, EveryClassEnvironmentStatus } from '../api/environment.ts';

export const t0 = '2026-11-24T10:00:00Z';

export function cond(
  type: string,
  status: 'True' | 'False' | 'Unknown',
  reason: string,
  message = '',
): Condition {
  return { type, status, reason, message, lastTransitionTime: t0, observedGeneration: 3 };
}

export const readyConditions = (): Condition[] => [
  cond('Ready', 'True', 'AllReady', 'all services and MongoDB are ready'),
  cond('Progressing', 'False', 'RolloutComplete', 'running 2.4.0'),
  cond('Degraded', 'False', 'AsExpected', 'no failures'),
];

export function ece(
  name: string,
  opts: {
    namespace?: string;
    tier?: 'production' | 'staging' | 'testing';
    version?: string;
    generation?: number;
    status?: EveryClassEnvironmentStatus;
    mirror?: EveryClassEnvironment['spec']['mirror'];
  } = {},
): EveryClassEnvironment {
  const version = opts.version ?? '2.4.0';
  return {
    apiVersion: 'everyclass.io/v1alpha1',
    kind: 'EveryClassEnvironment',
    metadata: { name, namespace: opts.namespace ?? 'ec', generation: opts.generation ?? 3 },
    spec: { tier: opts.tier ?? 'staging', version, ...(opts.mirror ? { mirror: opts.mirror } : {}) },
    status: opts.status ?? {
      observedGeneration: opts.generation ?? 3,
      version,
      conditions: readyConditions(),
      history: [{ version, startedAt: t0, completedAt: '2026-11-24T10:01:05Z', outcome: 'Complete' }],
    },
  };
}
