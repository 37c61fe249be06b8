// The install manifests (config/default) are accepted by a real API server, and the operator's
// ClusterRole names every verb and resource it grants: no wildcards.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { repoRoot } from '../../hack/localenv/tools.ts';
import { useCluster } from '../support/localenv.ts';

interface Rule {
  apiGroups?: string[];
  resources?: string[];
  verbs?: string[];
  nonResourceURLs?: string[];
}
interface Manifest {
  kind: string;
  metadata: { name: string; namespace?: string };
  rules?: Rule[];
}

describe('install manifests (config/default)', function () {
  this.timeout(300_000);
  let cluster: LocalCluster;
  let manifests: Manifest[];

  before(async () => {
    cluster = await useCluster();
    const rendered = await cluster.kubectl('kustomize', join(repoRoot, 'config', 'default'));
    manifests = parseAllDocuments(rendered).map((d) => d.toJSON() as Manifest);
  });

  it('renders the CRD, the namespace, RBAC and the operator Deployment', () => {
    const kinds = new Set(manifests.map((m) => `${m.kind}/${m.metadata.name}`));
    for (const k of [
      'CustomResourceDefinition/everyclassenvironments.everyclass.io',
      'Namespace/everyclass-system',
      'ServiceAccount/everyclass-operator',
      'ClusterRole/everyclass-operator',
      'Deployment/everyclass-operator',
    ]) {
      assert.ok(kinds.has(k), `config/default lacks ${k} (has ${[...kinds].join(', ')})`);
    }
  });

  it('grants no wildcard verbs, resources or API groups', () => {
    const roles = manifests.filter((m) => m.kind === 'ClusterRole' || m.kind === 'Role');
    assert.ok(roles.length > 0);
    for (const role of roles) {
      for (const rule of role.rules ?? []) {
        for (const field of ['apiGroups', 'resources', 'verbs', 'nonResourceURLs'] as const) {
          assert.ok(
            !(rule[field] ?? []).some((v) => v.includes('*')),
            `${role.kind} ${role.metadata.name} has a wildcard in ${field}: ${JSON.stringify(rule)}`,
          );
        }
      }
    }
  });

  it('grants exactly the verbs the operator uses (least privilege)', () => {
    // runtime/client.ts: server-side apply (patch), create, delete; status by JSON patch; informers
    // list and watch; runtime/leader.ts: read, create, replace (update) its Lease; events create/patch.
    const children = ['get', 'list', 'watch', 'create', 'patch', 'delete'];
    const used: Record<string, string[]> = {
      'everyclass.io/everyclassenvironments': ['get', 'list', 'watch'],
      'everyclass.io/everyclassenvironments/status': ['patch'],
      '/configmaps': children,
      '/services': children,
      '/secrets': children,
      'apps/deployments': children,
      'apps/statefulsets': children,
      'policy/poddisruptionbudgets': children,
      'networking.k8s.io/ingresses': children,
      'networking.k8s.io/networkpolicies': children,
      'autoscaling/horizontalpodautoscalers': children,
      'batch/jobs': children,
      'batch/cronjobs': children,
      '/persistentvolumeclaims': children,
      'gateway.networking.k8s.io/httproutes': children,
      'gateway.networking.k8s.io/referencegrants': children,
      '/pods': ['list', 'watch'],
      '/events': ['create', 'patch'],
      'coordination.k8s.io/leases': ['get', 'create', 'update'],
    };
    const granted: Record<string, string[]> = {};
    for (const role of manifests.filter((m) => m.kind === 'ClusterRole' || m.kind === 'Role'))
      for (const rule of role.rules ?? [])
        for (const group of rule.apiGroups ?? [])
          for (const resource of rule.resources ?? [])
            granted[`${group}/${resource}`] = [
              ...(granted[`${group}/${resource}`] ?? []),
              ...(rule.verbs ?? []),
            ];
    for (const k of Object.keys(granted)) granted[k]?.sort();
    for (const k of Object.keys(used)) used[k]?.sort();
    assert.deepEqual(granted, used);
  });

  it('is accepted by the API server (server-side dry run)', async () => {
    // Namespaced objects cannot be dry-run into a namespace that only the same dry run creates.
    await cluster.kubectl('create', 'namespace', 'everyclass-system').catch(() => '');
    const out = await cluster.kubectl(
      'apply',
      '--server-side',
      '--dry-run=server',
      '-k',
      join(repoRoot, 'config', 'default'),
    );
    assert.match(
      out,
      /customresourcedefinition\.apiextensions\.k8s\.io\/everyclassenvironments\.everyclass\.io serverside-applied \(server dry run\)/,
    );
    assert.match(out, /deployment\.apps\/everyclass-operator serverside-applied \(server dry run\)/);
  });
});
