// The real node runs real containers of our own image: a Deployment answers through its
// ClusterIP, pods find Services by DNS name, a PVC keeps data across pods, kubectl logs/exec/
// port-forward work, a missing image fails at once — and nothing leaves the machine, and nothing
// is left on it after teardown.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { guardCount, guardRuleset, nodeNetwork } from '../../hack/localenv/node/network.ts';
import { type RealNode, realNodeName } from '../../hack/localenv/node/node.ts';
import { tool } from '../../hack/localenv/tools.ts';
import { releaseRealNode, useRealNode } from '../support/localenv.ts';
import { apply, eventually, jsonpath } from './support/operator.ts';
import { realNodeNamespace, tcpProbeScript } from './support/real-node.ts';

const ns = `real-${process.pid}`;

/** A container of our image running one of its roles, locked down as the operator's are. */
function ourContainer(image: string, args: string[], env: Record<string, string> = {}) {
  return {
    name: 'main',
    image,
    args,
    env: Object.entries(env).map(([name, value]) => ({ name, value })),
    ports: [
      { name: 'http', containerPort: 8080 },
      { name: 'admin', containerPort: 9090 },
    ],
    securityContext: {
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    },
    resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { memory: '256Mi' } },
  };
}

const podSecurity = { runAsUser: 65532, runAsGroup: 65532, seccompProfile: { type: 'RuntimeDefault' } };

function deployment(name: string, image: string, env: Record<string, string>) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          securityContext: podSecurity,
          automountServiceAccountToken: false,
          containers: [
            {
              ...ourContainer(image, ['mirror'], env),
              // The proxy's admin port: /readyz is true once its upstream answers.
              readinessProbe: { httpGet: { path: '/readyz', port: 'admin' }, periodSeconds: 1 },
            },
          ],
        },
      },
    },
  };
}

function service(name: string) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: ns },
    spec: { selector: { app: name }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
  };
}

/** Opens a TCP connection; resolves 'connected' or the error code (a short timeout = dropped). */
function tryConnect(host: string, port: number, timeoutMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const s = createConnection({ host, port });
    const done = (r: string) => {
      s.destroy();
      resolve(r);
    };
    s.setTimeout(timeoutMs, () => done('timeout'));
    s.on('connect', () => done('connected'));
    s.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
  });
}

describe('real node (kubelet + containerd, our image)', function () {
  this.timeout(900_000);
  let cluster: LocalCluster;
  let node: RealNode;
  const inPod = (pod: string, ...cmd: string[]) => cluster.kubectl('exec', '-n', ns, pod, '--', ...cmd);
  const nodeJs = (pod: string, script: string) => inPod(pod, 'node', '-e', script);

  before(async () => {
    ({ cluster, node } = await useRealNode());
    await realNodeNamespace(cluster, ns);
  });
  after(async () => {
    await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
    await releaseRealNode();
  });

  it('registers beside the KWOK node, Ready, tainted so that only chosen namespaces land there', async () => {
    const out = JSON.parse(await cluster.kubectl('get', 'node', realNodeName, '-o', 'json')) as {
      spec: { taints?: Array<{ key: string; effect: string }> };
      status: { nodeInfo: { containerRuntimeVersion: string; kubeletVersion: string } };
    };
    assert.equal(out.status.nodeInfo.kubeletVersion, 'v1.36.3');
    assert.match(out.status.nodeInfo.containerRuntimeVersion, /^containerd:\/\/2\.3\./);
    assert.ok(out.spec.taints?.some((t) => t.key === 'everyclass.io/real-node' && t.effect === 'NoSchedule'));
  });

  it('runs a Deployment of our image that answers /healthz through its ClusterIP from the host', async () => {
    await apply(
      cluster,
      // back proxies to its own admin port; front proxies to back by its Service's DNS name, so
      // host → front's ClusterIP → front → back's ClusterIP → back answers /healthz.
      deployment('back', node.images.app, { UPSTREAM_URL: 'http://127.0.0.1:9090' }),
      service('back'),
      deployment('front', node.images.app, { UPSTREAM_URL: `http://back.${ns}.svc.cluster.local` }),
      service('front'),
    );
    const started = Date.now();
    await cluster.kubectl(
      'wait',
      '-n',
      ns,
      '--for=condition=Available',
      'deployment/back',
      'deployment/front',
      '--timeout=180s',
    );
    console.log(`      two Deployments of our image Available in ${Date.now() - started} ms`);
    const pods = JSON.parse(await cluster.kubectl('get', 'pods', '-n', ns, '-o', 'json')) as {
      items: Array<{ spec: { nodeName: string }; status: { podIP: string } }>;
    };
    for (const p of pods.items) {
      assert.equal(p.spec.nodeName, realNodeName);
      assert.ok(p.status.podIP.startsWith('10.244.0.'), `pod IP ${p.status.podIP} is on the bridge`);
    }
    const ip = (
      await cluster.kubectl('get', 'svc', 'front', '-n', ns, '-o', 'jsonpath={.spec.clusterIP}')
    ).trim();
    assert.ok(ip.startsWith('10.96.'), ip);
    const res = await eventually('front /healthz via ClusterIP', async () => {
      const r = await fetch(`http://${ip}/healthz`, { signal: AbortSignal.timeout(2000) });
      return r.ok ? r : undefined;
    });
    assert.equal(res.status, 200);
  });

  it('gives pods no default route, cluster DNS only, and no names from outside', async () => {
    const pod = await podOf('front');
    const routes = await inPod(pod, 'cat', '/proc/net/route');
    const dests = routes
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split('\t')[1]);
    assert.ok(!dests.includes('00000000'), `a pod has a default route:\n${routes}`);
    const resolv = await inPod(pod, 'cat', '/etc/resolv.conf');
    assert.match(resolv, new RegExp(`^nameserver ${nodeNetwork.nodeIp.replaceAll('.', '\\.')}$`, 'm'));
    assert.equal(resolv.match(/^nameserver /gm)?.length, 1, resolv);
    // A Service by its DNS name from another pod, through kube-proxy, answered by the back pod.
    const answer = await nodeJs(
      pod,
      `fetch('http://back.${ns}.svc.cluster.local/healthz').then(r => console.log(r.status))`,
    );
    assert.equal(answer.trim(), '200');
    const outside = await nodeJs(
      pod,
      "require('dns').promises.lookup('registry.npmjs.org').then(a => console.log('resolved', a.address), e => console.log(e.code))",
    );
    assert.match(outside.trim(), /^(ENOTFOUND|EAI_AGAIN|ESERVFAIL|SERVFAIL|ENODATA)$/);
  });

  it('runs containers under seccomp RuntimeDefault as the uid the pod asks', async () => {
    const status = await inPod(await podOf('front'), 'cat', '/proc/self/status');
    assert.match(status, /^Seccomp:\s+2$/m);
    assert.match(status, /^Uid:\s+65532\s/m);
    assert.match(status, /^CapEff:\s+0+$/m);
  });

  it('supports kubectl logs, exec and port-forward', async () => {
    const pod = await podOf('front');
    const logs = await cluster.kubectl('logs', '-n', ns, pod);
    assert.match(logs, /"level"/, 'JSON log lines');
    assert.equal((await inPod(pod, 'node', '-p', 'process.getuid()')).trim(), '65532');
    const pf = spawn(tool('kubernetes', 'kubectl'), [
      `--kubeconfig=${cluster.kubeconfig}`,
      'port-forward',
      '-n',
      ns,
      `pod/${pod}`,
      ':8080',
      '--address=127.0.0.1',
    ]);
    try {
      const port = await new Promise<number>((resolve, reject) => {
        pf.stdout.on('data', (d: Buffer) => {
          const m = /127\.0\.0\.1:(\d+) ->/.exec(d.toString());
          if (m) resolve(Number(m[1]));
        });
        pf.on('exit', (c) => reject(new Error(`port-forward exited ${c}`)));
      });
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(r.status, 200);
    } finally {
      pf.kill();
    }
  });

  it("lets pods reach the API server as any cluster's pods do (kubernetes Service, ServiceAccount token)", async () => {
    await apply(cluster, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'api-client', namespace: ns },
      spec: {
        securityContext: podSecurity,
        terminationGracePeriodSeconds: 1,
        containers: [
          {
            ...ourContainer('', []),
            image: node.images.app,
            command: ['node', '-e', 'setInterval(() => {}, 1 << 30)'],
            env: [
              { name: 'NODE_EXTRA_CA_CERTS', value: '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt' },
            ],
          },
        ],
      },
    });
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'pod/api-client', '--timeout=120s');
    // In-cluster config, as client-node and client-go read it: the Service's address from the
    // environment, TLS checked against the cluster's CA, the pod's own token.
    const ask = (path: string) =>
      nodeJs(
        'api-client',
        [
          `const t = require('fs').readFileSync('/var/run/secrets/kubernetes.io/serviceaccount/token', 'utf8');`,
          `const u = 'https://' + process.env.KUBERNETES_SERVICE_HOST + ':' + process.env.KUBERNETES_SERVICE_PORT + '${path}';`,
          `fetch(u, { headers: { authorization: 'Bearer ' + t } })`,
          `.then(async (r) => console.log(r.status, await r.text()), (e) => console.log('error', e.cause?.code ?? e.message));`,
        ].join(' '),
      );
    const version = await ask('/version');
    assert.match(version, /^200 .*"gitVersion": ?"v1\./s, version);
    // Authenticated as the pod's ServiceAccount (RBAC then refuses what it was not granted).
    const pods = await ask(`/api/v1/namespaces/${ns}/pods`);
    assert.match(pods, new RegExp(`^403 .*system:serviceaccount:${ns}:default`, 's'), pods);
    await cluster.kubectl('delete', 'pod', 'api-client', '-n', ns, '--wait=false');
  });

  it('keeps a PVC of the default StorageClass across pods, writable by a non-root uid (fsGroup)', async () => {
    const sts = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'disk', namespace: ns },
      spec: {
        serviceName: 'disk',
        replicas: 1,
        selector: { matchLabels: { app: 'disk' } },
        template: {
          metadata: { labels: { app: 'disk' } },
          spec: {
            securityContext: { ...podSecurity, runAsUser: 999, runAsGroup: 999, fsGroup: 999 },
            terminationGracePeriodSeconds: 1, // node as PID 1 ignores SIGTERM
            containers: [
              {
                ...ourContainer(node.images.app, []),
                command: ['node', '-e', 'setInterval(() => {}, 1 << 30)'],
                volumeMounts: [{ name: 'data', mountPath: '/data' }],
              },
            ],
          },
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
    await cluster.kubectl('rollout', 'status', '-n', ns, 'statefulset/disk', '--timeout=180s');
    await inPod('disk-0', 'node', '-e', "require('fs').writeFileSync('/data/note', 'kept')");
    const uid = (
      await cluster.kubectl('get', 'pod', 'disk-0', '-n', ns, '-o', 'jsonpath={.metadata.uid}')
    ).trim();
    await cluster.kubectl('delete', 'pod', 'disk-0', '-n', ns, '--wait=true');
    await eventually('a new disk-0', async () => {
      const now = (
        await cluster.kubectl('get', 'pod', 'disk-0', '-n', ns, '-o', 'jsonpath={.metadata.uid}')
      ).trim();
      return now && now !== uid ? now : undefined;
    });
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'pod/disk-0', '--timeout=120s');
    assert.equal((await inPod('disk-0', 'cat', '/data/note')).trim(), 'kept');
  });

  it('fails a pod with a missing image at once, locally (no registry is ever reached)', async () => {
    const waiting = (field: 'reason' | 'message') =>
      jsonpath(cluster, ns, 'pod/no-such-image', `{.status.containerStatuses[0].state.waiting.${field}}`);
    const started = Date.now();
    await apply(cluster, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'no-such-image', namespace: ns },
      spec: {
        securityContext: podSecurity,
        containers: [ourContainer('ghcr.io/everyclass/everyclass:0.0.0-absent', ['web'])],
      },
    });
    const reason = await eventually(
      'ErrImagePull',
      async () => {
        const r = await waiting('reason');
        return /ErrImagePull|ImagePullBackOff/.test(r) ? r : undefined;
      },
      30_000,
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(`      ${reason} after ${seconds.toFixed(1)} s`);
    const msg = await waiting('message');
    assert.match(msg, /127\.0\.0\.1:1|connection refused/, `the pull went to the dead local address: ${msg}`);
  });

  it('keeps every cluster-range packet on the machine (the guard, read and exercised locally)', async () => {
    const rules = execFileSync('nft', ['list', 'table', 'inet', 'everyclass'], { encoding: 'utf8' });
    for (const r of nodeNetwork.guarded) assert.ok(rules.includes(r), `guard covers ${r}`);
    assert.ok(guardRuleset().includes('hook postrouting priority 200'));
    assert.match(rules, /hook postrouting priority 200/);
    // An unused Service address and a pod-range address off our bridge: no kube-proxy rule and no
    // route here, so only the guard stands between them and the default route.
    const before = guardCount('leaving');
    assert.notEqual(await tryConnect('10.96.255.254', 80), 'connected');
    assert.notEqual(await tryConnect('10.244.200.7', 80), 'connected');
    assert.ok(guardCount('leaving') >= before + 2, 'both SYNs were dropped on postrouting');
    // A pod cannot reach kubelet (or anything else on the host but DNS).
    const kubeletPort = JSON.parse(await cluster.kubectl('get', 'node', realNodeName, '-o', 'json')).status
      .daemonEndpoints.kubeletEndpoint.Port as number;
    const toHost = guardCount('pod_to_host');
    const fromPod = await nodeJs(await podOf('front'), tcpProbeScript(nodeNetwork.nodeIp, kubeletPort, 1500));
    assert.notEqual(fromPod.trim(), 'connected');
    assert.ok(guardCount('pod_to_host') > toHost);
  });

  it('leaves nothing on the machine after teardown', async () => {
    const left = await releaseRealNode();
    assert.deepEqual(left, []);
  });

  async function podOf(app: string): Promise<string> {
    const name = await cluster.kubectl(
      'get',
      'pods',
      '-n',
      ns,
      '-l',
      `app=${app}`,
      '-o',
      'jsonpath={.items[0].metadata.name}',
    );
    return name.trim();
  }
});
