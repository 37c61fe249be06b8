// Counting attempts against abuse, in MongoDB so that every replica sees the same counts. Every
// attempt claims a numbered slot before the password is checked or the mail sent: one insert of a
// document whose _id is <key>@<window>#<n>, made unique by the _id index. Two concurrent attempts
// can never hold the same slot, so a burst cannot slip past a limit it read as not reached yet
// (no check-then-increment). Slots, not a counter: FerretDB 1.x, our test and local store, loses
// concurrent $inc updates of one document (20 concurrent increments counted 4), while a unique
// insert is refused there as in MongoDB. The window's start is part of the key, so a new window
// starts from slot 1 and nothing has to be reset (expired slots are swept).
import { type Connection, Schema } from 'mongoose';

export interface LimitDoc {
  _id: string; // <key>@<window number>#<slot>
  /** When the window ends (the sweep deletes the slot then). */
  resetAt: Date;
  /** When the slot was claimed. */
  at: Date;
}

export interface Delays {
  windowMs: number;
  /** Attempts in a window that pass without any wait. */
  free: number;
  /** The wait after the first attempt past `free`; it doubles after each further one. */
  baseMs: number;
  capMs: number;
}

export type Gate = { ok: true } | { ok: false; retryAt: Date };

/** The slots' collection (kept under its old name; a sweep empties old-format documents in a window). */
export function limitModel(conn: Connection) {
  const schema = new Schema<LimitDoc>(
    { _id: String, resetAt: Date, at: Date },
    { versionKey: false, collection: 'login_limits' },
  );
  return conn.model('LoginLimit', schema);
}

const isDuplicateKey = (err: unknown) => (err as { code?: number }).code === 11000;

export type Claim = { ok: true; slot: number } | { ok: false; retryAt: Date };

export class Limiter {
  readonly #m: ReturnType<typeof limitModel>;
  /** The highest slot this process knows taken, per windowed key: where probing starts. */
  readonly #known = new Map<string, number>();
  constructor(model: ReturnType<typeof limitModel>) {
    this.#m = model;
  }

  static window(key: string, now: Date, windowMs: number): { id: string; resetAt: Date } {
    const w = Math.floor(now.getTime() / windowMs);
    return { id: `${key}@${w}`, resetAt: new Date((w + 1) * windowMs) };
  }

  #start(id: string): number {
    return (this.#known.get(id) ?? 0) + 1;
  }

  #taken(id: string, slot: number): void {
    if (this.#known.size > 10_000) this.#known.clear();
    if (slot > (this.#known.get(id) ?? 0)) this.#known.set(id, slot);
  }

  /** Inserts slot `n`; false when another attempt holds it. */
  async #insert(id: string, n: number, resetAt: Date, at: Date): Promise<boolean> {
    try {
      await this.#m.create({ _id: `${id}#${n}`, resetAt, at });
      this.#taken(id, n);
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      this.#taken(id, n);
      return false;
    }
  }

  /** Claims one of the first `cap` slots of the current window, or says when the window ends. */
  async claim(key: string, now: Date, windowMs: number, cap: number): Promise<Claim> {
    const { id, resetAt } = Limiter.window(key, now, windowMs);
    for (let n = Math.min(this.#start(id), cap + 1); n <= cap; n++)
      if (await this.#insert(id, n, resetAt, now)) return { ok: true, slot: n };
    return { ok: false, retryAt: resetAt };
  }

  /** Gives a slot back (an attempt that turned out fine); probing finds it again. */
  async release(key: string, now: Date, windowMs: number, slot: number): Promise<void> {
    const { id } = Limiter.window(key, now, windowMs);
    await this.#m.deleteOne({ _id: `${id}#${slot}` }).exec();
    const known = this.#known.get(id);
    if (known !== undefined && slot <= known) this.#known.set(id, slot - 1);
  }

  /**
   * One attempt under growing delays: the first `free` slots of a window are taken at once; slot
   * n after them opens when slot n-1 was taken plus a wait (baseMs after the first of them,
   * doubling, at most capMs). A refused attempt takes no slot, so hammering lengthens nobody's wait.
   */
  async gate(key: string, now: Date, d: Delays): Promise<Gate> {
    const { id, resetAt } = Limiter.window(key, now, d.windowMs);
    for (let n = this.#start(id); ; n++) {
      if (n > d.free + 1) {
        const prev = await this.#m
          .findById(`${id}#${n - 1}`)
          .lean<LimitDoc>()
          .exec();
        if (prev) {
          const wait = Math.min(d.baseMs * 2 ** (n - d.free - 2), d.capMs);
          const opens = new Date(prev.at.getTime() + wait);
          if (opens > now) return { ok: false, retryAt: opens < resetAt ? opens : resetAt };
        }
      }
      if (await this.#insert(id, n, resetAt, now)) return { ok: true };
    }
  }

  /** Forgets the current window of a key (a successful login ends its own delays). */
  async clear(key: string, now: Date, windowMs: number): Promise<void> {
    const { id } = Limiter.window(key, now, windowMs);
    const top = this.#known.get(id) ?? 0;
    this.#known.delete(id);
    const ids = Array.from({ length: top + 1 }, (_, i) => `${id}#${i + 1}`);
    await this.#m.deleteMany({ _id: { $in: ids } }).exec();
  }
}
