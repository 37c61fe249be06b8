import assert from 'node:assert/strict';
import { kindServed, watchPath } from './informer.ts';
import { type StandIn, standInApiServer } from './stand-in-api.test-support.ts';

describe('watchPath', () => {
  it('addresses core and group kinds, across namespaces or in one', () => {
    assert.equal(watchPath({ apiVersion: 'v1', kind: 'Secret', plural: 'secrets' }), '/api/v1/secrets');
    assert.equal(
      watchPath({ apiVersion: 'apps/v1', kind: 'Deployment', plural: 'deployments' }, 'ns'),
      '/apis/apps/v1/namespaces/ns/deployments',
    );
  });
});

describe('kindServed', () => {
  let api: StandIn;
  before(async () => {
    // A stand-in API server: gateway.networking.k8s.io/v1 serves httproutes; other groups are 404.
    api = await standInApiServer((req, res) => {
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
  });
  after(() => api.close());

  it('is true for a served kind, false for an absent one or an absent group, and true for the core group', async () => {
    const ref = (apiVersion: string, plural: string) => ({ apiVersion, kind: 'X', plural });
    assert.equal(await kindServed(api.kc, ref('gateway.networking.k8s.io/v1', 'httproutes')), true);
    assert.equal(await kindServed(api.kc, ref('gateway.networking.k8s.io/v1', 'grpcroutes')), false);
    assert.equal(
      await kindServed(api.kc, ref('gateway.networking.k8s.io/v1beta1', 'referencegrants')),
      false,
    );
    assert.equal(await kindServed(api.kc, ref('v1', 'pods')), true);
  });
});
