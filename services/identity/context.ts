// What every group of identity RPCs shares: the dependencies with the limits and clock resolved,
// accounts as messages, session lookups, and the rate-limit error. Shadow (mirrored) calls of
// methods that write never get here: the kit answers them from the method's idempotency_level.
import { randomBytes } from 'node:crypto';
import type { everyclass } from '../../proto/generated/everyclass.js';
import type { IdentityService } from '../../proto/generated/services.ts';
import { clientBucket } from '../kit/clients.ts';
import { AppError } from '../kit/errors.ts';
import type { Handlers } from '../kit/twirp/descriptor.ts';
import { defaultLimits, type IdentityDeps, type Limits } from './deps.ts';
import { FeedLinks } from './feed-links.ts';
import { randomToken, tokenHash } from './secrets.ts';
import type { AccountDoc, IdentityStore, Privacy, SessionDoc } from './store.ts';

type IAccount = everyclass.identity.v1.IAccount;
type ISession = everyclass.identity.v1.ISession;

/** The handlers of some of the Identity methods (handlers.ts puts the groups together). */
export type IdentityHandlers<K extends keyof Handlers<typeof IdentityService>> = Pick<
  Handlers<typeof IdentityService>,
  K
>;

export function privacyOf(n: number | null | undefined): Privacy {
  return n === 1 || n === 2 ? n : 0;
}

export const accountMessage = (a: AccountDoc): IAccount => ({
  studentId: a._id,
  studentCode: a.code,
  name: a.name,
  privacy: privacyOf(a.privacy),
});

/** A client's rate-limit bucket (address, IPv6 /64), `-` when unknown. */
export const bucketOf = (address: string) => (address ? clientBucket(address) : '-');

export interface IdentityContext {
  deps: IdentityDeps;
  store: IdentityStore;
  limits: Limits;
  now: () => Date;
  feedLinks: FeedLinks;
  /** The live session of a token, if any. */
  session(token: string | null | undefined): Promise<SessionDoc | undefined>;
  /** The account behind a session token, or `unauthenticated`. */
  me(session: string | null | undefined): Promise<AccountDoc>;
  newSession(a: AccountDoc): Promise<ISession>;
  rateLimited(resetAt: Date): AppError;
}

export function identityContext(deps: IdentityDeps): IdentityContext {
  const { store } = deps;
  const limits = { ...defaultLimits, ...deps.limits };
  const now = deps.now ?? (() => new Date());
  const feedLinks = deps.feedLinks ?? new FeedLinks(randomBytes(32));

  async function session(token: string | null | undefined): Promise<SessionDoc | undefined> {
    return token ? store.session(tokenHash(token), now()) : undefined;
  }

  async function me(session: string | null | undefined): Promise<AccountDoc> {
    const s = session ? await store.session(tokenHash(session), now()) : undefined;
    const a = s ? await store.account(s.studentId) : null;
    if (!a) throw new AppError('unauthenticated', 'not logged in');
    return a;
  }

  async function newSession(a: AccountDoc): Promise<ISession> {
    const token = randomToken();
    const created = now();
    const expiresAt = new Date(created.getTime() + limits.sessionTtlMs);
    await store.createSession({ _id: tokenHash(token), studentId: a._id, createdAt: created, expiresAt });
    return { token, account: accountMessage(a), expiresAt: expiresAt.toISOString() };
  }

  const rateLimited = (resetAt: Date) =>
    new AppError('rate_limited', undefined, {
      retry_after_seconds: String(Math.max(1, Math.ceil((resetAt.getTime() - now().getTime()) / 1000))),
    });

  return { deps, store, limits, now, feedLinks, session, me, newSession, rateLimited };
}
