// Calendar tokens: one per student × semester, random and unguessable. Minimal until the
// identity service takes them over: in MongoDB when MONGO_URL is set (shared by replicas),
// in memory otherwise (development and tests).
import { randomBytes } from 'node:crypto';
import { Schema } from 'mongoose';
import { MongoLink } from '../kit/mongo.ts';

export interface TokenGrant {
  token: string;
  studentId: string; // public (encrypted) student id
  semester: string;
  /**
   * A feed of someone else's timetable whose subscriber may not see it now (identity decides at
   * every resolution): served as an empty calendar with one explanation event.
   */
  hidden?: boolean;
}

export interface TokenStore {
  /** The student's live token for the semester, created when there is none. */
  create(studentId: string, semester: string): Promise<TokenGrant>;
  resolve(token: string): Promise<TokenGrant | undefined>;
  revoke(token: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Own tokens (32 characters) and identity's feed links of any timetable (longer). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{24,256}$/;
const newToken = () => randomBytes(24).toString('base64url');

export class MemoryTokenStore implements TokenStore {
  readonly #byToken = new Map<string, TokenGrant>();

  async create(studentId: string, semester: string): Promise<TokenGrant> {
    for (const g of this.#byToken.values())
      if (g.studentId === studentId && g.semester === semester) return g;
    const grant = { token: newToken(), studentId, semester };
    this.#byToken.set(grant.token, grant);
    return grant;
  }
  async resolve(token: string): Promise<TokenGrant | undefined> {
    return this.#byToken.get(token);
  }
  async revoke(token: string): Promise<void> {
    this.#byToken.delete(token);
  }
  async ping(): Promise<void> {}
  async close(): Promise<void> {}
}

interface TokenDoc {
  _id: string; // the token
  owner: string; // <semester>|<studentId>
  studentId: string;
  semester: string;
  createdAt: Date;
}

export class MongoTokenStore implements TokenStore {
  readonly #link: MongoLink;
  readonly #tokens;

  /** A store on a connection that may not be open yet (`open()`; the service waits with kit/dependency.ts). */
  constructor(link: MongoLink) {
    this.#link = link;
    const conn = link.conn;
    const schema = new Schema<TokenDoc>(
      { _id: String, owner: String, studentId: String, semester: String, createdAt: Date },
      { versionKey: false, collection: 'calendar_tokens' },
    );
    schema.index({ owner: 1 });
    this.#tokens = conn.model('CalendarToken', schema);
  }

  static async connect(url: string, dbName?: string): Promise<MongoTokenStore> {
    const store = new MongoTokenStore(new MongoLink(url, { dbName }));
    await store.open();
    return store;
  }

  /** One attempt to connect and create the index (idempotent). */
  async open(): Promise<void> {
    await this.#link.open();
    await this.#tokens.createIndexes();
  }

  async create(studentId: string, semester: string): Promise<TokenGrant> {
    const owner = `${semester}|${studentId}`;
    const found = await this.#tokens.findOne({ owner }).lean<TokenDoc>().exec();
    if (found) return { token: found._id, studentId, semester };
    const doc = { _id: newToken(), owner, studentId, semester, createdAt: new Date() };
    await this.#tokens.collection.insertOne(doc as never);
    return { token: doc._id, studentId, semester };
  }
  async resolve(token: string): Promise<TokenGrant | undefined> {
    const doc = await this.#tokens.findById(token).lean<TokenDoc>().exec();
    return doc ? { token: doc._id, studentId: doc.studentId, semester: doc.semester } : undefined;
  }
  async revoke(token: string): Promise<void> {
    await this.#tokens.deleteOne({ _id: token }).exec();
  }
  ping(): Promise<void> {
    return this.#link.ping();
  }
  close(): Promise<void> {
    return this.#link.close();
  }
}

/**
 * Remembers resolutions (found or not) for `ttlMs`, bounded to `max` entries, so that a polled
 * feed does not read the database each time. A revocation through this replica takes effect at
 * once; one through another replica within `ttlMs`.
 */
export class CachedTokenStore implements TokenStore {
  readonly #inner: TokenStore;
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #now: () => number;
  readonly #cache = new Map<string, { grant: TokenGrant | undefined; at: number }>();

  constructor(inner: TokenStore, ttlMs: number, max = 100_000, now: () => number = Date.now) {
    this.#inner = inner;
    this.#ttlMs = ttlMs;
    this.#max = max;
    this.#now = now;
  }

  create(studentId: string, semester: string): Promise<TokenGrant> {
    return this.#inner.create(studentId, semester);
  }

  async resolve(token: string): Promise<TokenGrant | undefined> {
    const hit = this.#cache.get(token);
    if (hit && this.#now() - hit.at < this.#ttlMs) return hit.grant;
    const grant = await this.#inner.resolve(token);
    this.#cache.delete(token);
    this.#cache.set(token, { grant, at: this.#now() });
    if (this.#cache.size > this.#max) this.#cache.delete(this.#cache.keys().next().value as string);
    return grant;
  }

  async revoke(token: string): Promise<void> {
    await this.#inner.revoke(token);
    this.#cache.delete(token);
  }

  ping(): Promise<void> {
    return this.#inner.ping();
  }
  close(): Promise<void> {
    return this.#inner.close();
  }
}
