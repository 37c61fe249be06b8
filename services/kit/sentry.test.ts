// Error reporting goes to the DSN's endpoint when one is set (a local fake Sentry here), and
// nowhere when none is.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { createReporter, noReporter } from './sentry.ts';

describe('error reporting', () => {
  it('is a no-op without SENTRY_DSN', () => {
    assert.equal(createReporter(undefined, 'x'), noReporter);
  });

  describe('with a DSN', () => {
    let server: Server;
    const received: Array<{ url: string; body: string }> = [];
    before(async () => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          received.push({ url: req.url ?? '', body: body.toString('utf8') });
          res.writeHead(200).end('{}');
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    });
    after(() => new Promise<void>((r) => server.close(() => r())));

    it('sends the exception with the service tag to the DSN', async () => {
      const port = (server.address() as AddressInfo).port;
      const reporter = createReporter(`http://publickey@127.0.0.1:${port}/42`, 'entity');
      reporter.report(new Error('kaboom in a handler'), { requestId: 'r-1' });
      await reporter.flush();
      const hit = received.find((r) => r.url.startsWith('/api/42/envelope/'));
      assert.ok(hit, `an envelope reached the fake Sentry: ${received.map((r) => r.url).join(', ')}`);
      assert.match(hit.body, /kaboom in a handler/);
      assert.match(hit.body, /"service":"entity"/);
    });
  });
});
