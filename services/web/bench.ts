// npm run bench:web (part of bench:services) — what a timetable page costs. One run, loopback,
// real processes (entity with a generated university on FerretDB, identity, calendar, web): the
// timetable page at 50 concurrent keep-alive connections, anonymous and logged in, each next to its
// fair baseline: a bare koa app in its own process answering the same bytes and headers that page
// answered (services/bench/bare.ts). The load generator is wrk in its own process; rounds are
// interleaved and each row is the median; each row gives the CPU µs per request of every process.
// Then the login cost: the KDF (scrypt) alone, and a whole login through the web.
//
//   BENCH_SECONDS (default 5) per run, BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 50),
//   BENCH_SCALE (default 0.05)
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, WebClient } from '../../test/integration/web-stack.ts';
import { mochaGlobalTeardown, useStore } from '../../test/support/localenv.ts';
import { capture, startBare } from '../bench/capture.ts';
import { interleaved, type LoadScenario } from '../bench/rounds.ts';
import { defaultKdf, hashPassword, verifyPassword } from '../identity/passwords.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const scale = Number(process.env.BENCH_SCALE ?? 0.05);
const PASSWORD = 'Bench-marks-are-not-passwords-42';

function sortedPercentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timeIt(n: number, f: () => Promise<unknown>): Promise<{ p50: number; max: number }> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: sortedPercentile(ms, 50), max: ms[ms.length - 1] ?? Number.NaN };
}

const f1 = (x: number) => x.toFixed(1);

async function main(): Promise<void> {
  process.stderr.write(`bench:web: starting the stack (scale ${scale}) ...\n`);
  const stack = await startStack({ scale, seed: 5 });
  const cleanup: Array<() => Promise<void>> = [];
  try {
    const sem = stack.data[0]!;
    const semester = sem.semester!.name!;
    const [owner, viewer] = sem.students!;
    const web = new WebClient(stack.web.url);
    const search = await web.get(`/search?q=${owner!.code}`);
    // An exact student number goes straight to the student's page.
    const id = /^\/student\/([\w-]+)$/.exec(search.location ?? '')?.[1];
    if (!id) throw new Error('bench: the student was not found through the web');
    const path = `/student/${id}?semester=${semester}&week=1`;
    const page = await web.get(path);
    if (page.status !== 200) throw new Error(`bench: ${path} answered ${page.status}`);

    // A logged-in viewer (registration through the outbox, as a student would).
    const me = new WebClient(stack.web.url);
    await me.get('/register');
    await me.post('/register', { code: viewer!.code! });
    await me.setPassword(await stack.mailLink(viewer!.code!), PASSWORD);
    const cookie = [...me.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

    const dir = mkdtempSync(join(tmpdir(), 'everyclass-web-bench-'));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    const bareFor = async (headers: Record<string, string>) => {
      const b = await startBare(await capture(stack.web.url + path, headers), dir, headers);
      cleanup.push(b.stop);
      return b;
    };
    const bareAnon = await bareFor({});
    const bareLogged = await bareFor({ cookie });
    const BARE_ANON = 'bare koa, the anonymous page (baseline)';
    const BARE_LOGGED = 'bare koa, the logged-in page (baseline)';
    const store = (await useStore()).pid; // the FerretDB the stack shares (visits are written there)
    const ours = {
      web: [stack.web.pid],
      entity: [stack.entity.pid],
      identity: [stack.identity.pid],
      store: [store],
    };
    const scenarios: Array<LoadScenario & { anchor?: string }> = [
      { name: BARE_ANON, url: bareAnon.url + path, pids: { bare: [bareAnon.pid] } },
      { name: 'timetable page, anonymous', url: stack.web.url + path, pids: ours, anchor: BARE_ANON },
      {
        name: BARE_LOGGED,
        url: bareLogged.url + path,
        headers: { cookie },
        pids: { bare: [bareLogged.pid] },
      },
      {
        name: 'timetable page, logged in',
        url: stack.web.url + path,
        headers: { cookie },
        pids: ours,
        anchor: BARE_LOGGED,
      },
    ];
    process.stderr.write(
      `bench:web: ${rounds} × ${seconds} s per scenario at ${connections} connections ...\n`,
    );
    const measured = await interleaved(scenarios, {
      rounds,
      seconds,
      connections,
      log: (l) => process.stderr.write(`bench:web: ${l}\n`),
    });
    const byName = new Map(measured.map((x) => [x.scenario.name, x.m]));

    // Login cost: the KDF alone, and whole logins through the web (form, CSRF, RPC, session).
    const hash = await hashPassword(PASSWORD);
    const kdfHash = await timeIt(10, () => hashPassword(PASSWORD));
    const kdfVerify = await timeIt(10, () => verifyPassword(PASSWORD, hash));
    const login = await timeIt(10, async () => {
      const c = new WebClient(stack.web.url);
      await c.get('/login');
      const r = await c.post('/login', { code: viewer!.code!, password: PASSWORD });
      if (r.status !== 303) throw new Error(`login answered ${r.status}`);
    });

    const cpu = `${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'cpu'}, load average ${loadavg()[0]?.toFixed(1)}`;
    const out = [
      '',
      `## web: timetable page — ${connections} connections, median of ${rounds} interleaved rounds of ${seconds} s, wrk in its own process, loopback, ${cpu}`,
      `page: GET /student/<id>?semester=${semester}&week=1 (${Math.round(measured[1]?.m.bytes ?? 0)} bytes on the wire, headers included); scale ${scale} university`,
      '',
      '| scenario | req/s | p50 ms | p99 ms | errors | bytes/answer | × its bare page | CPU µs/request |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
      ...measured.map(({ scenario: s, m, cpu }) => {
        const anchor = scenarios.find((x) => x.name === s.name)?.anchor;
        const base = anchor ? byName.get(anchor) : undefined;
        const ratio = base ? `**${(m.rps / base.rps).toFixed(3)}**` : '1';
        return `| ${s.name} | ${Math.round(m.rps)} | ${f1(m.p50)} | ${f1(m.p99)} | ${m.errors} | ${Math.round(m.bytes)} | ${ratio} | ${cpu} |`;
      }),
      '',
      `## identity: login cost — scrypt N=2^${defaultKdf.logN}, r=${defaultKdf.r}, p=${defaultKdf.p} (${(128 * 2 ** defaultKdf.logN * defaultKdf.r) >> 20} MiB per hash)`,
      '',
      '| step | p50 ms | max ms |',
      '|---|---:|---:|',
      `| KDF: hash a new password | ${f1(kdfHash.p50)} | ${f1(kdfHash.max)} |`,
      `| KDF: verify a password | ${f1(kdfVerify.p50)} | ${f1(kdfVerify.max)} |`,
      `| whole login through web (GET form + POST, identity RPC, session) | ${f1(login.p50)} | ${f1(login.max)} |`,
      '',
    ];
    process.stdout.write(out.join('\n'));
  } finally {
    for (const c of cleanup.reverse()) await c();
    await stack.stop();
    await mochaGlobalTeardown();
  }
}

await main();
