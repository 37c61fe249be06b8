// /metrics and /readyz (whose error text names the dependencies) are not reachable through the
// Ingress: web serves them on its admin port only (issue 13, finding 9).
import assert from 'node:assert/strict';
import { inject } from 'light-my-request';
import { silentLogger } from '../kit/log.ts';
import { createMetrics } from '../kit/metrics.ts';
import { createAdminApp } from './app.ts';
import { standinApp } from './standins.test-support.ts';

describe('web: health and metrics on the admin port only', () => {
  it('answers 404 for /metrics and /readyz on the public port, and keeps /healthz', async () => {
    const app = standinApp();
    for (const path of ['/metrics', '/readyz']) {
      const r = await inject(app.callback(), { method: 'GET', url: path });
      assert.equal(r.statusCode, 404, path);
      assert.doesNotMatch(r.payload, /http_requests_total|checks/);
    }
    assert.equal((await inject(app.callback(), { method: 'GET', url: '/healthz' })).statusCode, 200);
  });

  it('serves them on the admin app', async () => {
    const metrics = createMetrics('web', { defaults: false });
    const admin = createAdminApp({
      logger: silentLogger(),
      metrics,
      readiness: [{ name: 'entity', check: async () => {} }],
    });
    const ready = await inject(admin.callback(), { method: 'GET', url: '/readyz' });
    assert.equal(ready.statusCode, 200);
    assert.deepEqual(JSON.parse(ready.payload).checks, { entity: 'ok' });
    const m = await inject(admin.callback(), { method: 'GET', url: '/metrics' });
    assert.match(m.payload, /http_requests_total/);
  });
});
