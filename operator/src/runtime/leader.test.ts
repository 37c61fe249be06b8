import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { ApiException, KubeConfig } from '@kubernetes/client-node';
import { FakeLeaseApi } from './fake-lease.test-support.ts';
import { fakeTimers } from './fake-timers.test-support.ts';
import {
  coordinationLeaseApi,
  LeaderElector,
  LeadershipLostError,
  type LeaseApi,
  mayAcquire,
} from './leader.ts';
import { createLogger } from './log.ts';
import { type StandIn, standInApiServer } from './stand-in-api.test-support.ts';

describe('leader election decision', () => {
  const seen = { holder: 'a', renewTime: '2026-01-01T00:00:00.000Z', seenAtMs: 1000 };
  it('takes a free lease or one it already holds', () => {
    assert.equal(mayAcquire(undefined, 'b', undefined, 0, 15_000), true);
    assert.equal(mayAcquire('', 'b', undefined, 0, 15_000), true);
    assert.equal(mayAcquire('b', 'b', undefined, 0, 15_000), true);
  });
  it('waits a whole lease duration after last seeing another holder renew', () => {
    assert.equal(
      mayAcquire('a', 'b', undefined, 99_999, 15_000),
      false,
      'never observed: must observe first',
    );
    assert.equal(mayAcquire('a', 'b', seen, 15_999, 15_000), false);
    assert.equal(mayAcquire('a', 'b', seen, 16_000, 15_000), true);
  });
});

function elector(api: LeaseApi, timers = fakeTimers(), identity = 'me') {
  const le = new LeaderElector(new KubeConfig(), {
    namespace: 'everyclass-system',
    name: 'everyclass-operator',
    identity,
    leaseDurationMs: 15_000,
    renewDeadlineMs: 10_000,
    retryPeriodMs: 2_000,
    log: createLogger('test', 'silent'),
    timers,
    api,
  });
  let ended: 'pending' | 'resolved' | Error = 'pending';
  le.ended.then(
    () => {
      ended = 'resolved';
    },
    (err: Error) => {
      ended = err;
    },
  );
  return { le, timers, ended: () => ended };
}

describe('LeaderElector on a fake clock', () => {
  it('creates a free lease, then renews it every retry period', async () => {
    const api = new FakeLeaseApi();
    const { le, timers } = elector(api);
    assert.equal(await le.acquire(), true);
    assert.equal(le.isLeader(), true);
    assert.equal(api.lease?.spec?.holderIdentity, 'me');
    assert.deepEqual(api.calls, ['read', 'create']);
    await timers.tick(2_000);
    assert.deepEqual(api.calls.slice(2), ['read', 'replace']);
    assert.equal(new Date(api.lease?.spec?.renewTime ?? 0).getTime(), timers.now());
    await le.release();
  });

  it('bounds a hung renewal by the renew deadline: leadership ends then, before the lease expires', async () => {
    const api = new FakeLeaseApi();
    const { le, timers, ended } = elector(api);
    const acquiredAt = timers.now();
    assert.equal(await le.acquire(), true);
    api.hang = true;
    await timers.tick(2_000); // the renewal starts and never gets an answer
    const hung = api.signals.at(-1);
    assert.equal(hung?.aborted, false);
    await timers.tick(7_999);
    assert.equal(ended(), 'pending', 'still within the renew deadline');
    assert.equal(le.isLeader(), true);
    await timers.tick(1);
    assert.equal(timers.now() - acquiredAt, 10_000, 'the renew deadline, short of the 15 s lease');
    assert.equal(hung?.aborted, true, 'the hung request is cancelled');
    assert.equal((hung?.reason as DOMException | undefined)?.name, 'TimeoutError');
    assert.ok(ended() instanceof LeadershipLostError, String(ended()));
    assert.equal(le.isLeader(), false);
    const calls = api.calls.length;
    await timers.tick(60_000);
    assert.equal(api.calls.length, calls, 'a lost leader makes no more lease requests');
  });

  it('keeps leading through failed renewals within the deadline; a success starts the deadline anew', async () => {
    const api = new FakeLeaseApi();
    const { le, timers, ended } = elector(api);
    assert.equal(await le.acquire(), true);
    const replace = api.replace.bind(api);
    let failing = true;
    api.replace = (lease, signal) =>
      failing ? Promise.reject(new ApiException(500, 'etcd timeout', {}, {})) : replace(lease, signal);
    await timers.tick(6_000); // renewals at 2, 4 and 6 s fail
    assert.equal(ended(), 'pending');
    failing = false;
    await timers.tick(2_000); // renewed at 8 s: the deadline is now 18 s
    assert.equal(le.isLeader(), true);
    failing = true;
    await timers.tick(8_000); // renewals at 10 to 16 s fail
    assert.equal(ended(), 'pending', 'the deadline counts from the last success');
    await timers.tick(2_000);
    assert.ok(ended() instanceof LeadershipLostError);
    assert.equal(le.isLeader(), false);
  });

  it('release hands the lease back and resolves ended', async () => {
    const api = new FakeLeaseApi();
    const { le, ended } = elector(api);
    assert.equal(await le.acquire(), true);
    await le.release();
    assert.equal(api.lease?.spec?.holderIdentity, '');
    assert.equal(ended(), 'resolved');
    assert.equal(le.isLeader(), false);
  });

  it('a standby waits a whole lease duration of silence before taking over', async () => {
    const api = new FakeLeaseApi();
    const timers = fakeTimers();
    const leader = elector(api, timers, 'old');
    assert.equal(await leader.le.acquire(), true);
    api.hang = true; // the old leader's renewals hang from now on (and end its leadership at 10 s)
    const standbyApi = new FakeLeaseApi(api.store);
    const standby = elector(standbyApi, timers, 'new');
    let won = false;
    void standby.le.acquire().then((w) => {
      won = w;
    });
    await timers.tick(14_000);
    assert.equal(won, false, 'the lease has not been silent for 15 s yet');
    assert.ok(leader.ended() instanceof LeadershipLostError, 'the old leader stopped at its renew deadline');
    await timers.tick(2_000);
    assert.equal(won, true);
    assert.equal(standbyApi.lease?.spec?.holderIdentity, 'new');
    assert.equal(api.lease?.spec?.leaseTransitions, 2);
    await standby.le.release();
  });
});

describe('coordinationLeaseApi', () => {
  let api: StandIn;
  const requests: IncomingMessage[] = [];
  // A stand-in API server that never answers.
  before(async () => {
    api = await standInApiServer((req) => void requests.push(req));
  });
  after(() => api.close());

  it('cancels the HTTP request when its signal aborts', async () => {
    const ac = new AbortController();
    const read = coordinationLeaseApi(api.kc).read('ns', 'lease', ac.signal);
    while (requests.length === 0) await new Promise((r) => setImmediate(r));
    assert.equal(requests[0]?.url, '/apis/coordination.k8s.io/v1/namespaces/ns/leases/lease');
    const closed = new Promise<void>((r) => requests[0]?.socket.once('close', () => r()));
    ac.abort(new DOMException('renew deadline', 'TimeoutError'));
    await assert.rejects(read);
    await closed;
  });
});
