// --metrics-namespace against a real API server: the operator adds one NetworkPolicy per component
// admitting that namespace on its metrics port (the API server keeps the peers: `from`, not
// client-node's `_from`), and an operator started without the flag prunes them again, leaving the
// other policies as they were. That the policies let a scrape through on real pods (and nothing
// else) is the real node's to prove (kube-router enforces them; KWOK pods have no network).
import assert from 'node:assert/strict';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { useCluster } from '../support/localenv.ts';
import {
  apply,
  createNamespace,
  eventually,
  installCrd,
  jsonpath,
  killAllOperators,
  sampleIn,
  startOperator,
  uniqueName,
} from './support/operator.ts';

interface Policy {
  metadata: { name: string; resourceVersion: string };
  spec: { ingress?: Array<{ from?: unknown[]; ports?: unknown[] }> };
}

describe('operator: --metrics-namespace (NetworkPolicies admitting Prometheus)', function () {
  this.timeout(300_000);
  let cluster: LocalCluster;
  let ns = '';
  const monitoring = 'monitoring';
  const policies = async (): Promise<Policy[]> =>
    (
      JSON.parse(await cluster.kubectl('get', 'networkpolicies', '-n', ns, '-o', 'json')) as {
        items: Policy[];
      }
    ).items;
  const metricsPolicies = async () =>
    (await policies()).filter((p) => p.metadata.name.endsWith('-metrics')).map((p) => p.metadata.name);

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    ns = await createNamespace(cluster, uniqueName('ece-metrics'));
  });
  after(async () => {
    await killAllOperators();
    await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
  });

  it('adds a policy per component for that namespace on the metrics port, and prunes them without the flag', async () => {
    const op = startOperator(cluster, { args: [`--namespace=${ns}`, `--metrics-namespace=${monitoring}`] });
    await apply(cluster, sampleIn('testing', ns));
    const expected = ['calendar', 'entity', 'identity', 'web'].map((c) => `testing-${c}-metrics`);
    await eventually('the metrics policies', async () =>
      (await metricsPolicies()).length === expected.length ? true : undefined,
    );
    assert.deepEqual((await metricsPolicies()).sort(), expected);
    const peer = '{.spec.ingress[0].from[0].namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name}';
    for (const [component, port] of [
      ['entity', '8080'],
      ['web', '9090'],
    ] as const) {
      const what = `networkpolicy/testing-${component}-metrics`;
      assert.equal(await jsonpath(cluster, ns, what, peer), monitoring, `${component}: from ${monitoring}`);
      assert.equal(await jsonpath(cluster, ns, what, '{.spec.ingress[0].ports[*].port}'), port);
      assert.equal(
        await jsonpath(cluster, ns, what, '{.spec.ingress[*].from[*].podSelector}'),
        '',
        'any pod there',
      );
    }
    const others = (await policies()).filter((p) => !p.metadata.name.endsWith('-metrics'));
    await op.stop();

    startOperator(cluster, { args: [`--namespace=${ns}`] });
    await eventually('the metrics policies pruned', async () =>
      (await metricsPolicies()).length === 0 ? true : undefined,
    );
    assert.deepEqual(
      (await policies()).map((p) => [p.metadata.name, p.metadata.resourceVersion]),
      others.map((p) => [p.metadata.name, p.metadata.resourceVersion]),
      'the other policies untouched',
    );
  });
});
