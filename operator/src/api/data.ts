// spec.data (where the course data comes from), spec.mongo.backup (scheduled dumps) and their
// status: the parts of the CRD served by the data role's Jobs (desired/datajobs.ts).
import { withDefaults } from './defaulting.ts';
import { dnsName, envRef } from './patterns.ts';
import { bool, int, list, obj, str, type TypeOf } from './schema.ts';

/**
 * Defaults the operator applies where the schema has none (`default:` would be written into every
 * stored object); the descriptions say them.
 */
export const dataDefaults = {
  demoScale: '0.1',
  syncSchedule: '*/5 * * * *',
  backupStorageSize: '5Gi',
} as const;

/** A volume size without millis (unlike a container's quantity). */
const quantityPattern = '^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$';

export const dataSchema = obj(
  'Where this environment\u2019s course data (semesters, students, teachers, rooms, cards, enrollments) comes from.',
  {
    from: str(
      'Copy the course data of another environment (namespace/name) whenever its data version changes (checked ' +
        'by a CronJob of the data role, spec.data.syncSchedule); never accounts, sessions, calendar tokens, visits or e-mail. The source must ' +
        'list this environment in its spec.data.shareWith. The services here then use the source\u2019s id encryption ' +
        'key, so public ids (and URLs mirrored from the source) mean the same in both. Reported in status.data and ' +
        'the DataSynced condition.',
      { pattern: envRef, maxLength: 127 },
    ),
    syncSchedule: str(
      'With from: how often a Job compares the two data versions and copies when they differ (cron). Default every 5 minutes.',
      { maxLength: 64, pattern: '^(@(hourly|daily|weekly|monthly|yearly)|(\\S+\\s+){4}\\S+)$' },
    ),
    shareWith: list(
      'Environments (namespace/name) that may copy this one\u2019s course data (their spec.data.from): ' +
        'their data Jobs may read this MongoDB (a NetworkPolicy rule) with its credentials, copied into their namespace.',
      str('An environment as namespace/name.', { pattern: envRef, maxLength: 127 }),
      { maxItems: 16, 'x-kubernetes-list-type': 'set' },
    ),
    demo: bool(
      'Load a generated demo university (a Job of the data role, once per environment) while the data is empty. ' +
        'Not for tier production; not with from.',
      { default: false },
    ),
    demoScale: str(`Size of the demo university: 1 = ~30,000 students. Default ${dataDefaults.demoScale}.`, {
      pattern: '^(0(\\.[0-9]+)?|1(\\.0+)?)$',
      maxLength: 8,
    }),
  },
  {
    'x-kubernetes-validations': [
      {
        rule: '!(has(self.from) && has(self.demo) && self.demo)',
        message: 'data.demo and data.from exclude each other: the course data comes from one place',
        fieldPath: '.demo',
      },
    ],
  },
);

export const backupSchema = obj(
  'Scheduled backups of the MongoDB: a CronJob of the data role writes a gzipped archive of every collection ' +
    '(through the driver) to a volume and keeps the newest retention archives. everyclass backup list|restore reads them.',
  {
    schedule: str('Cron schedule (the CronJob\u2019s, in the controller manager\u2019s time zone).', {
      default: '0 3 * * *',
      maxLength: 64,
      pattern: '^(@(hourly|daily|weekly|monthly|yearly)|(\\S+\\s+){4}\\S+)$',
    }),
    retention: int('Archives kept, the newest first.', { minimum: 1, maximum: 365, default: 7 }),
    claimName: str('An existing PersistentVolumeClaim for the archives; instead of storage.', {
      pattern: dnsName,
      maxLength: 253,
    }),
    storage: obj(
      'A PersistentVolumeClaim the operator creates for the archives (kept when the environment goes).',
      {
        size: str(`Its size, a Kubernetes quantity. Default ${dataDefaults.backupStorageSize}.`, {
          pattern: quantityPattern,
          maxLength: 32,
        }),
        storageClassName: str('Its StorageClass; empty uses the cluster default.', { maxLength: 253 }),
      },
    ),
    suspend: bool('Stop scheduling backups (the archives stay).', { default: false }),
  },
  {
    'x-kubernetes-validations': [
      {
        rule: '!(has(self.claimName) && has(self.storage))',
        message: 'mongo.backup takes claimName (an existing volume) or storage (a new one), not both',
        fieldPath: '.claimName',
      },
    ],
  },
);

/** spec.mongo.backup's fields at their schema defaults. */
export const backupDefaults = withDefaults(backupSchema, {});

export const dataStatusSchema = obj('The course data this environment serves, as its entity reports it.', {
  version: str('Data version (changes with every import or copy that changed something).'),
  source: str('spec.data.from when set: the environment copied from.'),
  sourceVersion: str('The source\u2019s data version when last observed.'),
  syncedAt: str('When the last copy completed.', { format: 'date-time' }),
});

export const backupStatusSchema = obj('Scheduled backups (spec.mongo.backup).', {
  lastSuccessTime: str('When the last backup completed.', { format: 'date-time' }),
  lastScheduleTime: str('When the last backup started.', { format: 'date-time' }),
  active: int('Backups running now.'),
});

export type DataSpec = TypeOf<typeof dataSchema>;
export type BackupSpec = TypeOf<typeof backupSchema>;
export type DataStatus = TypeOf<typeof dataStatusSchema>;
export type BackupStatus = TypeOf<typeof backupStatusSchema>;
