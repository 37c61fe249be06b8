// The calendar app driven in-process with a fake entity service: conditional requests are
// answered without generating, the cache fills once, a data change invalidates it.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'light-my-request';
import { everyclass } from '../../proto/generated/everyclass.js';
import { defaultAppConfig } from '../kit/config.ts';
import { AppError } from '../kit/errors.ts';
import { silentLogger } from '../kit/log.ts';
import { createMetrics } from '../kit/metrics.ts';
import { createApp } from './app.ts';
import type { EntityApi } from './entity-client.ts';
import { MemoryTokenStore } from './tokens.ts';

const pb = everyclass.entity.v1;

describe('calendar app (fake entity)', () => {
  let server: Server;
  let url: string;
  let timetableCalls = 0;
  let version = 'v1';
  const tokens = new MemoryTokenStore();
  const entity: EntityApi = {
    getDataVersion: async () => ({ version, updatedAt: '2026-09-01T00:00:00.000Z' }),
    getTimetable: async (id, semester) => {
      timetableCalls++;
      if (id !== 'student-1') throw new AppError('not_found');
      return pb.Timetable.fromObject({
        owner: { kind: 'STUDENT', id, code: '1', name: '李雷' },
        semester: { name: semester, start: '2026-09-07', holidays: [] },
        dataVersion: version,
        cards: [
          {
            code: 'c1',
            courseName: '线性代数',
            weekday: 2,
            firstPeriod: 1,
            lastPeriod: 2,
            weeks: [1, 2],
            weekText: '1-2周',
            room: { code: 'B-1', name: 'B座1' },
            teachers: [{ name: '韩梅梅' }],
          },
        ],
      });
    },
  };

  before(async () => {
    const app = createApp({
      entity,
      tokens,
      app: defaultAppConfig,
      versionTtlMs: 0,
      logger: silentLogger(),
      metrics: createMetrics('calendar', { defaults: false }),
    });
    server = createServer(app.callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('generates once, then answers from the cache or with 304 without generating', async () => {
    const grant = await tokens.create('student-1', '2026-2027-1');
    const path = `${url}/calendar/ics/${grant.token}.ics`;
    timetableCalls = 0;
    const first = await fetch(path);
    assert.equal(first.status, 200);
    const text = await first.text();
    assert.match(text, /SUMMARY:线性代数@B座1/);
    assert.equal(timetableCalls, 1);
    const etag = first.headers.get('etag')!;
    const second = await fetch(path);
    assert.equal(await second.text(), text);
    const conditional = await fetch(path, { headers: { 'if-none-match': etag } });
    assert.equal(conditional.status, 304);
    assert.equal(timetableCalls, 1, 'neither the cached answer nor the 304 regenerated');

    version = 'v2';
    const changed = await fetch(path, { headers: { 'if-none-match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    assert.equal(timetableCalls, 2);
  });

  it('sends gzip to clients that accept it, plain text to the others', async () => {
    const grant = await tokens.create('student-1', '2026-2027-1');
    const path = `${url}/calendar/ics/${grant.token}.ics`;
    const gz = await fetch(path, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    const plain = await fetch(path, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(await gz.text(), await plain.text());
    assert.equal(plain.headers.get('vary'), 'Accept-Encoding');
  });

  it('renders in the configured zone (APP_CONFIG timezone), and another zone is another ETag', async () => {
    const grant = await tokens.create('student-1', '2026-2027-1');
    const path = `/calendar/ics/${grant.token}.ics`;
    const berlin = createApp({
      entity,
      tokens,
      app: { ...defaultAppConfig, timezone: 'Europe/Berlin' },
      versionTtlMs: 0,
      logger: silentLogger(),
      metrics: createMetrics('calendar', { defaults: false }),
    });
    const there = await inject(berlin.callback(), { url: path });
    assert.equal(there.statusCode, 200);
    assert.match(there.body, /DTSTART;TZID=Europe\/Berlin:20260908T080000/);
    assert.match(there.body, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin\r\n/);
    const here = await fetch(`${url}${path}`);
    assert.match(await here.text(), /DTSTART;TZID=Asia\/Shanghai:20260908T080000/);
    assert.notEqual(there.headers.etag, here.headers.get('etag'));
  });

  it('answers a token whose student vanished with 404', async () => {
    const grant = await tokens.create('student-gone', '2026-2027-1');
    const res = await fetch(`${url}/calendar/ics/${grant.token}.ics`);
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { code: string }).code, 'not_found');
  });

  it('labels requests in metrics by route pattern, not by token', async () => {
    const text = await (await fetch(`${url}/metrics`)).text();
    assert.match(text, /route="\/calendar\/ics\/:file"/);
    assert.ok(!/route="\/calendar\/ics\/[A-Za-z0-9_-]{24,}/.test(text));
  });
});
