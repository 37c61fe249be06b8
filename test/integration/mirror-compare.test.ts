// Comparison you can act on, through the shadow proxy as a real process on loopback: noise learned
// from production itself (a random token nobody configured), and where two answers differ (an HTML
// label, a JSON field), against a staging stand-in whose release changed.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
        });
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
