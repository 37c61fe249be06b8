import assert from 'node:assert/strict';
import { Controller, TerminalError } from './controller.ts';
import { createLogger } from './log.ts';
import { Metrics } from './metrics.ts';
import { WorkQueue } from './queue.ts';

function setup(reconcile: (key: string) => Promise<{ requeueAfterMs?: number } | undefined>) {
  const queue = new WorkQueue({ backoff: { baseMs: 1000 } });
  const metrics = new Metrics();
  const c = new Controller({ name: 't', queue, reconcile, metrics, log: createLogger('test', 'silent') });
  return { queue, metrics, c };
}
const count = async (m: Metrics, result: string) =>
  (await m.reconcileTotal.get()).values.find((v) => v.labels.result === result)?.value ?? 0;

describe('Controller', () => {
  it('retries a failed key with backoff and forgets it after a success', async () => {
    let fail = true;
    const { queue, metrics, c } = setup(async () => {
      if (fail) throw new Error('boom');
      return undefined;
    });
    queue.add('k');
    await c.processOne((await queue.get()) ?? '');
    assert.equal(queue.retries('k'), 1);
    assert.equal(await count(metrics, 'error'), 1);
    fail = false;
    await c.processOne('k');
    assert.equal(queue.retries('k'), 0);
    assert.equal(await count(metrics, 'success'), 1);
    queue.shutDown();
  });

  it('does not retry a terminal error', async () => {
    const { queue, c } = setup(async () => {
      throw new TerminalError('invalid');
    });
    await c.processOne('k');
    assert.equal(queue.retries('k'), 0);
    queue.shutDown();
  });

  it('runs workers concurrently on distinct keys until the queue shuts down', async () => {
    let running = 0;
    let maxRunning = 0;
    const seen: string[] = [];
    const { queue, c } = setup(async (key) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      seen.push(key);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return undefined;
    });
    for (const k of ['a', 'a', 'b', 'c']) queue.add(k);
    c.start(3);
    await new Promise((r) => setTimeout(r, 30));
    queue.shutDown();
    await c.drain();
    assert.deepEqual(seen.sort(), ['a', 'b', 'c']);
    assert.equal(maxRunning, 3);
  });
});
