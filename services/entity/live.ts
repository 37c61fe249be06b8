// Keeps the Catalog in step with MongoDB: loads it at start, then polls the data version and
// reloads when it changed (also right after an import through this replica). Reloads are
// coalesced; readers keep the previous Catalog until the new one is complete.
import type { Logger } from '../kit/log.ts';
import { Catalog } from './catalog.ts';
import type { EntityStore } from './store.ts';

export class LiveCatalog {
  readonly #store: EntityStore;
  readonly #log: Logger;
  readonly #pollMs: number;
  #current: Catalog | undefined;
  #loading: Promise<void> | undefined;
  #again = false;
  #timer: NodeJS.Timeout | undefined;
  #soon: NodeJS.Timeout | undefined;

  constructor(store: EntityStore, log: Logger, pollMs: number) {
    this.#store = store;
    this.#log = log;
    this.#pollMs = pollMs;
  }

  /** The Catalog in force; before the first load completes, an empty one. */
  get current(): Catalog {
    return this.#current ?? Catalog.empty();
  }

  get loaded(): boolean {
    return this.#current !== undefined;
  }

  async start(): Promise<void> {
    await this.refresh();
    if (this.#pollMs > 0) this.#schedule();
  }

  stop(): void {
    clearTimeout(this.#soon);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Reloads once no call came for `quietMs`: a bulk import is many calls in a row, and loading
   * after each of them would only compete with the next.
   */
  refreshSoon(quietMs: number): void {
    clearTimeout(this.#soon);
    this.#soon = setTimeout(() => {
      this.#soon = undefined;
      this.refresh().catch((err: unknown) => this.#log.warn({ err }, 'catalog reload failed'));
    }, quietMs);
  }

  /** Reloads; a call during a load makes one more load follow it. */
  refresh(): Promise<void> {
    if (this.#loading) {
      this.#again = true;
      return this.#loading;
    }
    this.#loading = (async () => {
      try {
        do {
          this.#again = false;
          const started = Date.now();
          const docs = await this.#store.loadAll();
          this.#current = new Catalog(docs);
          this.#log.info(
            {
              version: docs.version.version,
              students: docs.students.length,
              cards: docs.cards.length,
              ms: Date.now() - started,
            },
            'catalog loaded',
          );
        } while (this.#again);
      } finally {
        this.#loading = undefined;
      }
    })();
    return this.#loading;
  }

  #schedule(): void {
    this.#timer = setTimeout(async () => {
      try {
        const v = await this.#store.dataVersion();
        // An import through this replica reloads when it goes quiet; do not load in between.
        if (v.version !== this.current.version.version && this.#soon === undefined) await this.refresh();
      } catch (err) {
        this.#log.warn({ err }, 'catalog refresh failed');
      }
      if (this.#timer) this.#schedule();
    }, this.#pollMs);
    this.#timer.unref();
  }
}
