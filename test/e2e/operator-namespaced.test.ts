// The namespaced install (issue 13, finding 10): the operator's ServiceAccount holds a Role in each
// managed namespace (hack/namespaced-rbac.ts, the ClusterRole's rules) and nothing cluster-wide;
// started with --namespace a,b it reconciles environments there, and cannot read anything elsewhere.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { namespacedRbac } from '../../hack/namespaced-rbac.ts';
import { useCluster } from '../support/localenv.ts';
import {
  createNamespace,
  installCrd,
  jsonpath,
  killAllOperators,
  operatorNamespace,
  serviceAccountKubeconfig,
  startOperator,
  uniqueName,
} from './support/operator.ts';

describe('operator: namespaced install (a Role per managed namespace, nothing cluster-wide)', function () {
  this.timeout(300_000);
  let cluster: LocalCluster;
  const sa = 'everyclass-operator-namespaced';
  let managed: string[] = [];
  let other = '';

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    managed = [
      await createNamespace(cluster, uniqueName('ece-ns-a')),
      await createNamespace(cluster, uniqueName('ece-ns-b')),
    ];
    other = await createNamespace(cluster, uniqueName('ece-ns-other'));
    const file = join(tmpdir(), `${uniqueName('namespaced-rbac')}.yaml`);
    writeFileSync(
      file,
      namespacedRbac({ namespaces: managed, serviceAccount: sa })
        .map((d) => stringify(d))
        .join('---\n'),
    );
    await cluster.kubectl('apply', '--server-side', '-f', file);
  });
  after(async () => {
    await killAllOperators();
    await cluster?.kubectl('delete', 'namespace', ...managed, other, '--wait=false').catch(() => {});
  });

  it('holds no right outside its namespaces', async () => {
    const as = `--as=system:serviceaccount:${operatorNamespace}:${sa}`;
    const can = (...a: string[]) =>
      cluster
        .kubectl('auth', 'can-i', ...a, as)
        .then((o) => o.trim())
        .catch(() => 'no');
    assert.equal(await can('get', 'secrets', '-n', managed[0]!), 'yes');
    assert.equal(await can('get', 'secrets', '-n', other), 'no', 'no Secret of another namespace');
    assert.equal(await can('list', 'secrets', '--all-namespaces'), 'no');
    assert.equal(await can('create', 'deployments', '-n', other), 'no', 'no Deployment in another namespace');
    assert.equal(await can('list', 'everyclassenvironments.everyclass.io', '--all-namespaces'), 'no');
  });

  it('reconciles the environments of its namespaces, and none elsewhere', async () => {
    const op = startOperator(cluster, {
      kubeconfig: await serviceAccountKubeconfig(cluster, operatorNamespace, sa),
      args: [`--namespace=${managed.join(',')}`],
    });
    await op.port();
    for (const ns of [...managed, other])
      await cluster.kubectl('apply', '-n', ns, '-f', 'config/samples/testing.yaml');
    for (const ns of managed)
      await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'ece/testing', '--timeout=180s');
    // By the time both are Ready an operator watching everything would have reconciled the third.
    assert.equal(
      await jsonpath(cluster, other, 'ece/testing', '{.status}'),
      '',
      'no status outside its namespaces',
    );
    assert.equal(await cluster.kubectl('get', 'deploy', '-n', other, '-o', 'name'), '');
    assert.doesNotMatch(op.logs(), /forbidden/i, 'nothing it tried was refused');
  });
});
