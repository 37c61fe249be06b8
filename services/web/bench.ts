// npm run bench:web (part of bench:services) — what a timetable page costs. One run, loopback,
// real processes (entity with a generated university on FerretDB, identity, calendar, web): the
// timetable page at 50 concurrent keep-alive connections (autocannon), anonymous and logged in,
// next to a bare koa handler returning a constant page in its own process in the same run, with
// the ratio; then the login cost: the KDF (scrypt) alone, and a whole login through the web.
//
//   BENCH_SECONDS (default 5) per scenario, BENCH_CONNECTIONS (default 50), BENCH_SCALE (default 0.05)
import { spawn } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { freePort, stopPid, waitFor } from '../../hack/localenv/processes.ts';
import { startStack, WebClient } from '../../test/integration/web-stack.ts';
import { mochaGlobalTeardown } from '../../test/support/localenv.ts';
import { defaultKdf, hashPassword, verifyPassword } from '../identity/passwords.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const scale = Number(process.env.BENCH_SCALE ?? 0.05);
const PASSWORD = 'Bench-marks-are-not-passwords-42';

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  bytes: number;
}

function sortedPercentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** One autocannon run; every latency kept (its histogram rounds to whole milliseconds). */
function load(url: string, headers: Record<string, string> = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const run = autocannon({ url, connections, duration: seconds, headers }, (err, r) => {
      if (err) return reject(err);
      latencies.sort((a, b) => a - b);
      resolve({
        rps: r.requests.total / seconds,
        p50: sortedPercentile(latencies, 50),
        p99: sortedPercentile(latencies, 99),
        errors: r.errors + r.timeouts + r.non2xx,
        bytes: r.throughput.total / Math.max(1, r.requests.total),
      });
    });
    run.on('response', (_c, _status, _bytes, ms: number) => latencies.push(ms));
  });
}

/** A bare koa app answering a constant page, in its own process like the web service. */
async function startBaseline(body: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const code = `import Koa from 'koa'; const app = new Koa(); const body = process.env.BODY;
app.use((ctx) => { ctx.type = 'text/html; charset=utf-8'; ctx.body = body; });
app.listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, BODY: body },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor('baseline koa', async () => ((await fetch(url)).ok ? true : undefined), 10_000);
  return { url, stop: () => stopPid(child.pid ?? 0) };
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
  let baseline: { url: string; stop(): Promise<void> } | undefined;
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

    baseline = await startBaseline(page.body);
    process.stderr.write(`bench:web: ${seconds} s per scenario at ${connections} connections ...\n`);
    const bare = await load(`${baseline.url}/`);
    const anon = await load(stack.web.url + path);
    const logged = await load(stack.web.url + path, { cookie });

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
    const rows: Array<[string, Measured]> = [
      ['bare koa, constant page (baseline)', bare],
      ['timetable page, anonymous', anon],
      ['timetable page, logged in', logged],
    ];
    const out = [
      '',
      `## web: timetable page — ${connections} connections, ${seconds} s each, loopback, ${cpu}`,
      `page: GET /student/<id>?semester=${semester}&week=1 (${Math.round(anon.bytes)} bytes); scale ${scale} university`,
      '',
      '| scenario | req/s | p50 ms | p99 ms | errors | req/s vs baseline |',
      '|---|---:|---:|---:|---:|---:|',
      ...rows.map(
        ([name, m]) =>
          `| ${name} | ${Math.round(m.rps)} | ${f1(m.p50)} | ${f1(m.p99)} | ${m.errors} | ${(m.rps / bare.rps).toFixed(3)} |`,
      ),
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
    await baseline?.stop();
    await stack.stop();
    await mochaGlobalTeardown();
  }
}

await main();
