// CSRF tokens are bound to the session, cookies are __Host- prefixed over HTTPS and HSTS is sent
// (issue 13, finding 4): a sibling host (staging on plain HTTP) that plants a known ec_csrf
// cookie in a student's browser cannot forge the student's forms.
import assert from 'node:assert/strict';
import { inject, type Response } from 'light-my-request';
import type { KitApp } from '../kit/app.ts';
import { standinApp } from './standins.test-support.ts';

const jar = (...rs: Response[]) =>
  rs.flatMap((r) => r.cookies.filter((c) => c.value).map((c) => `${c.name}=${c.value}`)).join('; ');
const csrfOf = (r: Response) => /name="_csrf" value="([^"]+)"/.exec(r.payload)?.[1] ?? '';

describe('web: CSRF bound to the session, __Host- cookies, HSTS', () => {
  let app: KitApp;
  before(() => {
    app = standinApp();
  });
  const get = (url: string, headers: Record<string, string> = {}) =>
    inject(app.callback(), { method: 'GET', url, headers });
  const post = (url: string, payload: string, headers: Record<string, string>) =>
    inject(app.callback(), {
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload,
    });

  /** A logged-in student's cookies (over `proto`). */
  async function loggedIn(proto: 'http' | 'https'): Promise<string> {
    const h = { 'x-forwarded-proto': proto };
    const page = await get('/login', h);
    const done = await post('/login', `code=1001&password=right&_csrf=${csrfOf(page)}`, {
      ...h,
      cookie: jar(page),
    });
    assert.equal(done.statusCode, 303);
    return jar(page, done);
  }

  it("refuses a form whose token was issued to another browser's session, even with its nonce", async () => {
    // The attacker's own anonymous visit: a nonce cookie and the token that goes with it.
    const theirs = await get('/login');
    const nonce = theirs.cookies.find((c) => c.name === 'ec_csrf')?.value ?? '';
    assert.ok(nonce);
    // The student's browser, with the attacker's nonce planted in place of its own.
    const victim = (await loggedIn('http')).replace(/ec_csrf=[^;]+/, `ec_csrf=${nonce}`);
    const forged = await post('/login', `code=1001&password=right&_csrf=${csrfOf(theirs)}`, {
      cookie: victim,
    });
    assert.equal(forged.statusCode, 403, 'a token is only good with the session it was made for');
    // The student's own page still works.
    const own = await get('/login', { cookie: victim });
    assert.equal(own.statusCode, 303, 'logged in: /login sends to /settings');
  });

  it('names cookies __Host- over HTTPS, ignores unprefixed ones there, and sends HSTS', async () => {
    const h = { 'x-forwarded-proto': 'https' };
    const page = await get('/login', h);
    assert.match(String(page.headers['strict-transport-security']), /^max-age=\d{7,}/);
    const csrf = page.cookies.find((c) => c.name.endsWith('ec_csrf'));
    assert.equal(csrf?.name, '__Host-ec_csrf');
    assert.equal(csrf?.secure, true);
    assert.equal(csrf?.path, '/');
    assert.equal((csrf as { domain?: string }).domain, undefined);
    const cookies = await loggedIn('https');
    assert.match(cookies, /__Host-ec_session=/);
    assert.doesNotMatch(cookies, /(^|; )ec_session=/);

    // A plain ec_csrf planted by a sibling host is not this site's cookie over HTTPS.
    const theirs = await get('/login');
    const nonce = theirs.cookies.find((c) => c.name === 'ec_csrf')?.value ?? '';
    const planted = await post('/login', `code=1001&password=right&_csrf=${csrfOf(theirs)}`, {
      ...h,
      cookie: `ec_csrf=${nonce}`,
    });
    assert.equal(planted.statusCode, 403);
    const plain = await get('/login');
    assert.equal(plain.headers['strict-transport-security'], undefined, 'no HSTS over plain HTTP');
  });
});
