import assert from 'node:assert/strict';
// The serializer KubernetesObjectApi (our client's apply) sends objects through.
import { ObjectSerializer } from '@kubernetes/client-node/dist/serializer.js';
import { resolve } from './defaults.ts';
import { sample } from './fixtures.test-support.ts';
import { buildNetworkPolicies, type NetworkPolicy } from './networkpolicy.ts';

describe('network policies', () => {
  const prod = sample('production');
  const policies = buildNetworkPolicies(prod, resolve(prod), 'everyclass-system');
  const byName = (n: string) => policies.find((p) => p.metadata.name === `production-${n}`) as NetworkPolicy;
  const callers = (p: NetworkPolicy) =>
    (p.spec.ingress?.[0]?._from ?? []).map(
      (f) =>
        (f.podSelector as { matchLabels: Record<string, string> }).matchLabels['app.kubernetes.io/component'],
    );

  it('denies all ingress to every pod of the environment unless a policy allows it', () => {
    const deny = byName('default-deny');
    assert.deepEqual(deny.spec.podSelector.matchLabels, { 'app.kubernetes.io/instance': 'production' });
    assert.equal(
      deny.spec.ingress,
      undefined,
      'no rules at all: deny (an empty list is dropped by the API server)',
    );
    assert.deepEqual(deny.spec.policyTypes, ['Ingress']);
  });

  it('lets only this environment callers reach entity, identity and MongoDB, by the variables they read', () => {
    // `data`: the data role's Jobs (imports through entity; backups and copies on MongoDB).
    assert.deepEqual(callers(byName('entity')).sort(), ['calendar', 'data', 'identity', 'web']);
    assert.deepEqual(callers(byName('identity')).sort(), ['calendar', 'web']);
    assert.deepEqual(callers(byName('mongo')).sort(), ['calendar', 'data', 'entity', 'identity']);
    assert.equal(byName('mongo').spec.ingress?.length, 1, 'nobody from another namespace');
    for (const n of ['entity', 'identity', 'mongo'])
      for (const f of byName(n).spec.ingress?.[0]?._from ?? []) {
        assert.equal(f.namespaceSelector, undefined, `${n}: no other namespace`);
        assert.equal(
          (f.podSelector as { matchLabels: Record<string, string> }).matchLabels[
            'app.kubernetes.io/instance'
          ],
          'production',
        );
      }
  });

  it('opens the public doors on their HTTP port only, and the proxy admin port to the operator only', () => {
    for (const door of ['web-public', 'calendar-public', 'mirror-public'])
      assert.deepEqual(byName(door).spec.ingress, [{ ports: [{ protocol: 'TCP', port: 8080 }] }]);
    assert.deepEqual(byName('mirror-admin').spec.ingress?.[0]?._from, [
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'everyclass-system' } } },
    ]);
  });

  it('reaches the API with its peers: client-node serializes `_from` as `from` (else: allow-all)', () => {
    const wire = ObjectSerializer.serialize(byName('entity'), 'V1NetworkPolicy') as {
      spec: { ingress: Array<{ from?: unknown[] }> };
    };
    assert.equal(wire.spec.ingress[0]?.from?.length, 4);
  });

  it('lets the data Jobs of the environments listed in data.shareWith reach MongoDB, and nothing else', () => {
    const shared = sample('production');
    shared.spec.data = { shareWith: ['everyclass-staging/staging'] };
    const mongo = buildNetworkPolicies(shared, resolve(shared), 'x').find(
      (p) => p.metadata.name === 'production-mongo',
    ) as NetworkPolicy;
    assert.deepEqual(mongo.spec.ingress?.[1], {
      _from: [
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'everyclass-staging' } },
          podSelector: {
            matchLabels: { 'app.kubernetes.io/instance': 'staging', 'app.kubernetes.io/component': 'data' },
          },
        },
      ],
      ports: [{ protocol: 'TCP', port: 27017 }],
    });
    const entity = buildNetworkPolicies(shared, resolve(shared), 'x').find(
      (p) => p.metadata.name === 'production-entity',
    ) as NetworkPolicy;
    assert.equal(entity.spec.ingress?.length, 1, 'entity stays this environment’s own');
  });

  it('has no mirror policies without a proxy', () => {
    const testing = sample('testing');
    const names = buildNetworkPolicies(testing, resolve(testing), 'x').map((p) => p.metadata.name);
    assert.ok(!names.some((n) => n?.includes('mirror')));
  });
});
