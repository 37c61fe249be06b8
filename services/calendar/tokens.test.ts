import assert from 'node:assert/strict';
import { CachedTokenStore, MemoryTokenStore, TOKEN_PATTERN } from './tokens.ts';

describe('calendar tokens', () => {
  it('gives one unguessable token per student and semester', async () => {
    const s = new MemoryTokenStore();
    const a = await s.create('s1', '2026-2027-1');
    assert.match(a.token, TOKEN_PATTERN);
    assert.equal((await s.create('s1', '2026-2027-1')).token, a.token);
    assert.notEqual((await s.create('s1', '2026-2027-2')).token, a.token);
    assert.notEqual((await s.create('s2', '2026-2027-1')).token, a.token);
  });

  it('caches resolutions for a while, but revokes at once', async () => {
    const inner = new MemoryTokenStore();
    let now = 0;
    const s = new CachedTokenStore(inner, 1000, 10, () => now);
    const a = await s.create('s1', 'x');
    assert.deepEqual(await s.resolve(a.token), a);
    await inner.revoke(a.token); // behind the cache's back, as another replica would
    assert.deepEqual(await s.resolve(a.token), a, 'still cached');
    now = 1001;
    assert.equal(await s.resolve(a.token), undefined, 'expired');
    const b = await s.create('s2', 'x');
    await s.resolve(b.token);
    await s.revoke(b.token);
    assert.equal(await s.resolve(b.token), undefined);
  });

  it('stays bounded', async () => {
    const s = new CachedTokenStore(new MemoryTokenStore(), 1000, 3);
    for (let i = 0; i < 10; i++) await s.resolve(`token-${i}-${'x'.repeat(24)}`);
    // no direct size accessor: resolving the oldest again must go to the inner store (no throw)
    assert.equal(await s.resolve(`token-0-${'x'.repeat(24)}`), undefined);
  });
});
