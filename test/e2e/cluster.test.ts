// The local control plane is a real Kubernetes: controllers run, KWOK's node takes pods,
// PVCs bind, and the garbage collector follows owner references.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { fakeNodeName, neverReadyTagSuffix } from '../../hack/localenv/cluster.ts';
import { waitFor as eventually } from '../../hack/localenv/processes.ts';
import { useCluster } from '../support/localenv.ts';
import { apply } from './support/operator.ts';

describe('local control plane (docker-free)', function () {
  this.timeout(600_000);
  let cluster: LocalCluster;
  const ns = `smoke-${process.pid}`;

  before(async () => {
    cluster = await useCluster();
    await cluster.kubectl('create', 'namespace', ns);
    // A brand-new namespace refuses pods until the controller-manager creates its default ServiceAccount.
    await eventually(
      'default ServiceAccount',
      async () => (await cluster.kubectl('get', 'sa', 'default', '-n', ns)) || undefined,
    );
  });
  after(async () => {
    await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
  });

  it('serves the pinned Kubernetes version', async () => {
    const version = JSON.parse(await cluster.kubectl('version', '-o', 'json')) as {
      serverVersion: { gitVersion: string };
    };
    assert.equal(version.serverVersion.gitVersion, 'v1.36.3');
  });

  it('shows the fake node Ready in kubectl get nodes', async () => {
    const out = await cluster.kubectl('get', 'nodes');
    assert.match(out, new RegExp(`^${fakeNodeName}\\s+Ready\\s`, 'm'));
  });

  it('brings a Deployment of 2 replicas to Available', async () => {
    await cluster.kubectl(
      'create',
      'deployment',
      'web',
      '-n',
      ns,
      '--image=ghcr.io/everyclass/everyclass:2.3.1',
      '--replicas=2',
    );
    const out = await cluster.kubectl(
      'wait',
      '-n',
      ns,
      '--for=condition=Available',
      'deployment/web',
      '--timeout=120s',
    );
    assert.match(out, /condition met/);
    const ready = await cluster.kubectl(
      'get',
      'deployment',
      'web',
      '-n',
      ns,
      '-o',
      'jsonpath={.status.readyReplicas}',
    );
    assert.equal(ready, '2');
  });

  it(`keeps pods of an image tagged *${neverReadyTagSuffix} Running but never Ready`, async () => {
    await cluster.kubectl(
      'create',
      'deployment',
      'broken',
      '-n',
      ns,
      `--image=ghcr.io/everyclass/everyclass:9.9.9${neverReadyTagSuffix}`,
    );
    const phase = await eventually('pod Running', async () => {
      const out = await cluster.kubectl(
        'get',
        'pods',
        '-n',
        ns,
        '-l',
        'app=broken',
        '-o',
        'jsonpath={.items[0].status.phase}',
      );
      return out === 'Running' ? out : undefined;
    });
    assert.equal(phase, 'Running');
    await sleep(1500); // give KWOK's ordinary pod-ready stage every chance to (wrongly) fire
    const ready = await cluster.kubectl(
      'get',
      'pods',
      '-n',
      ns,
      '-l',
      'app=broken',
      '-o',
      'jsonpath={.items[0].status.conditions[?(@.type=="Ready")].status}',
    );
    assert.equal(ready, 'False');
  });

  it('binds the PVC of a StatefulSet volumeClaimTemplate', async () => {
    const sts = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'mongo', namespace: ns },
      spec: {
        serviceName: 'mongo',
        replicas: 1,
        selector: { matchLabels: { app: 'mongo' } },
        template: {
          metadata: { labels: { app: 'mongo' } },
          spec: { containers: [{ name: 'mongo', image: 'mongo:7.0' }] },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
          },
        ],
      },
    };
    await apply(cluster, sts);
    const phase = await eventually('PVC data-mongo-0 Bound', async () => {
      const p = await cluster
        .kubectl('get', 'pvc', 'data-mongo-0', '-n', ns, '-o', 'jsonpath={.status.phase}')
        .catch(() => '');
      return p === 'Bound' ? p : undefined;
    });
    assert.equal(phase, 'Bound');
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'pod/mongo-0', '--timeout=120s');
  });

  it('garbage-collects a dependent when its owner is deleted', async () => {
    await cluster.kubectl('create', 'configmap', 'owner', '-n', ns, '--from-literal=a=1');
    const uid = await cluster.kubectl(
      'get',
      'configmap',
      'owner',
      '-n',
      ns,
      '-o',
      'jsonpath={.metadata.uid}',
    );
    assert.ok(uid.length > 0);
    await apply(cluster, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'dependent',
        namespace: ns,
        ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid }],
      },
      data: { b: '2' },
    });
    assert.equal(
      await cluster.kubectl('get', 'configmap', 'dependent', '-n', ns, '-o', 'name'),
      'configmap/dependent\n',
    );
    await cluster.kubectl('delete', 'configmap', 'owner', '-n', ns);
    await eventually('dependent collected', async () => {
      const out = await cluster.kubectl('get', 'configmap', '-n', ns, '-o', 'name');
      return out.includes('configmap/dependent') ? undefined : true;
    });
  });
});
