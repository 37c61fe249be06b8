// Logging in and out: password checks behind per-client and per-account limits, and sessions.
import { AppError } from '../kit/errors.ts';
import { accountMessage, bucketOf, type IdentityContext, type IdentityHandlers } from './context.ts';
import { verifyPassword } from './passwords.ts';
import { tokenHash } from './secrets.ts';

/**
 * Counts a login attempt before its password is checked (every count one atomic update), or
 * refuses it: per client (hard, for the window), per account and client (growing delays: only
 * that client waits), per account (growing delays up to a minute, against guessing from many
 * clients at once).
 */
async function admitLogin(
  c: IdentityContext,
  code: string,
  address: string,
  t: Date,
): Promise<number | undefined> {
  const { store, limits } = c;
  const windowMs = limits.loginWindowMs;
  let slot: number | undefined;
  if (address) {
    const claim = await store.limits.claim(
      `ip:${bucketOf(address)}`,
      t,
      windowMs,
      limits.loginFailuresPerAddress,
    );
    if (!claim.ok) throw c.rateLimited(claim.retryAt);
    slot = claim.slot;
  }
  const delays = { windowMs, baseMs: limits.loginDelayBaseMs };
  for (const [key, free, capMs] of [
    [`a:${code}|${bucketOf(address)}`, limits.loginFailuresPerAccount, limits.loginDelayCapMs],
    [`a:${code}`, limits.loginAttemptsPerAccount, Math.min(60_000, limits.loginDelayCapMs)],
  ] as const) {
    const g = await store.limits.gate(key, t, { ...delays, free, capMs });
    if (!g.ok) throw c.rateLimited(g.retryAt);
  }
  return slot;
}

export function sessionHandlers(c: IdentityContext): IdentityHandlers<'Login' | 'GetSession' | 'Logout'> {
  const { store, limits, now } = c;
  return {
    Login: async (req) => {
      if (req.studentCode.length > 64 || req.password.length > 1024 || req.clientAddress.length > 64)
        throw new AppError('invalid_argument', 'student number, password or address too long');
      const t = now();
      const slot = await admitLogin(c, req.studentCode, req.clientAddress, t);
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
      return c.newSession(a);
    },

    GetSession: async (req) => {
      const s = req.session ? await store.session(tokenHash(req.session), now()) : undefined;
      const a = s ? await store.account(s.studentId) : null;
      if (!s || !a) throw new AppError('unauthenticated', 'not logged in');
      return { account: accountMessage(a), expiresAt: s.expiresAt.toISOString() };
    },

    Logout: async (req) => {
      if (req.session) await store.deleteSession(tokenHash(req.session));
      return {};
    },
  };
}
