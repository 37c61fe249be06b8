// The namespaced install's RBAC: a Role in each managed namespace with exactly the rules of the
// ClusterRole in config/rbac/role.yaml (one source: the rules are read from it), a RoleBinding to
// the operator's ServiceAccount, and the ServiceAccount and leader-election Role in the operator's
// namespace. The operator then runs with `--namespace a,b,c` and holds nothing cluster-wide.
//
//   node hack/namespaced-rbac.ts everyclass-production everyclass-staging > rbac.yaml
//   node hack/namespaced-rbac.ts --service-account other --operator-namespace ops ns1 ns2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { repoRoot } from './localenv/tools.ts';

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

export interface NamespacedRbacOptions {
  namespaces: readonly string[];
  serviceAccount?: string;
  operatorNamespace?: string;
}

export function namespacedRbac(o: NamespacedRbacOptions): object[] {
  const sa = o.serviceAccount ?? 'everyclass-operator';
  const home = o.operatorNamespace ?? 'everyclass-system';
  const role = parse(readFileSync(join(repoRoot, 'config', 'rbac', 'role.yaml'), 'utf8')) as {
    rules: Rule[];
  };
  const [leaderRole] = parseAllDocuments(
    readFileSync(join(repoRoot, 'config', 'rbac', 'leader_election_role.yaml'), 'utf8'),
  ).map((d) => d.toJSON() as { rules: Rule[] });
  const subjects = [{ kind: 'ServiceAccount', name: sa, namespace: home }];
  const pair = (name: string, namespace: string, rules: Rule[]) => [
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name, namespace }, rules },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name, namespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects,
    },
  ];
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: sa, namespace: home } },
    ...pair(`${sa}-leader-election`, home, leaderRole?.rules ?? []),
    ...o.namespaces.flatMap((ns) => pair(sa, ns, role.rules)),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const serviceAccount = flag('--service-account');
  const operatorNamespace = flag('--operator-namespace');
  if (args.length === 0) {
    process.stderr.write(
      'usage: node hack/namespaced-rbac.ts [--service-account sa] [--operator-namespace ns] <namespace>...\n',
    );
    process.exit(2);
  }
  const docs = namespacedRbac({ namespaces: args, serviceAccount, operatorNamespace });
  process.stdout.write(docs.map((d) => stringify(d)).join('---\n'));
}
