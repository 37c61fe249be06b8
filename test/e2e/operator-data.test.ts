// The operator's data objects and their status, the operator as a real process against a real
// API server: spec.data.demo's Job, spec.data.from's sync CronJob (with the source's consent) and
// status.data/DataSynced from a sync pod's termination message, SourceNotShared without consent,
// spec.mongo.backup's CronJob and PVC, and status.backup from the CronJob's status. The namespace
// sends its pods nowhere (a PodNodeSelector no node matches): the test ends a sync pod as the
// kubelet would, and writes the CronJob's status as the CronJob controller would.
import assert from 'node:assert/strict';
import type {
  V1CronJob,
  V1Deployment,
  V1Job,
  V1PersistentVolumeClaim,
  V1Secret,
} from '@kubernetes/client-node';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { useCluster } from '../support/localenv.ts';
import { ece, endJobPod, holdPods } from './support/held-pods.ts';
import {
  apply,
  createNamespace,
  eventually,
  installCrd,
  jsonpath,
  killAllOperators,
  startOperator,
  uniqueName,
} from './support/operator.ts';

describe('operator: course data and backups (Jobs, CronJobs, status)', function () {
  this.timeout(180_000);
  let cluster: LocalCluster;
  let ns = '';

  const get = async <T>(...what: string[]): Promise<T> =>
    JSON.parse(await cluster.kubectl('get', '-n', ns, '-o', 'json', ...what)) as T;
  const getWhenThere = <T>(what: string) =>
    eventually(`${what} in ${ns}`, async () => get<T>(what).catch(() => undefined), 60_000);
  const condition = (env: string, type: string) =>
    jsonpath(
      cluster,
      ns,
      `ece/${env}`,
      `{.status.conditions[?(@.type=="${type}")].status}/{.status.conditions[?(@.type=="${type}")].reason}`,
    );
  const untilCondition = (env: string, type: string, want: string) =>
    eventually(
      `${env} ${type} ${want}`,
      async () => ((await condition(env, type)) === want ? true : undefined),
      60_000,
    );
  const env = (name: string, tier: string, extra: Record<string, unknown>) => ece(ns, name, tier, extra);

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    ns = await createNamespace(cluster, uniqueName('ece-data'));
    await holdPods(cluster, ns);
    await apply(
      cluster,
      env('production', 'production', {
        data: { shareWith: [`${ns}/staging`] },
        mongo: { backup: { schedule: '15 2 * * *', retention: 5, storage: { size: '2Gi' } } },
      }),
      env('staging', 'staging', { data: { from: `${ns}/production`, syncSchedule: '*/10 * * * *' } }),
      env('uninvited', 'staging', { data: { from: `${ns}/production` } }),
      env('testing', 'testing', { data: { demo: true, demoScale: '0.05' } }),
    );
    startOperator(cluster);
  });
  after(async () => {
    await killAllOperators();
    if (ns) await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
  });

  it('testing with data.demo: one Job loads a generated university through entity', async () => {
    const job = await getWhenThere<V1Job>('job/testing-data-demo');
    const c = job.spec?.template.spec?.containers[0];
    assert.deepEqual(c?.args, [
      'data',
      'import',
      '--entity',
      '$(ENTITY_URL)',
      '--generate',
      '--scale',
      '0.05',
    ]);
    assert.equal(
      c?.env?.find((e) => e.name === 'EVERYCLASS_ADMIN_KEY')?.valueFrom?.secretKeyRef?.name,
      'testing-admin',
    );
    assert.equal(job.metadata?.labels?.['app.kubernetes.io/managed-by'], 'everyclass-operator');
    const uid = await jsonpath(cluster, ns, 'ece/testing', '{.metadata.uid}');
    assert.equal(job.metadata?.ownerReferences?.[0]?.uid, uid);
    // No other environment asked for demo data.
    const jobs = await get<{ items: V1Job[] }>('jobs');
    assert.deepEqual(
      jobs.items.map((j) => j.metadata?.name).filter((n) => n?.endsWith('-data-demo')),
      ['testing-data-demo'],
    );
  });

  it('staging with data.from and the source\u2019s consent: a sync CronJob and the source\u2019s credentials', async () => {
    const cron = await getWhenThere<V1CronJob>('cronjob/staging-data-sync');
    assert.equal(cron.spec?.schedule, '*/10 * * * *');
    assert.deepEqual(cron.spec?.jobTemplate.spec?.template.spec?.containers[0]?.args, [
      'data',
      'copy',
      '--if-changed',
    ]);
    const copy = await getWhenThere<V1Secret>('secret/staging-data-source');
    const source = await get<V1Secret>('secret/production-mongo-credentials');
    assert.equal(copy.data?.username, source.data?.username);
    assert.equal(copy.data?.password, source.data?.password);
    // And production's id key: staging's services decode the copied data's ids (and mirrored URLs) alike.
    const keys = await get<V1Secret>('secret/production-keys');
    assert.ok(keys.data?.idEncryptionKey);
    assert.equal(copy.data?.idEncryptionKey, keys.data?.idEncryptionKey);
    const idKeyRef = async () =>
      (
        await get<V1Deployment>('deployment/staging-entity').catch(() => undefined)
      )?.spec?.template.spec?.containers[0]?.env?.find((v) => v.name === 'ID_ENCRYPTION_KEY')?.valueFrom
        ?.secretKeyRef;
    await eventually(
      'staging entity takes its id key from the copy',
      async () => ((await idKeyRef())?.name === 'staging-data-source' ? true : undefined),
      60_000,
    );
    assert.deepEqual(await idKeyRef(), { name: 'staging-data-source', key: 'idEncryptionKey' });
    assert.equal(await untilCondition('staging', 'DataSynced', 'Unknown/SyncPending'), true);
    assert.equal(await jsonpath(cluster, ns, 'ece/staging', '{.status.data.source}'), `${ns}/production`);
  });

  it('a sync run\u2019s figures become status.data.version and DataSynced True', async () => {
    // A run now rather than on the schedule; its pod ends with the figures the data role writes.
    await cluster.kubectl('create', 'job', 'staging-sync-now', '-n', ns, '--from=cronjob/staging-data-sync');
    const message =
      '{"dataVersion":"v-2026-11-24.3","copied":true,"documents":41200,"attempts":1,"seconds":12.5}';
    const before = Date.now();
    await endJobPod(cluster, ns, 'staging-sync-now', 0, message);
    assert.equal(await untilCondition('staging', 'DataSynced', 'True/InSync'), true);
    assert.equal(await jsonpath(cluster, ns, 'ece/staging', '{.status.data.version}'), 'v-2026-11-24.3');
    // When the copy finished: the pod's finishedAt (whole seconds).
    const syncedAt = Date.parse(await jsonpath(cluster, ns, 'ece/staging', '{.status.data.syncedAt}'));
    assert.ok(syncedAt >= before - 1000 && syncedAt <= Date.now(), new Date(syncedAt).toISOString());
  });

  it('without the source\u2019s consent: SourceNotShared, naming the fix, and no copy at all', async () => {
    assert.equal(await untilCondition('uninvited', 'DataSynced', 'False/SourceNotShared'), true);
    const message = await jsonpath(
      cluster,
      ns,
      'ece/uninvited',
      '{.status.conditions[?(@.type=="DataSynced")].message}',
    );
    assert.match(message, new RegExp(`add ${ns}/uninvited to its spec\\.data\\.shareWith`));
    await assert.rejects(get('cronjob/uninvited-data-sync'), /NotFound/);
    await assert.rejects(get('secret/uninvited-data-source'), /NotFound/);
  });

  it('spec.mongo.backup: a CronJob dumping into a PVC that outlives the environment; status.backup from it', async () => {
    const cron = await getWhenThere<V1CronJob>('cronjob/production-backup');
    assert.equal(cron.spec?.schedule, '15 2 * * *');
    assert.equal(cron.spec?.concurrencyPolicy, 'Forbid');
    const pod = cron.spec?.jobTemplate.spec?.template.spec;
    assert.deepEqual(pod?.containers[0]?.args, ['data', 'dump', '--dir', '/backups', '--keep', '5']);
    assert.equal(
      pod?.volumes?.find((v) => v.name === 'backups')?.persistentVolumeClaim?.claimName,
      'production-backups',
    );
    const pvc = await getWhenThere<V1PersistentVolumeClaim>('pvc/production-backups');
    assert.equal(pvc.spec?.resources?.requests?.storage, '2Gi');
    assert.equal(pvc.metadata?.ownerReferences, undefined, 'archives outlive the environment');
    await assert.rejects(get('cronjob/staging-backup'), /NotFound/);

    // What the CronJob controller writes after a successful run.
    await cluster.kubectl(
      'patch',
      'cronjob',
      'production-backup',
      '-n',
      ns,
      '--subresource=status',
      '--type=merge',
      '-p',
      JSON.stringify({
        status: { lastScheduleTime: '2026-11-24T02:15:00Z', lastSuccessfulTime: '2026-11-24T02:16:40Z' },
      }),
    );
    const at = (iso: string) => new Date(iso).getTime();
    const success = await eventually(
      'status.backup.lastSuccessTime',
      async () =>
        (await jsonpath(cluster, ns, 'ece/production', '{.status.backup.lastSuccessTime}')) || undefined,
      60_000,
    );
    assert.equal(at(success), at('2026-11-24T02:16:40Z'));
    const scheduled = await jsonpath(cluster, ns, 'ece/production', '{.status.backup.lastScheduleTime}');
    assert.equal(at(scheduled), at('2026-11-24T02:15:00Z'));
  });
});
