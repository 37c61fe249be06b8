// The runtime's Timers on @sinonjs/fake-timers: time moves only when a test ticks it.
import { createClock } from '@sinonjs/fake-timers';
import type { Timers } from './clock.ts';

export interface FakeTimers extends Timers {
  /** Moves time forward by `ms`, running due timers and the promise jobs they start. */
  tick(ms: number): Promise<void>;
}

export function fakeTimers(startMs = Date.parse('2026-11-24T10:00:00Z')): FakeTimers {
  const clock = createClock(startMs);
  const schedule = (ms: number, fn: () => void) => {
    const id = clock.setTimeout(fn, ms);
    return () => clock.clearTimeout(id);
  };
  return {
    now: () => clock.now,
    schedule,
    timeout: (ms) => {
      const ac = new AbortController();
      schedule(ms, () => ac.abort(new DOMException('The operation timed out.', 'TimeoutError')));
      return ac.signal;
    },
    tick: async (ms) => {
      await clock.tickAsync(ms);
    },
  };
}
