// The browser-facing defences of the web service: security headers (HSTS over HTTPS), the CSRF
// token (a random cookie and, in every form, the HMAC of the session and that nonce under a server
// key: a signed double-submit bound to the session), cookies named __Host- over HTTPS, the session
// cookie, the registration form's cookie, and reading urlencoded form bodies with a size limit.
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import getRawBody from 'raw-body';
import type { KitContext } from '../kit/app.ts';

export const SESSION_COOKIE = 'ec_session';
export const CSRF_COOKIE = 'ec_csrf';
export const REGISTRATION_COOKIE = 'ec_register';
export const CSRF_FIELD = '_csrf';

export const contentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export function setSecurityHeaders(ctx: KitContext): void {
  ctx.set('Content-Security-Policy', contentSecurityPolicy);
  ctx.set('X-Frame-Options', 'DENY');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'same-origin');
  ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
  ctx.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}

/**
 * Keys derived from SESSION_KEY (a list: the first signs, all verify): cookie keys for koa's
 * keygrip (which signs with the first and accepts any), CSRF keys likewise.
 */
export function webKeys(sessionKey: Buffer | readonly Buffer[]): { cookie: string[]; csrf: Buffer[] } {
  const keys = Buffer.isBuffer(sessionKey) ? [sessionKey] : [...sessionKey];
  const derive = (k: Buffer, info: string) => Buffer.from(hkdfSync('sha256', k, Buffer.alloc(0), info, 32));
  return {
    cookie: keys.map((k) => derive(k, 'everyclass web cookies').toString('base64url')),
    csrf: keys.map((k) => derive(k, 'everyclass web csrf')),
  };
}

const cookieBase = (ctx: KitContext) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: ctx.secure,
  path: '/',
});

/**
 * A cookie's name on this request: over HTTPS with the `__Host-` prefix (the browser then
 * accepts it only from this very host, Secure, Path=/, no Domain), so a sibling host such as
 * staging on plain HTTP cannot plant or overwrite it; over plain HTTP (local use) the bare name.
 */
export function cookieName(ctx: KitContext, base: string): string {
  return ctx.secure ? `__Host-${base}` : base;
}

/** HSTS over HTTPS: browsers then never try this host over plain HTTP again (two years). */
export function setTransportSecurity(ctx: KitContext): void {
  if (ctx.secure) ctx.set('Strict-Transport-Security', 'max-age=63072000');
}

/** The session this request carries as far as this response goes (after a login or a logout in it). */
const sessionNow = new WeakMap<KitContext, string | undefined>();

export class Csrf {
  readonly #keys: readonly Buffer[];
  /** The first key makes tokens; every key of the list accepts them (rotation). */
  constructor(keys: readonly Buffer[]) {
    if (keys.length === 0) throw new Error('CSRF tokens need a key');
    this.#keys = keys;
  }

  /** HMAC of the session and the nonce: a token is good only with the session it was made for. */
  #sign(ctx: KitContext, nonce: string, key = this.#keys[0] as Buffer): string {
    const session = readSession(ctx) ?? '';
    return createHmac('sha256', key).update(`${session.length}:${session}:${nonce}`).digest('base64url');
  }

  /** The token to embed in forms; sets the nonce cookie when the browser has none yet. */
  token(ctx: KitContext): string {
    const name = cookieName(ctx, CSRF_COOKIE);
    let nonce = ctx.cookies.get(name);
    if (!nonce || !/^[\w-]{22,64}$/.test(nonce)) {
      nonce = randomBytes(18).toString('base64url');
      ctx.cookies.set(name, nonce, cookieBase(ctx));
    }
    return this.#sign(ctx, nonce);
  }

  /** Whether a submitted form carries the token matching this browser's cookie and session. */
  valid(ctx: KitContext, form: URLSearchParams): boolean {
    const nonce = ctx.cookies.get(cookieName(ctx, CSRF_COOKIE));
    const sent = form.get(CSRF_FIELD);
    if (!nonce || !sent) return false;
    const got = Buffer.from(sent);
    return this.#keys.some((k) => {
      const want = Buffer.from(this.#sign(ctx, nonce, k));
      return got.length === want.length && timingSafeEqual(got, want);
    });
  }
}

export function readSession(ctx: KitContext): string | undefined {
  if (sessionNow.has(ctx)) return sessionNow.get(ctx);
  return ctx.cookies.get(cookieName(ctx, SESSION_COOKIE), { signed: true }) || undefined;
}

export function writeSession(ctx: KitContext, token: string, expiresAt: string): void {
  sessionNow.set(ctx, token);
  ctx.cookies.set(cookieName(ctx, SESSION_COOKIE), token, {
    ...cookieBase(ctx),
    signed: true,
    expires: new Date(expiresAt),
  });
}

export function clearSession(ctx: KitContext): void {
  sessionNow.set(ctx, undefined);
  ctx.cookies.set(cookieName(ctx, SESSION_COOKIE), null, { ...cookieBase(ctx), signed: true });
}

/** The form token of a registration in progress (never in a URL; see routes/account.ts). */
export function readRegistration(ctx: KitContext): string | undefined {
  return ctx.cookies.get(cookieName(ctx, REGISTRATION_COOKIE), { signed: true }) || undefined;
}

export function writeRegistration(ctx: KitContext, formToken: string, expiresAt: string): void {
  ctx.cookies.set(cookieName(ctx, REGISTRATION_COOKIE), formToken, {
    ...cookieBase(ctx),
    signed: true,
    expires: new Date(expiresAt),
  });
}

export function clearRegistration(ctx: KitContext): void {
  ctx.cookies.set(cookieName(ctx, REGISTRATION_COOKIE), null, { ...cookieBase(ctx), signed: true });
}

export class FormError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** An application/x-www-form-urlencoded body (at most 16 KiB). */
export async function readForm(ctx: KitContext): Promise<URLSearchParams> {
  const type = (ctx.get('content-type').split(';')[0] ?? '').trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new FormError(415, 'expected a form');
  let body: string;
  try {
    body = await getRawBody(ctx.req, { limit: 16 << 10, encoding: 'utf8' });
  } catch {
    throw new FormError(413, 'form too large');
  }
  return new URLSearchParams(body);
}

/** A local path to go back to after logging in (never another site). */
export function safeNext(next: string | null | undefined, fallback: string): string {
  return next && /^\/(?![/\\])[\x21-\x7e]*$/.test(next) ? next : fallback;
}
