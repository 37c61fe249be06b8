// Jobs of the image's data role (services/data): pure builders. The operator's own (a demo
// university, course-data copies for spec.data.from) are desired children; the CLI's (import,
// restore, list) are built here too, labelled managed-by the CLI so the operator never prunes them.

import type {
  V1ConfigMap,
  V1CronJob,
  V1EnvVar,
  V1Job,
  V1PodSpec,
  V1Secret,
  V1Volume,
  V1VolumeMount,
} from '@kubernetes/client-node';
import type { DataEnvName } from '../../../services/kit/contract.ts';
import { dataDefaults } from '../api/data.ts';
import type { EveryClassEnvironment } from '../api/environment.ts';
import type { Resolved } from './defaults.ts';
import { childMeta, labelKeys, labels } from './labels.ts';
import { mongoPort, names, servicePort, terminationMessagePolicy } from './names.ts';

/** The pods' component label: NetworkPolicies admit it where the data role's variables point. */
export const dataComponent = 'data';
/** managed-by of the Jobs the CLI starts: the operator's informers and pruning leave them alone. */
export const cliManager = 'everyclass-cli';
/** Where an import's ConfigMaps are mounted, merged into one folder of parts. */
export const importDir = '/import';
/** Where the backup volume is mounted. */
export const backupDir = '/backups';
/** Largest part of an import file in one ConfigMap (their limit is 1 MiB, metadata included). */
export const importPartBytes = 900 * 1024;
/** Parts at most: a larger import goes through a volume (services/data/README.md). */
export const maxImportParts = 16;

const nonRootUid = 1000;
const secretRef = (name: string, key: string) => ({ valueFrom: { secretKeyRef: { name, key } } });

/** MongoDB of `envName` in `ns` as the services reach it (the StatefulSet's only pod). */
export function mongoUrlOf(
  envName: string,
  ns: string,
  userVar = 'MONGO_USERNAME',
  passVar = 'MONGO_PASSWORD',
): string {
  const host = `${names.mongo(envName)}-0.${names.mongo(envName)}.${ns}.svc:${mongoPort}`;
  return `mongodb://$(${userVar}):$(${passVar})@${host}/everyclass?authSource=admin`;
}

type DataVars = Partial<Record<DataEnvName, Omit<V1EnvVar, 'name'>>>;

function dataEnvOf(vars: DataVars): V1EnvVar[] {
  return Object.entries(vars).map(([name, v]) => ({ name, ...v }));
}

/** The environment's own MongoDB: the credentials Secret the services use. */
function ownMongo(env: EveryClassEnvironment): DataVars {
  const e = env.metadata.name;
  return {
    MONGO_USERNAME: secretRef(names.mongoSecret(e), 'username'),
    MONGO_PASSWORD: secretRef(names.mongoSecret(e), 'password'),
    MONGO_URL: { value: mongoUrlOf(e, env.metadata.namespace) },
  };
}

function entityAccess(env: EveryClassEnvironment): DataVars {
  const e = env.metadata.name;
  return {
    ENTITY_URL: {
      value: `http://${names.service(e, 'entity')}.${env.metadata.namespace}.svc:${servicePort}`,
    },
    EVERYCLASS_ADMIN_KEY: secretRef(names.adminSecret(e), 'adminKey'),
  };
}

function podSpec(
  image: string,
  args: string[],
  vars: DataVars,
  mounts: Array<{ volume: V1Volume; mount: V1VolumeMount }> = [],
): V1PodSpec {
  return {
    restartPolicy: 'Never',
    automountServiceAccountToken: false,
    enableServiceLinks: false,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: nonRootUid,
      runAsGroup: nonRootUid,
      fsGroup: nonRootUid,
      seccompProfile: { type: 'RuntimeDefault' },
    },
    containers: [
      {
        name: dataComponent,
        image,
        args: ['data', ...args],
        env: dataEnvOf(vars),
        resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '1Gi' } },
        terminationMessagePolicy,
        securityContext: {
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        },
        volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, ...mounts.map((m) => m.mount)],
      },
    ],
    volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '256Mi' } }, ...mounts.map((m) => m.volume)],
  };
}

interface JobOptions {
  name: string;
  /** The operator's Job (pruned when no longer desired) or the CLI's. */
  by: 'operator' | 'cli';
  annotations?: Record<string, string>;
  backoffLimit?: number;
}

function job(env: EveryClassEnvironment, pod: V1PodSpec, version: string, o: JobOptions): V1Job {
  const meta = childMeta(env, o.name, dataComponent, { version });
  if (o.by === 'cli') meta.labels = { ...meta.labels, [labelKeys.managedBy]: cliManager };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { ...meta, ...(o.annotations ? { annotations: o.annotations } : {}) },
    spec: {
      backoffLimit: o.backoffLimit ?? 3,
      // The CLI's Jobs clean up after a day; the operator's stay while desired (their outcome is status).
      ...(o.by === 'cli' ? { ttlSecondsAfterFinished: 86_400 } : {}),
      template: {
        metadata: {
          labels: {
            ...labels(env, dataComponent, version),
            ...(o.by === 'cli' ? { [labelKeys.managedBy]: cliManager } : {}),
          },
        },
        spec: pod,
      },
    },
  };
}

/** A generated demo university, loaded through entity (spec.data.demo): one Job per environment. */
export function buildDemoJob(env: EveryClassEnvironment, r: Resolved): V1Job {
  const scale = env.spec.data?.demoScale ?? dataDefaults.demoScale;
  const pod = podSpec(
    `${r.image}:${r.version}`,
    ['import', '--entity', '$(ENTITY_URL)', '--generate', '--scale', scale],
    entityAccess(env),
  );
  return job(env, pod, r.version, {
    name: `${env.metadata.name}-data-demo`,
    by: 'operator',
    backoffLimit: 6,
  });
}

/**
 * The copy of the source's MongoDB credentials beside the sync Job, and of its id encryption key
 * for the services (spec.data.from).
 */
export function buildDataSourceSecret(
  env: EveryClassEnvironment,
  source: { credentials: Record<string, string>; idEncryptionKey: string },
): V1Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: childMeta(env, names.dataSourceSecret(env.metadata.name), dataComponent),
    type: 'Opaque',
    data: {
      username: source.credentials.username ?? '',
      password: source.credentials.password ?? '',
      idEncryptionKey: source.idEncryptionKey,
    },
  };
}

/** How often a copy checks the source's data version (spec.data.from). */
export const defaultSyncSchedule = dataDefaults.syncSchedule;

/**
 * Checks the source's data version on a schedule and copies its course data when it differs from
 * this environment's (`copy --if-changed`); each run's figures end in its pod's termination message.
 */
export function buildSyncCronJob(
  env: EveryClassEnvironment,
  r: Resolved,
  source: { namespace: string; name: string },
): V1CronJob {
  const secret = names.dataSourceSecret(env.metadata.name);
  const vars: DataVars = {
    ...ownMongo(env),
    SOURCE_MONGO_USERNAME: secretRef(secret, 'username'),
    SOURCE_MONGO_PASSWORD: secretRef(secret, 'password'),
    SOURCE_MONGO_URL: {
      value: mongoUrlOf(source.name, source.namespace, 'SOURCE_MONGO_USERNAME', 'SOURCE_MONGO_PASSWORD'),
    },
  };
  const pod = podSpec(`${r.image}:${r.version}`, ['copy', '--if-changed'], vars);
  const jobLabels = { ...labels(env, dataComponent, r.version), [syncLabel]: 'true' };
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: {
      ...childMeta(env, syncName(env.metadata.name), dataComponent, { version: r.version }),
      annotations: { [sourceAnnotation]: `${source.namespace}/${source.name}` },
    },
    spec: {
      schedule: env.spec.data?.syncSchedule ?? defaultSyncSchedule,
      concurrencyPolicy: 'Forbid',
      startingDeadlineSeconds: 300,
      successfulJobsHistoryLimit: 1,
      failedJobsHistoryLimit: 2,
      jobTemplate: {
        metadata: { labels: jobLabels },
        spec: { backoffLimit: 2, template: { metadata: { labels: jobLabels }, spec: pod } },
      },
    },
  };
}

export const syncName = (env: string) => `${env}-data-sync`;
/** On the sync CronJob's Jobs and pods: whose termination messages status.data is read from. */
export const syncLabel = 'everyclass.io/data-sync';
export const sourceAnnotation = 'everyclass.io/data-source';

/** The ConfigMaps holding a gzipped import file, cut into parts a projected volume puts back together. */
export function buildImportConfigMaps(env: EveryClassEnvironment, id: string, gz: Buffer): V1ConfigMap[] {
  const count = Math.max(1, Math.ceil(gz.length / importPartBytes));
  if (count > maxImportParts)
    throw new Error(
      `the import is ${(gz.length / 1048576).toFixed(1)} MiB gzipped; at most ${(maxImportParts * importPartBytes) / 1048576} MiB fit in ConfigMaps`,
    );
  return Array.from({ length: count }, (_, i) => {
    const meta = childMeta(env, `${env.metadata.name}-import-${id}-${i}`, dataComponent);
    meta.labels = { ...meta.labels, [labelKeys.managedBy]: cliManager };
    return {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: meta,
      binaryData: {
        [`part-${String(i).padStart(3, '0')}`]: gz
          .subarray(i * importPartBytes, (i + 1) * importPartBytes)
          .toString('base64'),
      },
    };
  });
}

/** `everyclass data import`: a file (its ConfigMaps) or `--generate`, through entity's ImportSemester. */
export function buildImportJob(
  env: EveryClassEnvironment,
  r: Resolved,
  id: string,
  what: { configMaps: readonly string[] } | { generate: { scale: string; seed: string } },
): V1Job {
  const fromFile = 'configMaps' in what;
  const args = fromFile
    ? ['import', '--entity', '$(ENTITY_URL)', importDir]
    : [
        'import',
        '--entity',
        '$(ENTITY_URL)',
        '--generate',
        '--scale',
        what.generate.scale,
        '--seed',
        what.generate.seed,
      ];
  const mounts = fromFile
    ? [
        {
          volume: {
            name: 'import',
            projected: { sources: what.configMaps.map((name) => ({ configMap: { name } })) },
          },
          mount: { name: 'import', mountPath: importDir, readOnly: true },
        },
      ]
    : [];
  const pod = podSpec(`${r.image}:${r.version}`, args, entityAccess(env), mounts);
  return job(env, pod, r.version, { name: `${env.metadata.name}-import-${id}`, by: 'cli', backoffLimit: 2 });
}

/** The archives' volume: spec.mongo.backup.claimName, else the PVC the operator creates. */
export function backupClaim(env: EveryClassEnvironment): string {
  return env.spec.mongo?.backup?.claimName ?? `${env.metadata.name}-backups`;
}

export function backupVolume(env: EveryClassEnvironment, readOnly = false, claimName = backupClaim(env)) {
  return {
    volume: { name: 'backups', persistentVolumeClaim: { claimName, readOnly } },
    mount: { name: 'backups', mountPath: backupDir, readOnly },
  };
}

/** The pod that dumps the database into the backup volume (the CronJob's). */
export function backupPod(env: EveryClassEnvironment, r: Resolved, retention: number): V1PodSpec {
  return podSpec(
    `${r.image}:${r.version}`,
    ['dump', '--dir', backupDir, '--keep', String(retention)],
    ownMongo(env),
    [backupVolume(env)],
  );
}

/**
 * `everyclass backup restore`: replaces the database's collections with an archive's, from the
 * environment's own backup volume or another's of the same namespace (`claimName`).
 */
export function buildRestoreJob(
  env: EveryClassEnvironment,
  r: Resolved,
  id: string,
  archive: string,
  claimName = backupClaim(env),
): V1Job {
  const pod = podSpec(`${r.image}:${r.version}`, ['restore', '--dir', backupDir, archive], ownMongo(env), [
    backupVolume(env, true, claimName),
  ]);
  return job(env, pod, r.version, { name: `${env.metadata.name}-restore-${id}`, by: 'cli', backoffLimit: 0 });
}

/** `everyclass backup list`: prints the archives of the backup volume (one JSON line each). */
export function buildListJob(env: EveryClassEnvironment, r: Resolved, id: string): V1Job {
  const pod = podSpec(`${r.image}:${r.version}`, ['list', '--dir', backupDir], {}, [backupVolume(env, true)]);
  return job(env, pod, r.version, { name: `${env.metadata.name}-backups-${id}`, by: 'cli', backoffLimit: 0 });
}
