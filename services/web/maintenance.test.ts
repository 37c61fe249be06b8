// Maintenance mode on web: the file re-read while running, and every page's 503.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'light-my-request';
import { maintenanceRetryAfterSeconds } from '../kit/contract.ts';
import { type Maintenance, parseMaintenance, watchMaintenance } from './maintenance.ts';
import { standinApp } from './standins.test-support.ts';

describe('web maintenance mode', () => {
  it('parses the document the operator writes, and refuses what is not one', () => {
    assert.deepEqual(parseMaintenance('{"enabled":true,"message":"m"}'), { enabled: true, message: 'm' });
    assert.deepEqual(parseMaintenance('{"enabled":false}'), { enabled: false, message: '' });
    for (const bad of ['', '{', '[]', '{"enabled":"yes"}', 'null'])
      assert.equal(parseMaintenance(bad), undefined, bad);
  });

  it('follows the file while running: on, off, torn write kept, removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'everyclass-maintenance-'));
    const file = join(dir, 'maintenance.json');
    const errors: unknown[] = [];
    const w = watchMaintenance(file, 60_000, (e) => errors.push(e));
    try {
      await w.refresh();
      assert.equal(w.current(), undefined, 'no file: serving');
      writeFileSync(file, '{"enabled":true,"message":"back soon"}');
      await w.refresh();
      assert.deepEqual(w.current(), { enabled: true, message: 'back soon' });
      writeFileSync(file, '{"enab');
      await w.refresh();
      assert.equal(w.current()?.enabled, true, 'a torn write keeps the last state');
      assert.equal(errors.length, 1);
      writeFileSync(file, '{"enabled":false,"message":""}');
      await w.refresh();
      assert.equal(w.current()?.enabled, false);
      rmSync(file);
      await w.refresh();
      assert.equal(w.current(), undefined);
    } finally {
      w.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('pages', () => {
    let state: Maintenance | undefined = { enabled: true, message: '今晚十点恢复 <b>' };
    const app = standinApp({ maintenance: () => state });
    const get = (url: string, method: 'GET' | 'POST' | 'HEAD' = 'GET') =>
      inject(app.callback(), { method, url });

    it('answers every page 503 with the maintenance page, its message and Retry-After', async () => {
      for (const [url, method] of [
        ['/', 'GET'],
        ['/search?q=x', 'GET'],
        ['/rooms/free', 'GET'],
        ['/login', 'POST'],
        ['/no/such/page', 'GET'],
      ] as const) {
        const r = await get(url, method);
        assert.equal(r.statusCode, 503, `${method} ${url}`);
        assert.equal(r.headers['retry-after'], String(maintenanceRetryAfterSeconds));
        assert.match(r.payload, /系统维护中/);
        assert.match(r.payload, /今晚十点恢复 &lt;b&gt;/, 'the message, escaped');
        assert.equal(r.headers['cache-control'], 'private, no-store');
      }
    });

    it('keeps the health check and the stylesheet', async () => {
      assert.equal((await get('/healthz')).statusCode, 200);
      assert.equal((await get('/static/style.css')).statusCode, 200);
    });

    it('serves as usual once lifted, with no restart', async () => {
      state = { enabled: false, message: '' };
      const r = await get('/');
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['retry-after'], undefined);
      state = undefined;
      assert.equal((await get('/')).statusCode, 200);
    });
  });
});
