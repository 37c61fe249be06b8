import assert from 'node:assert/strict';
import { combineRules, compare, createNormaliser, createStripper, defaultIgnoreRules } from './compare.ts';
import { page } from './standin.test-support.ts';

const digest = createNormaliser(defaultIgnoreRules);
const d = (s: string) => digest(Buffer.from(s));
const fp = (digest: string) => ({ digest, parts: 'unparsable' as const });

describe('response comparison', () => {
  it('ignores timestamps, request ids, CSRF tokens and nonces with the default rules', () => {
    const a = `<meta name="csrf-token" content="aaa"><input type="hidden" name="_csrf" value="x1">
      at 2026-11-24T09:00:00.123Z, id 3ad019ee-35b2-489f-a5d7-8f3eef8da655, {"requestId": "r-1"} nonce="n1"
      Last-Modified Tue, 24 Nov 2026 09:00:00 GMT`;
    const b = `<meta name="csrf-token" content="bbb"><input type="hidden" name="_csrf" value="y2">
      at 2026-11-25 10:11:12+08:00, id 11111111-2222-3333-4444-555555555555, {"requestId": "r-2"} nonce="n2"
      Last-Modified Wed, 25 Nov 2026 10:00:00 GMT`;
    assert.equal(d(a), d(b));
  });

  it('two renderings of the same page match; a changed page does not', () => {
    assert.equal(d(page('/student/x', 'ok')), d(page('/student/x', 'changed')));
    assert.notEqual(d(page('/room/1', 'ok')), d(page('/room/1', 'changed')));
    assert.notEqual(d('schedule: 1-16周'), d('schedule: 1-15单周'));
  });

  it('applies extra rules, and only the rules given', () => {
    const none = createNormaliser([]);
    assert.notEqual(
      none(Buffer.from('at 2026-11-24T09:00:00Z')),
      none(Buffer.from('at 2026-11-25T09:00:00Z')),
    );
    const custom = createNormaliser([/rendered in \d+ ms/]);
    assert.equal(custom(Buffer.from('ok, rendered in 5 ms')), custom(Buffer.from('ok, rendered in 12 ms')));
  });

  it('keeps non-ASCII bytes exactly (latin1 in, latin1 out)', () => {
    assert.notEqual(d('课程表'), d('课程'));
    assert.equal(d('每课 2026-11-24T09:00:00Z'), d('每课 2026-01-01T00:00:00Z'));
  });

  it('compares status first, then the digests; a missing digest is skipped', () => {
    assert.deepEqual(compare({ status: 200, body: fp('a') }, { status: 200, body: fp('a') }), {
      result: 'match',
    });
    assert.deepEqual(compare({ status: 200, body: fp('a') }, { status: 500, body: fp('a') }), {
      result: 'mismatch',
      reason: 'status',
    });
    assert.deepEqual(compare({ status: 200, body: fp('a') }, { status: 200, body: fp('b') }), {
      result: 'mismatch',
      reason: 'body',
    });
    assert.deepEqual(compare({ status: 200, body: undefined }, { status: 200, body: fp('b') }), {
      result: 'skipped',
      reason: 'body_not_kept',
    });
  });

  it('a 304 on one side only is skipped (validators differ, not necessarily pages)', () => {
    const skipped = { result: 'skipped', reason: 'not_modified' };
    assert.deepEqual(compare({ status: 304, body: fp('e') }, { status: 200, body: fp('b') }), skipped);
    assert.deepEqual(compare({ status: 200, body: fp('b') }, { status: 304, body: fp('e') }), skipped);
    assert.deepEqual(compare({ status: 304, body: fp('e') }, { status: 304, body: fp('e') }), {
      result: 'match',
    });
  });

  it('answers from two different data versions are skipped, whatever they say; one or none told compares', () => {
    const differ = { result: 'skipped', reason: 'data_versions_differ' };
    const prod = (body: string, dataVersion?: string) => ({ status: 200, body: fp(body), dataVersion });
    assert.deepEqual(compare(prod('a', 'v1'), prod('b', 'v2')), differ);
    assert.deepEqual(compare(prod('a', 'v1'), { status: 500, body: fp('a'), dataVersion: 'v2' }), differ);
    assert.deepEqual(compare(prod('a', 'v1'), prod('a', 'v1')), { result: 'match' });
    assert.deepEqual(compare(prod('a', 'v1'), prod('b', 'v1')), { result: 'mismatch', reason: 'body' });
    assert.deepEqual(compare(prod('a', 'v1'), prod('b')), { result: 'mismatch', reason: 'body' });
    assert.deepEqual(compare(prod('a'), prod('a', 'v2')), { result: 'match' });
  });

  it('one combined pass strips what the rules one by one strip, case-sensitivity kept per rule', () => {
    const combined = createStripper(defaultIgnoreRules);
    const oneByOne = (body: Buffer) => {
      let text = body.toString('latin1');
      for (const r of defaultIgnoreRules) text = text.replace(r, (m) => m.replace(/[^"'<>]+/g, ''));
      return text;
    };
    const bodies = [
      page('/student/x', 'ok'),
      page('/noisy/1', 'changed'),
      'CSRF_token" value="a" XSRF-x content="b" REQUEST_ID: "r" Nonce="n" mon, 24 nov 2026 09:00:00 gmt',
      'at 2026-11-24t09:00:00Z and 2026-11-24T09:00:00Z, Tue, 24 Nov 2026 09:00:00 GMT',
    ];
    for (const b of bodies) assert.equal(combined(Buffer.from(b)), oneByOne(Buffer.from(b)));
    // The lowercase "t" is not an ISO separator, the lowercase HTTP date is not one: both stay.
    assert.match(combined(Buffer.from(bodies[3] as string)), /2026-11-24t09/);
    assert.match(combined(Buffer.from(bodies[2] as string)), /mon, 24 nov/);
  });

  it('rules that refer to their own groups, or carry other flags, are not combined', () => {
    assert.equal(combineRules([/(a)\1/g, /b/g]), undefined);
    assert.equal(combineRules([/^x/gm]), undefined);
    assert.ok(combineRules(defaultIgnoreRules));
    const stripBackref = createStripper([/(["'])x\1/g]);
    assert.equal(stripBackref(Buffer.from(`a "x" b 'x" c`)), `a "" b 'x" c`);
  });
});
