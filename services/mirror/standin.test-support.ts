// A stand-in for production or staging web, for the mirror's loopback tests and benchmark: a real
// node:http server on a socket that answers like a server-rendered page would (volatile timestamp,
// request id and CSRF token included) and records what it received. Modes make it a broken target.
//
//   node services/mirror/standin.test-support.ts          STANDIN_PORT=… STANDIN_MODE=ok|hang|error|changed
import { randomBytes, randomUUID } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Pages answer ?status=<code>, ?delay=<ms> and ?stall=<ms> when asked; /big is 256 KiB.
 * ok: pages; hang: accepts and never answers; error: 500 for everything; changed: like ok, but
 * /room pages differ in their content and /course answers 500 (a release with regressions).
 * /noisy pages carry a random token no rule knows (noise only learning finds); in changed mode,
 * /noisy/changed pages also have another heading (a changed label). /api paths answer JSON (a
 * free-room list with a timestamp and a request id); in changed mode its second room is renamed.
 */
export type StandinMode = 'ok' | 'hang' | 'error' | 'changed';

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Standin {
  url: string;
  port: number;
  received: Received[];
  /** What was sent back for requests carrying X-Test-Seq: the raw header list and the body. */
  sent: Map<string, { status: number; rawHeaders: string[]; body: Buffer }>;
  /** Requests the server is holding without answering (hang mode). */
  hanging(): number;
  /** Told as X-EveryClass-Data-Version on every answer while set (web's course data version). */
  dataVersion: string | undefined;
  close(): Promise<void>;
}

const filler = 'EveryClass 每课 — 课程表 timetable row with some typical markup. '.repeat(8);

/** A deterministic page around volatile parts (time, request id, CSRF token). */
export function page(path: string, mode: StandinMode): string {
  const rows = Array.from({ length: 24 }, (_, i) => `<tr><td>${i + 1}</td><td>${filler}</td></tr>`).join(
    '\n',
  );
  const changed = mode === 'changed' && path.startsWith('/room') ? '<p>new room layout</p>' : '';
  const noisy = path.startsWith('/noisy')
    ? [
        `<h1>${mode === 'changed' && path.startsWith('/noisy/changed') ? '本周课表' : '课程表'}</h1>`,
        `<span class="cache-key" data-shard="${randomBytes(3).toString('hex')}">${randomBytes(8).toString('hex')}</span>`,
      ].join('')
    : '';
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta name="csrf-token" content="${randomUUID().replaceAll('-', '')}">`,
    `<title>${path}</title></head><body>`,
    `<p>Generated at ${new Date().toISOString()} for request ${randomUUID()}</p>`,
    changed,
    noisy,
    `<table>${rows}</table>`,
    '</body></html>\n',
  ].join('\n');
}

/** The JSON answer of /api paths. */
export function apiAnswer(mode: StandinMode): string {
  return JSON.stringify({
    generatedAt: new Date().toISOString(),
    requestId: randomUUID(),
    rooms: [
      { name: '一教 101', free: [1, 2] },
      { name: mode === 'changed' ? '一教 203' : '一教 202', free: [3] },
    ],
  });
}

export async function startStandin(mode: StandinMode, port = 0, record = true): Promise<Standin> {
  const received: Received[] = [];
  const sent: Standin['sent'] = new Map();
  const held = new Set<http.ServerResponse>();
  const self: Standin = {
    url: '',
    port: 0,
    received,
    sent,
    hanging: () => held.size,
    dataVersion: undefined,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (record)
        received.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks),
        });
      if (mode === 'hang') {
        held.add(res);
        res.on('close', () => held.delete(res));
        return;
      }
      const query = new URL(req.url ?? '/', 'http://x').searchParams;
      const seq = req.headers['x-test-seq'];
      const status =
        mode === 'error' || (mode === 'changed' && path.startsWith('/course'))
          ? 500
          : Number(query.get('status') ?? 200);
      const body =
        req.method === 'POST'
          ? Buffer.from(`created ${Buffer.concat(chunks).length} bytes\n`)
          : path === '/big'
            ? Buffer.alloc(256 * 1024, 'abcdefghijklmnopqrstuvwxyz0123456789\n')
            : Buffer.from(path.startsWith('/api') ? apiAnswer(mode) : page(path, mode));
      const rawHeaders = [
        'Content-Type',
        path.startsWith('/api') ? 'application/json' : 'text/html; charset=utf-8',
        'Set-Cookie',
        'session=s3cr3t; HttpOnly; Path=/',
        'Set-Cookie',
        `seen=${Date.now()}; Path=/`,
        'X-Custom-Case',
        'Kept',
        'Cache-Control',
        'private, no-store',
      ];
      if (self.dataVersion) rawHeaders.push('X-EveryClass-Data-Version', self.dataVersion);
      if (typeof seq === 'string') sent.set(seq, { status, rawHeaders, body });
      const answer = () => {
        res.writeHead(status, rawHeaders);
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        // Streamed in pieces (chunked encoding), as a rendering server would; ?stall=<ms> pauses
        // after the first piece (an answer cut short when the client leaves meanwhile).
        const piece = 16 * 1024;
        res.write(body.subarray(0, piece));
        const rest = () => {
          if (res.destroyed) return;
          for (let i = piece; i < body.length; i += piece) res.write(body.subarray(i, i + piece));
          res.end();
        };
        const stall = Number(query.get('stall') ?? 0);
        if (stall > 0) setTimeout(rest, stall);
        else rest();
      };
      // ?delay=<ms>: a slow page (for draining tests).
      const delay = Number(query.get('delay') ?? 0);
      if (delay > 0) setTimeout(answer, delay);
      else answer();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  self.url = `http://127.0.0.1:${actual}`;
  self.port = actual;
  return self;
}

if (import.meta.main) {
  const mode = (process.env.STANDIN_MODE ?? 'ok') as StandinMode;
  if (!['ok', 'hang', 'error', 'changed'].includes(mode)) {
    process.stderr.write(
      `standin: STANDIN_MODE must be ok, hang, error or changed, got ${JSON.stringify(mode)}\n`,
    );
    process.exit(1);
  }
  const s = await startStandin(mode, Number(process.env.STANDIN_PORT ?? 0), false);
  process.stdout.write(`standin ${mode} listening on ${s.url}\n`);
  process.once('SIGTERM', () => void s.close().then(() => process.exit(0)));
}
