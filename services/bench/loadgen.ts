// The load generator of the saturated benchmarks: wrk (C, from Debian: hack/ensure-bench-packages.sh)
// in its own process, never in the process holding the server or the data set. A Lua script
// rotates through the paths, adds the headers, and reports wrk's figures as JSON, with its own CPU
// time (os.clock() is the process's CPU time, all threads), so each run says what the load cost.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Load {
  /** Requests completed per second. */
  rps: number;
  requests: number;
  p50: number;
  p99: number;
  /** Connect/read/write/timeout errors and answers outside 2xx–3xx. */
  errors: number;
  /** Bytes received per request (headers included). */
  bytes: number;
  /** wrk's own CPU time per request, µs. */
  loadgenUs: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Paths taken in turn (default: the URL's own), each optionally with headers of its own. */
  paths?: Array<string | { path: string; headers: Record<string, string> }>;
  headers?: Record<string, string>;
  /** wrk threads (default 1: the machine has two cores to share with the servers). */
  threads?: number;
}

const lua = (h: Record<string, string>) =>
  `{ ${Object.entries(h)
    .map(([k, v]) => `[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
    .join(', ')} }`;

const script = (paths: NonNullable<LoadOptions['paths']>, headers: Record<string, string>) => `
local common = ${lua(headers)}
local paths = { ${paths.map((p) => JSON.stringify(typeof p === 'string' ? p : p.path)).join(', ')} }
local own = { ${paths.map((p) => lua(typeof p === 'string' ? {} : p.headers)).join(', ')} }
local i = 0
for k, v in pairs(common) do wrk.headers[k] = v end
request = function()
  i = i + 1
  local n = (i % #paths) + 1
  local h = { Host = wrk.headers["Host"] }
  for k, v in pairs(common) do h[k] = v end
  for k, v in pairs(own[n]) do h[k] = v end
  return wrk.format(nil, paths[n], h)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"duration_us":%d,"bytes":%d,"errors":%d,"p50":%d,"p99":%d,"cpu_s":%f}\\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect + e.read + e.write + e.timeout + e.status,
    latency:percentile(50), latency:percentile(99), os.clock()))
end
`;

export async function wrk(url: string, o: LoadOptions): Promise<Load> {
  const u = new URL(url);
  const dir = mkdtempSync(join(tmpdir(), 'everyclass-wrk-'));
  try {
    const lua = join(dir, 'load.lua');
    writeFileSync(lua, script(o.paths ?? [u.pathname + u.search], o.headers ?? {}));
    const { stdout } = await run(
      'wrk',
      [
        `-t${o.threads ?? 1}`,
        `-c${o.connections}`,
        `-d${o.seconds}s`,
        '--timeout',
        '10s',
        '-s',
        lua,
        `${u.protocol}//${u.host}`,
      ],
      { maxBuffer: 1 << 20 },
    );
    const line = stdout.trim().split('\n').at(-1) ?? '';
    const r = JSON.parse(line) as {
      requests: number;
      duration_us: number;
      bytes: number;
      errors: number;
      p50: number;
      p99: number;
      cpu_s: number;
    };
    return {
      rps: r.requests / (r.duration_us / 1e6),
      requests: r.requests,
      p50: r.p50 / 1000,
      p99: r.p99 / 1000,
      errors: r.errors,
      bytes: r.bytes / Math.max(1, r.requests),
      loadgenUs: (r.cpu_s * 1e6) / Math.max(1, r.requests),
    };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('wrk is not installed: run hack/ensure-bench-packages.sh');
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The median of each figure over rounds (a burst of other work lands on one round). */
export function medianLoad(runs: Load[]): Load {
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return {
    rps: mid(runs.map((r) => r.rps)),
    requests: runs.reduce((n, r) => n + r.requests, 0),
    p50: mid(runs.map((r) => r.p50)),
    p99: mid(runs.map((r) => r.p99)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    bytes: mid(runs.map((r) => r.bytes)),
    loadgenUs: mid(runs.map((r) => r.loadgenUs)),
  };
}
