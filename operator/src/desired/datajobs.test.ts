import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import type {
  V1CronJob,
  V1Deployment,
  V1Job,
  V1PersistentVolumeClaim,
  V1Secret,
} from '@kubernetes/client-node';
import { dataEnv } from '../../../services/kit/contract.ts';
import { buildBackup } from './backup.ts';
import {
  buildImportConfigMaps,
  buildImportJob,
  buildRestoreJob,
  buildSyncCronJob,
  cliManager,
  importPartBytes,
  syncLabel,
} from './datajobs.ts';
import { resolve } from './defaults.ts';
import { sample } from './fixtures.test-support.ts';
import { buildDesired } from './index.ts';

const container = (j: V1Job) => j.spec!.template.spec!.containers[0]!;
const envNames = (j: V1Job) => (container(j).env ?? []).map((e) => e.name);

describe('data role Jobs', () => {
  const staging = sample('staging', 'everyclass-staging');
  const r = resolve(staging);
  const source = { namespace: 'everyclass-production', name: 'production' };

  it('checks and copies the source\u2019s course data on a schedule, with its credentials copy', () => {
    const cron = buildSyncCronJob(staging, r, source);
    const pod = cron.spec?.jobTemplate.spec?.template.spec;
    assert.deepEqual(pod?.containers[0]?.args, ['data', 'copy', '--if-changed']);
    assert.equal(cron.spec?.schedule, '*/5 * * * *');
    assert.equal(cron.spec?.concurrencyPolicy, 'Forbid');
    const url = pod?.containers[0]?.env?.find((e) => e.name === 'SOURCE_MONGO_URL')?.value ?? '';
    assert.match(url, /@production-mongo-0\.production-mongo\.everyclass-production\.svc:27017\/everyclass/);
    const user = pod?.containers[0]?.env?.find((e) => e.name === 'SOURCE_MONGO_USERNAME');
    assert.equal(user?.valueFrom?.secretKeyRef?.name, 'staging-data-source');
    assert.equal(pod?.restartPolicy, 'Never');
    assert.equal(cron.spec?.jobTemplate.spec?.template.metadata?.labels?.[syncLabel], 'true');
    assert.equal(cron.metadata?.ownerReferences?.[0]?.uid, 'uid-staging');
    staging.spec.data = { from: 'everyclass-production/production', syncSchedule: '* * * * *' };
    assert.equal(buildSyncCronJob(staging, r, source).spec?.schedule, '* * * * *');
    delete staging.spec.data;
  });

  it('sets only variables of the data role\u2019s contract', () => {
    const jobs = [
      buildSyncCronJob(staging, r, source).spec!.jobTemplate as V1Job,
      buildImportJob(staging, r, 'x', { generate: { scale: '0.1', seed: '1' } }),
      buildRestoreJob(staging, r, 'x', 'everyclass-20260901T000000Z.ndjson.gz'),
    ];
    for (const j of jobs)
      for (const n of envNames(j)) assert.ok((dataEnv as readonly string[]).includes(n), n);
    assert.deepEqual(envNames(jobs[1]!).sort(), ['ENTITY_URL', 'EVERYCLASS_ADMIN_KEY']);
  });

  it('cuts an import file into ConfigMaps a projected volume puts back together', () => {
    const gz = gzipSync(Buffer.from('x'.repeat(10)));
    const big = Buffer.concat([gz, Buffer.alloc(importPartBytes * 2)]);
    const maps = buildImportConfigMaps(staging, 'abc', big);
    assert.equal(maps.length, 3);
    const joined = Buffer.concat(maps.map((m, i) => Buffer.from(m.binaryData![`part-00${i}`]!, 'base64')));
    assert.deepEqual(joined, big);
    assert.equal(gunzipSync(joined.subarray(0, gz.length)).toString(), 'x'.repeat(10));
    assert.equal(maps[0]!.metadata?.labels?.['app.kubernetes.io/managed-by'], cliManager);
    assert.throws(
      () => buildImportConfigMaps(staging, 'abc', Buffer.alloc(importPartBytes * 17)),
      /MiB gzipped; at most/,
    );
    const job = buildImportJob(staging, r, 'abc', { configMaps: maps.map((m) => m.metadata?.name ?? '') });
    assert.deepEqual(container(job).args, ['data', 'import', '--entity', '$(ENTITY_URL)', '/import']);
    assert.deepEqual(
      job.spec?.template.spec?.volumes
        ?.find((v) => v.name === 'import')
        ?.projected?.sources?.map((s) => s.configMap?.name),
      ['staging-import-abc-0', 'staging-import-abc-1', 'staging-import-abc-2'],
    );
    assert.equal(
      job.metadata?.labels?.['app.kubernetes.io/managed-by'],
      cliManager,
      'never pruned by the operator',
    );
    assert.ok(job.spec?.ttlSecondsAfterFinished);
  });

  it('backs up on a schedule into a volume that outlives the environment, keeping N archives', () => {
    const env = sample('production');
    env.spec.mongo = {
      ...env.spec.mongo,
      backup: { schedule: '15 2 * * *', retention: 5, storage: { size: '2Gi' } },
    };
    const [pvc, cron] = buildBackup(env, resolve(env)) as [V1PersistentVolumeClaim, V1CronJob];
    assert.equal(pvc.metadata?.ownerReferences, undefined);
    assert.equal(pvc.spec?.resources?.requests?.storage, '2Gi');
    assert.equal(cron.spec?.schedule, '15 2 * * *');
    assert.equal(cron.spec?.concurrencyPolicy, 'Forbid');
    const pod = cron.spec?.jobTemplate.spec?.template.spec;
    assert.deepEqual(pod?.containers[0]?.args, ['data', 'dump', '--dir', '/backups', '--keep', '5']);
    assert.equal(
      pod?.volumes?.find((v) => v.name === 'backups')?.persistentVolumeClaim?.claimName,
      'production-backups',
    );
    env.spec.mongo.backup = { claimName: 'nfs-archives' };
    const only = buildBackup(env, resolve(env));
    assert.deepEqual(
      only.map((o) => o.kind),
      ['CronJob'],
      'an existing claim: no PVC of ours',
    );
    delete env.spec.mongo.backup;
    assert.deepEqual(buildBackup(env, resolve(env)), []);
  });

  it('is part of the desired state: demo Job, sync Job with its Secret, backups', () => {
    const env = sample('testing');
    env.spec.data = { demo: true };
    env.spec.mongo = { ...env.spec.mongo, backup: {} };
    const kinds = (d: ReturnType<typeof buildDesired>) =>
      d.objects.map((o) => `${o.kind}/${o.metadata?.name}`);
    const plain = kinds(buildDesired(env));
    assert.ok(plain.includes('Job/testing-data-demo'));
    assert.ok(plain.includes('CronJob/testing-backup'));
    assert.ok(plain.includes('PersistentVolumeClaim/testing-backups'));
    const ctx = {
      dataSource: { ...source, credentials: { username: 'dQ==', password: 'cA==' }, idEncryptionKey: 'aWQ=' },
    };
    const withSource = buildDesired(env, ctx);
    const synced = kinds(withSource);
    assert.ok(synced.includes('Secret/testing-data-source'));
    assert.ok(synced.includes('CronJob/testing-data-sync'));
    // The services decode the copied data's ids with the source's key; without a source, their own.
    const copy = withSource.objects.find(
      (o) => o.kind === 'Secret' && o.metadata?.name === 'testing-data-source',
    );
    assert.equal((copy as V1Secret | undefined)?.data?.idEncryptionKey, 'aWQ=');
    const idKeyOf = (d: ReturnType<typeof buildDesired>) =>
      d.objects
        .filter((o): o is V1Deployment => o.kind === 'Deployment' && o.metadata?.name !== 'testing-mirror')
        .flatMap((dep) => dep.spec?.template.spec?.containers[0]?.env ?? [])
        .filter((v) => v.name === 'ID_ENCRYPTION_KEY')
        .map((v) => `${v.valueFrom?.secretKeyRef?.name}/${v.valueFrom?.secretKeyRef?.key}`);
    assert.ok(idKeyOf(withSource).length > 0);
    assert.deepEqual(new Set(idKeyOf(withSource)), new Set(['testing-data-source/idEncryptionKey']));
    assert.deepEqual(new Set(idKeyOf(buildDesired(env))), new Set(['testing-keys/idEncryptionKey']));
  });
});
