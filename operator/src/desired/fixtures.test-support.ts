// Environments for unit tests, read from the committed samples.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { EveryClassEnvironment } from '../api/environment.ts';

export function sample(tier: 'production' | 'staging' | 'testing', namespace = 'ns'): EveryClassEnvironment {
  const doc = parse(readFileSync(`config/samples/${tier}.yaml`, 'utf8')) as EveryClassEnvironment;
  return { ...doc, metadata: { ...doc.metadata, namespace, uid: `uid-${tier}`, generation: 1 } };
}

/** The environment with a Ready=True condition in its status (as a mirror target must be). */
export function ready(env: EveryClassEnvironment): EveryClassEnvironment {
  const lastTransitionTime = '2026-11-24T09:00:00Z';
  return {
    ...env,
    status: {
      conditions: [{ type: 'Ready', status: 'True', reason: 'AllReady', message: '', lastTransitionTime }],
    },
  };
}
