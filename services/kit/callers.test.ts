import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { maxSkewMs, signRpc, signShadow, verifyRpc, verifyShadow } from './callers.ts';

describe('callers: signed RPCs and shadow flags', () => {
  const key = randomBytes(32);
  const old = randomBytes(32);
  const body = new TextEncoder().encode('{"id":"x"}');
  const path = '/twirp/everyclass.entity.v1.Entity/GetStudent';
  const now = 1_800_000_000_000;
  const headersOf = (h: Record<string, string>, over: Partial<{ path: string; shadow: boolean }> = {}) => ({
    caller: h['x-everyclass-caller'] ?? '',
    signature: h['x-everyclass-signature'] ?? '',
    path,
    shadow: false,
    ...over,
  });

  it('accepts what the key signed, and nothing changed', () => {
    const h = signRpc({ caller: 'web', key }, path, false, body, now);
    assert.equal(verifyRpc([key], headersOf(h), body, now), 'web');
    assert.equal(verifyRpc([randomBytes(32)], headersOf(h), body, now), undefined, 'another key');
    assert.equal(
      verifyRpc([key], headersOf(h, { path: `${path}x` }), body, now),
      undefined,
      'another method',
    );
    assert.equal(
      verifyRpc([key], headersOf(h, { shadow: true }), body, now),
      undefined,
      'a forged shadow flag',
    );
    assert.equal(
      verifyRpc([key], headersOf(h), new TextEncoder().encode('{}'), now),
      undefined,
      'another body',
    );
    assert.equal(
      verifyRpc([key], { ...headersOf(h), caller: 'admin' }, body, now),
      undefined,
      'another caller',
    );
    assert.equal(verifyRpc([key], headersOf(h), body, now + maxSkewMs + 1), undefined, 'too old');
    assert.equal(verifyRpc([key], { ...headersOf(h), signature: '' }, body, now), undefined);
  });

  it('verifies with any key of a list (rotation), signs with the one given', () => {
    const h = signRpc({ caller: 'calendar', key: old }, path, true, body, now);
    assert.equal(verifyRpc([key, old], headersOf(h, { shadow: true }), body, now), 'calendar');
    assert.equal(verifyRpc([key], headersOf(h, { shadow: true }), body, now), undefined);
  });

  it('signs a shadow copy for its method and URL only', () => {
    const s = signShadow(key, 'GET', '/student/abc?week=1', now);
    assert.equal(verifyShadow([key], s, 'GET', '/student/abc?week=1', now), true);
    assert.equal(verifyShadow([key], s, 'GET', '/student/abd?week=1', now), false);
    assert.equal(verifyShadow([key], s, 'POST', '/student/abc?week=1', now), false);
    assert.equal(verifyShadow([], s, 'GET', '/student/abc?week=1', now), false, 'no key: never shadow');
    assert.equal(verifyShadow([key], s, 'GET', '/student/abc?week=1', now + maxSkewMs + 1), false);
  });
});
