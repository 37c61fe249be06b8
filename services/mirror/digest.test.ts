import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { createNormaliser, defaultIgnoreRules } from './compare.ts';
import { createDigester, fingerprintPair } from './digest.ts';
import { page } from './standin.test-support.ts';

describe('body digests', () => {
  const body = Buffer.from(page('/student/x', 'ok'));
  const expected = createNormaliser(defaultIgnoreRules)(body);

  it('worker threads and inline give the same digests, compressed bodies decoded', async () => {
    const inline = createDigester({ rules: defaultIgnoreRules, maxBodyBytes: 1 << 20, workers: 0 });
    const pool = createDigester({ rules: defaultIgnoreRules, maxBodyBytes: 1 << 20, workers: 2 });
    try {
      assert.equal((await inline.digest(body, undefined))?.digest, expected);
      const other = Buffer.from(page('/student/x', 'ok')); // other timestamp, request id, token
      const results = await Promise.all([
        pool.digest(body, undefined),
        pool.digest(other, 'identity'),
        pool.digest(gzipSync(other), 'gzip'),
        pool.digest(body, 'compress'),
        pool.digest(undefined, undefined),
      ]);
      assert.deepEqual(
        results.map((r) => r?.digest),
        [expected, expected, expected, undefined, undefined],
      );
    } finally {
      await pool.close();
      await inline.close();
    }
  });

  it('a body inflating beyond the limit is not digested', async () => {
    const inline = createDigester({ rules: [], maxBodyBytes: 1000, workers: 0 });
    assert.equal(await inline.digest(gzipSync(Buffer.alloc(10_000)), 'gzip'), undefined);
  });

  it('when the workers are too far behind, bodies are skipped, not queued', async () => {
    const pool = createDigester({
      rules: defaultIgnoreRules,
      maxBodyBytes: 1 << 20,
      workers: 1,
      maxPending: 2,
    });
    try {
      const results = await Promise.all([1, 2, 3, 4].map(() => pool.digest(body, undefined)));
      assert.deepEqual(
        results.map((r) => r?.digest),
        [expected, expected, undefined, undefined],
      );
    } finally {
      await pool.close();
    }
  });

  it('splits two bodies into parts only when their digests differ', async () => {
    const pool = createDigester({ rules: defaultIgnoreRules, maxBodyBytes: 1 << 20, workers: 1 });
    try {
      const html = (p: string) => ({
        body: Buffer.from(`<html><body><p>${p}</p><p>at ${new Date().toISOString()}</p></body></html>`),
        encoding: undefined,
        contentType: 'text/html; charset=utf-8',
      });
      const same = await fingerprintPair(pool.digest, html('课程表'), html('课程表'));
      assert.deepEqual(
        same.map((f) => f?.parts),
        ['digest_only', 'digest_only'],
      );
      assert.equal(same[0]?.digest, same[1]?.digest);
      const differ = await fingerprintPair(pool.digest, html('课程表'), html('本周课表'));
      assert.notEqual(differ[0]?.digest, differ[1]?.digest);
      assert.match(differ[0]?.parts ?? '', /课程表/);
      assert.match(differ[1]?.parts ?? '', /本周课表/);
    } finally {
      await pool.close();
    }
  });
});
