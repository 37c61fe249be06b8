// The operator reads /_mirror/stats from pods whose image the resource's author chooses: the
// answer is read up to a bound, never whole (issue 13, finding 14).
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { createLogger } from '../runtime/log.ts';
import { httpStatsReader, maxStatsBytes } from './mirrorstats.ts';

const env = { metadata: { name: 'production', namespace: 'p' } } as unknown as EveryClassEnvironment;
const stats = { mirrored: 3, droppedTotal: 1, compared: { match: 2, mismatch: 1 } };

describe('mirror stats: bounded reads', () => {
  let server: http.Server;
  let url = '';
  let sent = 0;
  let pad = 0;

  before(async () => {
    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const head = `${JSON.stringify(stats).slice(0, -1)},"pad":"`;
      res.write(head);
      sent = head.length;
      const chunk = 'x'.repeat(64 << 10);
      const more = () => {
        while (sent < pad) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end('"}');
      };
      res.on('close', () => {});
      more();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_mirror/stats`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  const reader = () =>
    httpStatsReader({ urls: async () => [url], timeoutMs: 5000, log: createLogger('test', 'silent') });

  it('reads a normal answer', async () => {
    pad = 0;
    assert.deepEqual(await reader()(env), {
      mirrored: 3,
      dropped: 1,
      compared: 3,
      mismatches: 1,
      routes: [],
    });
  });

  it('gives up on an answer larger than the bound instead of reading it whole', async () => {
    pad = 32 << 20;
    assert.equal(await reader()(env), undefined);
    assert.ok(sent < pad, `the server could not send everything (${sent} of ${pad} bytes)`);
    assert.ok(maxStatsBytes <= 1 << 20);
  });
});
