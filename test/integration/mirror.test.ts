// The shadow proxy as a real process on loopback (`node services/mirror/main.ts`), between a client
// and a production stand-in, copying into a staging stand-in (real node:http servers on sockets).
// No timing assertions here: latency is the benchmark's business (npm run bench:mirror).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from '../../hack/localenv/processes.ts';
import type { MirrorStats } from '../../services/mirror/admin.ts';
import { type MirrorProcess, startMirrorProcess } from '../../services/mirror/harness.ts';
import { type Standin, type StandinMode, startStandin } from '../../services/mirror/standin.test-support.ts';
import { closeClient, request } from './mirror-support.ts';

/** Runs `count` calls of `fn`, `concurrency` at a time. */
async function pool(count: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await fn(next++);
    }),
  );
}

const logDir = mkdtempSync(join(tmpdir(), 'everyclass-mirror-'));
const running = new Set<MirrorProcess>();

async function startMirror(env: Record<string, string>): Promise<MirrorProcess> {
  const m = await startMirrorProcess(env, logDir);
  running.add(m);
  return m;
}

async function stopMirror(m: MirrorProcess): Promise<void> {
  await m.stop();
  running.delete(m);
}

/** The end-to-end headers of an answer, in order (Date and connection management left out). */
function endToEnd(raw: string[]): string[] {
  const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2)
    if (!skip.has(raw[i]?.toLowerCase() ?? '')) out.push(raw[i] ?? '', raw[i + 1] ?? '');
  return out;
}

describe('mirror: the shadow proxy over loopback', function () {
  this.timeout(120_000);
  let production: Standin;
  const standins: Standin[] = [];
  const staging = async (mode: StandinMode) => {
    const s = await startStandin(mode);
    standins.push(s);
    return s;
  };
  /** A staging stand-in in `mode` and a mirror from production into it. */
  const mirrorInto = async (mode: StandinMode, env: Record<string, string>) => {
    const target = await staging(mode);
    const m = await startMirror({ UPSTREAM_URL: production.url, MIRROR_TARGET_URL: target.url, ...env });
    return { target, m };
  };

  before(async () => {
    production = await startStandin('ok');
  });
  beforeEach(() => {
    production.received.length = 0;
    production.sent.clear();
  });
  after(async () => {
    for (const m of running) await stopMirror(m);
    for (const s of standins.splice(0)) await s.close();
    await production?.close();
    closeClient();
    rmSync(logDir, { recursive: true, force: true });
  });

  it('copies 10% of 5,000 GETs (within 4σ), each copy flagged as shadow and without credentials', async () => {
    const { target, m } = await mirrorInto('ok', {
      MIRROR_PERCENT: '10',
      MIRROR_MAX_INFLIGHT: '64',
      MIRROR_QUEUE: '5000',
      MIRROR_TIMEOUT_MS: '30000',
    });
    const n = 5000;
    await pool(n, 16, async (i) => {
      const res = await request(`${m.url}/student/s${i}?week=3`, {
        headers: { Cookie: `sid=session-${i}`, Authorization: 'Bearer secret' },
      });
      assert.equal(res.status, 200);
    });
    const s = await m.settled();
    // Binomial(5000, 0.1): mean 500, σ = √(5000·0.1·0.9) ≈ 21.2; 4σ fails by chance about once in 15,000 runs.
    const sigma = Math.sqrt(n * 0.1 * 0.9);
    assert.ok(
      Math.abs(s.sampled - n * 0.1) <= 4 * sigma,
      `${s.sampled} of ${n} sampled, expected 500 ± ${4 * sigma}`,
    );
    assert.equal(s.proxied, n);
    assert.equal(s.droppedTotal, 0);
    assert.equal(s.mirrored, s.sampled);
    assert.equal(target.received.length, s.mirrored);
    const proxied = production.received.filter((r) => r.url !== '/healthz'); // /readyz asks production's
    assert.equal(proxied.length, n);
    for (const r of target.received) {
      assert.equal(r.headers['x-everyclass-shadow'], '1');
      assert.equal(r.headers['x-forwarded-host'], m.host);
      assert.equal(r.headers.host, `127.0.0.1:${target.port}`);
      assert.equal(r.headers.cookie, undefined);
      assert.equal(r.headers.authorization, undefined);
      assert.ok(Number(r.headers['x-everyclass-timeout-ms']) <= 30_000, 'the copy carries its deadline');
      assert.match(r.url, /^\/student\/s\d+\?week=3$/);
    }
    for (const r of proxied) {
      assert.equal(r.headers['x-everyclass-shadow'], undefined);
      assert.match(r.headers.cookie ?? '', /^sid=session-\d+$/);
      assert.equal(r.headers.authorization, 'Bearer secret');
    }
    await stopMirror(m);
  });

  it("sticky by cookie: a session's requests are mirrored all or none, sessions in the given share", async () => {
    const { target, m } = await mirrorInto('ok', {
      MIRROR_PERCENT: '30',
      MIRROR_STICKY: 'cookie:sid',
      MIRROR_QUEUE: '2000',
      MIRROR_TIMEOUT_MS: '30000',
    });
    const sessions = 300;
    const perSession = 4;
    await pool(sessions * perSession, 16, async (i) => {
      const session = i % sessions;
      const res = await request(`${m.url}/student/s${session}?r=${i}`, {
        headers: { Cookie: `theme=1; sid=k${session}` },
      });
      assert.equal(res.status, 200);
    });
    const s = await m.settled();
    assert.equal(s.droppedTotal, 0);
    const seen = new Map<string, number>();
    for (const r of target.received) {
      const session = /^\/student\/(s\d+)\?/.exec(r.url)?.[1] ?? '?';
      seen.set(session, (seen.get(session) ?? 0) + 1);
    }
    for (const [session, n] of seen)
      assert.equal(n, perSession, `session ${session}: ${n} of ${perSession} mirrored`);
    // Binomial(300, 0.3) over sessions: mean 90, σ ≈ 7.9.
    const sigma = Math.sqrt(sessions * 0.3 * 0.7);
    assert.ok(
      Math.abs(seen.size - sessions * 0.3) <= 4 * sigma,
      `${seen.size} of ${sessions} sessions mirrored`,
    );
    await stopMirror(m);
  });

  it('copies POST bodies when the policy allows POST, up to MIRROR_MAX_BODY_BYTES; production always gets the whole body', async () => {
    const { target, m } = await mirrorInto('ok', {
      MIRROR_PERCENT: '100',
      MIRROR_METHODS: 'GET,POST',
      MIRROR_MAX_BODY_BYTES: '65536',
    });
    const small = 'x'.repeat(40_000);
    const large = 'y'.repeat(200_000);
    assert.equal(
      (await request(`${m.url}/import`, { method: 'POST', body: small })).body.toString(),
      'created 40000 bytes\n',
    );
    assert.equal(
      (await request(`${m.url}/import`, { method: 'POST', body: large })).body.toString(),
      'created 200000 bytes\n',
    );
    const s = await m.settled();
    assert.equal(s.mirrored, 1);
    assert.equal(s.dropped.body_too_large, 1);
    assert.deepEqual(
      production.received.filter((r) => r.method === 'POST').map((r) => r.body.length),
      [40_000, 200_000],
    );
    assert.equal(target.received.length, 1);
    assert.equal(target.received[0]?.body.toString(), small);
    assert.equal(target.received[0]?.headers['content-length'], '40000');
    await stopMirror(m);
  });

  describe('at 100% with comparison, against a staging release that changed', () => {
    let m: MirrorProcess;
    let target: Standin;
    before(async () => {
      target = await staging('changed');
      m = await startMirror({
        UPSTREAM_URL: production.url,
        MIRROR_TARGET_URL: target.url,
        MIRROR_PERCENT: '100',
        MIRROR_COMPARE: 'true',
        MIRROR_SAMPLES: '10',
        MIRROR_TIMEOUT_MS: '20000', // generous: a loaded test machine must not turn into drops
      });
    });
    after(async () => {
      if (m) await stopMirror(m);
    });

    it('does not copy POST by default, copies HEAD; a forged shadow flag is neither passed to production nor copied', async () => {
      target.received.length = 0;
      const post = await request(`${m.url}/settings/privacy`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-EveryClass-Shadow': '1' },
        body: 'level=private',
      });
      assert.equal(post.status, 200);
      assert.equal(post.body.toString(), 'created 13 bytes\n');
      const forged = await request(`${m.url}/student/forged`, { headers: { 'X-EveryClass-Shadow': '1' } });
      assert.equal(forged.status, 200);
      const head = await request(`${m.url}/search`, { method: 'HEAD' });
      assert.equal(head.status, 200);
      await m.settled();
      const posted = production.received.find((r) => r.method === 'POST');
      assert.equal(posted?.body.toString(), 'level=private');
      // (No MIRROR_UPSTREAM_SHADOW_KEY here: no noise learning, whose second asks carry the flag.)
      for (const r of production.received) assert.equal(r.headers['x-everyclass-shadow'], undefined);
      assert.deepEqual(
        target.received.map((r) => `${r.method} ${r.url}`),
        ['HEAD /search'],
      );
    });

    it('a client that leaves mid-answer: production is let go, nothing compared, the proxy keeps serving', async () => {
      const before = await m.stats();
      await new Promise<void>((resolve, reject) => {
        const req = http.get(`${m.url}/big?stall=1000`, { agent: false }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', reject);
      });
      const s = await m.settled();
      assert.equal(s.sampled, before.sampled + 1);
      assert.deepEqual(s.compared, before.compared);
      assert.equal((await request(`${m.url}/after`)).status, 200);
    });

    it('finds the changed routes and no false mismatch on volatile fields', async () => {
      const before = await m.stats();
      const paths = [
        ...Array.from({ length: 20 }, (_, i) => `/student/s${i}?week=${i}`),
        ...Array.from({ length: 20 }, (_, i) => `/teacher/T${i}`),
        ...Array.from({ length: 20 }, (_, i) => `/room/A${i}?day=2`),
        ...Array.from({ length: 5 }, (_, i) => `/course/c${i}`),
        '/big',
      ];
      await pool(paths.length, 8, async (i) => {
        const res = await request(`${m.url}${paths[i]}`, { headers: { Cookie: 'sid=x' } });
        assert.equal(res.status, 200);
      });
      // Count only this test's routes: a copy from the previous test may still be compared meanwhile.
      const ours = (st: typeof before) =>
        ['/student', '/teacher', '/room', '/course', '/big']
          .map((r) => st.routes[r])
          .reduce((n, c) => n + (c ? c.match + c.mismatch + c.skipped : 0), 0);
      const s = await waitFor('every copy to be compared', async () => {
        const now = await m.stats();
        return ours(now) - ours(before) === paths.length ? now : undefined;
      });
      assert.equal(s.droppedTotal, 0);
      assert.deepEqual(s.routes['/student'], { match: 20, mismatch: 0, skipped: 0 });
      assert.deepEqual(s.routes['/teacher'], { match: 20, mismatch: 0, skipped: 0 });
      assert.deepEqual(s.routes['/room'], { match: 0, mismatch: 20, skipped: 0 });
      assert.deepEqual(s.routes['/course'], { match: 0, mismatch: 5, skipped: 0 });
      assert.deepEqual(s.routes['/big'], { match: 1, mismatch: 0, skipped: 0 });

      const samples = await m.mismatches();
      assert.equal(samples.length, 10, 'the last MIRROR_SAMPLES mismatches are kept');
      for (const sample of samples) {
        assert.ok(
          (sample.path === '/room/:id' && sample.reason === 'body' && sample.shadowStatus === 200) ||
            (sample.path === '/course/:id' && sample.reason === 'status' && sample.shadowStatus === 500),
          JSON.stringify(sample),
        );
        assert.equal(sample.productionStatus, 200);
      }
      const text = JSON.stringify(samples);
      assert.doesNotMatch(text, /\?|sid=|A\d|c\d/, 'no query strings, cookies or identifiers in samples');

      const metrics = (await request(`${m.admin}/metrics`)).body.toString();
      assert.match(
        metrics,
        /mirror_compared_requests_total\{route="\/room",result="mismatch",service="mirror"\} 20/,
      );
      assert.match(metrics, /mirror_mirrored_requests_total\{service="mirror"\} \d+/);
      assert.match(metrics, /mirror_target_duration_seconds_count\{service="mirror"\} \d+/);
    });
  });

  describe('a broken target never hurts production', () => {
    const limits = { MIRROR_MAX_INFLIGHT: '4', MIRROR_QUEUE: '8', MIRROR_TIMEOUT_MS: '300' };
    const cases: Array<{ name: string; mode: StandinMode | 'down'; check(s: MirrorStats): void }> = [
      {
        name: 'down (connection refused)',
        mode: 'down',
        check: (s) => {
          assert.ok(s.dropped.target_error > 0, JSON.stringify(s.dropped));
          assert.equal(s.mirrored, 0);
        },
      },
      {
        name: 'hanging (never answers)',
        mode: 'hang',
        check: (s) => {
          assert.ok(s.dropped.timeout > 0, JSON.stringify(s.dropped));
          assert.ok(s.dropped.queue_full > 0, JSON.stringify(s.dropped));
          assert.equal(s.mirrored, 0);
        },
      },
      {
        name: 'answering 500 to everything',
        mode: 'error',
        check: (s) => {
          // A 500 is an answer (mirrored, then a mismatch), not a target error.
          assert.ok(s.mirrored > 0);
          assert.equal(s.dropped.target_error, 0);
          assert.equal(s.compared.match, 0);
          assert.ok(s.compared.mismatch > 0);
        },
      },
    ];
    for (const c of cases) {
      it(`target ${c.name}: answers byte-identical and error-free, drops counted, bounds kept`, async () => {
        const targetUrl =
          c.mode === 'down' ? `http://127.0.0.1:${await freePort()}` : (await staging(c.mode)).url;
        const m = await startMirror({
          UPSTREAM_URL: production.url,
          MIRROR_TARGET_URL: targetUrl,
          MIRROR_PERCENT: '100',
          MIRROR_COMPARE: 'true',
          ...limits,
        });
        const n = 400;
        await pool(n, 16, async (i) => {
          const seq = String(i);
          const path = i % 10 === 0 ? '/big' : `/student/s${i}?status=${i % 7 === 0 ? 404 : 200}`;
          const res = await request(`${m.url}${path}`, { headers: { 'X-Test-Seq': seq, Cookie: 'sid=1' } });
          const sent = production.sent.get(seq);
          assert.ok(sent, `production answered request ${seq}`);
          assert.equal(res.status, sent.status);
          assert.deepEqual(endToEnd(res.rawHeaders), sent.rawHeaders);
          assert.ok(res.body.equals(sent.body), `body of request ${seq} is byte-identical`);
        });
        const s = await m.settled();
        assert.equal(s.proxied, n);
        assert.equal(s.sampled, n);
        assert.ok(s.inflightHighWater <= 4, `in flight at most 4, saw ${s.inflightHighWater}`);
        assert.ok(s.queueHighWater <= 8, `queued at most 8, saw ${s.queueHighWater}`);
        c.check(s);
        await stopMirror(m);
      });
    }
  });

  it('with no target it only forwards', async () => {
    const m = await startMirror({ UPSTREAM_URL: production.url, MIRROR_PERCENT: '100' });
    const s = await m.stats();
    assert.equal(s.enabled, false);
    assert.equal(s.target, null);
    assert.equal((await request(`${m.url}/student/x`)).status, 200);
    assert.equal((await m.stats()).sampled, 0);
    await stopMirror(m);
  });

  it('drains on SIGTERM: the in-flight request completes, hanging copies are let go, exit 0', async () => {
    // A copy deadline far beyond the test's own timeout: only letting the copies go lets it pass.
    const { m } = await mirrorInto('hang', { MIRROR_PERCENT: '100', MIRROR_TIMEOUT_MS: '600000' });
    for (let i = 0; i < 5; i++) assert.equal((await request(`${m.url}/student/h${i}`)).status, 200);
    const slow = request(`${m.url}/student/slow?delay=500`);
    await waitFor('production to receive the slow request', async () =>
      production.received.some((r) => r.url.startsWith('/student/slow')) ? true : undefined,
    );
    assert.equal((await m.stats()).inflight, 6);
    const exited = new Promise<number | null>((resolve) =>
      m.proc.child.once('exit', (code) => resolve(code)),
    );
    process.kill(m.proc.pid, 'SIGTERM');
    const res = await slow;
    assert.equal(res.status, 200);
    assert.match(res.body.toString(), /<\/html>\n$/);
    assert.equal(await exited, 0);
    running.delete(m);
    assert.equal(await m.stats().catch(() => 'closed'), 'closed', 'the admin port is closed too');
  });

  it('a bad variable is one line on stderr and exit code 1', () => {
    const run = spawnSync(process.execPath, ['services/mirror/main.ts'], {
      env: { ...process.env, UPSTREAM_URL: production.url, MIRROR_PERCENT: '150' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr,
      'everyclass-mirror: bad configuration: MIRROR_PERCENT must be a number from 0 to 100, got "150"\n',
    );
  });
});
