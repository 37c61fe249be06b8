// Services as real child processes on 127.0.0.1 with free ports; stopped in after hooks.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, stopPid, waitFor } from '../../../hack/localenv/processes.ts';

export interface RunningService {
  url: string;
  /** Where /readyz and /metrics answer: web's admin port, else `url`. */
  adminUrl: string;
  pid: number;
  logFile: string;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export const testKey = randomBytes(32).toString('hex');

export async function startService(
  name: 'entity' | 'calendar' | 'identity' | 'web',
  env: Record<string, string>,
  /** What to wait for: /readyz (default) 200, or only /healthz (a service waiting for its dependencies). */
  until: '/readyz' | '/healthz' = '/readyz',
): Promise<RunningService> {
  const dir = mkdtempSync(join(tmpdir(), `everyclass-${name}-`));
  const port = env.PORT ? Number(env.PORT) : await freePort();
  // web answers /readyz and /metrics on its admin port only.
  const adminPort = name === 'web' ? (env.ADMIN_PORT ? Number(env.ADMIN_PORT) : await freePort()) : undefined;
  const logFile = join(dir, `${name}.log`);
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [join(import.meta.dirname, '../../../services/cli.ts'), name], {
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      ...(adminPort === undefined ? {} : { ADMIN_PORT: String(adminPort) }),
      LOG_LEVEL: 'warn',
      ID_ENCRYPTION_KEY: testKey,
      ...env,
    },
  });
  const pid = child.pid;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  if (pid === undefined) throw new Error(`could not start ${name}`);
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  const url = `http://127.0.0.1:${port}`;
  const adminUrl = adminPort === undefined ? url : `http://127.0.0.1:${adminPort}`;
  const stop = async () => {
    await stopPid(pid);
    process.removeListener('exit', onExit);
  };
  try {
    await waitFor(
      `${name} ${until}`,
      async () =>
        (await fetch(`${until === '/readyz' ? adminUrl : url}${until}`)).status === 200 ? true : undefined,
      30_000,
    );
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
  }
  return { url, adminUrl, pid, logFile, exited, stop };
}

export interface TwirpReply {
  status: number;
  type: string;
  body: Buffer;
  json(): Record<string, unknown>;
}

/** A raw Twirp POST, for the error paths a well-behaved client never takes. */
export async function post(
  url: string,
  body: Uint8Array | string,
  headers: Record<string, string>,
): Promise<TwirpReply> {
  const res = await fetch(url, { method: 'POST', body, headers });
  const buf = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: buf,
    json: () => JSON.parse(buf.toString('utf8')) as Record<string, unknown>,
  };
}

/** Waits until the entity service answers from the given data version (it reloads after an import). */
export async function waitForDataVersion(entityUrl: string, version: string): Promise<void> {
  await waitFor(`entity data version ${version}`, async () => {
    const res = await post(`${entityUrl}/twirp/everyclass.entity.v1.Entity/GetDataVersion`, '{}', {
      'content-type': 'application/json',
    });
    return res.json().version === version ? true : undefined;
  });
}
