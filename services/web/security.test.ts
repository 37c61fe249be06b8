import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { contentSecurityPolicy, safeNext, webKeys } from './security.ts';

describe('web security helpers', () => {
  it('only goes back to local paths after login', () => {
    assert.equal(safeNext('/settings', '/'), '/settings');
    assert.equal(safeNext('/student/abc?week=3', '/'), '/student/abc?week=3');
    for (const bad of [
      '//evil.example',
      '/\\\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      assert.equal(safeNext(bad, '/home'), '/home', String(bad));
    }
    assert.equal(safeNext('/a\nb', '/'), '/', 'no control characters');
  });

  it('derives distinct keys from the session key', () => {
    const k = webKeys(randomBytes(32));
    assert.notEqual(k.cookie[0], k.csrf[0]?.toString('base64url'));
    assert.equal(k.csrf[0]?.length, 32);
    assert.equal(webKeys([randomBytes(32), randomBytes(32)]).cookie.length, 2, 'one per key of a list');
  });

  it('allows no inline script, no framing, no foreign forms', () => {
    assert.match(contentSecurityPolicy, /default-src 'none'/);
    assert.doesNotMatch(contentSecurityPolicy, /script-src/);
    assert.match(contentSecurityPolicy, /frame-ancestors 'none'/);
    assert.match(contentSecurityPolicy, /form-action 'self'/);
  });
});
