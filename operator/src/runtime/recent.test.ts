import assert from 'node:assert/strict';
import { RecentKeys } from './recent.ts';

describe('RecentKeys', () => {
  it('refuses a key added within its ttl, accepts it again afterwards', () => {
    const r = new RecentKeys({ ttlMs: 1000 });
    assert.equal(r.add('a', 0), true);
    assert.equal(r.add('a', 999), false);
    assert.equal(r.add('b', 999), true);
    assert.equal(r.add('a', 1000), true);
    assert.equal(r.add('a', 1500), false, 'the new addition counts from 1000');
  });

  it('stays bounded, forgetting the oldest keys first', () => {
    const r = new RecentKeys({ ttlMs: 60_000, max: 3 });
    for (const [i, k] of ['a', 'b', 'c', 'd'].entries()) assert.equal(r.add(k, i), true);
    assert.equal(r.size, 3);
    assert.equal(r.add('a', 10), true, 'a was dropped to make room');
    assert.equal(r.add('d', 11), false);
  });
});
