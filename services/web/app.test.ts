// The web app driven without a port (light-my-request), with stand-ins for entity and identity.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { inject, type Response } from 'light-my-request';
import type { KitApp } from '../kit/app.ts';
import { defaultAppConfig } from '../kit/config.ts';
import { silentLogger } from '../kit/log.ts';
import { createMetrics } from '../kit/metrics.ts';
import { TwirpError } from '../kit/twirp/client.ts';
import { createApp } from './app.ts';
import type { Backend, EntityApi } from './backend.ts';
import { en } from './i18n/en.ts';
import { entity, identity, privacy, stand, XSS } from './standins.test-support.ts';

describe('web app (in-process, stand-in services)', () => {
  let app: KitApp;
  const get = (url: string, cookie?: string) =>
    inject(app.callback(), { method: 'GET', url, headers: cookie ? { cookie } : {} });
  const cookiesOf = (r: Response) =>
    r.cookies.map((c) => `${(c as { name: string }).name}=${(c as { value: string }).value}`).join('; ');
  const csrfOf = (r: Response) => /name="_csrf" value="([^"]+)"/.exec(r.payload)?.[1] ?? '';

  before(() => {
    const backend: Backend = { entity, identity };
    app = createApp({
      backend,
      app: { ...defaultAppConfig, schoolName: '每课大学', emailDomain: 'example.edu' },
      sessionKey: randomBytes(32),
      now: () => new Date('2026-09-15T02:00:00Z'),
      logger: silentLogger(),
      metrics: createMetrics('web', { defaults: false }),
    });
  });

  it('serves the home page with strict security headers and no scripts', async () => {
    const r = await get('/');
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /text\/html/);
    const csp = r.headers['content-security-policy'] as string;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(r.headers['referrer-policy'], 'same-origin');
    assert.equal(r.headers['x-frame-options'], 'DENY');
    assert.doesNotMatch(r.payload, /<script/i);
    assert.match(r.payload, /name="q"/);
  });

  it('escapes search input and names', async () => {
    const r = await get(`/search?q=${encodeURIComponent(XSS)}`);
    assert.equal(r.statusCode, 200);
    assert.ok(!r.payload.includes(XSS), 'no raw payload');
    assert.ok(r.payload.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  it('shows a timetable grid for the current week, and a friendly 404 for an unknown id', async () => {
    const r = await get('/student/alice');
    assert.equal(r.statusCode, 200);
    assert.match(r.payload, /<table class="grid">/);
    assert.match(r.payload, /数据结构/);
    assert.match(r.payload, /<option value="2" selected>第2周（本周）/);
    assert.equal(r.headers['x-robots-tag'], 'noindex, nofollow', 'students are not for search engines');
    const missing = await get('/student/tampered');
    assert.equal(missing.statusCode, 404);
    assert.match(missing.payload, /页面不存在/);
    const nowhere = await get('/no/such/page');
    assert.equal(nowhere.statusCode, 404);
    assert.match(nowhere.headers['content-security-policy'] as string, /default-src 'none'/);
  });

  it('hides a private timetable and counts private classmates apart', async () => {
    privacy.alice = 2;
    try {
      const r = await get('/student/alice');
      assert.equal(r.statusCode, 403);
      assert.doesNotMatch(r.payload, /数据结构/);
      const c = await get('/card/card1');
      assert.equal(c.statusCode, 200);
      assert.doesNotMatch(c.payload, /王小明/);
      assert.match(c.payload, /另有 1 位同学/);
      assert.ok(!c.payload.includes(XSS));
    } finally {
      privacy.alice = 0;
    }
  });

  it('refuses forms without a valid CSRF token', async () => {
    const page = await get('/login');
    const cookie = cookiesOf(page);
    const token = csrfOf(page);
    assert.ok(token);
    const post = (payload: string, withCookie = cookie) =>
      inject(app.callback(), {
        method: 'POST',
        url: '/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: withCookie },
        payload,
      });
    assert.equal((await post('code=1001&password=right')).statusCode, 403);
    assert.equal((await post(`code=1001&password=right&_csrf=${token}x`)).statusCode, 403);
    assert.equal((await post(`code=1001&password=right&_csrf=${token}`, '')).statusCode, 403);
    const wrong = await post(`code=1001&password=nope&_csrf=${token}`);
    assert.equal(wrong.statusCode, 401);
    const ok = await post(`code=1001&password=right&_csrf=${token}&next=//evil.example`);
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, '/settings', 'never redirects off-site');
    const session = ok.cookies.find((c) => (c as { name: string }).name === 'ec_session') as {
      httpOnly?: boolean;
      sameSite?: string;
    };
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite?.toLowerCase(), 'lax');
  });

  it('speaks English when given the English texts', async () => {
    const english = createApp({
      backend: { entity, identity },
      app: defaultAppConfig,
      sessionKey: randomBytes(32),
      messages: en,
      logger: silentLogger(),
      metrics: createMetrics('web', { defaults: false }),
    });
    const r = await inject(english.callback(), { method: 'GET', url: '/student/alice?week=0' });
    assert.equal(r.statusCode, 200);
    assert.match(r.payload, /<html lang="en">/);
    assert.match(r.payload, /Timetable of 王小明/);
    assert.match(r.payload, /<th scope="col">Mon<\/th>/);
  });

  it('answers 503 with a friendly page when a service is down, never a stack trace', async () => {
    const down = createApp({
      backend: {
        entity: stand<EntityApi>({
          GetStudent: async () => {
            throw new TwirpError('unavailable', 'connect ECONNREFUSED 127.0.0.1:1');
          },
        }),
        identity,
      },
      app: defaultAppConfig,
      sessionKey: randomBytes(32),
      logger: silentLogger(),
      metrics: createMetrics('web', { defaults: false }),
    });
    const r = await inject(down.callback(), { method: 'GET', url: '/student/alice' });
    assert.equal(r.statusCode, 503);
    assert.match(r.payload, /服务暂时不可用/);
    assert.doesNotMatch(r.payload, /ECONNREFUSED/);
  });
});
