// npm run bench:services [-- --scale 1 --tokens 1000 --seconds 5 --rounds 3]
// Starts its own FerretDB store, the entity and calendar services and a fair bare koa baseline on
// 127.0.0.1, imports the seeded data set, then measures and prints one table:
//   (1) .ics: cold generation (first request of a token, one at a time: median and p99), then
//       warm (cached) and 304 (If-None-Match) requests/s and p99 at 50 connections from wrk in its
//       own process, next to a bare koa app answering the same feed's bytes and headers
//       (services/bench/bare.ts), interleaved rounds, medians, ratios, CPU µs per request;
//   (2) GetTimetable over Twirp protobuf vs JSON: bytes on the wire and client encode+decode time;
//   (3) Search latency p50/p99.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, stopPid, waitFor } from '../../hack/localenv/processes.ts';
import { startStore } from '../../hack/localenv/store.ts';
import { everyclass } from '../../proto/generated/everyclass.js';
import { CalendarService, EntityService } from '../../proto/generated/services.ts';
import { generateUniversity } from '../data/generate.ts';
import { importSemester } from '../data/import.ts';
import { TwirpClient } from '../kit/twirp/client.ts';
import { decodeResponse, encodeRequest } from '../kit/twirp/codec.ts';
import { capture, startBare } from './capture.ts';
import { interleaved } from './rounds.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    tokens: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
  },
});
const scale = Number(args.scale);
const tokenCount = Number(args.tokens);
const seconds = Number(args.seconds);
const rounds = Number(args.rounds);
const connections = Number(args.connections);

const epb = everyclass.entity.v1;
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'everyclass-bench-'));
const children: ChildProcess[] = [];
/** Each started service's process id, for its CPU column. */
const pidOf: Record<string, number> = {};
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

async function start(name: string, script: string[], env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const out = openSync(join(dir, `${name}.log`), 'a');
  const child = spawn(process.execPath, script, {
    stdio: ['ignore', out, out],
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
  });
  children.push(child);
  pidOf[name] = child.pid ?? 0;
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    `${name}`,
    async () => ((await fetch(`${url}/${name === 'bare' ? '' : 'readyz'}`)).ok ? true : undefined),
    120_000,
  );
  return url;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** One GET from this process (no server here), timed to the end of its body; its ETag. */
function timedGet(url: string): Promise<{ ms: number; etag: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ ms: performance.now() - t0, etag: String(res.headers.etag ?? '') }));
      })
      .on('error', reject);
  });
}

const rows: string[][] = [];
const row = (...cells: Array<string | number>) => rows.push(cells.map(String));
let stopBare = async () => {};
const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');

try {
  const store = await startStore({ dir: join(dir, 'store') });
  const key = 'e'.repeat(64);
  const entity = await start('entity', [join(root, 'services/cli.ts'), 'entity'], {
    MONGO_URL: `${store.url}/bench`,
    ID_ENCRYPTION_KEY: key,
  });
  const data = generateUniversity({ seed: 2026, scale });
  const client = new TwirpClient(entity, EntityService);
  let t = Date.now();
  let version = '';
  for (const sem of data) version = (await importSemester(client, sem)).dataVersion;
  const importSeconds = (Date.now() - t) / 1000;
  t = Date.now();
  await waitFor(
    'catalog',
    async () => ((await client.call('GetDataVersion', {})).version === version ? true : undefined),
    600_000,
  );
  const loadSeconds = (Date.now() - t) / 1000;
  const sem = data[0]!;
  const enrollments = sem.enrollments?.length ?? 0;
  log(
    `imported ${data.length} semesters (${sem.students?.length} students, ${enrollments} enrollments each) in ${importSeconds} s`,
  );

  // Tokens in the calendar's memory: in production the identity service resolves them, and a
  // FerretDB lookup (a full scan) would measure the store rather than the calendar.
  const calendar = await start('calendar', [join(root, 'services/cli.ts'), 'calendar'], {
    ENTITY_URL: entity,
  });

  // Students with a timetable, their public ids, and a calendar token each.
  const codes = [...new Set(sem.enrollments!.map((e) => e.studentCode!))].slice(0, tokenCount);
  const ids: string[] = [];
  for (const code of codes) {
    const r = await client.call('Search', { query: code, kinds: [epb.Kind.STUDENT] });
    ids.push(r.groups[0]!.items![0]!.id!);
  }
  const calendarClient = new TwirpClient(calendar, CalendarService);
  const paths: string[] = [];
  for (const id of ids)
    paths.push(
      (
        await calendarClient.call('CreateToken', {
          studentId: id,
          semester: sem.semester!.name!,
        })
      ).path,
    );
  log(`${paths.length} calendar tokens`);

  // (1) .ics cold (first generation of each feed, one at a time), then warm and 304 under load
  const coldMs: number[] = [];
  const etags: string[] = [];
  for (const p of paths) {
    const r = await timedGet(calendar + p);
    coldMs.push(r.ms);
    etags.push(r.etag);
  }
  coldMs.sort((a, b) => a - b);
  const gzip = { 'accept-encoding': 'gzip' }; // as calendar clients send it
  const feed = await capture(calendar + paths[0]!, gzip);
  const bare = await startBare(feed, dir, gzip);
  stopBare = bare.stop;
  const bareEtag = feed.headers.find(([k]) => k.toLowerCase() === 'etag')?.[1] ?? '';
  const ours = { calendar: [pidOf.calendar ?? 0], entity: [pidOf.entity ?? 0], store: [store.pid] };
  const conditional = paths.map((p, i) => ({ path: p, headers: { 'If-None-Match': etags[i]! } }));
  const [bareWarm, warm, bare304, ours304] = await interleaved(
    [
      {
        name: 'bare koa, the same feed',
        url: bare.url + paths[0]!,
        headers: gzip,
        pids: { bare: [bare.pid] },
      },
      { name: 'calendar warm (cached)', url: calendar, headers: gzip, paths, pids: ours },
      {
        name: 'bare koa, 304',
        url: bare.url + paths[0]!,
        headers: { ...gzip, 'If-None-Match': bareEtag },
        pids: { bare: [bare.pid] },
      },
      { name: 'calendar 304 (If-None-Match)', url: calendar, headers: gzip, paths: conditional, pids: ours },
    ],
    { rounds, seconds, connections, log },
  );
  row(
    `(1) .ics, ${connections} connections (wrk), median of ${rounds}`,
    'req/s',
    'p99 ms',
    'vs its bare koa req/s',
    'CPU µs/request',
  );
  for (const [x, base] of [
    [bareWarm!, bareWarm!],
    [warm!, bareWarm!],
    [bare304!, bare304!],
    [ours304!, bare304!],
  ] as const)
    row(x.scenario.name, fmt(x.m.rps, 0), fmt(x.m.p99), fmt(x.m.rps / base.m.rps, 3), x.cpu);
  row(
    `calendar cold: ${coldMs.length} first generations, one at a time`,
    `median ${fmt(quantile(coldMs, 0.5), 2)} ms`,
    fmt(quantile(coldMs, 0.99)),
    `${Math.round(Buffer.from(feed.body, 'base64').length)} gzip bytes`,
    '',
  );

  // (2) GetTimetable: protobuf vs JSON
  const sample = ids.slice(0, 200);
  const sizes = { protobuf: { req: 0, res: 0 }, json: { req: 0, res: 0 } };
  const bodies: Record<'protobuf' | 'json', Uint8Array[]> = { protobuf: [], json: [] };
  for (const format of ['protobuf', 'json'] as const) {
    for (const id of sample) {
      const body = encodeRequest(
        EntityService,
        'GetTimetable',
        { id, semester: sem.semester!.name! },
        format,
      );
      const res = await fetch(`${entity}/twirp/everyclass.entity.v1.Entity/GetTimetable`, {
        method: 'POST',
        headers: { 'content-type': format === 'json' ? 'application/json' : 'application/protobuf' },
        body,
      });
      const buf = new Uint8Array(await res.arrayBuffer());
      sizes[format].req += typeof body === 'string' ? Buffer.byteLength(body) : body.length;
      sizes[format].res += buf.length;
      bodies[format].push(buf);
    }
  }
  const codec = (format: 'protobuf' | 'json') => {
    const rounds = 20;
    const started = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) {
      for (const [i, id] of sample.entries()) {
        encodeRequest(EntityService, 'GetTimetable', { id, semester: sem.semester!.name! }, format);
        decodeResponse(EntityService, 'GetTimetable', bodies[format][i]!, format);
      }
    }
    return Number(process.hrtime.bigint() - started) / 1e3 / (rounds * sample.length);
  };
  codec('protobuf');
  codec('json'); // warm up both
  const us = { protobuf: codec('protobuf'), json: codec('json') };
  const avg = (f: 'protobuf' | 'json') => (sizes[f].req + sizes[f].res) / sample.length;
  row('(2) GetTimetable (avg of 200 students)', 'bytes/call', 'enc+dec µs', 'json / protobuf', '');
  row('Twirp protobuf', fmt(avg('protobuf'), 0), fmt(us.protobuf), '1.00', '');
  row(
    'Twirp JSON',
    fmt(avg('json'), 0),
    fmt(us.json),
    `${fmt(avg('json') / avg('protobuf'), 2)} bytes, ${fmt(us.json / us.protobuf, 2)} time`,
    '',
  );

  // (3) Search latency, one call at a time, client-side
  const queries = [
    ...codes.slice(0, 100),
    ...sem.students!.slice(0, 100).map((s) => s.name!.slice(0, 2)),
    ...['wang', 'lixiao', 'zhangw', 'wxm', 'sjjg', 'gdsx', '高等数学', 'A-1', 'T1001', '2024'],
  ];
  const lat: number[] = [];
  for (let r = 0; r < 2; r++) {
    for (const q of queries) {
      const s = performance.now();
      await client.call('Search', { query: q });
      lat.push(performance.now() - s);
    }
  }
  lat.sort((a, b) => a - b);
  row('(3) Search (all four groups)', 'p50 ms', 'p99 ms', 'calls', '');
  row('Twirp protobuf, sequential', fmt(quantile(lat, 0.5), 2), fmt(quantile(lat, 0.99), 2), lat.length, '');
  row(
    'data set',
    `${data.length} semesters × ${sem.students?.length} students, ${sem.cards?.length} cards, ${enrollments} enrollments`,
    `import ${fmt(importSeconds)} s`,
    `catalog load ${fmt(loadSeconds)} s`,
    `load average ${loadavg()[0]?.toFixed(1)}`,
  );

  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const [head, ...rest] = rows.map(line);
  process.stdout.write(`\n${[head, rule, ...rest].join('\n')}\n`);
  await store.stop();
} finally {
  await stopBare();
  for (const c of children) if (c.pid) await stopPid(c.pid);
  rmSync(dir, { recursive: true, force: true });
}
