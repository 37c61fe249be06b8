// A MongoDB-wire store on loopback for tests and local runs: FerretDB 1.x with its
// SQLite backend. Within its limits (no transactions, no TTL, partial or text indexes,
// no $lookup) it answers the MongoDB drivers exactly as a mongod would.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { freePort, isAlive, startProcess, stopPid, waitFor } from './processes.ts';
import { tool } from './tools.ts';

export interface StoreState {
  dir: string;
  /** mongodb:// URL of the store (no database path; pick one per test). */
  url: string;
  pid: number;
}

export interface LocalStore extends StoreState {
  stop(): Promise<void>;
}

/**
 * Starts FerretDB with its data in `dir` (a store started again on the same dir finds its data), on
 * `port` (default: a free one; a chosen one lets a test start the store after the services).
 */
export async function startStore(opts: {
  dir: string;
  detached?: boolean;
  port?: number;
}): Promise<LocalStore> {
  const { dir } = opts;
  const detached = opts.detached ?? false;
  mkdirSync(join(dir, 'data'), { recursive: true });
  mkdirSync(join(dir, 'logs'), { recursive: true });
  mkdirSync(join(dir, 'ferretdb'), { recursive: true });
  const port = opts.port ?? (await freePort());
  const p = startProcess(
    'ferretdb',
    tool('ferretdb', 'ferretdb'),
    [
      '--handler=sqlite',
      `--sqlite-url=file:${join(dir, 'data')}/`,
      `--state-dir=${join(dir, 'ferretdb')}`, // FerretDB keeps its own state.json there
      `--listen-addr=127.0.0.1:${port}`,
      `--debug-addr=127.0.0.1:${await freePort()}`,
      '--telemetry=disable',
      '--log-level=warn',
    ],
    join(dir, 'logs'),
    detached,
  );
  const onExit = () => {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  if (!detached) process.once('exit', onExit);
  try {
    await waitFor(`FerretDB on 127.0.0.1:${port}`, () => canConnect(port), 30_000);
  } catch (err) {
    await stopPid(p.pid);
    const logFile = join(dir, 'logs', 'ferretdb.log');
    throw new Error(
      `${(err as Error).message}\n${existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : ''}`,
    );
  }
  const state: StoreState = { dir, url: `mongodb://127.0.0.1:${port}`, pid: p.pid };
  writeFileSync(join(dir, 'store.json'), JSON.stringify(state, null, 2));
  return {
    ...state,
    stop: async () => {
      await stopPid(p.pid);
      process.removeListener('exit', onExit);
    },
  };
}

export function attachStore(dir: string): StoreState | undefined {
  const f = join(dir, 'store.json');
  if (!existsSync(f)) return undefined;
  const state = JSON.parse(readFileSync(f, 'utf8')) as StoreState;
  return isAlive(state.pid) ? state : undefined;
}

export async function stopStoreAt(dir: string): Promise<boolean> {
  const state = attachStore(dir);
  if (state) await stopPid(state.pid);
  rmSync(dir, { recursive: true, force: true });
  return state !== undefined;
}

function canConnect(port: number): Promise<true | undefined> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port }, () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(undefined));
  });
}
