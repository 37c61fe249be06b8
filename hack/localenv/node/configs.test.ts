// The node's configuration files, as rendered: the settings each trap of the trial run needs.
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import {
  containerdToml,
  corefile,
  kubeletConfigYaml,
  kubeProxyConfigYaml,
  type NodePaths,
  realNodeNamespaceAnnotations,
  realNodeTaint,
  registryHostsToml,
} from './configs.ts';
import { nodeNetwork } from './network.ts';

const paths: NodePaths = {
  state: '/s',
  containerdRoot: '/cache/containerd',
  containerdSocket: '/s/containerd.sock',
  shimSockets: '/run/everyclass/0123abcd',
  cniBin: '/cni/bin',
  cniConf: '/s/cni',
  runc: '/runc/bin/runc',
  registryHosts: '/s/hosts',
  kubeletRoot: '/s/kubelet',
  cgroupRoot: '/everyclass',
};

describe('real node configuration (rendered)', () => {
  it('containerd: no lowering of oom_score_adj, netns under its state, cgroupfs, our runc and CNI', () => {
    const t = containerdToml(paths);
    assert.match(t, /restrict_oom_score_adj = true/);
    assert.match(t, /netns_mounts_under_state_dir = true/);
    assert.match(t, /SystemdCgroup = false/);
    assert.match(t, /BinaryName = '\/runc\/bin\/runc'/);
    assert.match(t, /bin_dirs = \['\/cni\/bin'\]/);
    assert.match(t, /config_path = '\/s\/hosts'/);
    assert.match(t, /sandbox = 'registry.k8s.io\/pause:3.10.2'/);
    assert.match(t, /socket_dir = '\/run\/everyclass\/0123abcd'/);
    // Nothing else under the machine's default paths.
    assert.doesNotMatch(t.replace('/run/everyclass/', ''), /'\/(run|var|etc|opt)\//);
  });

  it('every registry resolves to a loopback port that refuses', () => {
    assert.match(registryHostsToml(), /^server = "http:\/\/127\.0\.0\.1:1"$/m);
  });

  it('kubelet: node-IP only, no anonymous access, no read-only port, no upstream resolver for pods, no image GC', () => {
    const k = parse(
      kubeletConfigYaml(paths, { caCert: '/ca', cert: '/c', key: '/k' }, { port: 10, healthzPort: 11 }),
    ) as Record<string, unknown> & { authentication: { anonymous: { enabled: boolean } } };
    assert.equal(k.address, nodeNetwork.nodeIp);
    assert.equal(k.readOnlyPort, 0);
    assert.equal(k.healthzBindAddress, '127.0.0.1');
    assert.equal(k.authentication.anonymous.enabled, false);
    assert.equal(k.cgroupDriver, 'cgroupfs');
    assert.equal(k.failCgroupV1, false);
    assert.equal(k.resolvConf, '');
    assert.deepEqual(k.clusterDNS, [nodeNetwork.nodeIp]);
    assert.equal(k.imageGCHighThresholdPercent, 100);
    assert.equal(k.podLogsDir, '/s/pod-logs');
    assert.deepEqual(k.registerWithTaints, [{ key: realNodeTaint, value: 'true', effect: 'NoSchedule' }]);
  });

  it('kube-proxy: NodePorts on the node IP only, conntrack and route_localnet left alone', () => {
    const p = parse(kubeProxyConfigYaml('/kc', { healthz: 1, metrics: 2 })) as {
      nodePortAddresses: string[];
      iptables: { localhostNodePorts: boolean };
      conntrack: { maxPerCore: number };
      metricsBindAddress: string;
    };
    assert.deepEqual(p.nodePortAddresses, [`${nodeNetwork.nodeIp}/32`]);
    assert.equal(p.iptables.localhostNodePorts, false);
    assert.equal(p.conntrack.maxPerCore, 0);
    assert.match(p.metricsBindAddress, /^127\.0\.0\.1:/);
  });

  it('CoreDNS: answers cluster.local from the API, binds the bridge address, never forwards', () => {
    const c = corefile('/kc', { health: 1, ready: 2 });
    assert.match(c, /^cluster\.local:53 in-addr\.arpa:53 ip6\.arpa:53 \{/m);
    assert.equal(c.match(/bind 10\.244\.0\.1/g)?.length, 2);
    assert.doesNotMatch(c, /forward|proxy/);
    assert.match(c, /health 127\.0\.0\.1:1/);
  });

  it('a namespace chooses the real node by two admission annotations', () => {
    const a = realNodeNamespaceAnnotations();
    assert.equal(a['scheduler.alpha.kubernetes.io/node-selector'], 'everyclass.io/node=real');
    assert.deepEqual(JSON.parse(a['scheduler.alpha.kubernetes.io/defaultTolerations'] ?? ''), [
      { key: realNodeTaint, operator: 'Exists', effect: 'NoSchedule' },
    ]);
  });
});
