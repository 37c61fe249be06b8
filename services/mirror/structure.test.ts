import assert from 'node:assert/strict';
import {
  compare,
  createStripper,
  defaultIgnoreRules,
  type Fingerprint,
  fingerprintBody,
  partsOfFingerprint,
} from './compare.ts';
import { NoiseMemory } from './noise.ts';
import { page } from './standin.test-support.ts';
import { CHANGES_KEPT, diffParts, kindOf, partsOf, redactValue } from './structure.ts';

const strip = createStripper(defaultIgnoreRules);
const limits = { maxBodyBytes: 1 << 20, maxParts: 5000 };
const fp = (body: string, type = 'text/html; charset=utf-8'): Fingerprint => {
  const f = fingerprintBody(strip, Buffer.from(body), undefined, kindOf(type), limits);
  assert.ok(f);
  return f;
};
const parts = (f: Fingerprint) => {
  const p = partsOfFingerprint(f);
  assert.ok(typeof p !== 'string', String(p));
  return p;
};

describe('structural comparison', () => {
  it('HTML: a changed label is found by its element path, with both values', () => {
    const a = fp(
      '<html><body><ul><li>一</li><li class="x">Room 1</li></ul><a href="/a">go</a></body></html>',
    );
    const b = fp(
      '<html><body><ul><li>一</li><li class="y">Room 2</li></ul><a href="/a">go</a></body></html>',
    );
    const diff = diffParts(parts(a), parts(b));
    assert.deepEqual(diff.paths, ['/html/body/ul/li[2]/@class', '/html/body/ul/li[2]/text()']);
    assert.equal(diff.count, 2);
    assert.deepEqual(diff.first, { path: '/html/body/ul/li[2]/@class', production: 'x', shadow: 'y' });
    assert.deepEqual(diff.changes, [
      { path: '/html/body/ul/li[2]/@class', production: 'x', shadow: 'y' },
      { path: '/html/body/ul/li[2]/text()', production: 'Room 1', shadow: 'Room 2' },
    ]);
    const v = compare({ status: 200, body: a }, { status: 200, body: b });
    assert.equal(v.result, 'mismatch');
    assert.equal(v.result === 'mismatch' && v.diff?.count, 2);
  });

  it('HTML: an element only one side has is a difference with a missing value', () => {
    const diff = diffParts(parts(fp('<p>a</p>')), parts(fp('<p>a</p><p>b</p>')));
    assert.deepEqual(diff.first, { path: '/p[2]/text()', production: undefined, shadow: 'b' });
  });

  it('keeps the values of the first CHANGES_KEPT differences only, and counts them all', () => {
    const list = (tag: string) =>
      fp(`<ul>${Array.from({ length: 20 }, (_, i) => `<li>${tag}${i}</li>`).join('')}</ul>`);
    const diff = diffParts(parts(list('a')), parts(list('b')));
    assert.equal(diff.count, 20);
    assert.equal(diff.changes.length, CHANGES_KEPT);
    assert.deepEqual(diff.changes[7], { path: '/ul/li[8]/text()', production: 'a7', shadow: 'b7' });
  });

  it('JSON: leaves by JSON path; a body that does not parse has no parts', () => {
    const type = 'application/json';
    const a = fp('{"rooms":[{"name":"A101","free":true}],"weird key":1,"e":{}}', type);
    const b = fp('{"rooms":[{"name":"A102","free":true}],"weird key":2,"e":{}}', type);
    assert.deepEqual(parts(a), [
      ['$.rooms[0].name', '"A101"'],
      ['$.rooms[0].free', 'true'],
      ['$["weird key"]', '1'],
      ['$.e', '{}'],
    ]);
    assert.deepEqual(diffParts(parts(a), parts(b)).paths, ['$.rooms[0].name', '$["weird key"]']);
    assert.equal(fp('{"a":', type).parts, 'unparsable');
    assert.deepEqual(compare({ status: 200, body: fp('{"a":', type) }, { status: 200, body: a }), {
      result: 'mismatch',
      reason: 'body',
    });
  });

  it('other types by line; too many parts are compared by digest only', () => {
    assert.deepEqual(partsOf('a\nb', 'text', 10), [
      ['line[1]', 'a'],
      ['line[2]', 'b'],
    ]);
    assert.equal(partsOf('<p>1</p>'.repeat(11), 'html', 10), 'too_many_parts');
    assert.equal(partsOf('[1,2,3]', 'json', 2), 'too_many_parts');
  });

  it('long values keep a prefix and a digest of the whole', () => {
    const [[, a]] = partsOf(`${'x'.repeat(300)}1`, 'text', 10) as [[string, string]];
    const [[, b]] = partsOf(`${'x'.repeat(300)}2`, 'text', 10) as [[string, string]];
    assert.ok(a.length <= 160 && b.length <= 160);
    assert.notEqual(a, b);
  });

  it('rule matches are blanked without breaking the markup around them', () => {
    const f = fp(page('/student/x', 'ok'));
    const title = parts(f).find(([p]) => p === '/html/head/title/text()');
    assert.deepEqual(title, ['/html/head/title/text()', '/student/x']);
  });

  it('values are redacted for samples: e-mail addresses, tokens, long numbers, length', () => {
    assert.equal(redactValue('mail li.lei@csu.edu.cn now'), 'mail <email> now');
    assert.equal(redactValue('token 9f8Kd0aZq1 and 20261234567'), 'token <token> and <digits>');
    assert.equal(redactValue('课程表'), '课程表');
    assert.equal(redactValue(undefined), null);
    assert.equal(redactValue('y'.repeat(200))?.length, 80);
  });
});

describe('noise left out of the comparison', () => {
  it('a random token nobody configured: a mismatch before learning, a match after; a changed label is still caught', () => {
    const noise = new NoiseMemory();
    const prod = () => fp(page('/noisy/a', 'ok'));
    const staging = () => fp(page('/noisy/a', 'ok'));
    const before = compare({ status: 200, body: prod() }, { status: 200, body: staging() });
    assert.equal(before.result, 'mismatch');

    // Production compared with production: the token's parts differ, nothing else.
    const learned = diffParts(parts(prod()), parts(prod()));
    assert.deepEqual(learned.paths, ['/html/body/span/@data-shard', '/html/body/span/text()']);
    noise.learn('/noisy', learned.paths);

    let mismatches = 0;
    for (let i = 0; i < 50; i++) {
      const v = compare(
        { status: 200, body: prod() },
        { status: 200, body: staging() },
        noise.isNoise('/noisy'),
      );
      if (v.result !== 'match') mismatches++;
      else assert.equal(v.ignored, 2);
    }
    assert.equal(mismatches, 0, 'no false mismatch after learning');

    const changed = fp(page('/noisy/changed', 'changed'));
    const v = compare(
      { status: 200, body: fp(page('/noisy/changed', 'ok')) },
      { status: 200, body: changed },
      noise.isNoise('/noisy'),
    );
    assert.equal(v.result, 'mismatch');
    assert.deepEqual(v.result === 'mismatch' && v.diff?.first, {
      path: '/html/body/h1/text()',
      production: '课程表',
      shadow: '本周课表',
    });
    assert.equal(v.result === 'mismatch' && v.diff?.count, 1);
  });
});

describe('rules on JSON answers', () => {
  it('apply to each leaf with its key, so the answer still parses and the rest is compared', () => {
    const type = 'application/json';
    const a = fp('{"requestId":"r-1","at":"2026-11-24T09:00:00Z","rooms":["A101"]}', type);
    const b = fp('{"requestId":"r-2","at":"2026-11-25T10:00:00Z","rooms":["A102"]}', type);
    const diff = diffParts(parts(a), parts(b));
    assert.deepEqual(diff.paths, ['$.rooms[0]']);
  });
});
