// Configuration files of the real node's components, rendered from where things live (pure).
import { stringify } from 'yaml';
import { realNodeName } from '../pki.ts';
import { nodeNetwork } from './network.ts';

/** Where the node keeps its state; everything under these is removed by cluster-down. */
export interface NodePaths {
  /** Per-run state: sockets, kubelet's root, netns mounts, logs, configs. */
  state: string;
  /** containerd's content and snapshots: survives runs so imported images stay (cache). */
  containerdRoot: string;
  containerdSocket: string;
  /** The shims' sockets: containerd allows at most 42 characters here, so not under `state`. */
  shimSockets: string;
  cniBin: string;
  cniConf: string;
  runc: string;
  registryHosts: string;
  kubeletRoot: string;
  /** Parent cgroup of every pod (in each v1 hierarchy), so teardown knows what is ours. */
  cgroupRoot: string;
}

/**
 * containerd 2.3 (config version 4). The CRI never pulls (every registry resolves to a port that
 * refuses, see registryHostsToml), may not lower oom_score_adj (these machines lack
 * CAP_SYS_RESOURCE; kubelet asks -998 for sandboxes), keeps netns mounts under its state dir, and
 * uses the cgroupfs driver (no systemd as PID 1 here).
 */
export function containerdToml(p: NodePaths): string {
  const q = (s: string) => `'${s}'`;
  return `version = 4
root = ${q(p.containerdRoot)}
state = ${q(`${p.state}/containerd`)}
imports = []
disabled_plugins = ['io.containerd.nri.v1.nri', 'io.containerd.internal.v1.tracing', 'io.containerd.tracing.processor.v1.otlp']

[plugins]
  [plugins.'io.containerd.server.v1.grpc']
    address = ${q(p.containerdSocket)}
  [plugins.'io.containerd.server.v1.ttrpc']
    address = ${q(`${p.containerdSocket}.ttrpc`)}
  [plugins.'io.containerd.server.v1.debug']
    address = ''
  [plugins.'io.containerd.internal.v1.opt']
    path = ${q(`${p.containerdRoot}/opt`)}
  [plugins.'io.containerd.shim.v1.manager']
    socket_dir = ${q(p.shimSockets)}
  [plugins.'io.containerd.transfer.v1.local']
    config_path = ${q(p.registryHosts)}
  [plugins.'io.containerd.cri.v1.images']
    snapshotter = 'overlayfs'
    [plugins.'io.containerd.cri.v1.images'.pinned_images]
      sandbox = 'registry.k8s.io/pause:3.10.2'
    [plugins.'io.containerd.cri.v1.images'.registry]
      config_path = ${q(p.registryHosts)}
  [plugins.'io.containerd.cri.v1.runtime']
    restrict_oom_score_adj = true
    netns_mounts_under_state_dir = true
    enable_selinux = false
    disable_apparmor = true
    [plugins.'io.containerd.cri.v1.runtime'.containerd]
      default_runtime_name = 'runc'
      [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc]
        runtime_type = 'io.containerd.runc.v2'
        [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]
          BinaryName = ${q(p.runc)}
          Root = ${q(`${p.state}/runc`)}
          SystemdCgroup = false
    [plugins.'io.containerd.cri.v1.runtime'.cni]
      bin_dirs = [${q(p.cniBin)}]
      conf_dir = ${q(p.cniConf)}
      max_conf_num = 1
  [plugins.'io.containerd.grpc.v1.cri']
    stream_server_address = '127.0.0.1'
    stream_server_port = '0'
`;
}

/** hosts.toml of the `_default` registry: every registry is a loopback port that refuses. */
export const deadRegistry = 'http://127.0.0.1:1';
export function registryHostsToml(): string {
  return `server = "${deadRegistry}"\n\n[host."${deadRegistry}"]\n  capabilities = ["pull", "resolve"]\n`;
}

export interface KubeletPorts {
  port: number;
  healthzPort: number;
}

/**
 * kubelet: listens only on the node IP (TLS, clients by our CA or by token review), never
 * anonymously; cgroupfs on cgroup v1; pod DNS at the bridge, no upstream resolver for pods
 * (resolvConf ''); image GC off (an image deleted here could not be pulled back).
 */
export function kubeletConfigYaml(
  p: NodePaths,
  pki: { caCert: string; cert: string; key: string },
  ports: KubeletPorts,
): string {
  return stringify({
    apiVersion: 'kubelet.config.k8s.io/v1beta1',
    kind: 'KubeletConfiguration',
    address: nodeNetwork.nodeIp,
    port: ports.port,
    readOnlyPort: 0,
    healthzBindAddress: '127.0.0.1',
    healthzPort: ports.healthzPort,
    tlsCertFile: pki.cert,
    tlsPrivateKeyFile: pki.key,
    authentication: {
      anonymous: { enabled: false },
      webhook: { enabled: true },
      x509: { clientCAFile: pki.caCert },
    },
    authorization: { mode: 'Webhook' },
    containerRuntimeEndpoint: `unix://${p.containerdSocket}`,
    cgroupDriver: 'cgroupfs',
    cgroupRoot: p.cgroupRoot,
    failCgroupV1: false,
    failSwapOn: false,
    clusterDNS: [nodeNetwork.nodeIp],
    clusterDomain: nodeNetwork.clusterDomain,
    resolvConf: '',
    registerWithTaints: [{ key: realNodeTaint, value: 'true', effect: 'NoSchedule' }],
    imageGCHighThresholdPercent: 100,
    imageGCLowThresholdPercent: 99,
    imageMaximumGCAge: '0s',
    // A shared development machine: evict only when it is really out of room.
    evictionHard: {
      'memory.available': '200Mi',
      'nodefs.available': '2%',
      'imagefs.available': '2%',
      'nodefs.inodesFree': '2%',
    },
    maxPods: 40,
    serializeImagePulls: false,
    shutdownGracePeriod: '0s',
    kernelMemcgNotification: false,
    staticPodPath: '',
    volumePluginDir: `${p.state}/volume-plugins`,
    podLogsDir: `${p.state}/pod-logs`,
    // The sysctls kubelet would set machine-wide; cluster-down puts back whatever it changed.
    protectKernelDefaults: false,
    enableServer: true,
    localStorageCapacityIsolation: true,
  });
}

/** The taint and label that keep ordinary pods on KWOK's node and put chosen namespaces here. */
export const realNodeTaint = 'everyclass.io/real-node';
export const realNodeLabel = { key: 'everyclass.io/node', value: 'real' };

/**
 * The namespace annotations that put every pod of a namespace on the real node: PodNodeSelector
 * adds the node selector, PodTolerationRestriction the toleration of the real node's taint.
 */
export function realNodeNamespaceAnnotations(): Record<string, string> {
  return {
    'scheduler.alpha.kubernetes.io/node-selector': `${realNodeLabel.key}=${realNodeLabel.value}`,
    'scheduler.alpha.kubernetes.io/defaultTolerations': JSON.stringify([
      { key: realNodeTaint, operator: 'Exists', effect: 'NoSchedule' },
    ]),
  };
}

/**
 * kube-proxy in iptables mode: NodePorts only on the node IP, no localhost NodePorts (so no
 * route_localnet), conntrack sysctls left as they are.
 */
export function kubeProxyConfigYaml(kubeconfig: string, ports: { healthz: number; metrics: number }): string {
  return stringify({
    apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
    kind: 'KubeProxyConfiguration',
    clientConnection: { kubeconfig },
    mode: 'iptables',
    hostnameOverride: realNodeName,
    clusterCIDR: nodeNetwork.podCidr,
    bindAddress: nodeNetwork.nodeIp,
    healthzBindAddress: `127.0.0.1:${ports.healthz}`,
    metricsBindAddress: `127.0.0.1:${ports.metrics}`,
    nodePortAddresses: [`${nodeNetwork.nodeIp}/32`],
    iptables: { localhostNodePorts: false, masqueradeAll: false },
    conntrack: { maxPerCore: 0, min: 0, tcpEstablishedTimeout: '0s', tcpCloseWaitTimeout: '0s' },
  });
}

/**
 * CoreDNS on the bridge address: cluster.local and the reverse zones from the API; every other
 * name is answered here with an error and never forwarded.
 */
export function corefile(kubeconfig: string, ports: { health: number; ready: number }): string {
  const ip = nodeNetwork.nodeIp;
  return `${nodeNetwork.clusterDomain}:53 in-addr.arpa:53 ip6.arpa:53 {
    bind ${ip}
    errors
    health 127.0.0.1:${ports.health}
    ready 127.0.0.1:${ports.ready}
    kubernetes ${nodeNetwork.clusterDomain} in-addr.arpa ip6.arpa {
        kubeconfig ${kubeconfig}
        pods disabled
    }
    cache 5
}
.:53 {
    bind ${ip}
    errors
}
`;
}
