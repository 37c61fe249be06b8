import assert from 'node:assert/strict';
import { setImmediate as turn } from 'node:timers/promises';
import { fakeTimers } from './fake-timers.test-support.ts';
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
    await turn();
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
    const timers = fakeTimers();
    const q = new WorkQueue({ timers });
    q.addAfter('d', 20);
    q.addAfter('d', 20);
    await timers.tick(19);
    assert.equal(q.length, 0, 'not before the delay');
    await timers.tick(1);
    assert.equal(q.length, 1);
    assert.equal(await q.get(), 'd');
    q.done('d');
    await timers.tick(1000);
    assert.equal(q.length, 0, 'delivered once');
    q.shutDown();
  });

  it('keeps the earliest due time of a key: a pending long requeue does not swallow a short retry', async () => {
    const timers = fakeTimers();
    const q = new WorkQueue({ timers, backoff: { baseMs: 100 } });
    q.addAfter('k', 30_000); // the last pass asked to come back in 30 s
    assert.equal(q.addRateLimited('k'), 100); // then a pass failed: retry in 100 ms
    await timers.tick(100);
    assert.equal(q.length, 1, 'the retry comes after 100 ms, not 30 s');
    assert.equal(await q.get(), 'k');
    q.done('k');
    await timers.tick(30_000);
    assert.equal(q.length, 0, 'the replaced 30 s delay is gone');

    q.addAfter('j', 100);
    q.addAfter('j', 30_000); // a later due time does not postpone the earlier one
    await timers.tick(100);
    assert.equal(q.length, 1);
    q.shutDown();
  });

  it('cancels delayed adds on shutdown', async () => {
    const timers = fakeTimers();
    const q = new WorkQueue({ timers });
    q.addAfter('d', 10);
    q.shutDown();
    await timers.tick(10);
    assert.equal(q.length, 0);
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
