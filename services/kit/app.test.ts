import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'light-my-request';
import { pino } from 'pino';
import { createServiceApp, loggablePath, newRouter } from './app.ts';
import { createMetrics } from './metrics.ts';

describe('kit app', () => {
  let server: Server;
  let base = '';
  const lines: Array<Record<string, unknown>> = [];

  before(async () => {
    const router = newRouter();
    router.get('/ip', (ctx) => {
      ctx.body = { ip: ctx.ip };
    });
    router.get('/calendar/ics/:file', (ctx) => {
      ctx.body = 'BEGIN:VCALENDAR';
    });
    const logger = pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l)) });
    const app = createServiceApp({
      name: 't',
      logger,
      metrics: createMetrics('t', { defaults: false }),
      router,
    });
    server = createServer(app.callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('takes the client address the nearest proxy appended, not one the client wrote', async () => {
    const res = await fetch(`${base}/ip`, { headers: { 'x-forwarded-for': '203.0.113.9, 198.51.100.7' } });
    assert.deepEqual(await res.json(), { ip: '198.51.100.7' });
  });

  it('trusts as many trailing X-Forwarded-For entries as trustedProxyHops (2: the mirror proxy in front)', async () => {
    const router = newRouter();
    router.get('/ip', (ctx) => {
      ctx.body = { ip: ctx.ip };
    });
    const app = createServiceApp({
      name: 't',
      logger: pino({ level: 'silent' }),
      metrics: createMetrics('t', { defaults: false }),
      router,
      trustedProxyHops: 2,
    });
    const res = await inject(app.callback(), {
      url: '/ip',
      headers: { 'x-forwarded-for': '203.0.113.9, 198.51.100.7, 10.0.0.5' },
    });
    assert.deepEqual(res.json(), { ip: '198.51.100.7' });
  });

  it('never logs a calendar feed token', async () => {
    const res = await fetch(`${base}/calendar/ics/s3cr3t-Token_value.ics`);
    assert.equal(res.status, 200);
    const logged = lines.filter((l) => l.msg === 'request').map((l) => l.path);
    assert.ok(logged.includes('/calendar/ics/:token.ics'), JSON.stringify(logged));
    assert.ok(!JSON.stringify(lines).includes('s3cr3t'), 'the token appears in a log line');
  });

  it('logs each request once with the request id it answered with', async () => {
    const res = await fetch(`${base}/calendar/ics/x.ics`, { headers: { 'X-Request-Id': 'req-42.a' } });
    assert.equal(res.headers.get('x-request-id'), 'req-42.a');
    const logged = lines.filter((l) => l.msg === 'request' && l.requestId === 'req-42.a');
    assert.equal(logged.length, 1, JSON.stringify(lines.slice(-3)));
  });

  it('leaves other paths as they are', () => {
    assert.equal(loggablePath('/student/abc'), '/student/abc');
    assert.equal(loggablePath('/calendar/ics/x.ics'), '/calendar/ics/:token.ics');
  });
});
