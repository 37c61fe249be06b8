// The Twirp server and client over loopback: a tiny service built from generated messages.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { everyclass } from '../../proto/generated/everyclass.js';
import { type CallContext, createServiceApp, newRouter } from './app.ts';
import { AppError } from './errors.ts';
import { silentLogger } from './log.ts';
import { createMetrics } from './metrics.ts';
import { mountTwirp, rpc, TwirpClient, TwirpError } from './twirp.ts';

const pb = everyclass.entity.v1;
const SERVICE = 'test.v1.Test';
const methods = {
  Echo: { input: pb.GetRequest, output: pb.Room, idempotent: true },
  Flaky: { input: pb.GetRequest, output: pb.Room, idempotent: true },
  FlakyWrite: { input: pb.GetRequest, output: pb.Room, idempotent: false },
  Slow: { input: pb.GetRequest, output: pb.Room, idempotent: true },
};

describe('Twirp server and client', () => {
  let server: Server;
  let url: string;
  let flakyCalls = 0;
  let seen: CallContext | undefined;

  before(async () => {
    const router = newRouter();
    const unavailableOnce = async () => {
      flakyCalls++;
      if (flakyCalls % 2 === 1) throw new AppError('unavailable');
      return { code: 'ok' };
    };
    mountTwirp(router, SERVICE, {
      Echo: rpc(pb.GetRequest, pb.Room, async (req, call) => {
        seen = call;
        if (req.id === 'missing') throw new AppError('not_found', 'no such thing');
        if (req.id === 'boom') throw new Error('secret internal detail');
        return { code: req.id, name: `名字 ${req.id}`, capacity: 42 };
      }),
      Flaky: rpc(pb.GetRequest, pb.Room, unavailableOnce),
      FlakyWrite: rpc(pb.GetRequest, pb.Room, unavailableOnce, false),
      Slow: rpc(pb.GetRequest, pb.Room, async () => {
        await new Promise((r) => setTimeout(r, 2000));
        return { code: 'late' };
      }),
    });
    const app = createServiceApp({
      name: 'test',
      logger: silentLogger(),
      metrics: createMetrics('test', { defaults: false }),
      router,
    });
    server = createServer(app.callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  for (const format of ['protobuf', 'json'] as const) {
    it(`round-trips a call in ${format}`, async () => {
      const client = new TwirpClient(url, SERVICE, { format });
      const res = await client.call('Echo', methods.Echo, { id: 'A-101' });
      assert.equal(res.code, 'A-101');
      assert.equal(res.name, '名字 A-101');
      assert.equal(res.capacity, 42);
    });

    it(`carries errors as Twirp codes in ${format}`, async () => {
      const client = new TwirpClient(url, SERVICE, { format });
      await assert.rejects(client.call('Echo', methods.Echo, { id: 'missing' }), (err: unknown) => {
        assert.ok(err instanceof TwirpError);
        assert.equal(err.code, 'not_found');
        assert.equal(err.status, 404);
        assert.equal(err.message, 'no such thing');
        return true;
      });
    });
  }

  it('hides the message of unexpected errors (internal, 500)', async () => {
    const client = new TwirpClient(url, SERVICE);
    await assert.rejects(client.call('Echo', methods.Echo, { id: 'boom' }), (err: unknown) => {
      assert.ok(err instanceof TwirpError);
      assert.equal(err.code, 'internal');
      assert.equal(err.status, 500);
      assert.ok(!err.message.includes('secret'));
      return true;
    });
  });

  it('writes JSON with proto field names and reads both spellings', async () => {
    const res = await fetch(`${url}/twirp/${SERVICE}/Echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id":"x"}',
    });
    const body = (await res.json()) as Record<string, unknown>;
    assert.equal(body.code, 'x');
    assert.equal(body.capacity, 42);
    assert.ok('building' in body, 'defaults are written');
    const client = new TwirpClient(url, SERVICE, { format: 'json' });
    const tt = await client.call('Echo', methods.Echo, { id: 'y' });
    assert.equal(tt.code, 'y');
  });

  it('retries idempotent methods on unavailable, never the others', async () => {
    const client = new TwirpClient(url, SERVICE, { retries: 2, backoffMs: 1 });
    flakyCalls = 0;
    const ok = await client.call('Flaky', methods.Flaky, { id: '' });
    assert.equal(ok.code, 'ok');
    assert.equal(flakyCalls, 2);
    flakyCalls = 0;
    await assert.rejects(
      client.call('FlakyWrite', methods.FlakyWrite, { id: '' }),
      (err: unknown) => err instanceof TwirpError && err.code === 'unavailable',
    );
    assert.equal(flakyCalls, 1);
  });

  it('enforces the deadline on the client and sends it to the server', async () => {
    const client = new TwirpClient(url, SERVICE);
    await assert.rejects(
      client.call('Slow', methods.Slow, { id: '' }, { timeoutMs: 150 }),
      (err: unknown) => err instanceof TwirpError && err.code === 'deadline_exceeded',
    );
    await client.call('Echo', methods.Echo, { id: 'z' }, { timeoutMs: 3000 });
    assert.ok(seen?.deadline !== undefined && seen.deadline - Date.now() <= 3000);
  });

  it('propagates the request id and the shadow flag of the incoming call', async () => {
    const client = new TwirpClient(url, SERVICE);
    const ctx: CallContext = {
      requestId: 'req-123',
      shadow: true,
      deadline: Date.now() + 5000,
      log: silentLogger(),
    };
    await client.call('Echo', methods.Echo, { id: 'w' }, { ctx });
    assert.equal(seen?.requestId, 'req-123');
    assert.equal(seen?.shadow, true);
  });

  it('maps transport failures to unavailable', async () => {
    const client = new TwirpClient('http://127.0.0.1:1', SERVICE, { retries: 0 });
    await assert.rejects(
      client.call('Echo', methods.Echo, { id: '' }),
      (err: unknown) => err instanceof TwirpError && err.code === 'unavailable',
    );
  });
});
