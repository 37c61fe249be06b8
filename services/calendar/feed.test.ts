// The data-version refresh of the feed: one request to the entity service however many feeds wait
// (single flight), a version a little past its time served while it is refreshed, and the ETag of a
// token the same for the same data version.
import assert from 'node:assert/strict';
import { everyclass } from '../../proto/generated/everyclass.js';
import { defaultAppConfig } from '../kit/config.ts';
import { CalendarCache } from './cache.ts';
import type { EntityApi } from './entity-client.ts';
import { Feed, STALE_FACTOR } from './feed.ts';
import { MemoryTokenStore } from './tokens.ts';

const pb = everyclass.entity.v1;

function deferred<T>() {
  let resolve: (v: T) => void = () => {};
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('calendar feed: data version', () => {
  let clock = 0;
  let current = 'v1'; // the data version the timetables come from
  let pending: Array<ReturnType<typeof deferred<{ version: string; updatedAt: string }>>> = [];
  const entity: EntityApi = {
    getDataVersion: () => {
      const d = deferred<{ version: string; updatedAt: string }>();
      pending.push(d);
      return d.promise;
    },
    getTimetable: async (id, semester) =>
      pb.Timetable.fromObject({
        owner: { kind: 'STUDENT', id, code: '1', name: '李雷' },
        semester: { name: semester, start: '2026-09-07', holidays: [] },
        dataVersion: current,
        cards: [],
      }),
  };
  const version = (v: string) => {
    current = v;
    return { version: v, updatedAt: '2026-09-01T00:00:00.000Z' };
  };
  const ttl = 1000;
  let feed: Feed;
  let file: string;
  beforeEach(async () => {
    clock = 0;
    pending = [];
    const tokens = new MemoryTokenStore();
    file = `${(await tokens.create('student-1', '2026-2027-1')).token}.ics`;
    feed = new Feed({
      entity,
      tokens,
      cache: new CalendarCache(1 << 20),
      app: defaultAppConfig,
      versionTtlMs: ttl,
      now: () => clock,
    });
  });

  it('asks the entity service once for all the requests that wait on the version', async () => {
    const answers = Array.from({ length: 20 }, () => feed.serve(file, {}));
    await new Promise((r) => setImmediate(r));
    assert.equal(pending.length, 1);
    pending[0]?.resolve(version('v1'));
    const all = await Promise.all(answers);
    assert.equal(new Set(all.map((a) => a.etag)).size, 1);
    assert.ok(all.every((a) => a.status === 200));
  });

  it('serves a version past its time while one refresh runs, then the new one', async () => {
    const first = feed.serve(file, {});
    await new Promise((r) => setImmediate(r));
    pending[0]?.resolve(version('v1'));
    const old = (await first).etag;
    clock = ttl + 1; // stale, within STALE_FACTOR × ttl
    const during = await Promise.all([feed.serve(file, { ifNoneMatch: old }), feed.serve(file, {})]);
    assert.deepEqual(
      during.map((a) => [a.status, a.etag]),
      [
        [304, old],
        [200, old],
      ],
    );
    assert.equal(pending.length, 2, 'one refresh started, not one per request');
    pending[1]?.resolve(version('v2'));
    await new Promise((r) => setImmediate(r));
    const after = await feed.serve(file, { ifNoneMatch: old });
    assert.equal(after.status, 200);
    assert.notEqual(after.etag, old);
  });

  it('waits for the refresh when the version is too old to serve', async () => {
    const first = feed.serve(file, {});
    await new Promise((r) => setImmediate(r));
    pending[0]?.resolve(version('v1'));
    const old = (await first).etag;
    clock = ttl * STALE_FACTOR + 1;
    const answer = feed.serve(file, { ifNoneMatch: old });
    await new Promise((r) => setImmediate(r));
    assert.equal(pending.length, 2);
    pending[1]?.resolve(version('v2'));
    assert.notEqual((await answer).etag, old);
  });

  it('a failed background refresh keeps the stale version and is retried by the next request', async () => {
    const first = feed.serve(file, {});
    await new Promise((r) => setImmediate(r));
    pending[0]?.resolve(version('v1'));
    const old = (await first).etag;
    clock = ttl + 1;
    assert.equal((await feed.serve(file, {})).etag, old);
    pending[1]?.reject(new Error('entity down'));
    await new Promise((r) => setImmediate(r));
    assert.equal((await feed.serve(file, {})).etag, old);
    assert.equal(pending.length, 3, 'asked again after the failure');
  });
});
