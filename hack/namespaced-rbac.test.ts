import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { namespacedRbac } from './namespaced-rbac.ts';

describe('namespaced RBAC (hack/namespaced-rbac.ts)', () => {
  it('grants the ClusterRole\u2019s rules as a Role in each managed namespace, nothing cluster-wide', () => {
    const docs = namespacedRbac({ namespaces: ['a', 'b'] }) as Array<{
      kind: string;
      metadata: { name: string; namespace?: string };
      rules?: unknown;
      subjects?: unknown;
    }>;
    assert.ok(!docs.some((d) => d.kind.startsWith('Cluster')), 'no ClusterRole, no ClusterRoleBinding');
    const roles = docs.filter((d) => d.kind === 'Role' && d.metadata.name === 'everyclass-operator');
    assert.deepEqual(
      roles.map((r) => r.metadata.namespace),
      ['a', 'b'],
    );
    const cluster = parse(readFileSync('config/rbac/role.yaml', 'utf8')) as { rules: unknown };
    for (const r of roles) assert.deepEqual(r.rules, cluster.rules);
    const bindings = docs.filter((d) => d.kind === 'RoleBinding');
    assert.deepEqual(
      bindings.map((b) => `${b.metadata.namespace}/${b.metadata.name}`),
      [
        'everyclass-system/everyclass-operator-leader-election',
        'a/everyclass-operator',
        'b/everyclass-operator',
      ],
    );
    for (const b of bindings)
      assert.deepEqual(b.subjects, [
        { kind: 'ServiceAccount', name: 'everyclass-operator', namespace: 'everyclass-system' },
      ]);
  });
});
