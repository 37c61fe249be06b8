// A bounded set of keys that forgets each one `ttlMs` after it was added: the memory behind
// "report this once", like client-go's event correlator (in memory; a restarted process may
// report again once).
export class RecentKeys {
  private readonly seen = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly max: number;

  constructor(opts: { ttlMs: number; max?: number }) {
    this.ttlMs = opts.ttlMs;
    this.max = opts.max ?? 10_000;
  }

  /** Adds the key at `now` (ms); false when it was added less than ttlMs before (it is not renewed). */
  add(key: string, now: number): boolean {
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, now);
    // Oldest first (insertion order): drop what expired, and the oldest beyond the bound.
    for (const [k, t] of this.seen) {
      if (this.seen.size <= this.max && now - t < this.ttlMs) break;
      this.seen.delete(k);
    }
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
