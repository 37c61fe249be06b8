// The Identity RPC methods. Every method acting for a student takes the session token and checks
// it here; secrets never reach the logs (the kit logs paths, never bodies).

import { randomBytes } from 'node:crypto';
import { everyclass } from '../../proto/generated/everyclass.js';
import type { CallContext } from '../kit/app.ts';
import { clientBucket } from '../kit/clients.ts';
import { feedPath } from '../kit/contract.ts';
import { AppError } from '../kit/errors.ts';
import { type RpcHandler, rpc } from '../kit/twirp.ts';
import { FeedLinks } from './feed-links.ts';
import { registrationMail } from './mail-text.ts';
import type { Mailer } from './mailer.ts';
import { hashPassword, type KdfParams, passwordProblem, verifyPassword } from './passwords.ts';
import { type CalendarTokens, randomToken, tokenHash } from './secrets.ts';
import type { AccountDoc, CalendarTokenDoc, IdentityStore, Privacy, SessionDoc } from './store.ts';
import { resolveFeedLink, statusOf, viewerHandlers } from './viewer-handlers.ts';

const pb = everyclass.identity.v1;
type IAccount = everyclass.identity.v1.IAccount;
type ISession = everyclass.identity.v1.ISession;
type ICalendarToken = everyclass.identity.v1.ICalendarToken;

/** A student as the entity service knows them. */
export interface StudentInfo {
  id: string;
  code: string;
  name: string;
}

/** Looks students up in the entity service; `undefined` when there is no such student. */
export interface Directory {
  student(id: string, call: CallContext): Promise<StudentInfo | undefined>;
}

export interface Limits {
  sessionTtlMs: number;
  registrationTtlMs: number;
  /** How long the form token a mailed link is exchanged for lives. */
  registrationFormTtlMs: number;
  /** Registration mails per student per hour. */
  registrationsPerHour: number;
  /** Registration mails per client (address, IPv6 /64) per hour (to any students). */
  registrationsPerAddressHour: number;
  loginWindowMs: number;
  /**
   * Login attempts per account from one client (address, IPv6 /64) per window that pass at once;
   * after them that client waits (loginDelayBaseMs, doubling, at most loginDelayCapMs) between
   * attempts. Other clients are not affected: nobody can lock a student out.
   */
  loginFailuresPerAccount: number;
  /** Failed logins per client per window, whichever the accounts (then refused until the window ends). */
  loginFailuresPerAddress: number;
  /** Login attempts per account from all clients per window before they all wait (at most a minute). */
  loginAttemptsPerAccount: number;
  loginDelayBaseMs: number;
  loginDelayCapMs: number;
  /** Access requests for private timetables one student may send per day. */
  accessRequestsPerDay: number;
}

export const defaultLimits: Limits = {
  sessionTtlMs: 7 * 24 * 3600_000,
  registrationTtlMs: 24 * 3600_000,
  registrationFormTtlMs: 30 * 60_000,
  registrationsPerHour: 3,
  registrationsPerAddressHour: 20,
  loginWindowMs: 15 * 60_000,
  loginFailuresPerAccount: 5,
  loginFailuresPerAddress: 50,
  loginAttemptsPerAccount: 100,
  loginDelayBaseMs: 1000,
  loginDelayCapMs: 15 * 60_000,
  accessRequestsPerDay: 10,
};

export interface IdentityDeps {
  store: IdentityStore;
  directory: Directory;
  mailer: Mailer;
  tokens: CalendarTokens;
  /** Seals feed links of any timetable (main: from SESSION_KEY; default: a key of this process). */
  feedLinks?: FeedLinks;
  schoolName: string;
  emailDomain: string;
  /** The public web site, for links in mails (no trailing slash). */
  publicUrl: string;
  limits?: Partial<Limits>;
  kdf?: KdfParams;
  now?: () => Date;
}

const semesterName = /^\d{4}-\d{4}-[12]$/;

/** Path of a student's feed (the calendar service serves it). */
export const calendarPath = feedPath;

function privacyOf(n: number | null | undefined): Privacy {
  return n === 1 || n === 2 ? n : 0;
}

export function identityHandlers(deps: IdentityDeps): Record<string, RpcHandler<object, object>> {
  const { store, directory, mailer, tokens } = deps;
  const limits = { ...defaultLimits, ...deps.limits };
  const now = deps.now ?? (() => new Date());
  const feedLinks = deps.feedLinks ?? new FeedLinks(randomBytes(32));

  const noShadow = (call: CallContext) => {
    if (call.shadow) throw new AppError('shadow_write');
  };

  const account = (a: AccountDoc): IAccount => ({
    studentId: a._id,
    studentCode: a.code,
    name: a.name,
    privacy: privacyOf(a.privacy),
  });

  /** The live session of a token, if any. */
  async function session(token: string | null | undefined): Promise<SessionDoc | undefined> {
    return token ? store.session(tokenHash(token), now()) : undefined;
  }

  /** A visit to a timetable: by a logged-in student, or anonymous; never in shadow, never one's own. */
  async function recordView(owner: AccountDoc | null, s: SessionDoc | undefined, call: CallContext) {
    if (call.shadow || !owner) return; // only students with an account see their visitors
    if (s?.studentId === owner._id) return;
    if (s) await store.recordVisit(owner._id, s.studentId, now());
    else await store.recordAnonymousVisit(owner._id);
  }

  /** The account behind a session token, or `unauthenticated`. */
  async function me(session: string | null | undefined): Promise<AccountDoc> {
    const s = session ? await store.session(tokenHash(session), now()) : undefined;
    const a = s ? await store.account(s.studentId) : null;
    if (!a) throw new AppError('unauthenticated', 'not logged in');
    return a;
  }

  /** The session's account, for a method that writes (never for shadow traffic). */
  function meWriting(session: string | null | undefined, call: CallContext): Promise<AccountDoc> {
    noShadow(call);
    return me(session);
  }

  async function newSession(a: AccountDoc): Promise<ISession> {
    const token = randomToken();
    const created = now();
    const expiresAt = new Date(created.getTime() + limits.sessionTtlMs);
    await store.createSession({ _id: tokenHash(token), studentId: a._id, createdAt: created, expiresAt });
    return { token, account: account(a), expiresAt: expiresAt.toISOString() };
  }

  const calendarToken = (t: CalendarTokenDoc): ICalendarToken => {
    const token = tokens.tokenOf(t._id);
    return {
      id: t._id,
      token,
      semester: t.semester,
      path: calendarPath(token),
      createdAt: t.createdAt.toISOString(),
    };
  };

  async function issueToken(studentId: string, semester: string): Promise<CalendarTokenDoc> {
    const { id } = tokens.issue();
    const doc = { _id: id, studentId, semester, createdAt: now() };
    await store.createToken(doc);
    return doc;
  }

  const rateLimited = (resetAt: Date) =>
    new AppError('rate_limited', undefined, {
      retry_after_seconds: String(Math.max(1, Math.ceil((resetAt.getTime() - now().getTime()) / 1000))),
    });

  const bucketOf = (address: string) => (address ? clientBucket(address) : '-');

  /**
   * Counts a login attempt before its password is checked (every count one atomic update), or
   * refuses it: per client (hard, for the window), per account and client (growing delays: only
   * that client waits), per account (growing delays up to a minute, against guessing from many
   * clients at once).
   */
  async function admitLogin(code: string, address: string, t: Date): Promise<number | undefined> {
    const windowMs = limits.loginWindowMs;
    let slot: number | undefined;
    if (address) {
      const c = await store.limits.claim(
        `ip:${bucketOf(address)}`,
        t,
        windowMs,
        limits.loginFailuresPerAddress,
      );
      if (!c.ok) throw rateLimited(c.retryAt);
      slot = c.slot;
    }
    const delays = { windowMs, baseMs: limits.loginDelayBaseMs };
    for (const [key, free, capMs] of [
      [`a:${code}|${bucketOf(address)}`, limits.loginFailuresPerAccount, limits.loginDelayCapMs],
      [`a:${code}`, limits.loginAttemptsPerAccount, Math.min(60_000, limits.loginDelayCapMs)],
    ] as const) {
      const g = await store.limits.gate(key, t, { ...delays, free, capMs });
      if (!g.ok) throw rateLimited(g.retryAt);
    }
    return slot;
  }

  return {
    StartRegistration: rpc(
      pb.StartRegistrationRequest,
      pb.StartRegistrationResponse,
      async (req, call) => {
        noShadow(call);
        const student = await directory.student(req.studentId, call);
        if (!student) throw new AppError('not_found', 'no such student');
        const t = now();
        // Counted before the mail goes (atomic), per student and per client.
        const perStudent = await store.limits.claim(
          `rs:${student.id}`,
          t,
          3600_000,
          limits.registrationsPerHour,
        );
        if (!perStudent.ok) throw rateLimited(perStudent.retryAt);
        if (req.clientAddress) {
          const key = `r:${clientBucket(req.clientAddress)}`;
          const sent = await store.limits.claim(key, t, 3600_000, limits.registrationsPerAddressHour);
          if (!sent.ok) throw rateLimited(sent.retryAt);
        }
        const token = randomToken();
        await store.createRegistration({
          _id: tokenHash(token),
          studentId: student.id,
          code: student.code,
          name: student.name,
          createdAt: t,
          expiresAt: new Date(t.getTime() + limits.registrationTtlMs),
        });
        const email = `${student.code}@${deps.emailDomain}`;
        const link = `${deps.publicUrl}/register/verify?token=${encodeURIComponent(token)}`;
        const hours = Math.round(limits.registrationTtlMs / 3600_000);
        await mailer.send({
          to: email,
          ...registrationMail({ schoolName: deps.schoolName, name: student.name, link, hours }),
        });
        call.log.info({ mailer: mailer.kind }, 'registration mail sent');
        return { email };
      },
      false,
    ),

    ExchangeRegistration: rpc(
      pb.ExchangeRegistrationRequest,
      pb.ExchangeRegistrationResponse,
      async (req, call) => {
        noShadow(call);
        const t = now();
        const r = req.token ? await store.takeRegistration(tokenHash(req.token), t) : undefined;
        if (!r) throw new AppError('not_found', 'the link is unknown, used or expired');
        const formToken = randomToken();
        const expiresAt = new Date(
          Math.min(r.expiresAt.getTime(), t.getTime() + limits.registrationFormTtlMs),
        );
        await store.createRegistration({
          ...r,
          _id: tokenHash(formToken),
          createdAt: t,
          expiresAt,
          form: true,
        });
        return {
          formToken,
          account: { studentId: r.studentId, studentCode: r.code, name: r.name },
          expiresAt: expiresAt.toISOString(),
        };
      },
      false,
    ),

    CheckRegistration: rpc(pb.CheckRegistrationRequest, pb.CheckRegistrationResponse, async (req) => {
      const r = req.token ? await store.registration(tokenHash(req.token), now(), true) : undefined;
      if (!r) throw new AppError('not_found', 'the form is unknown, used or expired');
      return { account: { studentId: r.studentId, studentCode: r.code, name: r.name } };
    }),

    CompleteRegistration: rpc(
      pb.CompleteRegistrationRequest,
      pb.Session,
      async (req, call) => {
        noShadow(call);
        const r = req.token ? await store.registration(tokenHash(req.token), now(), true) : undefined;
        if (!r) throw new AppError('not_found', 'the form is unknown, used or expired');
        const problem = passwordProblem(req.password, [r.code, r.name, deps.emailDomain]);
        if (problem) throw new AppError('invalid_argument', 'the password is too weak', { reason: problem });
        const passwordHash = await hashPassword(req.password, deps.kdf);
        await store.setPassword({ studentId: r.studentId, code: r.code, name: r.name, passwordHash }, now());
        await store.deleteRegistrationsOf(r.studentId);
        await store.deleteSessionsOf(r.studentId); // a password reset logs every other device out
        const a = await store.account(r.studentId);
        if (!a) throw new AppError('internal');
        return newSession(a);
      },
      false,
    ),

    Login: rpc(
      pb.LoginRequest,
      pb.Session,
      async (req, call) => {
        noShadow(call);
        if (req.studentCode.length > 64 || req.password.length > 1024 || req.clientAddress.length > 64)
          throw new AppError('invalid_argument', 'student number, password or address too long');
        const t = now();
        const slot = await admitLogin(req.studentCode, req.clientAddress, t);
        const a = req.studentCode ? await store.accountByCode(req.studentCode) : null;
        const ok = await verifyPassword(req.password, a?.passwordHash);
        if (!a || !ok) throw new AppError('unauthenticated', 'wrong student number or password');
        // A success gives its attempt back and ends this client's delays for the account.
        await Promise.all([
          store.limits.clear(`a:${req.studentCode}|${bucketOf(req.clientAddress)}`, t, limits.loginWindowMs),
          slot === undefined
            ? undefined
            : store.limits.release(`ip:${bucketOf(req.clientAddress)}`, t, limits.loginWindowMs, slot),
        ]);
        return newSession(a);
      },
      false,
    ),

    GetSession: rpc(pb.GetSessionRequest, pb.Session, async (req) => {
      const s = req.session ? await store.session(tokenHash(req.session), now()) : undefined;
      const a = s ? await store.account(s.studentId) : null;
      if (!s || !a) throw new AppError('unauthenticated', 'not logged in');
      return { account: account(a), expiresAt: s.expiresAt.toISOString() };
    }),

    Logout: rpc(pb.LogoutRequest, pb.LogoutResponse, async (req, call) => {
      noShadow(call);
      if (req.session) await store.deleteSession(tokenHash(req.session));
      return {};
    }),

    GetPrivacy: rpc(pb.GetPrivacyRequest, pb.GetPrivacyResponse, async (req) => {
      if (req.studentIds.length > 1000) throw new AppError('invalid_argument', 'at most 1000 ids');
      const found = await store.accounts(req.studentIds);
      const levels: Record<string, Privacy> = {};
      for (const id of req.studentIds) levels[id] = 0;
      for (const a of found) levels[a._id] = privacyOf(a.privacy);
      return { levels };
    }),

    SetPrivacy: rpc(pb.SetPrivacyRequest, pb.Account, async (req, call) => {
      const a = await meWriting(req.session, call);
      const level: number = req.privacy;
      if (level !== 0 && level !== 1 && level !== 2)
        throw new AppError('invalid_argument', 'privacy must be 0, 1 or 2');
      await store.setPrivacy(a._id, level, now());
      return account({ ...a, privacy: level });
    }),

    CreateCalendarToken: rpc(
      pb.CreateCalendarTokenRequest,
      pb.CalendarToken,
      async (req, call) => {
        const a = await meWriting(req.session, call);
        if (!semesterName.test(req.semester))
          throw new AppError('invalid_argument', 'semester must look like 2026-2027-1');
        const existing = await store.tokenFor(a._id, req.semester);
        return calendarToken(existing ?? (await issueToken(a._id, req.semester)));
      },
      true,
    ),

    ListCalendarTokens: rpc(pb.ListCalendarTokensRequest, pb.ListCalendarTokensResponse, async (req) => {
      const a = await me(req.session);
      return { tokens: (await store.tokensOf(a._id)).map(calendarToken) };
    }),

    RevokeCalendarToken: rpc(
      pb.RevokeCalendarTokenRequest,
      pb.RevokeCalendarTokenResponse,
      async (req, call) => {
        const a = await meWriting(req.session, call);
        await store.deleteToken(a._id, req.id);
        return {};
      },
    ),

    ResetCalendarTokens: rpc(
      pb.ResetCalendarTokensRequest,
      pb.ListCalendarTokensResponse,
      async (req, call) => {
        const a = await meWriting(req.session, call);
        const semesters = [...new Set((await store.tokensOf(a._id)).map((t) => t.semester))];
        await store.deleteTokensOf(a._id);
        const fresh = [];
        for (const s of semesters) fresh.push(await issueToken(a._id, s));
        return { tokens: fresh.map(calendarToken) };
      },
      false,
    ),

    ResolveCalendarToken: rpc(
      pb.ResolveCalendarTokenRequest,
      pb.ResolveCalendarTokenResponse,
      async (req) => {
        const id = tokens.open(req.token);
        // Not an own token: a feed link of any timetable, its visibility decided now.
        if (!id) return resolveFeedLink(store, feedLinks, req.token);
        const t = await store.calendarToken(id);
        if (!t) throw new AppError('not_found');
        return { studentId: t.studentId, semester: t.semester };
      },
    ),

    RecordView: rpc(
      pb.RecordViewRequest,
      pb.RecordViewResponse,
      async (req, call) => {
        if (!req.studentId) return {};
        const [owner, s] = await Promise.all([store.account(req.studentId), session(req.session)]);
        await recordView(owner, s, call);
        return {};
      },
      false,
    ),

    ViewTimetable: rpc(
      pb.ViewTimetableRequest,
      pb.ViewTimetableResponse,
      async (req, call) => {
        const [owner, s] = await Promise.all([
          req.studentId ? store.account(req.studentId) : null,
          session(req.session),
        ]);
        const [viewer, asked] = await Promise.all([
          s ? store.account(s.studentId) : null,
          s && owner ? store.access.get(owner._id, s.studentId) : null,
          recordView(owner, s, call),
        ]);
        return {
          viewer: viewer ? account(viewer) : null,
          privacy: privacyOf(owner?.privacy),
          granted: asked?.status === 'accepted',
          request: statusOf(asked?.status),
        };
      },
      false,
    ),

    ListVisitors: rpc(pb.ListVisitorsRequest, pb.ListVisitorsResponse, async (req) => {
      const a = await me(req.session);
      const limit = Math.min(req.limit || 20, 100);
      const visits = await store.visitsOf(a._id, limit);
      const viewers = new Map((await store.accounts(visits.map((v) => v.viewer))).map((v) => [v._id, v]));
      let hidden = 0;
      const visitors = [];
      for (const v of visits) {
        const who = viewers.get(v.viewer);
        // A visitor who keeps their own timetable private is counted, not named.
        if (!who || privacyOf(who.privacy) === 2) hidden += v.count;
        else
          visitors.push({
            studentId: who._id,
            name: who.name,
            lastSeenAt: v.lastAt.toISOString(),
            count: v.count,
          });
      }
      return { visitors, anonymousCount: (a.anonymousViews ?? 0) + hidden };
    }),

    ...viewerHandlers({
      store,
      feedLinks,
      now,
      accessRequestsPerDay: limits.accessRequestsPerDay,
      session,
      me,
      meWriting,
      rateLimited,
    }),
  };
}
