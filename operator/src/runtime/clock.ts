// Time, injected so tests control it.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Timers the runtime waits on (queue delays, lease retries, renew deadlines), injected so tests
 * drive them with a fake clock instead of sleeping. Timers never keep the process alive.
 */
export interface Timers {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `fn` after `ms`; returns a function that cancels it. */
  schedule(ms: number, fn: () => void): () => void;
  /** A signal that aborts with a TimeoutError after `ms` (AbortSignal.timeout on the real clock). */
  timeout(ms: number): AbortSignal;
}

export const systemTimers: Timers = {
  now: () => Date.now(),
  schedule: (ms, fn) => {
    const t = setTimeout(fn, ms);
    t.unref();
    return () => clearTimeout(t);
  },
  timeout: (ms) => AbortSignal.timeout(ms),
};

/** Resolves after `ms` on `timers`. */
export function sleep(timers: Timers, ms: number): Promise<void> {
  return new Promise((resolve) => {
    timers.schedule(ms, resolve);
  });
}

/** `p`, or a rejection with the signal's reason as soon as it aborts (whether or not `p` heeds it). */
export function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
