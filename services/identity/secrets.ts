// Secrets handed to browsers and calendar apps, and how they are kept: session and registration
// tokens are random and stored only as their SHA-256; a calendar token is a random record id
// with an HMAC under a server key, so the database alone never holds a usable feed URL while
// the owner can still be shown their link again.
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** What is stored for a random token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

const RID = 12;
const MAC = 12;

export class CalendarTokens {
  /** The first issues; all open (rotation: the new key first, the old one until it is dropped). */
  readonly #keys: Buffer[];

  constructor(secret: Buffer | readonly Buffer[]) {
    const secrets = Buffer.isBuffer(secret) ? [secret] : [...secret];
    if (secrets.length === 0) throw new Error('calendar tokens need a key');
    this.#keys = secrets.map((k) =>
      Buffer.from(hkdfSync('sha256', k, Buffer.alloc(0), 'everyclass calendar token', 32)),
    );
  }

  /** A fresh record id (stored) and the token derived from it (never stored). */
  issue(): { id: string; token: string } {
    const id = randomBytes(RID).toString('base64url');
    return { id, token: this.tokenOf(id) };
  }

  tokenOf(id: string): string {
    const rid = Buffer.from(id, 'base64url');
    return Buffer.concat([rid, this.#mac(this.#keys[0] as Buffer, rid)]).toString('base64url');
  }

  /** The record id inside a token, or undefined when the token was not made with our key. */
  open(token: string): string | undefined {
    if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return undefined;
    const raw = Buffer.from(token, 'base64url');
    if (raw.length !== RID + MAC) return undefined;
    const rid = raw.subarray(0, RID);
    const mac = raw.subarray(RID);
    return this.#keys.some((k) => timingSafeEqual(mac, this.#mac(k, rid)))
      ? rid.toString('base64url')
      : undefined;
  }

  #mac(key: Buffer, rid: Buffer): Buffer {
    return createHmac('sha256', key).update(rid).digest().subarray(0, MAC);
  }
}
