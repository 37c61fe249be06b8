import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { silentLogger } from '../kit/log.ts';
import { createMetrics } from '../kit/metrics.ts';
import { createAdminApp, mirrorStats } from './admin.ts';
import { loadConfig } from './config.ts';
import { Dispatcher } from './dispatcher.ts';
import { Ledger } from './ledger.ts';

const policy = loadConfig({
  UPSTREAM_URL: 'http://web.production.svc:8080',
  MIRROR_TARGET_URL: 'http://user:pw@web.staging.svc:8080/base',
  MIRROR_PERCENT: '10',
  MIRROR_STICKY: 'client-ip',
  MIRROR_COMPARE: 'true',
}).mirror;

describe('admin: /_mirror/stats', () => {
  it('shows the policy (target as an origin only), the counts and the dispatcher figures', () => {
    const ledger = new Ledger(5, undefined, new Date('2026-11-24T00:00:00Z'));
    const dispatcher = new Dispatcher({
      maxInflight: policy.maxInflight,
      queue: policy.queue,
      timeoutMs: 1000,
    });
    ledger.sampled();
    ledger.mirrored(0.01);
    ledger.compared(
      '/student',
      { result: 'match' },
      { at: '', method: 'GET', path: '/student/:id', productionStatus: 200, shadowStatus: 200 },
    );
    const s = mirrorStats({ policy, ledger, dispatcher }, new Date('2026-11-24T01:00:00Z'));
    assert.equal(s.target, 'http://web.staging.svc:8080');
    assert.equal(s.enabled, true);
    assert.equal(s.sticky, 'client-ip');
    assert.deepEqual(s.methods, ['GET', 'HEAD']);
    assert.equal(s.since, '2026-11-24T00:00:00.000Z');
    assert.equal(s.now, '2026-11-24T01:00:00.000Z');
    assert.equal(s.mirrored, 1);
    assert.equal(s.mismatchRate, 0);
    assert.deepEqual(s.limits, { maxInflight: 32, queue: 128, timeoutMs: 2000, maxBodyBytes: 1 << 20 });
    assert.deepEqual(s.learning, { enabled: false, percent: 1, maxPerSecond: 2 });
    assert.deepEqual(s.noise, { learned: 0, failed: 0, rescued: 0, routes: {} });
    assert.deepEqual(s.structure, { diffed: 0, unstructured: 0 });
    assert.equal(s.inflight, 0);
  });

  it('serves stats and mismatches as JSON, and /readyz turns 503 when draining', async () => {
    let draining = false;
    const ledger = new Ledger(5);
    ledger.compared(
      '/room',
      { result: 'mismatch', reason: 'body' },
      { at: 'x', method: 'GET', path: '/room/:id', productionStatus: 200, shadowStatus: 200 },
    );
    const app = createAdminApp({
      policy,
      ledger,
      dispatcher: new Dispatcher({ maxInflight: 1, queue: 1, timeoutMs: 1000 }),
      logger: silentLogger(),
      metrics: createMetrics('mirror', { defaults: false }),
      readiness: [],
      isDraining: () => draining,
    });
    const handler = app.callback();
    const server = createServer(handler).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const stats = (await (await fetch(`${base}/_mirror/stats`)).json()) as {
        routes: Record<string, unknown>;
      };
      assert.deepEqual(stats.routes['/room'], { match: 0, mismatch: 1, skipped: 0 });
      const mm = (await (await fetch(`${base}/_mirror/mismatches`)).json()) as {
        samples: Array<{ path: string }>;
      };
      assert.deepEqual(
        mm.samples.map((s) => s.path),
        ['/room/:id'],
      );
      const diff = (await (await fetch(`${base}/_mirror/diff`)).json()) as {
        compare: boolean;
        target: string;
        routes: Record<string, { mismatch: number; mismatchRate: number; samples: Array<{ path: string }> }>;
      };
      assert.equal(diff.compare, true);
      assert.equal(diff.target, 'http://web.staging.svc:8080');
      assert.equal(diff.routes['/room']?.mismatchRate, 1);
      assert.deepEqual(
        diff.routes['/room']?.samples.map((s) => s.path),
        ['/room/:id'],
      );
      assert.equal((await fetch(`${base}/readyz`)).status, 200);
      draining = true;
      assert.equal((await fetch(`${base}/readyz`)).status, 503);
    } finally {
      server.close();
    }
  });
});
