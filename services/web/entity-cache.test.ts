import assert from 'node:assert/strict';
import type { EntityApi } from './backend.ts';
import { cachedEntity } from './entity-cache.ts';

describe('web: entity answers kept for a short while', () => {
  let calls: string[];
  let fail = false;
  let clock = 0;
  const fake = {
    GetStudent: async (req: { id?: string }) => {
      calls.push(`GetStudent ${req.id}`);
      if (fail) throw new Error('entity down');
      return { id: req.id, name: `name of ${req.id}` };
    },
    Search: async () => {
      calls.push('Search');
      return { groups: [] };
    },
  } as unknown as EntityApi;
  beforeEach(() => {
    calls = [];
    fail = false;
    clock = 0;
  });
  const cached = () => cachedEntity(fake, { ttlMs: 2000, maxEntries: 2, now: () => clock });

  it('answers the same request from one call within its time, and asks again after', async () => {
    const e = cached();
    const [a, b] = await Promise.all([e.GetStudent({ id: 's1' }), e.GetStudent({ id: 's1' })]);
    assert.deepEqual(a, b);
    clock = 1999;
    await e.GetStudent({ id: 's1' });
    assert.deepEqual(calls, ['GetStudent s1']);
    clock = 2000;
    await e.GetStudent({ id: 's1' });
    assert.deepEqual(calls, ['GetStudent s1', 'GetStudent s1']);
  });

  it('keeps other requests apart, and never a failure', async () => {
    const e = cached();
    await e.GetStudent({ id: 's1' });
    await e.GetStudent({ id: 's2' });
    fail = true;
    await assert.rejects(e.GetStudent({ id: 's3' }));
    fail = false;
    await e.GetStudent({ id: 's3' });
    assert.deepEqual(calls, ['GetStudent s1', 'GetStudent s2', 'GetStudent s3', 'GetStudent s3']);
  });

  it('forgets the least recently used beyond its size, and passes other methods through', async () => {
    const e = cached();
    await e.GetStudent({ id: 's1' });
    await e.GetStudent({ id: 's2' });
    await e.GetStudent({ id: 's1' }); // s1 used last
    await e.GetStudent({ id: 's3' }); // s2 goes
    await e.GetStudent({ id: 's1' });
    await e.GetStudent({ id: 's2' });
    await e.Search({ query: 'x' });
    await e.Search({ query: 'x' });
    assert.deepEqual(calls, [
      'GetStudent s1',
      'GetStudent s2',
      'GetStudent s3',
      'GetStudent s2',
      'Search',
      'Search',
    ]);
  });
});
