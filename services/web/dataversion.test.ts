import assert from 'node:assert/strict';
import { inject } from 'light-my-request';
import { headers } from '../kit/contract.ts';
import { DataVersionCache } from './dataversion.ts';
import { standinApp } from './standins.test-support.ts';

describe('web: the data version it tells', () => {
  it('answers at once from the cache, asks entity again once stale, one ask at a time', async () => {
    let now = 0;
    let asks = 0;
    const answers = ['v1', 'v2'];
    const cache = new DataVersionCache(
      async () => {
        asks++;
        return answers[asks - 1] ?? 'v?';
      },
      { ttlMs: 5000, now: () => now },
    );
    assert.equal(cache.current(), undefined, 'nothing known before entity first answered');
    assert.equal(cache.current(), undefined);
    await cache.refresh();
    assert.equal(asks, 1, 'the two reads and the refresh share one ask');
    assert.equal(cache.current(), 'v1');
    now = 4999;
    assert.equal(cache.current(), 'v1');
    assert.equal(asks, 1);
    now = 5000;
    assert.equal(cache.current(), 'v1', 'a stale value is answered while the new one is asked');
    await cache.refresh();
    assert.equal(asks, 2);
    assert.equal(cache.current(), 'v2');
  });

  it('keeps the last version when entity does not answer', async () => {
    let fail = false;
    let now = 0;
    const cache = new DataVersionCache(
      async () => {
        if (fail) throw new Error('ECONNREFUSED');
        return 'v7';
      },
      { ttlMs: 1000, now: () => now },
    );
    await cache.refresh();
    fail = true;
    now = 2000;
    await cache.refresh();
    assert.equal(cache.current(), 'v7');
  });

  it('every page tells it (X-EveryClass-Data-Version), once known; none before', async () => {
    let version = '';
    const app = standinApp({ dataVersion: { current: () => version || undefined } });
    const home = () => inject(app.callback(), { method: 'GET', url: '/' });
    assert.equal((await home()).headers[headers.dataVersion], undefined);
    version = '2026-11-24T03:00:00.000Z#41';
    const r = await home();
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers[headers.dataVersion], version);
  });
});
