// A bounded cache of generated calendars, keyed by ETag (which already includes the data
// version, so a data change is a miss by construction). Bodies are kept encoded, plain and
// gzipped, so a hit costs no encoding. Least recently used entries are evicted when the total
// size passes the byte budget.
import { gzipSync } from 'node:zlib';

export interface CachedCalendar {
  etag: string;
  body: Buffer;
  gzip: Buffer;
  bytes: number;
}

export function encodeCalendar(etag: string, text: string): CachedCalendar {
  const body = Buffer.from(text, 'utf8');
  const gzip = gzipSync(body);
  return { etag, body, gzip, bytes: body.length + gzip.length };
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

  set(entry: CachedCalendar): void {
    this.delete(entry.etag);
    if (entry.bytes > this.maxBytes) return;
    this.#entries.set(entry.etag, entry);
    this.#bytes += entry.bytes;
    for (const key of this.#entries.keys()) {
      if (this.#bytes <= this.maxBytes) break;
      this.delete(key);
    }
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
