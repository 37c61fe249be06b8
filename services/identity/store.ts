// Identity data in MongoDB (mongoose): accounts, sessions, pending registrations, calendar tokens
// (collection feed_tokens: the services may share one database, and the calendar service's own
// interim store uses calendar_tokens), timetable visits, login failure counters and the mail
// outbox. Only features MongoDB and FerretDB 1.x both serve (plain and unique indexes, $inc
// upserts, sorts); FerretDB has no TTL indexes, so expiry is checked on read and swept by `sweep()`.
import { type Connection, Schema } from 'mongoose';
import { MongoLink } from '../kit/mongo.ts';
import { AccessRequests } from './access-store.ts';
import { Limiter, limitModel } from './limits.ts';

export type Privacy = 0 | 1 | 2;

export interface AccountDoc {
  _id: string; // public student id
  code: string; // student number
  name: string;
  passwordHash: string;
  privacy: Privacy;
  anonymousViews: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SessionDoc {
  _id: string; // token hash
  studentId: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface RegistrationDoc {
  _id: string; // token hash
  studentId: string;
  code: string;
  name: string;
  createdAt: Date;
  expiresAt: Date;
  /** A form token (ExchangeRegistration), not the mailed link's token. */
  form?: boolean;
}

export interface CalendarTokenDoc {
  _id: string; // record id (the token is derived from it with a server key)
  studentId: string;
  semester: string;
  createdAt: Date;
}

export interface VisitDoc {
  _id: string; // <owner>|<viewer>
  owner: string;
  viewer: string;
  count: number;
  lastAt: Date;
}

export interface OutboxDoc {
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  /** When the sweep deletes it (its link is dead by then). */
  expiresAt: Date;
}

const plain = { versionKey: false as const };

function models(conn: Connection) {
  const account = new Schema<AccountDoc>(
    {
      _id: String,
      code: String,
      name: String,
      passwordHash: String,
      privacy: { type: Number, default: 0 },
      anonymousViews: { type: Number, default: 0 },
      createdAt: Date,
      updatedAt: Date,
    },
    { ...plain, collection: 'accounts' },
  );
  account.index({ code: 1 }, { unique: true });
  const session = new Schema<SessionDoc>(
    { _id: String, studentId: String, createdAt: Date, expiresAt: Date },
    { ...plain, collection: 'sessions' },
  );
  session.index({ studentId: 1 });
  const registration = new Schema<RegistrationDoc>(
    {
      _id: String,
      studentId: String,
      code: String,
      name: String,
      createdAt: Date,
      expiresAt: Date,
      form: { type: Boolean, default: false },
    },
    { ...plain, collection: 'registrations' },
  );
  registration.index({ studentId: 1 });
  const token = new Schema<CalendarTokenDoc>(
    { _id: String, studentId: String, semester: String, createdAt: Date },
    { ...plain, collection: 'feed_tokens' },
  );
  token.index({ studentId: 1, semester: 1 });
  const visit = new Schema<VisitDoc>(
    { _id: String, owner: String, viewer: String, count: Number, lastAt: Date },
    { ...plain, collection: 'visits' },
  );
  visit.index({ owner: 1, lastAt: -1 });
  const outbox = new Schema<OutboxDoc>(
    { to: String, subject: String, text: String, createdAt: Date, expiresAt: Date },
    { ...plain, collection: 'outbox' },
  );
  outbox.index({ to: 1, createdAt: -1 });
  return {
    accounts: conn.model('Account', account),
    sessions: conn.model('Session', session),
    registrations: conn.model('Registration', registration),
    tokens: conn.model('CalendarToken', token),
    visits: conn.model('Visit', visit),
    limits: limitModel(conn),
    outbox: conn.model('Outbox', outbox),
  };
}

export class IdentityStore {
  readonly link: MongoLink;
  readonly conn: Connection;
  readonly m: ReturnType<typeof models>;
  /** Attempt counters (login, registration mails): limits.ts. */
  readonly limits: Limiter;
  /** Access requests for private timetables: access-store.ts. */
  readonly access: AccessRequests;

  /** A store on a connection that may not be open yet (`open()`; services wait with kit/dependency.ts). */
  constructor(link: MongoLink) {
    this.link = link;
    this.conn = link.conn;
    this.m = models(this.conn);
    this.limits = new Limiter(this.m.limits);
    this.access = new AccessRequests(this.conn);
  }

  static link(url: string, dbName?: string): MongoLink {
    return new MongoLink(url, { dbName, maxPoolSize: 20 });
  }

  /** Connects (one attempt) and creates the indexes. */
  static async connect(url: string, dbName?: string): Promise<IdentityStore> {
    const store = new IdentityStore(IdentityStore.link(url, dbName));
    await store.open();
    return store;
  }

  /** One attempt to connect and create the indexes (idempotent; retried by the service). */
  async open(): Promise<void> {
    await this.link.open();
    for (const m of Object.values(this.m)) await m.createIndexes();
    await this.access.createIndexes();
  }

  ping(): Promise<void> {
    return this.link.ping();
  }

  close(): Promise<void> {
    return this.link.close();
  }

  // ---- accounts

  account(studentId: string): Promise<AccountDoc | null> {
    return this.m.accounts.findById(studentId).lean<AccountDoc>().exec();
  }

  accountByCode(code: string): Promise<AccountDoc | null> {
    return this.m.accounts.findOne({ code }).lean<AccountDoc>().exec();
  }

  accounts(ids: string[]): Promise<AccountDoc[]> {
    return this.m.accounts
      .find({ _id: { $in: [...new Set(ids)] } })
      .lean<AccountDoc[]>()
      .exec();
  }

  async setPassword(a: { studentId: string; code: string; name: string; passwordHash: string }, now: Date) {
    await this.m.accounts
      .updateOne(
        { _id: a.studentId },
        {
          $set: { code: a.code, name: a.name, passwordHash: a.passwordHash, updatedAt: now },
          $setOnInsert: { privacy: 0, anonymousViews: 0, createdAt: now },
        },
        { upsert: true },
      )
      .exec();
  }

  async setPrivacy(studentId: string, privacy: Privacy, now: Date): Promise<void> {
    await this.m.accounts.updateOne({ _id: studentId }, { $set: { privacy, updatedAt: now } }).exec();
  }

  // ---- sessions

  async createSession(s: SessionDoc): Promise<void> {
    await this.m.sessions.create(s);
  }

  /** The live session with this hash; an expired one is deleted on the way. */
  async session(hash: string, now: Date): Promise<SessionDoc | undefined> {
    const s = await this.m.sessions.findById(hash).lean<SessionDoc>().exec();
    if (!s) return undefined;
    if (s.expiresAt <= now) {
      await this.m.sessions.deleteOne({ _id: hash }).exec();
      return undefined;
    }
    return s;
  }

  async deleteSession(hash: string): Promise<void> {
    await this.m.sessions.deleteOne({ _id: hash }).exec();
  }

  async deleteSessionsOf(studentId: string): Promise<void> {
    await this.m.sessions.deleteMany({ studentId }).exec();
  }

  // ---- registrations

  async createRegistration(r: RegistrationDoc): Promise<void> {
    await this.m.registrations.create(r);
  }

  /** A live registration of this hash: a form token (`form`) or a mailed link's token. */
  async registration(hash: string, now: Date, form: boolean): Promise<RegistrationDoc | undefined> {
    const r = await this.m.registrations.findById(hash).lean<RegistrationDoc>().exec();
    return r && r.expiresAt > now && (r.form === true) === form ? r : undefined;
  }

  /** Deletes a mailed link's registration and answers it (once: concurrent callers get one winner). */
  async takeRegistration(hash: string, now: Date): Promise<RegistrationDoc | undefined> {
    const r = await this.m.registrations
      .findOneAndDelete({ _id: hash, form: { $ne: true } })
      .lean<RegistrationDoc>()
      .exec();
    return r && r.expiresAt > now ? r : undefined;
  }

  async deleteRegistrationsOf(studentId: string): Promise<void> {
    await this.m.registrations.deleteMany({ studentId }).exec();
  }

  // ---- calendar tokens

  tokensOf(studentId: string): Promise<CalendarTokenDoc[]> {
    return this.m.tokens.find({ studentId }).sort({ semester: -1 }).lean<CalendarTokenDoc[]>().exec();
  }

  tokenFor(studentId: string, semester: string): Promise<CalendarTokenDoc | null> {
    return this.m.tokens.findOne({ studentId, semester }).lean<CalendarTokenDoc>().exec();
  }

  calendarToken(id: string): Promise<CalendarTokenDoc | null> {
    return this.m.tokens.findById(id).lean<CalendarTokenDoc>().exec();
  }

  async createToken(t: CalendarTokenDoc): Promise<void> {
    await this.m.tokens.create(t);
  }

  async deleteToken(studentId: string, id: string): Promise<void> {
    await this.m.tokens.deleteOne({ _id: id, studentId }).exec();
  }

  async deleteTokensOf(studentId: string): Promise<void> {
    await this.m.tokens.deleteMany({ studentId }).exec();
  }

  // ---- visits

  async recordVisit(owner: string, viewer: string, now: Date): Promise<void> {
    await this.m.visits
      .updateOne(
        { _id: `${owner}|${viewer}` },
        { $set: { owner, viewer, lastAt: now }, $inc: { count: 1 } },
        { upsert: true },
      )
      .exec();
  }

  async recordAnonymousVisit(owner: string): Promise<void> {
    await this.m.accounts.updateOne({ _id: owner }, { $inc: { anonymousViews: 1 } }).exec();
  }

  visitsOf(owner: string, limit: number): Promise<VisitDoc[]> {
    return this.m.visits.find({ owner }).sort({ lastAt: -1 }).limit(limit).lean<VisitDoc[]>().exec();
  }

  // ---- outbox

  async queueMail(m: OutboxDoc): Promise<void> {
    await this.m.outbox.create(m);
  }

  /** Deletes expired sessions, registrations, counters and outbox mails (FerretDB has no TTL indexes). */
  async sweep(now: Date): Promise<void> {
    await Promise.all([
      this.m.sessions.deleteMany({ expiresAt: { $lte: now } }).exec(),
      this.m.registrations.deleteMany({ expiresAt: { $lte: now } }).exec(),
      this.m.limits.deleteMany({ resetAt: { $lte: now } }).exec(),
      this.m.outbox.deleteMany({ expiresAt: { $lte: now } }).exec(),
    ]);
  }
}
