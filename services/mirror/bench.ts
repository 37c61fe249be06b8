// npm run bench:mirror — what the shadow proxy costs production, next to what a platform engineer
// would use instead: nginx (proxy_pass; its `mirror` directive). Loopback only, bounded in time.
//
// Every server is its own process: the production and staging stand-ins, a hanging target, one
// proxy per scenario, and one nginx (one worker) serving the anchor scenarios on four ports. The load
// generator is wrk, in its own process too (services/bench/loadgen.ts). Scenarios take turns, round
// after round; each row is the median of its rounds. Each row says how many µs of CPU each process
// spent per request, so a reader sees where the two cores went.
//
// The first table goes as fast as it can (saturated, 50 connections). The second runs the same
// scenarios at a fixed, unsaturated rate (requests evenly spaced over a keep-alive pool, sent from
// this process, which holds no server): its latency columns show what a proxy adds to one request.
// Comparison is on wherever our proxy mirrors (the heavier case); nginx only mirrors. Two rows run
// our proxy at 100% with noise learning (at its defaults, and on every copy); their "2nd asks"
// column is the second asks of production that learning added, as a share of the requests
// production got from clients.
//
//   BENCH_SECONDS (default 5) per run, BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 50),
//   BENCH_RATE (default 200 req/s), BENCH_PATH (default a ~15 KB page), BENCH_BEFORE (another
//   checkout, e.g. `git worktree add /tmp/before main`: its proxy runs the same scenarios in the same
//   rounds, so that a change is measured before and after on the same machine at the same moment).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuSnapshot, perRequest, withChildren } from '../bench/cpu.ts';
import { type Load, medianLoad, wrk } from '../bench/loadgen.ts';
import { type NginxScenario, nginxVersion, startNginx } from '../bench/nginx.ts';
import type { MirrorStats } from './admin.ts';
import { type MirrorProcess, startMirrorProcess, startStandinProcess } from './harness.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rate = Number(process.env.BENCH_RATE ?? 200);
const path = process.env.BENCH_PATH ?? '/student/s42?week=3';
const timeoutMs = 2000;

interface Scenario {
  name: string;
  /** Our proxy's environment (mirroring off: {}). */
  mirror?: Record<string, string>;
  /** The checkout whose proxy runs (default: this one). */
  root?: string;
  /** One of nginx's server blocks. */
  nginx?: NginxScenario;
  /** The rows this one is a ratio to (besides the first, direct). */
  anchors?: string[];
}

interface Runner {
  scenario: Scenario;
  url: string;
  proxy?: MirrorProcess;
  /** The server's processes, for its CPU column. */
  pids: number[];
}

interface Row {
  scenario: Scenario;
  m: Load;
  /** µs of CPU per request, per process group. */
  cpu: string;
  mirrored: number | undefined;
  dropped: string | undefined;
  /** Second asks of production (noise learning) per client request production got, over every round. */
  reasks: number | undefined;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Requests evenly spaced at `perSecond` over a keep-alive pool of `connections` sockets, each timed
 * from send to the end of the answer. (A generator's per-second rate limit sends each second's share
 * in a burst, which measures queueing again.)
 */
async function paced(url: string, duration: number, perSecond: number): Promise<Load> {
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
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const running: Array<Promise<void>> = [];
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / perSecond - performance.now();
    if (wait > 0) await sleep(wait);
    running.push(one());
  }
  await Promise.all(running);
  const elapsed = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu0);
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: latencies.length / elapsed,
    requests: latencies.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors,
    bytes: Number.NaN,
    loadgenUs: (used.user + used.system) / Math.max(1, latencies.length),
  };
}

/** The proxy's own figures for a phase (differences of its counters). */
function dropped(before?: MirrorStats, after?: MirrorStats): Pick<Row, 'mirrored' | 'dropped' | 'reasks'> {
  if (!before || !after) return { mirrored: undefined, dropped: undefined, reasks: undefined };
  const parts: string[] = [];
  for (const [reason, n] of Object.entries(after.dropped)) {
    const d = n - before.dropped[reason as keyof MirrorStats['dropped']];
    if (d > 0) parts.push(`${d} ${reason}`);
  }
  const proxied = after.proxied - before.proxied;
  const reasks = after.noise.learned + after.noise.failed - (before.noise.learned + before.noise.failed);
  return {
    mirrored: after.mirrored - before.mirrored,
    dropped: parts.join(', ') || '0',
    reasks: proxied > 0 ? reasks / proxied : undefined,
  };
}

function table(rows: Row[]): string {
  const byName = new Map(rows.map((r) => [r.scenario.name, r.m]));
  const direct = rows[0]?.m as Load;
  const ratio = (x: number, base: number) => (x / base).toFixed(2);
  const ms = (x: number) => x.toFixed(2);
  const lines = rows.map(({ scenario, m, cpu, mirrored, dropped, reasks }) => {
    const anchors = (scenario.anchors ?? []).map((a) => {
      const base = byName.get(a);
      return base ? `**${ratio(m.rps, base.rps)}** × ${a}` : '';
    });
    const cells = [
      scenario.name,
      Math.round(m.rps),
      ratio(m.rps, direct.rps),
      anchors.join('; ') || '–',
      ms(m.p50),
      ms(m.p99),
      `${m.p99 >= direct.p99 ? '+' : '−'}${ms(Math.abs(m.p99 - direct.p99))}`,
      m.errors,
      cpu,
      mirrored ?? '–',
      dropped ?? '–',
      reasks === undefined ? '–' : `${(100 * reasks).toFixed(2)}%`,
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    '| scenario | req/s | × direct | × anchor | p50 ms | p99 ms | p99 − direct | errors | CPU µs/request | mirrored | dropped | 2nd asks |',
    '|---|---:|---:|---|---:|---:|---:|---:|---|---:|---|---:|',
    ...lines,
  ].join('\n');
}

const loadStart = loadavg()[0] ?? 0;
const logDir = mkdtempSync(join(tmpdir(), 'everyclass-mirror-bench-'));
const stops: Array<() => Promise<void>> = [];
try {
  const version = nginxVersion();
  const production = await startStandinProcess('ok', logDir);
  stops.push(production.stop);
  const staging = await startStandinProcess('ok', logDir);
  stops.push(staging.stop);
  const hanging = await startStandinProcess('hang', logDir);
  stops.push(hanging.stop);
  const nginx = await startNginx(
    join(logDir, 'nginx'),
    { production: production.url, staging: staging.url, hanging: hanging.url },
    timeoutMs,
  );
  stops.push(nginx.stop);

  const on = (target: string, percent: string) => ({
    MIRROR_TARGET_URL: target,
    MIRROR_PERCENT: percent,
    MIRROR_COMPARE: 'true',
    MIRROR_MAX_INFLIGHT: '32',
    MIRROR_QUEUE: '128',
    MIRROR_TIMEOUT_MS: String(timeoutMs),
  });
  const NGINX_OFF = 'nginx proxy_pass (keepalive)';
  const NGINX_10 = 'nginx mirror 10%';
  const OURS_10 = 'proxy, 10%';
  const NGINX_HANG = 'nginx mirror 10%, target hanging';
  const scenarios: Scenario[] = [
    { name: 'direct to production' },
    { name: NGINX_OFF, nginx: 'off' },
    { name: 'proxy, mirroring off', mirror: {}, anchors: [NGINX_OFF] },
    { name: NGINX_10, nginx: 'mirror10' },
    { name: OURS_10, mirror: on(staging.url, '10'), anchors: [NGINX_10] },
    { name: 'nginx mirror 100%', nginx: 'mirror100' },
    { name: 'proxy, 100%', mirror: on(staging.url, '100'), anchors: ['nginx mirror 100%'] },
    { name: NGINX_HANG, nginx: 'hang10', anchors: [NGINX_10] },
    { name: 'proxy, 10%, target hanging', mirror: on(hanging.url, '10'), anchors: [OURS_10, NGINX_HANG] },
    { name: 'proxy, 100%, target hanging', mirror: on(hanging.url, '100'), anchors: ['proxy, 100%'] },
  ];
  // Noise learning needs production's shadow key (the stand-in does not check the signature).
  const learning = { MIRROR_UPSTREAM_SHADOW_KEY: randomBytes(32).toString('hex') };
  scenarios.push(
    {
      name: 'proxy, 100%, learning (1%, ≤2/s)',
      mirror: { ...on(staging.url, '100'), ...learning },
      anchors: ['proxy, 100%'],
    },
    {
      name: 'proxy, 100%, learning every copy',
      mirror: {
        ...on(staging.url, '100'),
        ...learning,
        MIRROR_NOISE_PERCENT: '100',
        MIRROR_NOISE_MAX_PER_SECOND: '1000',
      },
      anchors: ['proxy, 100%'],
    },
  );
  const before = process.env.BENCH_BEFORE;
  if (before) {
    const was = (name: string) => `${name} (before)`;
    scenarios.push(
      { name: was('proxy, mirroring off'), mirror: {}, root: before, anchors: ['proxy, mirroring off'] },
      { name: was(OURS_10), mirror: on(staging.url, '10'), root: before, anchors: [OURS_10] },
      { name: was('proxy, 100%'), mirror: on(staging.url, '100'), root: before, anchors: ['proxy, 100%'] },
      {
        name: was('proxy, 10%, target hanging'),
        mirror: on(hanging.url, '10'),
        root: before,
        anchors: ['proxy, 10%, target hanging'],
      },
    );
  }

  const runners: Runner[] = [];
  for (const scenario of scenarios) {
    if (scenario.mirror) {
      const proxy = await startMirrorProcess(
        { UPSTREAM_URL: production.url, ...scenario.mirror },
        logDir,
        scenario.root,
      );
      stops.push(proxy.stop);
      runners.push({ scenario, proxy, url: proxy.url, pids: [proxy.proc.pid] });
    } else if (scenario.nginx) {
      runners.push({ scenario, url: nginx.urls[scenario.nginx], pids: withChildren(nginx.proc.pid) });
    } else runners.push({ scenario, url: production.url, pids: [] });
  }
  for (const r of runners) await wrk(r.url + path, { connections, seconds: 1 }); // warm-up: JIT, pools

  const phase = async (name: string, run: (url: string) => Promise<Load>): Promise<Row[]> => {
    const before = await Promise.all(runners.map((r) => r.proxy?.stats()));
    const runs: Load[][] = runners.map(() => []);
    const used: Array<Record<string, number>> = runners.map(() => ({}));
    for (let round = 1; round <= rounds; round++) {
      for (const [i, r] of runners.entries()) {
        process.stderr.write(`bench:mirror: ${name}, round ${round}/${rounds}: ${r.scenario.name}\n`);
        const since = cpuSnapshot({
          server: r.pids,
          production: [production.proc.pid],
          staging: [staging.proc.pid],
        });
        const m = await run(r.url);
        runs[i]?.push(m);
        // The copies' comparisons finish after the last answer: settle before reading the CPU time.
        await r.proxy?.settled();
        const u = { loadgen: m.loadgenUs * m.requests, ...since() };
        for (const [k, v] of Object.entries(u))
          (used[i] as Record<string, number>)[k] = (used[i]?.[k] ?? 0) + v;
      }
    }
    const after = await Promise.all(runners.map((r) => r.proxy?.stats()));
    return runners.map((r, i) => {
      const m = medianLoad(runs[i] ?? []);
      const total = (runs[i] ?? []).reduce((n, x) => n + x.requests, 0);
      return {
        scenario: r.scenario,
        m,
        cpu: perRequest(used[i] ?? {}, total),
        ...dropped(before[i], after[i]),
      };
    });
  };
  const saturated = await phase('saturated', (url) => wrk(url + path, { connections, seconds }));
  const steady = await phase(`${rate} req/s`, (url) => paced(url, seconds, rate));

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(
    `\nmirror benchmark: GET ${path} (~15 KB page), ${connections} connections, median of ${rounds} rounds ` +
      `of ${seconds}s per scenario (scenarios interleaved), ${availableParallelism()} CPUs (${cpu}), ` +
      `node ${process.version}, ${version} (1 worker), wrk (1 thread) in its own process; ` +
      `mirror deadline ${timeoutMs} ms on both; 1-minute load average ${loadStart.toFixed(1)} before, ` +
      `${loadavg()[0]?.toFixed(1)} after (anything else running skews the figures). ` +
      'CPU µs/request: loadgen = wrk (saturated) or this process (paced), server = our proxy or nginx (master + worker).\n\n' +
      `As fast as it goes (saturated, wrk):\n\n${table(saturated)}\n\n` +
      `At a fixed ${rate} req/s (unsaturated: the latency a proxy adds to one request):\n\n${table(steady)}\n`,
  );
} finally {
  for (const stop of stops.reverse()) await stop();
  rmSync(logDir, { recursive: true, force: true });
}
