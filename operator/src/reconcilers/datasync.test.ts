import assert from 'node:assert/strict';
import type { V1CronJob, V1Pod, V1Secret } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { sample } from '../desired/fixtures.test-support.ts';
import { backupStatus, dataStatus, resolveDataSource } from './datasync.ts';

const now = new Date('2026-09-01T10:00:00Z');

function syncPod(finishedAt: string, exitCode: number, message: string): V1Pod {
  return {
    metadata: {
      name: `p-${finishedAt}`,
      labels: { 'app.kubernetes.io/instance': 'staging', 'everyclass.io/data-sync': 'true' },
    },
    status: {
      containerStatuses: [
        {
          name: 'data',
          image: '',
          imageID: '',
          ready: false,
          restartCount: 0,
          state: { terminated: { exitCode, finishedAt: new Date(finishedAt), message } },
        },
      ],
    },
  };
}

describe('course data from another environment (datasync.ts)', () => {
  const staging = sample('staging', 'everyclass-staging');
  staging.spec.data = { from: 'everyclass-production/production' };
  const production = sample('production', 'everyclass-production');
  const secret: V1Secret = { data: { username: 'dQ==', password: 'cA==' } };
  const keys: V1Secret = { data: { idEncryptionKey: 'aWQ=', sessionKey: 'cw==' } };
  /** The source's Secrets by name: its MongoDB credentials and its keys. */
  const secrets = (_ns: string, name: string) =>
    name === 'production-mongo-credentials' ? secret : name === 'production-keys' ? keys : undefined;
  const envs = (p: EveryClassEnvironment) => (ns: string, n: string) =>
    ns === 'everyclass-production' && n === 'production' ? p : undefined;

  it('copies only with the source\u2019s consent, and says how to give it', () => {
    const refused = resolveDataSource(staging, envs(production), secrets);
    assert.equal(refused.state, 'notShared');
    const { condition } = dataStatus(staging, refused, [], now);
    assert.equal(condition?.status, 'False');
    assert.equal(condition?.reason, 'SourceNotShared');
    assert.match(condition?.message ?? '', /add everyclass-staging\/staging to its spec\.data\.shareWith/);
    const sharing = {
      ...production,
      spec: { ...production.spec, data: { shareWith: ['everyclass-staging/staging'] } },
    };
    const ok = resolveDataSource(staging, envs(sharing), secrets);
    assert.equal(ok.state, 'ok');
    assert.deepEqual(ok.state === 'ok' && ok.ctx, {
      namespace: 'everyclass-production',
      name: 'production',
      credentials: { username: 'dQ==', password: 'cA==' },
      idEncryptionKey: 'aWQ=',
    });
    assert.equal(resolveDataSource(staging, envs(sharing), () => undefined).state, 'noCredentials');
    // Without the source's id key the copy waits too: the services here need it for its ids.
    assert.equal(
      resolveDataSource(staging, envs(sharing), (ns, n) =>
        n === 'production-keys' ? undefined : secrets(ns, n),
      ).state,
      'noCredentials',
    );
    assert.equal(resolveDataSource(staging, () => undefined, secrets).state, 'notFound');
    assert.equal(resolveDataSource(sample('testing'), envs(sharing), secrets).state, 'none');
  });

  it('reports the version the last check found, when it last copied, and a failed copy', () => {
    const ok = {
      state: 'ok' as const,
      source: 'everyclass-production/production',
      ctx: { namespace: '', name: '', credentials: {}, idEncryptionKey: '' },
    };
    assert.equal(dataStatus(staging, ok, [], now).condition?.reason, 'SyncPending');
    const pods = [
      syncPod('2026-09-01T09:00:00Z', 0, '{"dataVersion":"v1","copied":true}'),
      syncPod('2026-09-01T09:05:00Z', 0, '{"dataVersion":"v1","copied":false}'),
    ];
    const synced = dataStatus(staging, ok, pods, now);
    assert.deepEqual(synced.data, {
      source: 'everyclass-production/production',
      version: 'v1',
      sourceVersion: 'v1',
      syncedAt: '2026-09-01T09:00:00.000Z',
    });
    assert.equal(synced.condition?.status, 'True');
    assert.equal(synced.condition?.reason, 'InSync');
    const failed = dataStatus(
      staging,
      ok,
      [...pods, syncPod('2026-09-01T09:10:00Z', 1, 'copy (source): connect ECONNREFUSED')],
      now,
    );
    assert.equal(failed.condition?.reason, 'SyncFailed');
    assert.match(failed.condition?.message ?? '', /ECONNREFUSED/);
    assert.equal(failed.data?.version, 'v1', 'the data served is still the last copied');
  });

  it('reports the last successful backup from the CronJob', () => {
    const env = sample('production');
    env.spec.mongo = { ...env.spec.mongo, backup: {} };
    const cron: V1CronJob = {
      metadata: { name: 'production-backup' },
      spec: { schedule: '0 3 * * *', jobTemplate: {} },
      status: {
        lastSuccessfulTime: new Date('2026-09-01T03:00:40Z'),
        lastScheduleTime: new Date('2026-09-01T03:00:00Z'),
      },
    };
    assert.deepEqual(backupStatus(env, cron), {
      lastSuccessTime: '2026-09-01T03:00:40.000Z',
      lastScheduleTime: '2026-09-01T03:00:00.000Z',
      active: 0,
    });
    delete env.spec.mongo.backup;
    assert.equal(backupStatus(env, cron), undefined);
  });
});
