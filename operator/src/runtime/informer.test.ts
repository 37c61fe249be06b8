import assert from 'node:assert/strict';
import { watchPath } from './informer.ts';

describe('watchPath', () => {
  it('addresses core and group kinds, across namespaces or in one', () => {
    assert.equal(watchPath({ apiVersion: 'v1', kind: 'Secret', plural: 'secrets' }), '/api/v1/secrets');
    assert.equal(
      watchPath({ apiVersion: 'apps/v1', kind: 'Deployment', plural: 'deployments' }, 'ns'),
      '/apis/apps/v1/namespaces/ns/deployments',
    );
  });
});
