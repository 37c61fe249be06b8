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
    assert.deepEqual(callers(byName('entity')).sort(), ['calendar', 'identity', 'web']);
    assert.deepEqual(callers(byName('identity')).sort(), ['calendar', 'web']);
    assert.deepEqual(callers(byName('mongo')).sort(), ['calendar', 'entity', 'identity']);
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
    assert.equal(wire.spec.ingress[0]?.from?.length, 3);
  });

  it('has no mirror policies without a proxy', () => {
    const testing = sample('testing');
    const names = buildNetworkPolicies(testing, resolve(testing), 'x').map((p) => p.metadata.name);
    assert.ok(!names.some((n) => n?.includes('mirror')));
  });
});
