import assert from 'node:assert/strict';
import type { V1Pod } from '@kubernetes/client-node';
import { Registry } from 'prom-client';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { sample } from '../desired/fixtures.test-support.ts';
import { withBackup } from './backup.test-support.ts';
import { environmentSamples, metricHelp, registerEnvironmentMetrics } from './envmetrics.ts';

const at = '2026-11-24T10:00:00Z';

function production(): EveryClassEnvironment {
  const env = sample('production', 'everyclass-production');
  return {
    ...env,
    status: {
      version: '2.3.1',
      conditions: [
        { type: 'Ready', status: 'False', reason: 'ServicesNotReady', message: '', lastTransitionTime: at },
        { type: 'Degraded', status: 'True', reason: 'RolloutFailed', message: '', lastTransitionTime: at },
      ],
      rollout: {
        phase: 'RolledBack',
        target: { version: '2.4.0', services: {} },
        startedAt: at,
        lastGood: { version: '2.3.1', services: {} },
      },
      services: { web: { replicas: 3, readyReplicas: 2 } },
      mirror: {
        target: 'everyclass-staging/staging',
        mode: 'proxy',
        percent: 10,
        mirroredRequests: 200,
        droppedRequests: 4,
        comparedRequests: 180,
        mismatches: 9,
      },
    },
  };
}

function pod(name: string, component: string, restarts: number[]): V1Pod {
  return {
    metadata: {
      name,
      namespace: 'everyclass-production',
      labels: { 'app.kubernetes.io/instance': 'production', 'app.kubernetes.io/component': component },
    },
    status: {
      containerStatuses: restarts.map((restartCount, i) => ({
        name: `c${i}`,
        restartCount,
        image: '',
        imageID: '',
        ready: true,
      })),
    },
  };
}

describe('per-environment metrics', () => {
  const id = { namespace: 'everyclass-production', name: 'production' };

  it('gives 1 to the current condition status and rollout phase, 0 to the others', () => {
    const s = environmentSamples({ environments: () => [production()], pods: () => [] });
    const value = (cond: string, status: string) =>
      s.everyclass_environment_condition.find(
        (x) => x.labels.condition === cond && x.labels.status === status,
      )?.value;
    assert.equal(value('Ready', 'False'), 1);
    assert.equal(value('Ready', 'True'), 0);
    assert.equal(value('Degraded', 'True'), 1);
    assert.equal(value('Mirroring', 'True'), undefined, 'no series for a condition status lacks');
    const phases = Object.fromEntries(
      s.everyclass_environment_rollout_phase.map((x) => [x.labels.phase, x.value]),
    );
    assert.deepEqual(phases, { Progressing: 0, Complete: 0, RollingBack: 0, RolledBack: 1, Failed: 0 });
    assert.equal(s.everyclass_environment_rollout_phase[0]?.labels.version, '2.4.0');
    assert.deepEqual(s.everyclass_environment_info, [
      { labels: { ...id, tier: 'production', version: '2.3.1' }, value: 1 },
    ]);
  });

  it('exports the mirror figures of status under the target', () => {
    const s = environmentSamples({ environments: () => [production()], pods: () => [] });
    const labels = { ...id, target: 'everyclass-staging/staging' };
    assert.deepEqual(s.everyclass_environment_mirror_compared_requests_total, [{ labels, value: 180 }]);
    assert.deepEqual(s.everyclass_environment_mirror_mismatches_total, [{ labels, value: 9 }]);
    assert.deepEqual(s.everyclass_environment_mirror_dropped_requests_total, [{ labels, value: 4 }]);
    assert.deepEqual(s.everyclass_environment_mirror_percent, [{ labels, value: 10 }]);
  });

  it('sums restarts by component over the pods present', () => {
    const s = environmentSamples({
      environments: () => [],
      pods: () => [pod('web-a', 'web', [2]), pod('web-b', 'web', [1, 3]), pod('mongo-0', 'mongo', [0])],
    });
    assert.deepEqual(
      s.everyclass_environment_container_restarts_total.map((x) => [x.labels.component, x.value]),
      [
        ['web', 6],
        ['mongo', 0],
      ],
    );
  });

  it('exports backup figures only where the backup source gives them', () => {
    const lastSuccess = new Date(at);
    const s = environmentSamples({
      environments: () => [production(), sample('testing', 'everyclass-testing')],
      pods: () => [],
      backup: (env) => (env.spec.tier === 'production' ? { lastSuccess, intervalSeconds: 86400 } : undefined),
    });
    assert.deepEqual(s.everyclass_backup_last_success_timestamp_seconds, [
      { labels: id, value: lastSuccess.getTime() / 1000 },
    ]);
    assert.deepEqual(s.everyclass_backup_schedule_interval_seconds, [{ labels: id, value: 86400 }]);
  });

  it('reads the backup series from status.backup of the cached object by default', async () => {
    const registry = new Registry();
    const cached = [
      withBackup({ schedule: '0 3 * * *' }, { lastSuccessTime: '2026-11-24T03:00:05Z' }),
      { ...sample('testing', 'everyclass-testing') },
    ];
    registerEnvironmentMetrics(registry, { environments: () => cached, pods: () => [] });
    const text = await registry.metrics();
    const series = (name: string) => text.split('\n').filter((l) => l.startsWith(`${name}{`));
    assert.deepEqual(series('everyclass_backup_last_success_timestamp_seconds'), [
      `everyclass_backup_last_success_timestamp_seconds{namespace="everyclass-production",name="production"} ${
        Date.parse('2026-11-24T03:00:05Z') / 1000
      }`,
    ]);
    assert.deepEqual(series('everyclass_backup_schedule_interval_seconds'), [
      'everyclass_backup_schedule_interval_seconds{namespace="everyclass-production",name="production"} 86400',
    ]);
  });

  it('renders every metric on the registry, counters as counters, from the caches at scrape time', async () => {
    const registry = new Registry();
    const envs: EveryClassEnvironment[] = [];
    registerEnvironmentMetrics(registry, { environments: () => envs, pods: () => [] });
    assert.doesNotMatch(await registry.metrics(), /^everyclass_environment_info\{/m);
    envs.push(production());
    const text = await registry.metrics();
    for (const name of Object.keys(metricHelp)) assert.match(text, new RegExp(`^# HELP ${name} `, 'm'));
    assert.match(text, /^# TYPE everyclass_environment_mirror_mismatches_total counter$/m);
    assert.match(text, /^# TYPE everyclass_environment_condition gauge$/m);
    assert.match(
      text,
      /^everyclass_environment_mirror_mismatches_total\{namespace="everyclass-production",name="production",target="everyclass-staging\/staging"\} 9$/m,
    );
  });
});
