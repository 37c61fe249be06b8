// The Twirp server and client over loopback: a tiny service built from generated messages.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { everyclass } from '../../../proto/generated/everyclass.js';
import { EntityService } from '../../../proto/generated/services.ts';
import { type CallContext, createServiceApp, newRouter } from '../app.ts';
import { AppError } from '../errors.ts';
import { silentLogger } from '../log.ts';
import { createMetrics } from '../metrics.ts';
import { TwirpClient, TwirpError } from './client.ts';
import type { Handlers, Idempotency, ServiceDescriptor } from './descriptor.ts';
import { mountTwirp } from './server.ts';

const pb = everyclass.entity.v1;
const SERVICE = 'test.v1.Test';
// A fixture service of the kit's own (services are generated from proto/): GetRequest in, Room out.
const method = <L extends Idempotency>(idempotency: L) =>
  ({
    input: pb.GetRequest,
    output: pb.Room,
    inputType: 'everyclass.entity.v1.GetRequest',
    outputType: 'everyclass.entity.v1.Room',
    idempotency,
  }) as const;
const TestService = {
  name: SERVICE,
  methods: {
    Echo: method('NO_SIDE_EFFECTS'),
    Flaky: method('IDEMPOTENT'),
    FlakyWrite: method('IDEMPOTENCY_UNKNOWN'),
    Slow: method('NO_SIDE_EFFECTS'),
    Visit: method('IDEMPOTENCY_UNKNOWN'),
  },
  messages: EntityService.messages,
} as const satisfies ServiceDescriptor;

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
    mountTwirp(
      router,
      TestService,
      {
        Echo: async (req, call) => {
          seen = call;
          if (req.id === 'missing') throw new AppError('not_found', 'no such thing');
          if (req.id === 'boom') throw new Error('secret internal detail');
          return { code: req.id, name: `名字 ${req.id}`, capacity: 42 };
        },
        Flaky: unavailableOnce,
        FlakyWrite: unavailableOnce,
        Slow: async () => {
          await new Promise((r) => setTimeout(r, 2000));
          return { code: 'late' };
        },
        Visit: async (_, call) => ({ code: call.shadow ? 'not recorded' : 'recorded' }),
      },
      { shadowSkipsWrites: ['Visit'] },
    );
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
      const client = new TwirpClient(url, TestService, { format });
      const res = await client.call('Echo', { id: 'A-101' });
      assert.equal(res.code, 'A-101');
      assert.equal(res.name, '名字 A-101');
      assert.equal(res.capacity, 42);
    });

    it(`carries errors as Twirp codes in ${format}`, async () => {
      const client = new TwirpClient(url, TestService, { format });
      await assert.rejects(client.call('Echo', { id: 'missing' }), (err: unknown) => {
        assert.ok(err instanceof TwirpError);
        assert.equal(err.code, 'not_found');
        assert.equal(err.status, 404);
        assert.equal(err.message, 'no such thing');
        return true;
      });
    });
  }

  it('hides the message of unexpected errors (internal, 500)', async () => {
    const client = new TwirpClient(url, TestService);
    await assert.rejects(client.call('Echo', { id: 'boom' }), (err: unknown) => {
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
    const client = new TwirpClient(url, TestService, { format: 'json' });
    const tt = await client.call('Echo', { id: 'y' });
    assert.equal(tt.code, 'y');
  });

  it('retries idempotent methods on unavailable, never the others', async () => {
    const client = new TwirpClient(url, TestService, { retries: 2, backoffMs: 1 });
    flakyCalls = 0;
    const ok = await client.call('Flaky', { id: '' });
    assert.equal(ok.code, 'ok');
    assert.equal(flakyCalls, 2);
    flakyCalls = 0;
    await assert.rejects(
      client.call('FlakyWrite', { id: '' }),
      (err: unknown) => err instanceof TwirpError && err.code === 'unavailable',
    );
    assert.equal(flakyCalls, 1);
  });

  it('enforces the deadline on the client and sends it to the server', async () => {
    const client = new TwirpClient(url, TestService);
    await assert.rejects(
      client.call('Slow', { id: '' }, { timeoutMs: 150 }),
      (err: unknown) => err instanceof TwirpError && err.code === 'deadline_exceeded',
    );
    await client.call('Echo', { id: 'z' }, { timeoutMs: 3000 });
    assert.ok(seen?.deadline !== undefined && seen.deadline - Date.now() <= 3000);
  });

  it('propagates the request id and the shadow flag of the incoming call', async () => {
    const client = new TwirpClient(url, TestService);
    const ctx: CallContext = {
      requestId: 'req-123',
      shadow: true,
      deadline: Date.now() + 5000,
      log: silentLogger(),
    };
    await client.call('Echo', { id: 'w' }, { ctx });
    assert.equal(seen?.requestId, 'req-123');
    assert.equal(seen?.shadow, true);
  });

  it('maps transport failures to unavailable', async () => {
    const client = new TwirpClient('http://127.0.0.1:1', TestService, { retries: 0 });
    await assert.rejects(
      client.call('Echo', { id: '' }),
      (err: unknown) => err instanceof TwirpError && err.code === 'unavailable',
    );
  });

  it('answers shadow calls of methods with side effects shadow_write, unless they skip the writes', async () => {
    const client = new TwirpClient(url, TestService, { retries: 0 });
    const ctx: CallContext = { requestId: 'r', shadow: true, deadline: undefined, log: silentLogger() };
    flakyCalls = 0;
    await assert.rejects(
      client.call('FlakyWrite', { id: '' }, { ctx }),
      (err: unknown) => err instanceof TwirpError && err.code === 'failed_precondition',
    );
    assert.equal(flakyCalls, 0, 'the handler never ran');
    assert.equal((await client.call('Visit', { id: '' }, { ctx })).code, 'not recorded');
    assert.equal((await client.call('Visit', { id: '' })).code, 'recorded');
    assert.equal((await client.call('Echo', { id: 'e' }, { ctx })).code, 'e', 'reads serve shadow traffic');
  });

  it('types the handler map by the descriptor (checked by the type checker)', () => {
    const echo = async () => ({ code: 'x' });
    // @ts-expect-error: a map without Visit does not compile
    const missing: Handlers<typeof TestService> = { Echo: echo, Flaky: echo, FlakyWrite: echo, Slow: echo };
    const misspelled: Handlers<typeof TestService> = {
      Echo: echo,
      Flaky: echo,
      FlakyWrite: echo,
      Slow: echo,
      Visit: echo,
      // @ts-expect-error: no method of that name
      Vist: echo,
    };
    // @ts-expect-error: Echo answers a Room, whose capacity is a number
    const wrongReply: Handlers<typeof TestService>['Echo'] = async () => ({ capacity: 'many' });
    assert.equal(Object.keys({ ...missing, ...misspelled }).length, 6);
    assert.equal(typeof wrongReply, 'function');
  });
});
