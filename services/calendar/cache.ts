// A bounded cache of generated calendars, keyed by ETag (which already includes the data
// version, so a data change is a miss by construction). Least recently used entries are
// evicted when the total size passes the byte budget.

export interface CachedCalendar {
  etag: string;
  body: string;
  bytes: number;
}

export class CalendarCache {
  readonly maxBytes: number;
  #bytes = 0;
  readonly #entries = new Map<string, CachedCalendar>();

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  get(etag: string): CachedCalendar | undefined {
    const hit = this.#entries.get(etag);
    if (hit) {
      this.#entries.delete(etag);
      this.#entries.set(etag, hit);
    }
    return hit;
  }

  set(etag: string, body: string): CachedCalendar {
    const entry = { etag, body, bytes: Buffer.byteLength(body) };
    this.delete(etag);
    if (entry.bytes > this.maxBytes) return entry;
    this.#entries.set(etag, entry);
    this.#bytes += entry.bytes;
    for (const [key, old] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.delete(key);
      void old;
    }
    return entry;
  }

  delete(etag: string): void {
    const old = this.#entries.get(etag);
    if (!old) return;
    this.#entries.delete(etag);
    this.#bytes -= old.bytes;
  }

  get size(): number {
    return this.#entries.size;
  }
  get bytes(): number {
    return this.#bytes;
  }
}
