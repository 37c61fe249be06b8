import assert from 'node:assert/strict';
import { KubeConfig } from '@kubernetes/client-node';
import { FakeLeaseApi } from './fake-lease.test-support.ts';
import { fakeTimers } from './fake-timers.test-support.ts';
import { LeadershipLostError } from './leader.ts';
import { createLogger } from './log.ts';
import { Manager } from './manager.ts';
import { Metrics } from './metrics.ts';

describe('Manager', () => {
  it('on lost leadership stops reconciling and rejects wait() instead of exiting the process', async () => {
    const timers = fakeTimers();
    const api = new FakeLeaseApi();
    const metrics = new Metrics();
    const manager = new Manager({
      name: 't',
      kc: new KubeConfig(),
      log: createLogger('test', 'silent'),
      metrics,
      clock: { now: () => new Date(timers.now()) },
      timers,
      workers: 1,
      resyncMs: 3_600_000,
      probe: { host: '127.0.0.1', port: 0 },
      leaderElection: {
        namespace: 'everyclass-system',
        name: 'everyclass-operator',
        identity: 'me',
        leaseDurationMs: 15_000,
        renewDeadlineMs: 10_000,
        retryPeriodMs: 2_000,
        api,
      },
    });
    manager.resync(() => ['ns/a']);
    const reconciled: string[] = [];
    let settled: 'pending' | 'resolved' | Error = 'pending';
    manager.wait().then(
      () => {
        settled = 'resolved';
      },
      (err: Error) => {
        settled = err;
      },
    );
    const outcome = () => settled;
    try {
      await manager.start(async (key) => {
        reconciled.push(key);
        return undefined;
      });
      await timers.tick(0);
      assert.deepEqual(reconciled, ['ns/a'], 'the leader reconciles');
      const leaderGauge = async () => (await metrics.leader.get()).values[0]?.value;
      assert.equal(await leaderGauge(), 1);

      api.hang = true; // renewals hang from now on
      await timers.tick(9_999);
      assert.equal(outcome(), 'pending');
      await timers.tick(1);
      assert.ok(outcome() instanceof LeadershipLostError, String(outcome()));
      assert.equal(await leaderGauge(), 0);
      manager.queue.add('ns/b');
      await timers.tick(0);
      assert.deepEqual(reconciled, ['ns/a'], 'no reconcile after leadership was lost');
    } finally {
      await manager.stop(0);
    }
  });
});
