// The course data version entity serves, as web tells it on every answer (the contract's
// X-EveryClass-Data-Version): the mirror proxy compares production's and staging's answers only
// when both come from the same data. Read from a cache that never makes a page wait: a stale
// value is answered at once and refreshed in the background, one ask at a time.

export interface DataVersionSource {
  /** The last known version; undefined until entity first answered. */
  current(): string | undefined;
}

export class DataVersionCache implements DataVersionSource {
  readonly #ask: () => Promise<string>;
  readonly #ttlMs: number;
  readonly #now: () => number;
  #value: string | undefined;
  #fetchedAt = Number.NEGATIVE_INFINITY;
  #asking: Promise<void> | undefined;

  /** `ask`: entity's GetDataVersion; a version at most `ttlMs` old is served without asking again. */
  constructor(ask: () => Promise<string>, opts: { ttlMs?: number; now?: () => number } = {}) {
    this.#ask = ask;
    this.#ttlMs = opts.ttlMs ?? 5000;
    this.#now = opts.now ?? Date.now;
  }

  current(): string | undefined {
    if (this.#now() - this.#fetchedAt >= this.#ttlMs) void this.refresh();
    return this.#value;
  }

  /** Asks entity now (or joins the ask under way); a failure keeps the last value. */
  refresh(): Promise<void> {
    this.#asking ??= this.#ask()
      .then(
        (v) => {
          this.#value = v || undefined;
        },
        () => {
          // entity unreachable: keep the last value; the next answer asks again.
        },
      )
      .finally(() => {
        this.#fetchedAt = this.#now();
        this.#asking = undefined;
      });
    return this.#asking;
  }
}
