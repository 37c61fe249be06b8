// The bounded dispatcher of mirrored requests: at most `maxInflight` run at once, at most `queue`
// wait; anything beyond is dropped and counted, never buffered. Each job has a deadline counted from
// the moment it is submitted (a job that waited too long is dropped, not sent late), enforced with an
// AbortSignal. Nothing here knows about HTTP.

export const dropReasons = ['queue_full', 'timeout', 'target_error', 'body_too_large', 'shutdown'] as const;
export type DropReason = (typeof dropReasons)[number];

/**
 * A mirrored request: resolves when the target has answered (fully), rejects on failure. It gets
 * the signal that aborts it at its deadline, and how many milliseconds are left until then.
 */
export type Job = (signal: AbortSignal, timeLeftMs: number) => Promise<void>;

export interface DispatcherOptions {
  maxInflight: number;
  queue: number;
  timeoutMs: number;
  /** A job finished: the target answered within its deadline. */
  onDone?: (seconds: number) => void;
  onDrop?: (reason: DropReason) => void;
  now?: () => number;
}

interface Pending {
  job: Job;
  deadline: number;
}

/** A place held for a job that is not ready yet (a sampled request whose body is still arriving). */
export interface Reservation {
  /** Runs or queues the job in the held place (once); false when it was dropped. */
  submit(job: Job): boolean;
  /** Gives the place back unused (the copy was abandoned). Idempotent. */
  release(): void;
}

export interface DispatcherStats {
  inflight: number;
  queued: number;
  /** The most ever seen at once: never above the limits. */
  inflightHighWater: number;
  queueHighWater: number;
}

export class Dispatcher {
  private readonly opts: DispatcherOptions;
  private readonly now: () => number;
  private readonly waiting: Pending[] = [];
  private inflight = 0;
  /** Places held by reservations not submitted yet: they count as taken. */
  private reserved = 0;
  private inflightHighWater = 0;
  private queueHighWater = 0;
  private closed = false;
  private idle: Array<() => void> = [];
  private readonly running = new Set<AbortController>();

  constructor(opts: DispatcherOptions) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
  }

  /** Runs or queues the job; false when it was dropped straight away. */
  submit(job: Job): boolean {
    if (this.closed) return this.drop('shutdown');
    if (!this.hasRoom()) return this.drop('queue_full');
    return this.place(job);
  }

  /**
   * Holds a place (running or waiting) for a job to be submitted later, or undefined when there
   * is none: what the job needs (a request body) is kept only once its place is sure.
   */
  reserve(): Reservation | undefined {
    if (!this.hasRoom()) return undefined;
    this.reserved++;
    let open = true;
    const close = () => {
      if (!open) return false;
      open = false;
      this.reserved--;
      return true;
    };
    return {
      submit: (job) => {
        if (!close()) return false;
        return this.closed ? this.drop('shutdown') : this.place(job);
      },
      release: () => {
        close();
      },
    };
  }

  private place(job: Job): boolean {
    const pending = { job, deadline: this.now() + this.opts.timeoutMs };
    if (this.inflight < this.opts.maxInflight) {
      this.start(pending);
      return true;
    }
    if (this.waiting.length >= this.opts.queue) return this.drop('queue_full');
    this.waiting.push(pending);
    this.queueHighWater = Math.max(this.queueHighWater, this.waiting.length);
    return true;
  }

  /** Whether a job submitted now would run or wait (rather than be dropped). */
  hasRoom(): boolean {
    const taken = this.inflight + this.waiting.length + this.reserved;
    return !this.closed && taken < this.opts.maxInflight + this.opts.queue;
  }

  /** Records a drop decided outside (e.g. a body too large to copy). */
  drop(reason: DropReason): false {
    this.opts.onDrop?.(reason);
    return false;
  }

  stats(): DispatcherStats {
    return {
      inflight: this.inflight,
      queued: this.waiting.length,
      inflightHighWater: this.inflightHighWater,
      queueHighWater: this.queueHighWater,
    };
  }

  /**
   * Stops accepting, drops what waits and aborts what runs (a copy's answer is thrown away anyway),
   * all counted as `shutdown`; resolves when every running job has let go.
   */
  close(): Promise<void> {
    this.closed = true;
    for (const _ of this.waiting.splice(0)) this.drop('shutdown');
    for (const c of this.running) c.abort(new Error('mirror shutting down'));
    if (this.inflight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private start(p: Pending): void {
    const left = p.deadline - this.now();
    if (left <= 0) {
      this.drop('timeout');
      return;
    }
    this.inflight++;
    this.inflightHighWater = Math.max(this.inflightHighWater, this.inflight);
    const started = this.now();
    const controller = new AbortController();
    this.running.add(controller);
    const timer = setTimeout(() => controller.abort(new Error('mirror deadline exceeded')), left);
    let settled = false;
    const finish = (reason: DropReason | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      this.running.delete(controller);
      this.inflight--;
      if (reason === undefined) this.opts.onDone?.((this.now() - started) / 1000);
      else this.drop(reason);
      this.next();
    };
    // A job that ignores its signal still gives its slot back at the deadline.
    controller.signal.addEventListener('abort', () => finish(this.closed ? 'shutdown' : 'timeout'), {
      once: true,
    });
    let running: Promise<void>;
    try {
      running = p.job(controller.signal, left);
    } catch (err) {
      running = Promise.reject(err);
    }
    running.then(
      () => finish(undefined),
      () => finish(controller.signal.aborted ? (this.closed ? 'shutdown' : 'timeout') : 'target_error'),
    );
  }

  private next(): void {
    while (this.inflight < this.opts.maxInflight) {
      const p = this.waiting.shift();
      if (p === undefined) break;
      this.start(p);
    }
    if (this.inflight === 0 && this.waiting.length === 0)
      for (const resolve of this.idle.splice(0)) resolve();
  }
}
