// Comparison you can act on, through the shadow proxy as a real process on loopback: noise learned
// from production itself (a random token nobody configured), and where two answers differ (an HTML
// label, a JSON field), against a staging stand-in whose release changed.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { waitFor } from '../../hack/localenv/processes.ts';
import { verifyShadow } from '../../services/kit/callers.ts';
import { type MirrorProcess, startMirrorProcess } from '../../services/mirror/harness.ts';
import { type Standin, startStandin } from '../../services/mirror/standin.test-support.ts';
import { closeClient, request } from './mirror-support.ts';

describe('mirror: comparison you can act on', function () {
  this.timeout(120_000);
  const logDir = mkdtempSync(join(tmpdir(), 'everyclass-mirror-compare-'));
  let production: Standin;
  let staging: Standin;
  const running = new Set<MirrorProcess>();
  /** Production's shadow key: the second asks of noise learning are signed with it. */
  const productionKey = randomBytes(32);
  /** A mirror at 100% with comparison from production into the changed staging stand-in. */
  const mirror = async (env: Record<string, string> = {}) => {
    const m = await startMirrorProcess(
      {
        UPSTREAM_URL: production.url,
        MIRROR_TARGET_URL: staging.url,
        MIRROR_PERCENT: '100',
        MIRROR_COMPARE: 'true',
        MIRROR_TIMEOUT_MS: '20000', // generous: a loaded test machine must not turn into drops
        MIRROR_UPSTREAM_SHADOW_KEY: productionKey.toString('hex'),
        ...env,
      },
      logDir,
    );
    running.add(m);
    return m;
  };

  before(async () => {
    production = await startStandin('ok');
    staging = await startStandin('changed');
  });
  afterEach(async () => {
    for (const m of running) await m.stop();
    running.clear();
    production.received.length = 0;
  });
  after(async () => {
    await production?.close();
    await staging?.close();
    closeClient();
    rmSync(logDir, { recursive: true, force: true });
  });

  describe('noise learned from production', () => {
    /** `n` sequential GETs of /noisy/<kind>/<i>, then the /noisy route's counts once all are compared. */
    const run = async (m: MirrorProcess, kind: string, n: number, from = 0) => {
      for (let i = 0; i < n; i++) assert.equal((await request(`${m.url}/noisy/${kind}/p${i}`)).status, 200);
      return waitFor('the /noisy copies to be compared', async () => {
        const s = await m.stats();
        const c = s.routes['/noisy'];
        return c && c.match + c.mismatch + c.skipped === from + n ? s : undefined;
      });
    };

    it('a random token nobody configured: every copy a mismatch without learning', async () => {
      const m = await mirror({ MIRROR_NOISE_PERCENT: '0' });
      const s = await run(m, 'same', 10);
      assert.deepEqual(s.routes['/noisy'], { match: 0, mismatch: 10, skipped: 0 });
      const [sample] = await m.mismatches();
      assert.match(sample?.diff?.path ?? '', /^\/html\/body\/span\//, JSON.stringify(sample));
      assert.equal(s.noise.learned, 0);
    });

    it('with learning (the defaults): 0% false mismatches, a changed label still caught, production asked a bounded few times more', async () => {
      const m = await mirror();
      const n = 30;
      const s = await run(m, 'same', n);
      assert.deepEqual(
        s.routes['/noisy'],
        { match: n, mismatch: 0, skipped: 0 },
        JSON.stringify([s.noise, await m.mismatches()]),
      );
      const learned = s.noise.routes['/noisy'];
      assert.ok(
        learned && learned.rounds >= 1 && learned.rounds === s.noise.learned,
        JSON.stringify(s.noise),
      );
      assert.deepEqual(learned.paths.sort(), ['/html/body/span/@data-shard', '/html/body/span/text()']);
      assert.equal(s.noise.failed, 0);
      assert.ok(s.noise.rescued >= n - 1, JSON.stringify(s.noise));
      // Warm-up (3 rounds) plus 1% of the rest, at most 2 per second (a burst of 2): a handful of extra GETs.
      const asked = production.received.filter((r) => r.url.startsWith('/noisy/'));
      assert.equal(asked.length, n + s.noise.learned);
      const again = asked.filter((r) => r.headers['x-everyclass-shadow'] === '1');
      assert.equal(again.length, s.noise.learned, 'second asks carry the shadow flag (no side effects)');
      for (const r of again) {
        const signature = String(r.headers['x-everyclass-shadow-signature']);
        assert.ok(verifyShadow([productionKey], signature, r.method, r.url), 'signed with production key');
      }
      const plain = asked.filter((r) => r.headers['x-everyclass-shadow'] === undefined);
      assert.equal(plain.length, n, "the client's own requests never carry it");
      assert.ok(s.noise.learned <= 3 + 5, `${s.noise.learned} second asks for ${n} copies`);

      const after = await run(m, 'changed', 5, n);
      assert.deepEqual(after.routes['/noisy'], { match: n, mismatch: 5, skipped: 0 });
      const samples = await m.mismatches();
      assert.equal(samples.length, 5);
      for (const sample of samples) {
        assert.match(sample.path, /^\/noisy\/changed\//);
        assert.deepEqual(sample.diff, {
          path: '/html/body/h1/text()',
          production: '课程表',
          shadow: '本周课表',
          differing: 1,
          paths: ['/html/body/h1/text()'],
          ignored: 2,
          changes: [{ path: '/html/body/h1/text()', production: '课程表', shadow: '本周课表' }],
        });
      }
    });

    it('JSON answers: a renamed room is found by its JSON path, timestamps and request ids left out', async () => {
      const m = await mirror();
      for (let i = 0; i < 3; i++) assert.equal((await request(`${m.url}/api/rooms?i=${i}`)).status, 200);
      const s = await waitFor('the /api copies to be compared', async () => {
        const now = await m.stats();
        return now.routes['/api']?.mismatch === 3 ? now : undefined;
      });
      assert.deepEqual(s.structure, { diffed: 3, unstructured: 0 });
      assert.deepEqual(s.noise.routes['/api']?.paths, [], 'nothing differs within production');
      for (const sample of await m.mismatches())
        assert.deepEqual(sample.diff, {
          path: '$.rooms[1].name',
          production: '"一教 202"',
          shadow: '"一教 203"',
          differing: 1,
          paths: ['$.rooms[1].name'],
          ignored: 0,
          changes: [{ path: '$.rooms[1].name', production: '"一教 202"', shadow: '"一教 203"' }],
        });
    });
  });

  describe('everyclass mirror diff', () => {
    /** The command line as a real process; resolves with its exit code and output. */
    const everyclass = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await promisify(execFile)(process.execPath, [
          'operator/src/cli/main.ts',
          ...args,
        ]);
        return { code: 0, stdout, stderr };
      } catch (err) {
        const e = err as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    };

    it('shows the latest mismatches by route as unified diffs, with counts and the noise left out', async () => {
      const m = await mirror();
      const paths = [
        ...Array.from({ length: 6 }, (_, i) => `/noisy/same/p${i}`),
        '/noisy/changed/p1?q=secret-value',
        '/noisy/changed/p2',
        '/course/9f8Kd0aZ7c',
        '/api/rooms?i=1',
      ];
      for (const p of paths) assert.equal((await request(`${m.url}${p}`)).status, 200);
      await waitFor('every copy to be compared', async () => {
        const s = await m.stats();
        return s.compared.match + s.compared.mismatch + s.compared.skipped === paths.length ? s : undefined;
      });
      const text = await everyclass('mirror', 'diff', 'staging', '--admin-url', m.admin);
      assert.equal(text.code, 0, text.stderr);
      const out = text.stdout;
      assert.match(
        out,
        /^Traffic mirrored into staging from http:\/\/127\.0\.0\.1:\d+ \(1 proxy pod, counted since /,
      );
      assert.match(out, /\n4 of 10 compared answers differ \(40%\)\n/);
      // The changed heading, with the random token of every /noisy page left out as learned noise.
      assert.match(
        out,
        /\n\/noisy {3}2 of 8 compared differ \(25%\); noise left out: 2 paths \(\/html\/body\/span\/@data-shard, \/html\/body\/span\/text\(\)\), learned in \d+ rounds?\n/,
      );
      assert.match(
        out,
        /\n {2}GET \/noisy\/changed\/:id {2}200 -> 200 {2}\S+ {2}1 part differs, 2 noise differences left out\n/,
      );
      assert.ok(
        out.includes(
          [
            '  --- production',
            '  +++ staging',
            '  @@ /html/body/h1/text() @@',
            '  -课程表',
            '  +本周课表',
          ].join('\n'),
        ),
        out,
      );
      assert.match(out, /\n {2}GET \/course\/:id {2}200 -> 500 {2}\S+ {2}status differs/);
      assert.ok(out.includes(['  @@ $.rooms[1].name @@', '  -"一教 202"', '  +"一教 203"'].join('\n')), out);
      // Redacted: no query string, no identifier.
      assert.ok(!out.includes('secret-value') && !out.includes('9f8Kd0aZ7c') && !out.includes('?'), out);

      const json = await everyclass('mirror', 'diff', 'staging', '--admin-url', m.admin, '-o', 'json');
      assert.equal(json.code, 0, json.stderr);
      const doc = JSON.parse(json.stdout) as {
        target: string;
        sources: Array<{
          pods: number;
          routes: Array<{ route: string; mismatch: number; samples: unknown[] }>;
        }>;
      };
      assert.equal(doc.target, 'staging');
      assert.deepEqual(
        doc.sources[0]?.routes.map((r) => [r.route, r.mismatch, r.samples.length]),
        [
          ['/noisy', 2, 2],
          ['/api', 1, 1],
          ['/course', 1, 1],
        ],
      );

      await m.stop();
      running.delete(m);
      const gone = await everyclass('mirror', 'diff', 'staging', '--admin-url', m.admin);
      assert.equal(gone.code, 4);
      assert.match(gone.stderr, /no mirror proxy answered/);
    });
  });

  describe('staging serving other course data than production', () => {
    afterEach(() => {
      production.dataVersion = undefined;
      staging.dataVersion = undefined;
    });
    /** `n` GETs of /room/<i> (a page the changed staging renders differently), then the /room counts. */
    const rooms = async (m: MirrorProcess, n: number, from = 0) => {
      for (let i = 0; i < n; i++) assert.equal((await request(`${m.url}/room/r${from + i}`)).status, 200);
      return waitFor('the /room copies to be compared', async () => {
        const s = await m.stats();
        const c = s.routes['/room'];
        return c && c.match + c.mismatch + c.skipped === from + n ? s : undefined;
      });
    };

    it('skips while the two data versions differ (saying why), and compares again once they agree', async () => {
      const m = await mirror({ MIRROR_NOISE_PERCENT: '0' });
      production.dataVersion = '2026-11-24T03:00:00.000Z#42';
      staging.dataVersion = '2026-11-20T03:00:00.000Z#40';
      const apart = await rooms(m, 6);
      assert.deepEqual(apart.routes['/room'], { match: 0, mismatch: 0, skipped: 6 });
      assert.equal(apart.skippedBy.data_versions_differ, 6);
      assert.equal(apart.mismatchRate, null, 'nothing compared: no rate to promote on');

      // The sync copied production's data: the same version, and staging's real change shows again.
      staging.dataVersion = production.dataVersion;
      const together = await rooms(m, 4, 6);
      assert.deepEqual(together.routes['/room'], { match: 0, mismatch: 4, skipped: 6 });
      assert.equal(together.skippedBy.data_versions_differ, 6);
      assert.equal(together.mismatchRate, 1);
    });
  });
});
