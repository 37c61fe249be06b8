// Public identifiers: the school's codes sealed with AES-256-GCM under a synthetic IV
// (HMAC-SHA256 of the plaintext, as in SIV): deterministic, so a URL is stable; authenticated,
// so a tampered or forged one is refused; canonical, so an id has exactly one spelling; and the kind is sealed inside, so a student id cannot
// be used as a room id. Nobody can enumerate students by counting.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export const idKinds = { student: 's', teacher: 't', room: 'r', card: 'c' } as const;
export type IdKind = keyof typeof idKinds;
const byLetter = Object.fromEntries(Object.entries(idKinds).map(([k, v]) => [v, k])) as Record<
  string,
  IdKind
>;

const IV = 12;
const TAG = 16;

export interface OpenedId {
  kind: IdKind;
  code: string;
}

export class IdCipher {
  readonly #enc: Buffer;
  readonly #mac: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('the id key must be 32 bytes');
    this.#enc = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'everyclass id encryption', 32));
    this.#mac = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'everyclass id synthetic iv', 32));
  }

  /** Sealing is deterministic, so results are remembered (bounded: cleared when full). */
  readonly #sealed = new Map<string, string>();
  static readonly MEMO = 200_000;

  seal(kind: IdKind, code: string): string {
    const text = `${idKinds[kind]}:${code}`;
    const memo = this.#sealed.get(text);
    if (memo !== undefined) return memo;
    if (this.#sealed.size >= IdCipher.MEMO) this.#sealed.clear();
    const id = this.#seal(text);
    this.#sealed.set(text, id);
    return id;
  }

  #seal(text: string): string {
    const plain = Buffer.from(text, 'utf8');
    const iv = this.#iv(plain);
    const cipher = createCipheriv('aes-256-gcm', this.#enc, iv);
    const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, ct, cipher.getAuthTag()]).toString('base64url');
  }

  /** The kind and code inside an id, or undefined when it is malformed, tampered or of another kind. */
  open(id: string, expected?: IdKind): OpenedId | undefined {
    if (!/^[A-Za-z0-9_-]{40,400}$/.test(id)) return undefined;
    const raw = Buffer.from(id, 'base64url');
    // Exactly one spelling: base64url decoding ignores unused trailing bits and a dangling
    // character, so several strings decode to these bytes; only the one seal() writes is an id.
    // (Privacy levels and visits are keyed by the id string: a second spelling would be a
    // student nobody has set private.)
    if (raw.length < IV + TAG + 3 || raw.toString('base64url') !== id) return undefined;
    const iv = raw.subarray(0, IV);
    const tag = raw.subarray(raw.length - TAG);
    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#enc, iv);
      decipher.setAuthTag(tag);
      plain = Buffer.concat([decipher.update(raw.subarray(IV, raw.length - TAG)), decipher.final()]);
    } catch {
      return undefined;
    }
    if (!timingSafeEqual(iv, this.#iv(plain))) return undefined;
    const text = plain.toString('utf8');
    const kind = byLetter[text.slice(0, 1)];
    if (kind === undefined || text[1] !== ':' || (expected !== undefined && kind !== expected))
      return undefined;
    return { kind, code: text.slice(2) };
  }

  #iv(plain: Buffer): Buffer {
    return createHmac('sha256', this.#mac).update(plain).digest().subarray(0, IV);
  }
}
