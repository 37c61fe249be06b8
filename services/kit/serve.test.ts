// Draining: in-flight requests finish, new connections are refused, /readyz says so meanwhile.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createServiceApp, newRouter } from './app.ts';
import { baseConfig } from './config.ts';
import { silentLogger } from './log.ts';
import { createMetrics } from './metrics.ts';
import { serve, startService } from './serve.ts';

function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => {
        body += d.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve and drain', () => {
  it('finishes in-flight requests, refuses new ones, runs the closers', async () => {
    const router = newRouter();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    router.get('/slow', async (ctx) => {
      await gate;
      ctx.body = 'done';
    });
    const draining = { value: false };
    const app = createServiceApp({
      name: 't',
      logger: silentLogger(),
      metrics: createMetrics('t', { defaults: false }),
      router,
      isDraining: () => draining.value,
    });
    const closed: string[] = [];
    const listening = await serve(app, {
      host: '127.0.0.1',
      port: 0,
      logger: silentLogger(),
      draining,
      closers: [async () => void closed.push('mongo')],
    });
    assert.equal((await get(listening.port, '/readyz')).status, 200);
    const inflight = get(listening.port, '/slow');
    await new Promise((r) => setTimeout(r, 50));
    const drained = listening.drain();
    assert.equal(draining.value, true);
    await assert.rejects(get(listening.port, '/healthz'), /ECONNREFUSED/);
    release();
    assert.deepEqual(await inflight, { status: 200, body: 'done' });
    await drained;
    assert.deepEqual(closed, ['mongo']);
  });
});

describe('startService', () => {
  it('hands TRUSTED_PROXY_HOPS to the app it builds: the client address is that many entries from the end', async () => {
    const router = newRouter();
    router.get('/ip', (ctx) => {
      ctx.body = ctx.ip;
    });
    const base = baseConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', TRUSTED_PROXY_HOPS: '2' });
    const listening = await startService('t', base, async (wiring) => ({
      app: createServiceApp({ ...wiring, name: 't', router }),
    }));
    try {
      const res = await get(listening.port, '/ip', {
        'x-forwarded-for': '203.0.113.9, 198.51.100.7, 10.0.0.5',
      });
      assert.deepEqual(res, { status: 200, body: '198.51.100.7' });
    } finally {
      await listening.drain();
    }
  });
});
