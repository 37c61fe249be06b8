// What the identity service's RPCs are built from: the store, the entity directory, the mailer,
// the token codec, the feed-link sealer, school-wide settings and the limits against abuse.
import type { CallContext } from '../kit/app.ts';
import type { FeedLinks } from './feed-links.ts';
import type { Mailer } from './mailer.ts';
import type { KdfParams } from './passwords.ts';
import type { CalendarTokens } from './secrets.ts';
import type { IdentityStore } from './store.ts';

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
