// Workers draining a keyed queue into a reconcile function, in controller-runtime's shape:
// a reconcile gets only the key; it returns done or "requeue after", throws to be retried with
// per-key backoff, or throws TerminalError to be logged and not retried.
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import type { WorkQueue } from './queue.ts';

export interface Result {
  requeueAfterMs?: number;
}

export type Reconcile = (key: string) => Promise<Result | undefined>;

/** An error retrying cannot fix (invalid input): logged, not retried. */
export class TerminalError extends Error {
  override name = 'TerminalError';
}

export class Controller {
  private readonly name: string;
  private readonly queue: WorkQueue;
  private readonly reconcile: Reconcile;
  private readonly metrics: Metrics;
  private readonly log: Logger;
  private workers: Promise<void>[] = [];

  constructor(opts: { name: string; queue: WorkQueue; reconcile: Reconcile; metrics: Metrics; log: Logger }) {
    this.name = opts.name;
    this.queue = opts.queue;
    this.reconcile = opts.reconcile;
    this.metrics = opts.metrics;
    this.log = opts.log;
  }

  start(workers: number): void {
    for (let i = 0; i < workers; i++) this.workers.push(this.work());
  }

  /** Resolves once every worker finished its current key (call queue.shutDown() first). */
  async drain(): Promise<void> {
    await Promise.all(this.workers);
  }

  private async work(): Promise<void> {
    for (;;) {
      const key = await this.queue.get();
      if (key === undefined) return;
      await this.processOne(key);
    }
  }

  /** Runs one reconcile of `key` and files the outcome (exported for tests). */
  async processOne(key: string): Promise<void> {
    const controller = this.name;
    const end = this.metrics.reconcileTime.startTimer({ controller });
    try {
      const result = await this.reconcile(key);
      this.queue.forget(key);
      if (result?.requeueAfterMs !== undefined) {
        this.metrics.reconcileTotal.inc({ controller, result: 'requeue_after' });
        this.queue.addAfter(key, result.requeueAfterMs);
      } else {
        this.metrics.reconcileTotal.inc({ controller, result: 'success' });
      }
    } catch (err) {
      this.metrics.reconcileTotal.inc({ controller, result: 'error' });
      this.metrics.reconcileErrors.inc({ controller });
      if (err instanceof TerminalError) {
        this.queue.forget(key);
        this.log.error({ key, err: err.message }, 'reconcile failed (terminal, not retried)');
      } else {
        const delay = this.queue.addRateLimited(key);
        this.log.warn(
          { key, err: err instanceof Error ? err.message : String(err), retryInMs: delay },
          'reconcile failed',
        );
      }
    } finally {
      end();
      this.queue.done(key);
    }
  }
}
