// spec.data.from and spec.mongo.backup in the reconcile: which source to copy from (with its
// consent), and status.data, status.backup and the DataSynced condition from what the cluster
// holds — the sync CronJob's last pods' termination messages (services/data/commands.ts writes the
// figures there) and the backup CronJob's status. Pure: observed objects in, status out.
import type { V1CronJob, V1Pod, V1Secret } from '@kubernetes/client-node';
import type { BackupStatus, DataStatus } from '../api/data.ts';
import type { Condition, EveryClassEnvironment } from '../api/environment.ts';
import { backupName } from '../desired/backup.ts';
import { syncLabel } from '../desired/datajobs.ts';
import type { DesiredContext } from '../desired/index.ts';
import { labelKeys } from '../desired/labels.ts';
import { names } from '../desired/names.ts';

export type DataSourceState =
  | { state: 'none' }
  | { state: 'notFound' | 'notShared' | 'noCredentials'; source: string }
  | { state: 'ok'; source: string; ctx: NonNullable<DesiredContext['dataSource']> };

/** The source of spec.data.from, if it exists, lists this environment in shareWith and its credentials are known. */
export function resolveDataSource(
  env: EveryClassEnvironment,
  getEnv: (namespace: string, name: string) => EveryClassEnvironment | undefined,
  getSecret: (namespace: string, name: string) => V1Secret | undefined,
): DataSourceState {
  const from = env.spec.data?.from;
  if (!from) return { state: 'none' };
  const [namespace = '', name = ''] = from.split('/');
  const source = getEnv(namespace, name);
  if (!source) return { state: 'notFound', source: from };
  const self = `${env.metadata.namespace}/${env.metadata.name}`;
  // Consent, across namespaces and within one alike: the NetworkPolicy of the source's MongoDB
  // admits exactly the environments its shareWith lists.
  if (!(source.spec.data?.shareWith ?? []).includes(self)) return { state: 'notShared', source: from };
  const secret = getSecret(namespace, names.mongoSecret(name));
  // The source's id key too: the services here decode the copied data's (and mirrored URLs') ids.
  const idEncryptionKey = getSecret(namespace, names.keysSecret(name))?.data?.idEncryptionKey;
  if (!secret?.data?.username || !secret.data.password || !idEncryptionKey)
    return { state: 'noCredentials', source: from };
  return {
    state: 'ok',
    source: from,
    ctx: {
      namespace,
      name,
      credentials: { username: secret.data.username, password: secret.data.password },
      idEncryptionKey,
    },
  };
}

interface SyncRun {
  finishedAt: string;
  ok: boolean;
  message: string;
  figures?: { dataVersion?: string; copied?: boolean };
}

/** The sync runs of `env` its pods tell of (newest last): exit code, time and termination message. */
export function syncRuns(env: EveryClassEnvironment, pods: readonly V1Pod[]): SyncRun[] {
  const runs: SyncRun[] = [];
  for (const p of pods) {
    if (p.metadata?.labels?.[syncLabel] !== 'true') continue;
    if (p.metadata?.labels?.[labelKeys.instance] !== env.metadata.name) continue;
    const t = p.status?.containerStatuses?.[0]?.state?.terminated;
    if (!t?.finishedAt) continue;
    let figures: SyncRun['figures'];
    try {
      figures = t.exitCode === 0 ? (JSON.parse(t.message ?? '') as SyncRun['figures']) : undefined;
    } catch {
      figures = undefined;
    }
    runs.push({
      finishedAt: new Date(t.finishedAt).toISOString(),
      ok: t.exitCode === 0 && !!figures?.dataVersion,
      message: (t.message ?? '').trim().slice(0, 500),
      ...(figures ? { figures } : {}),
    });
  }
  return runs.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

/** status.data and the DataSynced condition (undefined without spec.data.from). */
export function dataStatus(
  env: EveryClassEnvironment,
  resolved: DataSourceState,
  pods: readonly V1Pod[],
  now: Date,
): { data?: DataStatus; condition?: Condition } {
  if (resolved.state === 'none') return {};
  const before = env.status?.conditions?.find((c) => c.type === 'DataSynced');
  const condition = (status: 'True' | 'False' | 'Unknown', reason: string, message: string): Condition => ({
    type: 'DataSynced',
    status,
    reason,
    message,
    observedGeneration: env.metadata.generation ?? 0,
    lastTransitionTime: before && before.status === status ? before.lastTransitionTime : now.toISOString(),
  });
  const source = resolved.source;
  const previous = env.status?.data;
  if (resolved.state !== 'ok') {
    const why = {
      notFound: `the source environment ${source} does not exist`,
      notShared: `${source} does not share its course data with this environment: add ${env.metadata.namespace}/${env.metadata.name} to its spec.data.shareWith`,
      noCredentials: `the MongoDB credentials of ${source} are not there yet`,
    }[resolved.state];
    const reason = {
      notFound: 'SourceNotFound',
      notShared: 'SourceNotShared',
      noCredentials: 'SourceNotReady',
    }[resolved.state];
    return { data: { ...previous, source }, condition: condition('False', reason, why) };
  }
  const runs = syncRuns(env, pods);
  const last = runs.at(-1);
  const lastOk = runs.filter((r) => r.ok).at(-1);
  const copiedAt = runs.filter((r) => r.ok && r.figures?.copied).at(-1)?.finishedAt ?? previous?.syncedAt;
  const version = lastOk?.figures?.dataVersion ?? previous?.version;
  const data: DataStatus = {
    source,
    ...(version ? { version, sourceVersion: version } : {}),
    ...(copiedAt ? { syncedAt: copiedAt } : {}),
  };
  if (last && !last.ok)
    return {
      data,
      condition: condition(
        'False',
        'SyncFailed',
        `the last copy from ${source} failed: ${last.message || 'no message'}`,
      ),
    };
  if (!lastOk)
    return {
      data,
      condition: condition(
        'Unknown',
        'SyncPending',
        `waiting for the first check of ${source}\u2019s data version`,
      ),
    };
  return {
    data,
    condition: condition(
      'True',
      'InSync',
      `serves ${source}\u2019s data version ${version} (checked ${lastOk.finishedAt})`,
    ),
  };
}

/** status.backup from the backup CronJob's own status. */
export function backupStatus(
  env: EveryClassEnvironment,
  cron: V1CronJob | undefined,
): BackupStatus | undefined {
  if (!env.spec.mongo?.backup || cron?.metadata?.name !== backupName(env.metadata.name)) return undefined;
  const iso = (d: Date | string | undefined) => (d ? new Date(d).toISOString() : undefined);
  const s = cron.status;
  const last = iso(s?.lastSuccessfulTime);
  const scheduled = iso(s?.lastScheduleTime);
  return {
    ...(last ? { lastSuccessTime: last } : {}),
    ...(scheduled ? { lastScheduleTime: scheduled } : {}),
    active: s?.active?.length ?? 0,
  };
}
