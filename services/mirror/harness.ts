// Starting the mirror (and stand-ins) as real processes on loopback, for the integration tests and
// the benchmark. Not part of the service: nothing in main.ts imports it.
import { freePort, type Started, startProcess, stopPid, waitFor } from '../../hack/localenv/processes.ts';
import type { MirrorStats } from './admin.ts';
import type { MismatchSample } from './mismatches.ts';
import type { StandinMode } from './standin.test-support.ts';

export interface MirrorProcess {
  /** The proxied port. */
  url: string;
  /** host:port the client sends as Host. */
  host: string;
  /** The admin port. */
  admin: string;
  proc: Started;
  stats(): Promise<MirrorStats>;
  /** Waits until every sampled copy is accounted for (mirrored or dropped) and nothing runs. */
  settled(): Promise<MirrorStats>;
  mismatches(): Promise<MismatchSample[]>;
  stop(): Promise<void>;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

/** Runs `node <script>` with extra environment variables. */
function startNode(name: string, script: string, env: Record<string, string>, logDir: string): Started {
  return startProcess(name, process.execPath, [script], logDir, false, { ...process.env, ...env });
}

/** `node services/mirror/main.ts` on free loopback ports; resolves once /readyz answers 200. */
export async function startMirrorProcess(
  env: Record<string, string>,
  logDir: string,
  /** Another checkout's proxy (a benchmark's before/after in one run); default: this one's. */
  root?: string,
): Promise<MirrorProcess> {
  const port = await freePort();
  const adminPort = await freePort();
  const proc = startNode(
    `mirror-${port}`,
    root ? `${root}/services/mirror/main.ts` : 'services/mirror/main.ts',
    { HOST: '127.0.0.1', PORT: String(port), ADMIN_PORT: String(adminPort), LOG_LEVEL: 'warn', ...env },
    logDir,
  );
  const admin = `http://127.0.0.1:${adminPort}`;
  try {
    await waitFor(
      'the mirror to be ready',
      async () => ((await fetch(`${admin}/readyz`)).status === 200 ? true : undefined),
      20_000,
    );
  } catch (err) {
    await stopPid(proc.pid);
    throw err;
  }
  const stats = () => getJson<MirrorStats>(`${admin}/_mirror/stats`);
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    admin,
    proc,
    stats,
    settled: () =>
      waitFor('the mirrored copies to settle', async () => {
        const s = await stats();
        return s.inflight === 0 &&
          s.queued === 0 &&
          s.comparing === 0 &&
          s.mirrored + s.droppedTotal === s.sampled
          ? s
          : undefined;
      }),
    mismatches: async () =>
      (await getJson<{ samples: MismatchSample[] }>(`${admin}/_mirror/mismatches`)).samples,
    stop: () => stopPid(proc.pid),
  };
}

export interface StandinProcess {
  url: string;
  proc: Started;
  stop(): Promise<void>;
}

/** `node services/mirror/standin.test-support.ts` in the given mode on a free loopback port. */
export async function startStandinProcess(mode: StandinMode, logDir: string): Promise<StandinProcess> {
  const port = await freePort();
  const proc = startNode(
    `standin-${mode}-${port}`,
    'services/mirror/standin.test-support.ts',
    {
      STANDIN_PORT: String(port),
      STANDIN_MODE: mode,
    },
    logDir,
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`the ${mode} stand-in to listen`, async () => {
    // A hanging stand-in never answers: that it accepts the connection is enough.
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(200) }).catch((err: Error) =>
      err.name === 'TimeoutError' ? 'accepted' : undefined,
    );
    return res === undefined ? undefined : true;
  });
  return { url, proc, stop: () => stopPid(proc.pid) };
}
