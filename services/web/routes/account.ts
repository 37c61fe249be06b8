// Accounts: login, logout, registration with its emailed link, and the settings page with its forms.
import { everyclass } from '../../../proto/generated/everyclass.js';
import { type CallContext, callContext, type KitContext, type KitRouter } from '../../kit/app.ts';
import { TwirpError } from '../../kit/twirp/client.ts';
import {
  clearRegistration,
  clearSession,
  FormError,
  readRegistration,
  readSession,
  safeNext,
  writeRegistration,
  writeSession,
} from '../security.ts';
import { intParam, PageError, type Site, str } from '../site.ts';
import * as account from '../views/account.ts';
import { accessRequests } from '../views/feeds.ts';

const E = everyclass.entity.v1;

export function accountRoutes(router: KitRouter, site: Site): void {
  const { app, entity, identity, t } = site;
  const { viewer, pageContext, send, page, requireViewer, form, seeOther, feedUrls } = site;

  router.get('/login', async (ctx) => {
    if (await viewer(ctx)) return seeOther(ctx, '/settings');
    const next = safeNext(str(ctx.query.next), '/settings');
    await page(ctx, t.login.title, (p) => account.login(p, { code: '', next }));
  });

  router.post('/login', async (ctx) => {
    const f = await form(ctx);
    const code = (f.get('code') ?? '').trim().slice(0, 32);
    const next = safeNext(f.get('next'), '/settings');
    try {
      const s = await identity.Login(
        { studentCode: code, password: f.get('password') ?? '', clientAddress: ctx.ip },
        callContext(ctx),
      );
      writeSession(ctx, s.token, s.expiresAt);
      seeOther(ctx, next);
    } catch (err) {
      if (!(err instanceof TwirpError)) throw err;
      if (err.code === 'resource_exhausted') {
        const retry = err.meta.retry_after_seconds;
        if (retry && /^\d+$/.test(retry)) ctx.set('Retry-After', retry);
      }
      const status = err.code === 'resource_exhausted' ? 429 : err.code === 'unauthenticated' ? 401 : 0;
      if (!status) throw err;
      const error = status === 429 ? t.login.tooMany : t.login.wrong;
      await page(ctx, t.login.title, (p) => account.login(p, { code, next, error }), status);
    }
  });

  router.post('/logout', async (ctx) => {
    await form(ctx);
    const session = readSession(ctx);
    if (session) await identity.Logout({ session }, callContext(ctx));
    clearSession(ctx);
    seeOther(ctx, '/');
  });

  router.get('/register', async (ctx) => {
    await page(ctx, t.register.title, (p) => account.register(p, { code: '', domain: app.emailDomain }));
  });

  router.post('/register', async (ctx) => {
    const f = await form(ctx);
    const code = (f.get('code') ?? '').trim();
    const call = callContext(ctx);
    const again = (error: string, status: number) =>
      page(
        ctx,
        t.register.title,
        (p) => account.register(p, { code, domain: app.emailDomain, error }),
        status,
      );
    if (!/^[A-Za-z0-9]{1,32}$/.test(code)) return again(t.register.unknown, 400);
    const found = await entity.Search({ query: code, kinds: [E.Kind.STUDENT], pageSize: 10 }, call);
    const student = found.groups.flatMap((g) => g.items).find((r) => r?.code === code);
    if (!student) return again(t.register.unknown, 400);
    try {
      const res = await identity.StartRegistration(
        { studentId: student.id ?? '', clientAddress: ctx.ip },
        call,
      );
      await page(ctx, t.register.title, (p) =>
        account.register(p, { code, domain: app.emailDomain, sent: res.email }),
      );
    } catch (err) {
      if (err instanceof TwirpError && err.code === 'resource_exhausted')
        return again(t.register.tooMany, 429);
      throw err;
    }
  });

  const badLink = () => new PageError(404, t.register.setTitle, t.register.badLink);

  // The mailed link: its token travelled in a URL (history, proxies' logs), so it is used up at
  // once for a short-lived form token kept in a cookie, and the browser lands on a URL without it.
  router.get('/register/verify', async (ctx) => {
    const token = str(ctx.query.token);
    if (!token) throw badLink();
    const res = await identity.ExchangeRegistration({ token }, callContext(ctx)).catch((err: unknown) => {
      throw err instanceof TwirpError && err.code === 'not_found' ? badLink() : err;
    });
    writeRegistration(ctx, res.formToken, res.expiresAt);
    ctx.set('Cache-Control', 'private, no-store');
    seeOther(ctx, '/register/password');
  });

  /** The registration in progress (its form token from the cookie), or the "link used" page. */
  async function registration(ctx: KitContext): Promise<{ token: string; name: string }> {
    const token = readRegistration(ctx);
    if (!token) throw badLink();
    const res = await identity.CheckRegistration({ token }, callContext(ctx)).catch((err: unknown) => {
      throw err instanceof TwirpError && err.code === 'not_found' ? badLink() : err;
    });
    return { token, name: res.account?.name ?? '' };
  }

  router.get('/register/password', async (ctx) => {
    const { name } = await registration(ctx);
    await page(ctx, t.register.setTitle, (p) => account.setPassword(p, { name }));
  });

  router.post('/register/password', async (ctx) => {
    const f = await form(ctx);
    const { token, name } = await registration(ctx);
    try {
      const s = await identity.CompleteRegistration(
        { token, password: f.get('password') ?? '' },
        callContext(ctx),
      );
      clearRegistration(ctx);
      writeSession(ctx, s.token, s.expiresAt);
      seeOther(ctx, '/settings');
    } catch (err) {
      if (!(err instanceof TwirpError)) throw err;
      if (err.code === 'not_found') throw badLink();
      if (err.code !== 'invalid_argument') throw err;
      const reason = t.register.reasons[err.meta.reason ?? ''] ?? t.register.reasons.too_guessable ?? '';
      await page(
        ctx,
        t.register.setTitle,
        (p) => account.setPassword(p, { name, error: `${t.register.weak}${reason}` }),
        400,
      );
    }
  });

  router.get('/settings', async (ctx) => {
    const who = await requireViewer(ctx);
    if (!who) return;
    const session = readSession(ctx) ?? '';
    const call = callContext(ctx);
    const [tokens, visitors, requests] = await Promise.all([
      identity.ListCalendarTokens({ session }, call),
      identity.ListVisitors({ session, limit: 20 }, call),
      identity.ListAccessRequests({ session }, call),
    ]);
    const p = await pageContext(ctx, who);
    const body = account.settings(p, {
      privacy: who.privacy ?? 0,
      saved: ctx.query.saved === '1',
      tokens: tokens.tokens,
      feedUrl: (path) => feedUrls(ctx, path).https,
      visitors: visitors.visitors,
      anonymous: visitors.anonymousCount,
      extra: accessRequests(p, requests.requests),
    });
    send(ctx, p, t.settings.title, body);
  });

  /** A settings form: CSRF-checked, for the logged-in student only. */
  function settingsPost(
    path: string,
    act: (f: URLSearchParams, session: string, call: CallContext) => Promise<string>,
  ) {
    router.post(path, async (ctx) => {
      const f = await form(ctx);
      const who = await requireViewer(ctx);
      if (!who) return;
      seeOther(ctx, await act(f, readSession(ctx) ?? '', callContext(ctx)));
    });
  }

  settingsPost('/settings/privacy', async (f, session, call) => {
    const privacy = intParam(f.get('privacy'), 0, 2, -1);
    if (privacy < 0) throw new FormError(400, 'privacy');
    await identity.SetPrivacy({ session, privacy }, call);
    return '/settings?saved=1';
  });

  settingsPost('/settings/tokens/revoke', async (f, session, call) => {
    await identity.RevokeCalendarToken({ session, id: f.get('id') ?? '' }, call);
    return '/settings';
  });

  settingsPost('/settings/tokens/reset', async (_f, session, call) => {
    await identity.ResetCalendarTokens({ session }, call);
    return '/settings';
  });
}
