// A dependency a service waits for instead of exiting: MongoDB not resolvable or not listening
// yet, say. It is opened in the background, retried with bounded exponential back-off, while the
// service listens: /healthz answers (the process is fine) and /readyz names what it waits for.
// Only an error no retry can fix (bad configuration: a URL the driver refuses, credentials the
// server rejects) ends the process, with one line saying why. Once open, `check` tells /readyz
// whether it still answers (the driver reconnects by itself; nothing here restarts anything).
import type { ReadinessCheck } from './app.ts';
import { errorMessage, oneLine } from './fatal.ts';
import type { Logger } from './log.ts';

export interface Backoff {
  baseMs: number;
  maxMs: number;
}

/** 0.5 s, 1 s, 2 s, 4 s, then every 5 s (each ±20%): a dependency that appears is used within seconds. */
export const defaultBackoff: Backoff = { baseMs: 500, maxMs: 5000 };

/** The delay before attempt `attempt + 1` after `attempt` failures: exponential, jittered ±20%, bounded. */
export function backoffDelay(attempt: number, b: Backoff, random: () => number = Math.random): number {
  const exp = Math.min(b.maxMs, b.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(Math.min(b.maxMs, exp * (0.8 + 0.4 * random())));
}

export interface DependencyOptions {
  /** Named in /readyz and the logs: mongo, entity, ... */
  name: string;
  /** One attempt to make it usable (connect, create indexes, load); retried until it resolves. */
  open: () => Promise<void>;
  /** Once open: whether it answers now (for /readyz); default: always. */
  check?: () => Promise<void>;
  /** A message when retrying cannot fix the error (then `fatal` is called); undefined: retry. */
  permanent?: (err: unknown) => string | undefined;
  /** Ends the process with one line (the kit's exitFatal). */
  fatal: (what: string) => void;
  logger: Logger;
  backoff?: Backoff;
  now?: () => number;
}

export class Dependency {
  readonly name: string;
  readonly #o: DependencyOptions;
  #open = false;
  #stopped = false;
  #attempts = 0;
  #lastError = '';
  #since: number;
  #timer: NodeJS.Timeout | undefined;
  #opened: Promise<void>;
  #resolveOpened: () => void = () => {};

  constructor(opts: DependencyOptions) {
    this.name = opts.name;
    this.#o = opts;
    this.#since = (opts.now ?? Date.now)();
    this.#opened = new Promise((resolve) => {
      this.#resolveOpened = resolve;
    });
  }

  /** Whether `open` has succeeded. */
  get isOpen(): boolean {
    return this.#open;
  }

  /** Resolves once open (never when stopped before). */
  get opened(): Promise<void> {
    return this.#opened;
  }

  /** Starts the attempts (in the background). */
  start(): this {
    void this.#attempt();
    return this;
  }

  /** Stops retrying (draining). */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  /** For /readyz: `waiting for mongo …` until open, then `check`. */
  readiness(): ReadinessCheck {
    return {
      name: this.name,
      check: async () => {
        if (!this.#open) throw new Error(this.waiting());
        await this.#o.check?.();
      },
    };
  }

  /** What /readyz says while not open. */
  waiting(): string {
    const s = Math.round(((this.#o.now ?? Date.now)() - this.#since) / 1000);
    const last = this.#lastError ? `: ${this.#lastError}` : '';
    return `waiting for ${this.name} for ${s}s (${this.#attempts} attempt${this.#attempts === 1 ? '' : 's'})${last}`;
  }

  async #attempt(): Promise<void> {
    if (this.#stopped || this.#open) return;
    this.#attempts++;
    try {
      await this.#o.open();
    } catch (err) {
      if (this.#stopped) return;
      const permanent = this.#o.permanent?.(err);
      if (permanent !== undefined) {
        this.#o.logger.error({ dependency: this.name, err: errorMessage(err) }, 'cannot use dependency');
        this.#o.fatal(permanent);
        return;
      }
      this.#lastError = oneLine(errorMessage(err));
      const delay = backoffDelay(this.#attempts, this.#o.backoff ?? defaultBackoff);
      this.#o.logger.warn(
        { dependency: this.name, attempt: this.#attempts, retryInMs: delay, err: this.#lastError },
        'dependency not available yet; retrying',
      );
      this.#timer = setTimeout(() => void this.#attempt(), delay);
      return;
    }
    this.#open = true;
    this.#lastError = '';
    this.#o.logger.info({ dependency: this.name, attempts: this.#attempts }, 'dependency available');
    this.#resolveOpened();
  }
}
