// Credentials and rights of the real node's components: each its own static token (pki.ts), a
// kubeconfig with it, and ClusterRoles for the helpers (the Node authorizer and the default
// system:node-proxier binding cover kubelet and kube-proxy).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ClusterState } from '../cluster.ts';
import { kubeconfigYaml } from '../kubeconfig.ts';
import { type TokenUser, tokenUserName } from '../pki.ts';

export function tokenOf(clusterDir: string, who: TokenUser): string {
  const user = tokenUserName(who);
  const line = readFileSync(join(clusterDir, 'pki', 'tokens.csv'), 'utf8')
    .split('\n')
    .find((l) => l.split(',')[1] === user);
  if (!line) throw new Error(`no token for ${user} in ${clusterDir}/pki/tokens.csv`);
  return line.split(',')[0] ?? '';
}

/** Writes `<state>/<who>.kubeconfig` (mode 0600) and returns its path. */
export function componentKubeconfig(cluster: ClusterState, state: string, who: TokenUser): string {
  const file = join(state, `${who}.kubeconfig`);
  const ca = readFileSync(join(cluster.dir, 'pki', 'apiserver.crt'));
  writeFileSync(file, kubeconfigYaml(cluster.server, tokenOf(cluster.dir, who), ca), { mode: 0o600 });
  return file;
}

/** RBAC of the node's helpers: CoreDNS, kube-router and the volume keeper read what they serve. */
export async function applyNodeFixtures(
  kubectl: (...a: string[]) => Promise<string>,
  state: string,
): Promise<void> {
  const role = (name: string, user: string, rules: object[]) => [
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name }, rules },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }],
    },
  ];
  const docs = [
    ...role('everyclass:coredns', tokenUserName('coredns'), [
      { apiGroups: [''], resources: ['services', 'endpoints', 'namespaces'], verbs: ['list', 'watch'] },
      { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] },
    ]),
    ...role('everyclass:network-policies', tokenUserName('networkPolicies'), [
      {
        apiGroups: [''],
        resources: ['pods', 'namespaces', 'nodes', 'services', 'endpoints'],
        verbs: ['get', 'list', 'watch'],
      },
      { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] },
      { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies'], verbs: ['list', 'watch'] },
    ]),
    ...role('everyclass:local-volumes', tokenUserName('volumes'), [
      { apiGroups: [''], resources: ['persistentvolumes'], verbs: ['list', 'watch'] },
    ]),
  ];
  const file = join(state, 'node-fixtures.yaml');
  writeFileSync(file, docs.map((d) => stringify(d)).join('---\n'));
  await kubectl('apply', '--server-side', '--field-manager=everyclass-localenv', '-f', file);
}
