import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { changedOnly, kindServed, watchPath } from './informer.ts';

describe('watchPath', () => {
  it('addresses core and group kinds, across namespaces or in one', () => {
    assert.equal(watchPath({ apiVersion: 'v1', kind: 'Secret', plural: 'secrets' }), '/api/v1/secrets');
    assert.equal(
      watchPath({ apiVersion: 'apps/v1', kind: 'Deployment', plural: 'deployments' }, 'ns'),
      '/apis/apps/v1/namespaces/ns/deployments',
    );
  });
});

describe('changedOnly', () => {
  it('passes new, deleted and changed objects, not updates of fields the signature leaves out', () => {
    type Obj = { metadata: { uid: string }; status: { restarts: number; ip: string } };
    const changed = changedOnly<Obj>((o) => String(o.status.restarts));
    const o = (restarts: number, ip: string): Obj => ({ metadata: { uid: 'u1' }, status: { restarts, ip } });
    assert.equal(changed(o(0, 'a'), 'add'), true);
    assert.equal(changed(o(0, 'b'), 'update'), false);
    assert.equal(changed(o(1, 'b'), 'update'), true);
    assert.equal(changed(o(1, 'b'), 'delete'), true);
    assert.equal(changed(o(1, 'b'), 'add'), true, 'forgotten on delete');
  });
});

describe('kindServed', () => {
  let server: Server;
  let kc: KubeConfig;
  before(async () => {
    // A stand-in API server: gateway.networking.k8s.io/v1 serves httproutes; other groups are 404.
    server = createServer((req, res) => {
      if (req.url?.startsWith('/apis/gateway.networking.k8s.io/v1')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            kind: 'APIResourceList',
            apiVersion: 'v1',
            groupVersion: 'gateway.networking.k8s.io/v1',
            resources: [
              {
                name: 'httproutes',
                singularName: 'httproute',
                namespaced: true,
                kind: 'HTTPRoute',
                verbs: ['get'],
              },
            ],
          }),
        );
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            reason: 'NotFound',
            code: 404,
          }),
        );
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    kc = new KubeConfig();
    kc.loadFromClusterAndUser(
      {
        name: 'c',
        server: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        skipTLSVerify: true,
      },
      { name: 'u' },
    );
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('is true for a served kind, false for an absent one or an absent group, and true for the core group', async () => {
    const ref = (apiVersion: string, plural: string) => ({ apiVersion, kind: 'X', plural });
    assert.equal(await kindServed(kc, ref('gateway.networking.k8s.io/v1', 'httproutes')), true);
    assert.equal(await kindServed(kc, ref('gateway.networking.k8s.io/v1', 'grpcroutes')), false);
    assert.equal(await kindServed(kc, ref('gateway.networking.k8s.io/v1beta1', 'referencegrants')), false);
    assert.equal(await kindServed(kc, ref('v1', 'pods')), true);
  });
});
