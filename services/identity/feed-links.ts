// Feed links: the capability in the URL of a feed of someone else's timetable (a student's, a
// teacher's, a room's). The token is the owner, the semester and the subscriber (empty when
// anonymous) sealed with AES-256-GCM under a key derived from SESSION_KEY, with a synthetic IV
// (HMAC of the plaintext, as ids are sealed): deterministic, so a viewer gets the same link
// each time and nothing is stored; authenticated, so nobody can make one for an id by counting;
// encrypted, so a leaked link does not tell who subscribed. Whether the subscriber may still see
// the timetable is decided at every fetch, never when the link is made.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export interface FeedGrant {
  ownerId: string; // entity id of a student, teacher or room
  semester: string;
  /** The student who subscribed while logged in; '' when anonymous. */
  subscriber: string;
}

const VERSION = 1;
const IV = 12;
const TAG = 16;
/** Longer than an own calendar token (32 characters), shorter than the calendar's limit (256). */
export const FEED_LINK_PATTERN = /^[A-Za-z0-9_-]{60,256}$/;
const SEMESTER = /^\d{4}-\d{4}-[12]$/;

/** An entity id as bytes, or undefined when it is not one canonical base64url spelling. */
function idBytes(id: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) return undefined;
  const raw = Buffer.from(id, 'base64url');
  return raw.length > 0 && raw.length < 256 && raw.toString('base64url') === id ? raw : undefined;
}

/** The grant as bytes: version, then owner, semester and subscriber, each with a length byte. */
export function encodeGrant(g: FeedGrant): Buffer | undefined {
  const owner = idBytes(g.ownerId);
  const subscriber = g.subscriber === '' ? Buffer.alloc(0) : idBytes(g.subscriber);
  if (!owner || !subscriber || !SEMESTER.test(g.semester)) return undefined;
  const semester = Buffer.from(g.semester, 'ascii');
  return Buffer.concat([
    Buffer.from([VERSION, owner.length]),
    owner,
    Buffer.from([semester.length]),
    semester,
    Buffer.from([subscriber.length]),
    subscriber,
  ]);
}

export function decodeGrant(b: Buffer): FeedGrant | undefined {
  if (b[0] !== VERSION) return undefined;
  const parts: Buffer[] = [];
  let at = 1;
  for (let i = 0; i < 3; i++) {
    const n = b[at];
    if (n === undefined || at + 1 + n > b.length) return undefined;
    parts.push(b.subarray(at + 1, at + 1 + n));
    at += 1 + n;
  }
  const [owner, semester, subscriber] = parts as [Buffer, Buffer, Buffer];
  if (at !== b.length || owner.length === 0) return undefined;
  const g = {
    ownerId: owner.toString('base64url'),
    semester: semester.toString('ascii'),
    subscriber: subscriber.toString('base64url'),
  };
  return SEMESTER.test(g.semester) ? g : undefined;
}

export class FeedLinks {
  /** The first seals; all open (rotation: the new key first, the old one until it is dropped). */
  readonly #keys: Array<{ enc: Buffer; mac: Buffer }>;

  constructor(secret: Buffer | readonly Buffer[]) {
    const secrets = Buffer.isBuffer(secret) ? [secret] : [...secret];
    if (secrets.length === 0) throw new Error('feed links need a key');
    const derive = (k: Buffer, info: string) => Buffer.from(hkdfSync('sha256', k, Buffer.alloc(0), info, 32));
    this.#keys = secrets.map((k) => ({
      enc: derive(k, 'everyclass feed link encryption'),
      mac: derive(k, 'everyclass feed link synthetic iv'),
    }));
  }

  /** The link's token, or undefined when an id or the semester is malformed. */
  seal(g: FeedGrant): string | undefined {
    const plain = encodeGrant(g);
    if (!plain) return undefined;
    const key = this.#keys[0] as { enc: Buffer; mac: Buffer };
    const iv = synthIv(key.mac, plain);
    const cipher = createCipheriv('aes-256-gcm', key.enc, iv);
    const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, ct, cipher.getAuthTag()]).toString('base64url');
  }

  /** The grant inside a token, or undefined when it was not sealed by one of our keys. */
  open(token: string): FeedGrant | undefined {
    if (!FEED_LINK_PATTERN.test(token)) return undefined;
    const raw = Buffer.from(token, 'base64url');
    if (raw.length < IV + TAG + 5 || raw.toString('base64url') !== token) return undefined;
    const iv = raw.subarray(0, IV);
    for (const key of this.#keys) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key.enc, iv);
        decipher.setAuthTag(raw.subarray(raw.length - TAG));
        const plain = Buffer.concat([decipher.update(raw.subarray(IV, raw.length - TAG)), decipher.final()]);
        if (timingSafeEqual(iv, synthIv(key.mac, plain))) return decodeGrant(plain);
      } catch {
        // another key, or not ours at all
      }
    }
    return undefined;
  }
}

function synthIv(mac: Buffer, plain: Buffer): Buffer {
  return createHmac('sha256', mac).update(plain).digest().subarray(0, IV);
}
