import type { EveryClassEnvironment } from '../api/environment.ts';
import { sample } from '../desired/fixtures.test-support.ts';

/**
 * An environment as the informer caches it once the backup feature's schema is served: the fields
 * this branch's schema lacks are added loosely, as the API server would hand them over.
 */
export function withBackup(backup: object | undefined, status?: object): EveryClassEnvironment {
  const env = sample('production', 'everyclass-production');
  const spec = { ...env.spec, mongo: { ...env.spec.mongo, ...(backup ? { backup } : {}) } };
  return {
    ...env,
    spec,
    status: { ...env.status, ...(status ? { backup: status } : {}) },
  } as EveryClassEnvironment;
}
