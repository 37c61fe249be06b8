import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Dispatcher, type DropReason, type Job } from './dispatcher.ts';

interface Held {
  job: Job;
  started: number;
  signals: AbortSignal[];
  release(): void;
  fail(): void;
}

/** Jobs that run until the test releases or fails them. */
function held(): Held {
  const waiting: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  const h: Held = {
    started: 0,
    signals: [],
    job: (signal) =>
      new Promise<void>((resolve, reject) => {
        h.started++;
        h.signals.push(signal);
        waiting.push({ resolve, reject });
      }),
    release: () => waiting.shift()?.resolve(),
    fail: () => waiting.shift()?.reject(new Error('ECONNREFUSED')),
  };
  return h;
}

function counting(opts: { maxInflight: number; queue: number; timeoutMs: number }) {
  const drops: DropReason[] = [];
  let done = 0;
  const d = new Dispatcher({ ...opts, onDrop: (r) => drops.push(r), onDone: () => done++ });
  return { d, drops, done: () => done };
}

describe('bounded dispatcher', () => {
  it('runs up to maxInflight, queues up to the bound, drops the rest as queue_full', async () => {
    const { d, drops, done } = counting({ maxInflight: 2, queue: 3, timeoutMs: 60_000 });
    const h = held();
    const accepted = Array.from({ length: 10 }, () => d.submit(h.job));
    assert.deepEqual(accepted, [true, true, true, true, true, false, false, false, false, false]);
    assert.equal(h.started, 2);
    assert.deepEqual(d.stats(), { inflight: 2, queued: 3, inflightHighWater: 2, queueHighWater: 3 });
    assert.deepEqual(drops, Array(5).fill('queue_full'));
    for (let i = 0; i < 5; i++) {
      h.release();
      await sleep(0);
    }
    assert.equal(h.started, 5);
    assert.equal(done(), 5);
    assert.deepEqual(d.stats(), { inflight: 0, queued: 0, inflightHighWater: 2, queueHighWater: 3 });
  });

  it('a failing target is counted as target_error and frees its slot', async () => {
    const { d, drops } = counting({ maxInflight: 1, queue: 1, timeoutMs: 60_000 });
    const h = held();
    d.submit(h.job);
    d.submit(h.job);
    h.fail();
    await sleep(0);
    assert.deepEqual(drops, ['target_error']);
    assert.equal(h.started, 2);
    h.release();
  });

  it('a job past its deadline is aborted and counted as timeout, even if it ignores the signal', async () => {
    const { d, drops } = counting({ maxInflight: 1, queue: 0, timeoutMs: 20 });
    const h = held();
    d.submit(h.job);
    await sleep(60);
    assert.equal(h.signals[0]?.aborted, true);
    assert.deepEqual(drops, ['timeout']);
    assert.equal(d.stats().inflight, 0);
    assert.equal(d.submit(h.job), true);
  });

  it('a job that waited in the queue beyond its deadline is dropped, not sent late', async () => {
    let now = 0;
    const drops: DropReason[] = [];
    const d = new Dispatcher({
      maxInflight: 1,
      queue: 5,
      timeoutMs: 100,
      now: () => now,
      onDrop: (r) => drops.push(r),
    });
    const h = held();
    d.submit(h.job);
    d.submit(h.job);
    now = 500;
    h.release();
    await sleep(0);
    assert.equal(h.started, 1);
    assert.deepEqual(drops, ['timeout']);
  });

  it('close drops what waits, aborts what runs, refuses new jobs', async () => {
    const { d, drops } = counting({ maxInflight: 1, queue: 2, timeoutMs: 60_000 });
    const h = held();
    d.submit(h.job);
    d.submit(h.job);
    d.submit(h.job);
    await d.close();
    assert.equal(h.signals[0]?.aborted, true);
    assert.deepEqual(drops, ['shutdown', 'shutdown', 'shutdown']);
    assert.equal(d.submit(h.job), false);
    assert.equal(h.started, 1);
    assert.deepEqual(d.stats().inflight, 0);
  });

  it('a job that throws synchronously is a target_error', async () => {
    const { d, drops } = counting({ maxInflight: 1, queue: 0, timeoutMs: 1000 });
    d.submit(() => {
      throw new Error('boom');
    });
    await sleep(0);
    assert.deepEqual(drops, ['target_error']);
  });

  it('counts reservations as taken places; a released one frees its place', async () => {
    const drops: DropReason[] = [];
    const d = new Dispatcher({ maxInflight: 1, queue: 1, timeoutMs: 1000, onDrop: (r) => drops.push(r) });
    const h = held();
    const a = d.reserve();
    const b = d.reserve();
    assert.ok(a && b);
    assert.equal(d.reserve(), undefined, 'two places, both held');
    assert.equal(d.submit(h.job), false, 'a plain submit respects reservations');
    assert.deepEqual(drops, ['queue_full']);
    b.release();
    b.release();
    const c = d.reserve();
    assert.ok(c, 'the released place is free again (once)');
    assert.equal(d.reserve(), undefined);
    assert.equal(a.submit(h.job), true);
    assert.equal(a.submit(h.job), false, 'a reservation is used once');
    assert.equal(c.submit(h.job), true, 'queued in its place');
    assert.deepEqual(d.stats(), { inflight: 1, queued: 1, inflightHighWater: 1, queueHighWater: 1 });
    h.release();
    await sleep(5);
    h.release();
    await d.close();
  });
});
