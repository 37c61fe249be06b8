// spec.mongo.backup: a CronJob of the data role dumping the database into a volume, and that
// volume (a PVC without an owner: archives outlive the environment, like mongo.retainOnDelete).
import type { V1CronJob, V1PersistentVolumeClaim } from '@kubernetes/client-node';
import { dataDefaults } from '../api/data.ts';
import { defaultedSpec, type EveryClassEnvironment } from '../api/environment.ts';
import { backupClaim, backupPod, dataComponent } from './datajobs.ts';
import type { Resolved } from './defaults.ts';
import { childMeta, labels } from './labels.ts';

export const backupName = (env: string) => `${env}-backup`;

export function buildBackup(
  env: EveryClassEnvironment,
  r: Resolved,
): Array<V1CronJob | V1PersistentVolumeClaim> {
  const b = defaultedSpec(env.spec).mongo.backup;
  if (!b) return [];
  const retention = b.retention;
  const cron: V1CronJob = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: childMeta(env, backupName(env.metadata.name), 'backup', { version: r.version }),
    spec: {
      schedule: b.schedule,
      suspend: b.suspend,
      // One dump at a time, on one volume; a missed run is not made up for later than an hour.
      concurrencyPolicy: 'Forbid',
      startingDeadlineSeconds: 3600,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        metadata: { labels: labels(env, dataComponent, r.version) },
        spec: {
          backoffLimit: 2,
          template: {
            metadata: { labels: labels(env, dataComponent, r.version) },
            spec: backupPod(env, r, retention),
          },
        },
      },
    },
  };
  if (b.claimName) return [cron];
  const pvc: V1PersistentVolumeClaim = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: childMeta(env, backupClaim(env), 'backup', { owned: false }),
    spec: {
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: b.storage?.size ?? dataDefaults.backupStorageSize } },
      ...(b.storage?.storageClassName ? { storageClassName: b.storage.storageClassName } : {}),
    },
  };
  return [pvc, cron];
}
