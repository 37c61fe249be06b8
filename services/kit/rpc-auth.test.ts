// Internal RPC is closed (issue 13, finding 8) and the shadow flag is believed only from the
// shadow proxy (finding 6): the kit refuses unsigned calls when the service has keys, wants the
// admin key for admin methods, and takes X-EveryClass-Shadow on pages only with its signature.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'light-my-request';
import { EntityService } from '../../proto/generated/services.ts';
import { type CallContext, createServiceApp, type KitApp, newRouter } from './app.ts';
import { signRpc, signShadow } from './callers.ts';
import { silentLogger } from './log.ts';
import { createMetrics } from './metrics.ts';
import { TwirpClient, TwirpError } from './twirp/client.ts';
import type { ServiceDescriptor } from './twirp/descriptor.ts';
import { mountTwirp } from './twirp/server.ts';

const rpcKey = randomBytes(32);
const adminKey = randomBytes(32);
const shadowKey = randomBytes(32);
const path = (m: string) => `/twirp/everyclass.entity.v1.Entity/${m}`;

// Entity's name and GetStudent; ImportSemester stands for an admin method (it echoes a Student too).
const Service = {
  name: EntityService.name,
  methods: {
    GetStudent: EntityService.methods.GetStudent,
    ImportSemester: { ...EntityService.methods.GetStudent, idempotency: 'IDEMPOTENT' },
  },
  messages: EntityService.messages,
} as const satisfies ServiceDescriptor;

function app(keys: boolean): KitApp {
  const router = newRouter();
  const echo = async (_req: unknown, call: CallContext) => ({
    name: `${call.caller ?? '-'} ${call.shadow ? 'shadow' : 'real'}`,
  });
  mountTwirp(
    router,
    Service,
    { GetStudent: echo, ImportSemester: echo },
    {
      callers: keys
        ? { rpcKeys: [rpcKey], adminKeys: [adminKey], adminMethods: ['ImportSemester'] }
        : undefined,
    },
  );
  router.get('/page', (ctx) => {
    ctx.body = ctx.state.shadow ? 'shadow' : 'real';
  });
  return createServiceApp({
    name: 'entity',
    logger: silentLogger(),
    metrics: createMetrics('entity', { defaults: false }),
    router,
    shadowKeys: keys ? [shadowKey] : [],
  });
}

async function call(a: KitApp, method: string, headers: Record<string, string> = {}) {
  const payload = '{"id":"x"}';
  const res = await inject(a.callback(), {
    method: 'POST',
    url: path(method),
    headers: { 'content-type': 'application/json', ...headers },
    payload,
  });
  return { status: res.statusCode, body: JSON.parse(res.payload) as { name?: string; code?: string } };
}

describe('kit: caller authentication and the shadow flag', () => {
  const closed = app(true);
  const body = '{"id":"x"}';

  it('refuses an unsigned or wrongly signed call, and names the caller of a signed one', async () => {
    assert.equal((await call(closed, 'GetStudent')).status, 401, 'any pod in the cluster: refused');
    const forged = signRpc({ caller: 'web', key: randomBytes(32) }, path('GetStudent'), false, body);
    assert.equal((await call(closed, 'GetStudent', forged)).status, 401);
    const signed = signRpc({ caller: 'web', key: rpcKey }, path('GetStudent'), false, body);
    const ok = await call(closed, 'GetStudent', signed);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.name, 'web real');
  });

  it('wants the admin key for an admin method: the services\u2019 own key is not enough', async () => {
    const asWeb = signRpc({ caller: 'web', key: rpcKey }, path('ImportSemester'), false, body);
    const refused = await call(closed, 'ImportSemester', asWeb);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'permission_denied');
    const asAdmin = signRpc({ caller: 'admin', key: adminKey }, path('ImportSemester'), false, body);
    assert.equal((await call(closed, 'ImportSemester', asAdmin)).body.name, 'admin real');
  });

  it('believes a shadow flag on an RPC only when the signature covers it', async () => {
    const real = signRpc({ caller: 'web', key: rpcKey }, path('GetStudent'), false, body);
    const claimed = await call(closed, 'GetStudent', { ...real, 'x-everyclass-shadow': '1' });
    assert.equal(claimed.status, 401, 'a flag added to a signed call breaks its signature');
    const shadow = signRpc({ caller: 'web', key: rpcKey }, path('GetStudent'), true, body);
    const r = await call(closed, 'GetStudent', { ...shadow, 'x-everyclass-shadow': '1' });
    assert.equal(r.body.name, 'web shadow');
  });

  it('takes the shadow flag on a page only with the shadow proxy\u2019s signature', async () => {
    const page = (headers: Record<string, string>) =>
      inject(closed.callback(), { method: 'GET', url: '/page?x=1', headers }).then((r) => r.payload);
    assert.equal(await page({ 'x-everyclass-shadow': '1' }), 'real', 'a client cannot skip its visit');
    const sig = signShadow(shadowKey, 'GET', '/page?x=1');
    assert.equal(await page({ 'x-everyclass-shadow': '1', 'x-everyclass-shadow-signature': sig }), 'shadow');
    const moved = signShadow(shadowKey, 'GET', '/page?x=2');
    assert.equal(await page({ 'x-everyclass-shadow': '1', 'x-everyclass-shadow-signature': moved }), 'real');
    const none = app(false);
    const open = await inject(none.callback(), {
      method: 'GET',
      url: '/page',
      headers: { 'x-everyclass-shadow': '1' },
    });
    assert.equal(open.payload, 'real', 'without a shadow key a page is never shadow traffic');
  });

  it('stays open without keys (a service run by hand), the flag passed as before on RPCs', async () => {
    const open = app(false);
    const r = await call(open, 'GetStudent', { 'x-everyclass-shadow': '1' });
    assert.equal(r.status, 200);
    assert.equal(r.body.name, '- shadow');
  });

  it('signs every call of a TwirpClient given a signer (shadow flag included)', async () => {
    const server = http.createServer(closed.callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const signed = new TwirpClient(url, EntityService, {
        signer: { caller: 'calendar', key: rpcKey },
      });
      assert.equal((await signed.call('GetStudent', { id: 'x' })).name, 'calendar real');
      const log = silentLogger();
      const ctx = { requestId: 'r1', shadow: true, deadline: undefined, log };
      assert.equal((await signed.call('GetStudent', { id: 'x' }, { ctx })).name, 'calendar shadow');
      const json = new TwirpClient(url, EntityService, {
        format: 'json',
        signer: { caller: 'web', key: rpcKey },
      });
      assert.equal((await json.call('GetStudent', { id: 'x' })).name, 'web real');
      const unsigned = new TwirpClient(url, EntityService);
      await assert.rejects(
        unsigned.call('GetStudent', { id: 'x' }),
        (e: unknown) => e instanceof TwirpError && e.code === 'unauthenticated',
      );
    } finally {
      server.close();
    }
  });
});
