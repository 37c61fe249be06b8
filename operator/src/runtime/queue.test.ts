import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay, WorkQueue } from './queue.ts';

describe('WorkQueue', () => {
  it('deduplicates a key added several times while waiting', async () => {
    const q = new WorkQueue();
    q.add('a');
    q.add('b');
    q.add('a');
    assert.equal(q.length, 2);
    assert.equal(await q.get(), 'a');
    assert.equal(await q.get(), 'b');
    q.shutDown();
  });

  it('never hands a key being processed to a second worker, and re-queues it when done', async () => {
    const q = new WorkQueue();
    q.add('a');
    const first = await q.get();
    assert.equal(first, 'a');
    q.add('a'); // changed while being processed
    assert.equal(q.length, 0, 'must not be queued while processing');
    let second: string | undefined;
    const p = q.get().then((k) => {
      second = k;
    });
    await sleep(5);
    assert.equal(second, undefined, 'a second worker must not receive it yet');
    q.done('a');
    await p;
    assert.equal(second, 'a');
    q.shutDown();
  });

  it('hands a key to a worker already waiting', async () => {
    const q = new WorkQueue();
    const p = q.get();
    q.add('x');
    assert.equal(await p, 'x');
    q.shutDown();
  });

  it('backs off exponentially per key and forgets on success', async () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((n) => backoffDelay(n, { baseMs: 10, maxMs: 50 })),
      [10, 20, 40, 50],
    );
    const q = new WorkQueue({ backoff: { baseMs: 5, maxMs: 1000 } });
    assert.equal(q.addRateLimited('k'), 5);
    assert.equal(q.addRateLimited('k'), 10);
    assert.equal(q.addRateLimited('other'), 5, 'backoff is per key');
    assert.equal(q.retries('k'), 2);
    assert.equal(await q.get(), 'k');
    q.forget('k');
    assert.equal(q.retries('k'), 0);
    q.shutDown();
  });

  it('delivers a delayed add after the delay, once', async () => {
    const q = new WorkQueue();
    q.addAfter('d', 20);
    q.addAfter('d', 20);
    assert.equal(q.length, 0);
    await sleep(60);
    assert.equal(q.length, 1);
    q.shutDown();
  });

  it('releases waiting workers on shutdown and ignores later adds', async () => {
    const q = new WorkQueue();
    const p = q.get();
    q.shutDown();
    assert.equal(await p, undefined);
    q.add('late');
    assert.equal(q.length, 0);
  });
});
