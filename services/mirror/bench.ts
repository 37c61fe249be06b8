// npm run bench:mirror — what the shadow proxy costs production. One run, 50 concurrent
// connections (autocannon, keep-alive), loopback only, bounded in time: requests/s and p50/p99
// latency direct to a production stand-in, then through the proxy with mirroring off, at 10%, at
// 100%, at 100% with the target hanging, and at 100% with noise learning (at its defaults, and on
// every copy); each as a ratio to direct. Comparison is on wherever mirroring is (the heavier case).
// Every server is its own process; the load generator is this one. Per proxy: the CPU time its
// process (digest workers included) spent per proxied request, and the second asks of production
// that noise learning added (as a share of the requests production got from clients).
//
// The first table goes as fast as it can (saturated: on a small machine it measures CPU shared by
// the load generator, the proxy and the stand-ins). The second runs the same scenarios at a fixed,
// unsaturated rate (requests evenly spaced over a pool of as many keep-alive connections): there the
// latency columns show what the proxy adds to one request rather than queueing.
//
//   BENCH_SECONDS (default 5) per run, BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 50), BENCH_RATE (default 200
//   req/s), BENCH_PATH (default a ~15 KB page).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import type { MirrorStats } from './admin.ts';
import { type MirrorProcess, startMirrorProcess, startStandinProcess } from './harness.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rate = Number(process.env.BENCH_RATE ?? 200);
const path = process.env.BENCH_PATH ?? '/student/s42?week=3';

interface Measured {
  /** Answers received. */
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

interface Scenario {
  name: string;
  /** The proxy's environment; undefined: direct to production. */
  mirror?: Record<string, string>;
}

interface Row {
  scenario: Scenario;
  m: Measured;
  /** The proxy's own figures for that run (differences of its counters). */
  mirrored: number | undefined;
  dropped: string | undefined;
  /** The proxy process's CPU time per proxied request (µs), over every round. */
  cpuUs: number | undefined;
  /** Second asks of production (noise learning) per client request production got, over every round. */
  reasks: number | undefined;
}

/** CPU time (user + system, ms) a process has used so far, from /proc (every thread: digest workers too). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of proc(5) (utime, stime), in clock ticks of 10 ms on Linux.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** One autocannon run; latencies are kept exactly (autocannon's own histogram rounds to 1 ms). */
function load(url: string, duration: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url: url + path, connections, duration }, (err, result) => {
      if (err) return reject(err);
      resolve(
        measured(
          latencies,
          result.requests.total,
          result.requests.total / duration,
          result.errors + result.timeouts + result.non2xx,
        ),
      );
    });
    instance.on('response', (_client, _status, _bytes, responseTime: number) => latencies.push(responseTime));
  });
}

/**
 * Requests evenly spaced at `perSecond` over a keep-alive pool of `connections` sockets, each timed
 * from send to the end of the answer. (autocannon's own rate limit sends each second's share in a
 * burst, which measures queueing again.)
 */
async function paced(url: string, duration: number, perSecond: number): Promise<Measured> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = http.get(url + path, { agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - t0);
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
    });
  const total = Math.round(duration * perSecond);
  const start = performance.now();
  const running: Array<Promise<void>> = [];
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / perSecond - performance.now();
    if (wait > 0) await sleep(wait);
    running.push(one());
  }
  await Promise.all(running);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return measured(latencies, latencies.length, latencies.length / elapsed, errors);
}

function measured(latencies: number[], requests: number, rps: number, errors: number): Measured {
  const sorted = Float64Array.from(latencies).sort();
  return { requests, rps, p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors };
}

function median(runs: Measured[]): Measured {
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return {
    requests: runs.reduce((n, m) => n + m.requests, 0),
    rps: mid(runs.map((m) => m.rps)),
    p50: mid(runs.map((m) => m.p50)),
    p99: mid(runs.map((m) => m.p99)),
    errors: runs.reduce((n, m) => n + m.errors, 0),
  };
}

function row(
  scenario: Scenario,
  m: Measured,
  cpu: number | undefined,
  before?: MirrorStats,
  after?: MirrorStats,
): Row {
  if (!before || !after || cpu === undefined)
    return { scenario, m, mirrored: undefined, dropped: undefined, cpuUs: undefined, reasks: undefined };
  const parts: string[] = [];
  for (const [reason, n] of Object.entries(after.dropped)) {
    const d = n - before.dropped[reason as keyof MirrorStats['dropped']];
    if (d > 0) parts.push(`${d} ${reason}`);
  }
  const proxied = after.proxied - before.proxied;
  const reasks = after.noise.learned + after.noise.failed - (before.noise.learned + before.noise.failed);
  return {
    scenario,
    m,
    mirrored: after.mirrored - before.mirrored,
    dropped: parts.join(', ') || '0',
    cpuUs: proxied > 0 ? (cpu * 1000) / proxied : undefined,
    reasks: proxied > 0 ? reasks / proxied : undefined,
  };
}

function table(rows: Row[]): string {
  const direct = rows[0]?.m as Measured;
  const ratio = (x: number, base: number) => (x / base).toFixed(2);
  const ms = (x: number) => x.toFixed(2);
  const lines = rows.map(({ scenario, m, mirrored, dropped, cpuUs, reasks }) => {
    const cells = [
      scenario.name,
      Math.round(m.rps),
      ratio(m.rps, direct.rps),
      ms(m.p50),
      ratio(m.p50, direct.p50),
      ms(m.p99),
      ratio(m.p99, direct.p99),
      m.errors,
      mirrored ?? '–',
      dropped ?? '–',
      cpuUs === undefined ? '–' : Math.round(cpuUs),
      reasks === undefined ? '–' : `${(100 * reasks).toFixed(2)}%`,
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    '| scenario | req/s | × direct | p50 ms | × direct | p99 ms | × direct | errors | mirrored | dropped | proxy CPU µs/req | 2nd asks |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...lines,
  ].join('\n');
}

const loadStart = loadavg()[0] ?? 0;
const logDir = mkdtempSync(join(tmpdir(), 'everyclass-mirror-bench-'));
const stops: Array<() => Promise<void>> = [];
try {
  const production = await startStandinProcess('ok', logDir);
  stops.push(production.stop);
  const staging = await startStandinProcess('ok', logDir);
  stops.push(staging.stop);
  const hanging = await startStandinProcess('hang', logDir);
  stops.push(hanging.stop);

  const on = (target: string, percent: string) => ({
    MIRROR_TARGET_URL: target,
    MIRROR_PERCENT: percent,
    MIRROR_COMPARE: 'true',
    MIRROR_MAX_INFLIGHT: '32',
    MIRROR_QUEUE: '128',
    MIRROR_TIMEOUT_MS: '2000',
  });
  const learning = { MIRROR_UPSTREAM_SHADOW_KEY: randomBytes(32).toString('hex') };
  const scenarios: Scenario[] = [
    { name: 'direct to production' },
    { name: 'proxy, mirroring off', mirror: {} },
    { name: 'proxy, 10%', mirror: on(staging.url, '10') },
    { name: 'proxy, 100%', mirror: on(staging.url, '100') },
    { name: 'proxy, 100%, target hanging', mirror: on(hanging.url, '100') },
    // Noise learning needs production's shadow key (the stand-in does not check the signature).
    { name: 'proxy, 100%, learning (1%, ≤2/s)', mirror: { ...on(staging.url, '100'), ...learning } },
    {
      name: 'proxy, 100%, learning every copy',
      mirror: {
        ...on(staging.url, '100'),
        ...learning,
        MIRROR_NOISE_PERCENT: '100',
        MIRROR_NOISE_MAX_PER_SECOND: '1000',
      },
    },
  ];

  // Every proxy runs from the start; the scenarios take turns, round after round, and each row is
  // the median of its rounds, so that a burst of other work on the machine lands on one round.
  const proxies: Array<{ scenario: Scenario; proxy: MirrorProcess | undefined; url: string }> = [];
  for (const scenario of scenarios) {
    const proxy = scenario.mirror
      ? await startMirrorProcess({ UPSTREAM_URL: production.url, ...scenario.mirror }, logDir)
      : undefined;
    if (proxy) stops.push(proxy.stop);
    proxies.push({ scenario, proxy, url: proxy?.url ?? production.url });
    await load(proxy?.url ?? production.url, 1); // warm-up: connections, JIT
  }
  const phase = async (name: string, run: (url: string) => Promise<Measured>): Promise<Row[]> => {
    const before = await Promise.all(proxies.map((p) => p.proxy?.stats()));
    const runs: Measured[][] = proxies.map(() => []);
    const cpu = proxies.map(() => 0);
    for (let r = 1; r <= rounds; r++) {
      for (const [i, p] of proxies.entries()) {
        process.stderr.write(`bench:mirror: ${name}, round ${r}/${rounds}: ${p.scenario.name}\n`);
        const pid = p.proxy?.proc.pid;
        const t0 = pid === undefined ? 0 : cpuMs(pid);
        runs[i]?.push(await run(p.url));
        // The copies' comparisons finish after the last answer: settle before reading the CPU time.
        await p.proxy?.settled();
        cpu[i] = (cpu[i] ?? 0) + (pid === undefined ? 0 : cpuMs(pid) - t0);
      }
    }
    const after = await Promise.all(proxies.map((p) => p.proxy?.stats()));
    return proxies.map((p, i) =>
      row(p.scenario, median(runs[i] ?? []), p.proxy ? cpu[i] : undefined, before[i], after[i]),
    );
  };
  const saturated = await phase('saturated', (url) => load(url, seconds));
  const steady = await phase(`${rate} req/s`, (url) => paced(url, seconds, rate));

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(
    `\nmirror benchmark: GET ${path} (~15 KB page), ${connections} connections, median of ${rounds} rounds ` +
      `of ${seconds}s per scenario (scenarios interleaved), ` +
      `${availableParallelism()} CPUs (${cpu}), node ${process.version}; the load generator, the proxy ` +
      'and the stand-ins share these CPUs; 1-minute load average ' +
      `${loadStart.toFixed(1)} before, ${loadavg()[0]?.toFixed(1)} after (anything else running skews the figures).\n\n` +
      `As fast as it goes (saturated):\n\n${table(saturated)}\n\n` +
      `At a fixed ${rate} req/s (unsaturated: the latency the proxy adds to one request):\n\n${table(steady)}\n`,
  );
} finally {
  for (const stop of stops.reverse()) await stop();
  rmSync(logDir, { recursive: true, force: true });
}
