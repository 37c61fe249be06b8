// A keyed, deduplicating work queue in the shape of client-go's workqueue: a key waiting is
// queued once however often it is added; a key being processed is never handed to a second
// worker, and if it is added meanwhile it is processed again once done. Failed keys come back
// after a per-key exponential backoff that resets when the key succeeds. A delayed add keeps the
// earliest due time for a key, like client-go's delaying queue: a pending 30 s requeue does not
// swallow a failed pass's 100 ms retry.
import { systemTimers, type Timers } from './clock.ts';

export interface BackoffOptions {
  /** First retry delay in ms (default 50). */
  baseMs?: number;
  /** Ceiling of the delay in ms (default 5 minutes). */
  maxMs?: number;
}

/** The delay before the n-th retry (n >= 1): base * 2^(n-1), capped. */
export function backoffDelay(retries: number, opts: BackoffOptions = {}): number {
  const base = opts.baseMs ?? 50;
  const max = opts.maxMs ?? 300_000;
  return Math.min(max, base * 2 ** Math.max(0, retries - 1));
}

export interface QueueMetrics {
  depth(n: number): void;
  added(): void;
  retried(): void;
}

export class WorkQueue {
  private readonly queue: string[] = [];
  private readonly dirty = new Set<string>();
  private readonly processing = new Set<string>();
  private readonly failures = new Map<string, number>();
  /** Delayed adds waiting: the due time (ms) and how to cancel it. */
  private readonly delayed = new Map<string, { due: number; cancel: () => void }>();
  private readonly waiters: Array<(key: string | undefined) => void> = [];
  private shuttingDown = false;
  private readonly backoff: BackoffOptions;
  private readonly metrics: QueueMetrics | undefined;
  private readonly timers: Timers;

  constructor(opts: { backoff?: BackoffOptions; metrics?: QueueMetrics; timers?: Timers } = {}) {
    this.backoff = opts.backoff ?? {};
    this.metrics = opts.metrics;
    this.timers = opts.timers ?? systemTimers;
  }

  get length(): number {
    return this.queue.length;
  }

  add(key: string): void {
    if (this.shuttingDown || this.dirty.has(key)) return;
    this.dirty.add(key);
    this.metrics?.added();
    if (this.processing.has(key)) return; // re-queued by done()
    const waiter = this.waiters.shift();
    if (waiter) {
      this.dirty.delete(key);
      this.processing.add(key);
      waiter(key);
      return;
    }
    this.queue.push(key);
    this.metrics?.depth(this.queue.length);
  }

  /** Adds the key after `ms`; of several pending delays for one key the earliest due time wins. */
  addAfter(key: string, ms: number): void {
    if (this.shuttingDown) return;
    if (ms <= 0) {
      this.add(key);
      return;
    }
    const due = this.timers.now() + ms;
    const pending = this.delayed.get(key);
    if (pending) {
      if (pending.due <= due) return;
      pending.cancel();
    }
    const cancel = this.timers.schedule(ms, () => {
      this.delayed.delete(key);
      this.add(key);
    });
    this.delayed.set(key, { due, cancel });
  }

  /** Re-adds a failed key after its next backoff delay; returns that delay. */
  addRateLimited(key: string): number {
    const n = (this.failures.get(key) ?? 0) + 1;
    this.failures.set(key, n);
    this.metrics?.retried();
    const delay = backoffDelay(n, this.backoff);
    this.addAfter(key, delay);
    return delay;
  }

  /** Number of consecutive failures recorded for the key. */
  retries(key: string): number {
    return this.failures.get(key) ?? 0;
  }

  /** Forgets a key's failures (after a success). */
  forget(key: string): void {
    this.failures.delete(key);
  }

  /** Resolves with the next key, or undefined once shut down. */
  get(): Promise<string | undefined> {
    const key = this.queue.shift();
    if (key !== undefined) {
      this.dirty.delete(key);
      this.processing.add(key);
      this.metrics?.depth(this.queue.length);
      return Promise.resolve(key);
    }
    if (this.shuttingDown) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Marks a key processed; if it was added meanwhile it is queued again. */
  done(key: string): void {
    this.processing.delete(key);
    if (this.dirty.has(key)) {
      this.dirty.delete(key);
      this.add(key);
    }
  }

  shutDown(): void {
    this.shuttingDown = true;
    for (const d of this.delayed.values()) d.cancel();
    this.delayed.clear();
    for (const w of this.waiters.splice(0)) w(undefined);
  }
}
