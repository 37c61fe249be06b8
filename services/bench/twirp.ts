// npm run bench:twirp [-- --seconds 3 --rounds 5 --concurrency 16]
// The Twirp client's cost per call, next to its anchor measured in the same run: a bare
// node:http request with a keep-alive agent posting the same bytes to the same upstream (the
// floor of any HTTP client on Node). The upstream is a separate process (twirp-standin.ts)
// answering one fixed protobuf body; the rounds interleave anchor and client, and the table
// gives medians: calls/s, the caller's CPU µs per call, the upstream's CPU µs per call.

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, stopPid, waitFor } from '../../hack/localenv/processes.ts';
import { everyclass } from '../../proto/generated/everyclass.js';
import { EntityService } from '../../proto/generated/services.ts';
import { TwirpClient } from '../kit/twirp/client.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '16' },
  },
});
const seconds = Number(args.seconds);
const rounds = Number(args.rounds);
const concurrency = Number(args.concurrency);
const pb = everyclass.entity.v1;
const PATH = '/twirp/everyclass.entity.v1.Entity/GetRoom';

/** CPU seconds (user + system) a process has used, from /proc. */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
}

type Call = () => Promise<unknown>;

/** Keeps `concurrency` calls in flight for `seconds`; calls/s and CPU µs per call on both sides. */
async function measure(call: Call, upstreamPid: number) {
  let calls = 0;
  const until = performance.now() + seconds * 1000;
  const cpu0 = process.cpuUsage();
  const up0 = cpuOf(upstreamPid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await call();
        calls++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    rps: calls / elapsed,
    callerUs: (cpu.user + cpu.system) / calls,
    upstreamUs: ((cpuOf(upstreamPid) - up0) * 1e6) / calls,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let child: ChildProcess | undefined;
try {
  const port = await freePort();
  child = spawn(process.execPath, [join(import.meta.dirname, 'twirp-standin.ts')], {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(port) },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor('stand-in', async () => ((await fetch(url, { method: 'POST' })).ok ? true : undefined));
  const body = Buffer.from(pb.GetRequest.encode({ id: 'r1' }).finish());

  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const anchor: Call = () =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: PATH,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/protobuf', 'content-length': body.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(pb.Room.decode(Buffer.concat(chunks))));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const client = new TwirpClient(url, EntityService);
  const twirp: Call = () => client.call('GetRoom', { id: 'r1' });

  await measure(anchor, child.pid!); // warm-up, both
  await measure(twirp, child.pid!);
  type Round = Awaited<ReturnType<typeof measure>>;
  const results: Record<'anchor' | 'twirp', Round[]> = { anchor: [], twirp: [] };
  for (let r = 0; r < rounds; r++) {
    results.anchor.push(await measure(anchor, child.pid!));
    results.twirp.push(await measure(twirp, child.pid!));
  }
  const m = (k: 'anchor' | 'twirp', f: 'rps' | 'callerUs' | 'upstreamUs') =>
    median(results[k].map((x) => x[f]));
  const rows = [
    [
      `GetRoom, protobuf, ${concurrency} in flight`,
      'calls/s',
      'caller CPU µs/call',
      'upstream CPU µs/call',
      'calls/s vs anchor',
    ],
    [
      'anchor: node:http keep-alive',
      m('anchor', 'rps').toFixed(0),
      m('anchor', 'callerUs').toFixed(1),
      m('anchor', 'upstreamUs').toFixed(1),
      '1.00',
    ],
    [
      'TwirpClient',
      m('twirp', 'rps').toFixed(0),
      m('twirp', 'callerUs').toFixed(1),
      m('twirp', 'upstreamUs').toFixed(1),
      (m('twirp', 'rps') / m('anchor', 'rps')).toFixed(2),
    ],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  process.stdout.write(
    `\n${rows.map(line).join('\n')}\n(medians of ${rounds} interleaved rounds of ${seconds} s; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})\n`,
  );
  agent.destroy();
} finally {
  if (child?.pid) await stopPid(child.pid);
}
