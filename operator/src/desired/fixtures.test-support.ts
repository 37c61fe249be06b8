// Environments for unit tests, read from the committed samples.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { EveryClassEnvironment } from '../api/environment.ts';

export function sample(tier: 'production' | 'staging' | 'testing', namespace = 'ns'): EveryClassEnvironment {
  const doc = parse(readFileSync(`config/samples/${tier}.yaml`, 'utf8')) as EveryClassEnvironment;
  return { ...doc, metadata: { ...doc.metadata, namespace, uid: `uid-${tier}`, generation: 1 } };
}
