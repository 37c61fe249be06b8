// SESSION_KEY rotates (issue 13, finding 13): with [new, old] the cookies and CSRF tokens made
// under the old key are still good, new ones are made under the new key.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { inject, type Response } from 'light-my-request';
import { standinApp } from './standins.test-support.ts';

const jar = (...rs: Response[]) =>
  rs.flatMap((r) => r.cookies.filter((c) => c.value).map((c) => `${c.name}=${c.value}`)).join('; ');
const csrfOf = (r: Response) => /name="_csrf" value="([^"]+)"/.exec(r.payload)?.[1] ?? '';

describe('web: session key rotation', () => {
  it('keeps sessions and forms made under the old key, and signs anew with the new one', async () => {
    const old = randomBytes(32);
    const fresh = randomBytes(32);
    const before = standinApp({ sessionKey: old });
    const page = await inject(before.callback(), { method: 'GET', url: '/login' });
    const login = await inject(before.callback(), {
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar(page) },
      payload: `code=1001&password=right&_csrf=${csrfOf(page)}`,
    });
    assert.equal(login.statusCode, 303);
    const cookies = jar(page, login);

    const after = standinApp({ sessionKey: [fresh, old] });
    const settings = await inject(after.callback(), {
      method: 'GET',
      url: '/login',
      headers: { cookie: cookies },
    });
    assert.equal(settings.statusCode, 303, 'still logged in: /login sends to /settings');
    assert.equal(settings.headers.location, '/settings');
    // A form rendered before the rotation is still accepted after it.
    const logout = await inject(after.callback(), {
      method: 'POST',
      url: '/logout',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
      payload: `_csrf=${csrfOf(await inject(before.callback(), { method: 'GET', url: '/', headers: { cookie: cookies } }))}`,
    });
    assert.notEqual(logout.statusCode, 403, 'the old CSRF token is good');

    const onlyNew = standinApp({ sessionKey: fresh });
    const gone = await inject(onlyNew.callback(), {
      method: 'GET',
      url: '/login',
      headers: { cookie: cookies },
    });
    assert.equal(gone.statusCode, 200, 'once the old key is dropped, its sessions are too');
  });
});
