// Account and authentication paths are never copied to the target (issue 13, finding 2): their
// query strings carry one-time tokens, their forms carry passwords, their pages carry feed links.
import assert from 'node:assert/strict';
import http from 'node:http';
import { type Mirrored, startMirrored } from './inprocess.test-support.ts';

function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

describe('mirror: auth-flow paths stay in production', () => {
  let m: Mirrored;
  before(async () => {
    m = await startMirrored();
  });
  after(() => m.close());

  it('copies browsing, never login, registration, settings or the calendar page', async () => {
    const never = [
      '/register/verify?token=mailed-token-abc',
      '/register/password',
      '/register',
      '/login?next=%2Fsettings',
      '/logout',
      '/settings',
      '/settings/privacy',
      '/calendar?semester=2026-2027-1',
      '/REGISTER/verify?token=upper-case',
      '//register/verify?token=doubled-slash',
      '/register%2Fverify?token=encoded',
    ];
    const copied = ['/', '/search?q=2023', '/student/abc?week=1', '/registered-courses', '/calendars'];
    for (const path of [...never, ...copied]) assert.equal(await get(m.proxy.port, path), 200, path);
    await new Promise((r) => setTimeout(r, 300));
    const seen = m.staging.received.map((r) => r.url);
    assert.deepEqual(seen.sort(), [...copied].sort());
    assert.equal(m.production.received.length, never.length + copied.length, 'production gets everything');
  });
});
