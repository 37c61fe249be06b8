// Services wait for MongoDB instead of exiting (issue 19): entity and identity as real processes,
// pointed at a loopback port where a FerretDB store is started only later, then stopped and
// started again. Throughout, /healthz answers and neither process restarts; /readyz says 503,
// naming mongo, exactly while the store is away.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from '../../../hack/localenv/processes.ts';
import { type LocalStore, startStore } from '../../../hack/localenv/store.ts';
import { type RunningService, startService, testKey } from './support.ts';

interface Readiness {
  status: number;
  body: { status?: string; checks?: Record<string, string> };
}

async function readyz(svc: RunningService): Promise<Readiness> {
  const res = await fetch(`${svc.adminUrl}/readyz`);
  return { status: res.status, body: (await res.json()) as Readiness['body'] };
}

describe('services wait for MongoDB instead of exiting (issue 19)', function () {
  this.timeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'everyclass-late-store-'));
  let port = 0;
  let store: LocalStore | undefined;
  const services: RunningService[] = [];
  const exits: string[] = [];

  const untilReady = (want: 200 | 503, what: string) =>
    waitFor(
      `${what}: /readyz ${want} from entity and identity`,
      async () => {
        const all = await Promise.all(services.map(readyz));
        return all.every((r) => r.status === want) ? all : undefined;
      },
      60_000,
    );
  const timed = async <T>(what: string, step: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const out = await step();
    console.log(`      ${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return out;
  };

  before(async () => {
    port = await freePort();
    const mongoUrl = `mongodb://127.0.0.1:${port}/late_${process.pid}`;
    const entity = await startService('entity', { MONGO_URL: mongoUrl, LOG_LEVEL: 'info' }, '/healthz');
    const identity = await startService(
      'identity',
      { MONGO_URL: mongoUrl, ENTITY_URL: entity.url, SESSION_KEY: testKey, LOG_LEVEL: 'info' },
      '/healthz',
    );
    services.push(entity, identity);
    for (const [name, svc] of [
      ['entity', entity],
      ['identity', identity],
    ] as const)
      void svc.exited.then((code) => exits.push(`${name} exited ${code}`));
  });
  after(async () => {
    for (const s of services) await s.stop();
    await store?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /healthz and names mongo in /readyz while nothing listens there', async () => {
    for (const svc of services) {
      const r = await readyz(svc);
      assert.equal(r.status, 503);
      assert.match(r.body.checks?.mongo ?? '', /^waiting for mongo for \d+s \(\d+ attempts?\)/);
    }
    // Past a failed attempt and its back-off: the services keep waiting, they do not give up.
    const waiting = await waitFor(
      'a second attempt',
      async () => {
        const all = await Promise.all(services.map(readyz));
        return all.every((r) => /\(([2-9]|\d\d+) attempts\)/.test(r.body.checks?.mongo ?? ''))
          ? all
          : undefined;
      },
      30_000,
    );
    for (const r of waiting)
      assert.match(r.body.checks?.mongo ?? '', /: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
    for (const svc of services) assert.equal((await fetch(`${svc.url}/healthz`)).status, 200);
    assert.equal((await readyz(services[1] as RunningService)).body.checks?.entity, 'ok');
    // Asked anyway, entity says it cannot answer yet, not that nobody exists.
    const res = await fetch(`${services[0]?.url}/twirp/everyclass.entity.v1.Entity/GetStudent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'anyone' }),
    });
    assert.equal(res.status, 503);
    assert.equal(((await res.json()) as { code: string }).code, 'unavailable');
    assert.deepEqual(exits, []);
  });

  it('turns ready once the store starts there, without a restart', async () => {
    store = await startStore({ dir, port });
    await timed('ready after the store started', () => untilReady(200, 'store started'));
    assert.deepEqual(exits, []);
    for (const svc of services)
      assert.match(readFileSync(svc.logFile, 'utf8'), /"msg":"dependency available"/);
  });

  it('turns unready when the store stops, and ready again by itself when it returns', async () => {
    await store?.stop();
    const down = await timed('unready after the store stopped', () => untilReady(503, 'store stopped'));
    for (const r of down) assert.notEqual(r.body.checks?.mongo, 'ok');
    for (const svc of services) assert.equal((await fetch(`${svc.url}/healthz`)).status, 200);
    store = await startStore({ dir, port });
    await timed('ready again after the store returned', () => untilReady(200, 'store returned'));
    assert.deepEqual(exits, [], 'no process restarted');
  });

  it('turns identity unready while its peer entity is away, and ready again when it returns', async () => {
    const [entity, identity] = services as [RunningService, RunningService];
    const entityPort = new URL(entity.url).port;
    await entity.stop();
    const r = await waitFor('identity unready', async () => {
      const x = await readyz(identity);
      return x.status === 503 ? x : undefined;
    });
    assert.equal(r.body.checks?.mongo, 'ok');
    assert.match(r.body.checks?.entity ?? '', /fetch failed|ECONNREFUSED/);
    const again = await startService('entity', {
      MONGO_URL: `mongodb://127.0.0.1:${port}/late_${process.pid}`,
      PORT: entityPort,
    });
    services[0] = again;
    await waitFor('identity ready again', async () =>
      (await readyz(identity)).status === 200 ? true : undefined,
    );
    assert.ok(!exits.some((e) => e.startsWith('identity')), exits.join(', '));
  });
});
