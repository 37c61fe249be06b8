// Environments for unit tests, read from the committed samples.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { type MirrorPlan, resolveMirror as resolveWithKey } from './mirror.ts';

export function sample(tier: 'production' | 'staging' | 'testing', namespace = 'ns'): EveryClassEnvironment {
  const doc = parse(readFileSync(`config/samples/${tier}.yaml`, 'utf8')) as EveryClassEnvironment;
  // The staging sample accepts production's traffic; tests put production in namespace prod too.
  if (doc.spec.acceptMirrorFrom)
    doc.spec.acceptMirrorFrom = [...doc.spec.acceptMirrorFrom, 'prod/production'];
  return { ...doc, metadata: { ...doc.metadata, namespace, uid: `uid-${tier}`, generation: 1 } };
}

/** A target's shadow key as its callers Secret holds it (base64 of the hex the operator generates). */
export const targetShadowKey = Buffer.from('ab'.repeat(32)).toString('base64');

/** resolveMirror with the target's shadow key observed (as the reconciler finds it in its cache). */
export function resolveMirror(
  env: EveryClassEnvironment,
  target: EveryClassEnvironment | undefined,
  opts: { gatewayApi: boolean },
): MirrorPlan {
  return resolveWithKey(env, target, opts, targetShadowKey);
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
