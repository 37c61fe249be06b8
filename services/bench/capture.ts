// One answer of a real service, as the fair bare baseline (bare.ts) replays it: status, the headers
// a handler sets (those node:http sets itself on every answer are left out) and the body bytes as
// sent (gzip included when the request asked for it).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { freePort, stopPid, waitFor } from '../../hack/localenv/processes.ts';

export interface Captured {
  status: number;
  headers: Array<[string, string]>;
  body: string; // base64
}

const transport = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

export function capture(url: string, headers: Record<string, string> = {}): Promise<Captured> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const h: Array<[string, string]> = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const k = res.rawHeaders[i] ?? '';
            if (!transport.has(k.toLowerCase())) h.push([k, res.rawHeaders[i + 1] ?? '']);
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: h,
            body: Buffer.concat(chunks).toString('base64'),
          });
        });
      })
      .on('error', reject);
  });
}

export interface Bare {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Throws unless the bare app answers what was captured: same status, headers and body bytes. */
async function verify(url: string, captured: Captured, headers: Record<string, string>): Promise<void> {
  const again = await capture(url, headers);
  const norm = (c: Captured) =>
    JSON.stringify([c.status, c.headers.map(([k, v]) => [k.toLowerCase(), v]), c.body]);
  if (norm(again) !== norm(captured))
    throw new Error(
      `the bare baseline does not answer as the service did:\n${JSON.stringify(captured.headers)}\n${JSON.stringify(again.headers)}`,
    );
}

/** Starts bare.ts in its own process, answering `captured` (checked: same bytes and headers). */
export async function startBare(
  captured: Captured,
  dir: string,
  headers: Record<string, string> = {},
): Promise<Bare> {
  const port = await freePort();
  const file = join(dir, `bare-${port}.json`);
  writeFileSync(file, JSON.stringify(captured));
  const child = spawn(process.execPath, [join(import.meta.dirname, 'bare.ts')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), BARE_RESPONSE: file },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopPid(child.pid ?? 0);
  try {
    await waitFor(
      'the bare koa baseline',
      async () => ((await fetch(url)).status > 0 ? true : undefined),
      10_000,
    );
    await verify(url, captured, headers);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, pid: child.pid ?? 0, stop };
}
