// npm run bench:mirror — what the shadow proxy costs production. One run, 50 concurrent
// connections (autocannon, keep-alive), loopback only, bounded in time: requests/s and p50/p99
// latency direct to a production stand-in, then through the proxy with mirroring off, at 10%, at
// 100%, and at 100% with the target hanging; each as a ratio to direct. Comparison is on wherever
// mirroring is (the heavier case). Every server is its own process; the load generator is this one.
//
//   BENCH_SECONDS (default 8) per scenario, BENCH_CONNECTIONS (default 50), BENCH_PATH.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { MirrorStats } from './admin.ts';
import { startMirrorProcess, startStandinProcess } from './harness.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const path = process.env.BENCH_PATH ?? '/student/s42?week=3';

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
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
      const sorted = Float64Array.from(latencies).sort();
      resolve({
        rps: result.requests.total / duration,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        requests: result.requests.total,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime: number) => latencies.push(responseTime));
  });
}

interface Scenario {
  name: string;
  /** undefined: direct to production. */
  mirror?: Record<string, string>;
}

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
  const scenarios: Scenario[] = [
    { name: 'direct to production' },
    { name: 'proxy, mirroring off', mirror: {} },
    { name: 'proxy, 10%', mirror: on(staging.url, '10') },
    { name: 'proxy, 100%', mirror: on(staging.url, '100') },
    { name: 'proxy, 100%, target hanging', mirror: on(hanging.url, '100') },
  ];

  const rows: Array<{ s: Scenario; m: Measured; stats: MirrorStats | undefined }> = [];
  for (const s of scenarios) {
    process.stderr.write(`bench:mirror: ${s.name} (${seconds}s at ${connections} connections)…\n`);
    const proxy = s.mirror
      ? await startMirrorProcess({ UPSTREAM_URL: production.url, ...s.mirror }, logDir)
      : undefined;
    try {
      const url = proxy?.url ?? production.url;
      await load(url, 1); // warm-up: connections, JIT
      const m = await load(url, seconds);
      rows.push({ s, m, stats: await proxy?.stats() });
    } finally {
      await proxy?.stop();
    }
  }

  const direct = rows[0]?.m as Measured;
  const ratio = (x: number, base: number) => (x / base).toFixed(2);
  const ms = (x: number) => x.toFixed(2);
  const table = [
    '| scenario | req/s | × direct | p50 ms | × direct | p99 ms | × direct | errors | mirrored | dropped |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows
      .map(({ s, m, stats }) =>
        [
          s.name,
          Math.round(m.rps),
          ratio(m.rps, direct.rps),
          ms(m.p50),
          ratio(m.p50, direct.p50),
          ms(m.p99),
          ratio(m.p99, direct.p99),
          m.errors + m.non2xx,
          stats ? stats.mirrored : '–',
          stats ? dropped(stats) : '–',
        ].join(' | '),
      )
      .map((r) => `| ${r} |`),
  ];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(
    `\nmirror benchmark: ${connections} connections, ${seconds}s per scenario, GET ${path} (~15 KB page), ` +
      `${availableParallelism()} CPUs (${cpu}), node ${process.version}; load generator, proxy and stand-ins share them.\n\n` +
      `${table.join('\n')}\n`,
  );
} finally {
  for (const stop of stops.reverse()) await stop();
  rmSync(logDir, { recursive: true, force: true });
}

function dropped(s: MirrorStats): string {
  const parts = Object.entries(s.dropped)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${n} ${r}`);
  return parts.length === 0 ? '0' : parts.join(', ');
}
