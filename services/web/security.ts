// The browser-facing defences of the web service: security headers, the CSRF token (a random
// cookie and, in every form, its HMAC under a server key: a signed double-submit), the session
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

/** Keys derived from SESSION_KEY: one signs cookies (koa's keygrip), one makes CSRF tokens. */
export function webKeys(sessionKey: Buffer): { cookie: string; csrf: Buffer } {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', sessionKey, Buffer.alloc(0), info, 32));
  return {
    cookie: derive('everyclass web cookies').toString('base64url'),
    csrf: derive('everyclass web csrf'),
  };
}

const cookieBase = (ctx: KitContext) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: ctx.secure,
  path: '/',
});

export class Csrf {
  readonly #key: Buffer;
  constructor(key: Buffer) {
    this.#key = key;
  }

  #sign(nonce: string): string {
    return createHmac('sha256', this.#key).update(nonce).digest('base64url');
  }

  /** The token to embed in forms; sets the nonce cookie when the browser has none yet. */
  token(ctx: KitContext): string {
    let nonce = ctx.cookies.get(CSRF_COOKIE);
    if (!nonce || !/^[\w-]{22,64}$/.test(nonce)) {
      nonce = randomBytes(18).toString('base64url');
      ctx.cookies.set(CSRF_COOKIE, nonce, cookieBase(ctx));
    }
    return this.#sign(nonce);
  }

  /** Whether a submitted form carries the token matching this browser's cookie. */
  valid(ctx: KitContext, form: URLSearchParams): boolean {
    const nonce = ctx.cookies.get(CSRF_COOKIE);
    const sent = form.get(CSRF_FIELD);
    if (!nonce || !sent) return false;
    const want = Buffer.from(this.#sign(nonce));
    const got = Buffer.from(sent);
    return got.length === want.length && timingSafeEqual(got, want);
  }
}

export function readSession(ctx: KitContext): string | undefined {
  return ctx.cookies.get(SESSION_COOKIE, { signed: true }) || undefined;
}

export function writeSession(ctx: KitContext, token: string, expiresAt: string): void {
  ctx.cookies.set(SESSION_COOKIE, token, { ...cookieBase(ctx), signed: true, expires: new Date(expiresAt) });
}

export function clearSession(ctx: KitContext): void {
  ctx.cookies.set(SESSION_COOKIE, null, { ...cookieBase(ctx), signed: true });
}

/** The form token of a registration in progress (never in a URL; see routes/account.ts). */
export function readRegistration(ctx: KitContext): string | undefined {
  return ctx.cookies.get(REGISTRATION_COOKIE, { signed: true }) || undefined;
}

export function writeRegistration(ctx: KitContext, formToken: string, expiresAt: string): void {
  ctx.cookies.set(REGISTRATION_COOKIE, formToken, {
    ...cookieBase(ctx),
    signed: true,
    expires: new Date(expiresAt),
  });
}

export function clearRegistration(ctx: KitContext): void {
  ctx.cookies.set(REGISTRATION_COOKIE, null, { ...cookieBase(ctx), signed: true });
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
