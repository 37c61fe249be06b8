// The real node's processes, each started from its rendered configuration (configs.ts) with its
// own credentials (rbac.ts): containerd, kubelet, kube-proxy, CoreDNS, the volume keeper and
// kube-router's firewall. node.ts decides the order.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterState } from '../cluster.ts';
import { realNodeName, type TokenUser } from '../pki.ts';
import { freePort, isAlive, type Started, startProcess, waitFor } from '../processes.ts';
import { binDir, repoRoot } from '../tools.ts';
import {
  containerdToml,
  corefile,
  kubeletConfigYaml,
  kubeProxyConfigYaml,
  type NodePaths,
  realNodeLabel,
  registryHostsToml,
} from './configs.ts';
import { cniConflist, nodeNetwork } from './network.ts';
import { componentKubeconfig } from './rbac.ts';

export interface NodeContext {
  cluster: ClusterState & { kubectl(...args: string[]): Promise<string> };
  paths: NodePaths;
  logs: string;
  detached: boolean;
  /** containerd's bin dir on PATH (its shim), and a proxy that refuses: nothing is fetched. */
  env: NodeJS.ProcessEnv;
  started: Started[];
  start(name: string, bin: string, args: string[], env?: NodeJS.ProcessEnv): Started;
  kubeconfigOf(who: TokenUser): string;
}

export function nodeContext(
  cluster: NodeContext['cluster'],
  paths: NodePaths,
  detached: boolean,
  onStart: (s: Started) => void,
): NodeContext {
  const logs = join(paths.state, 'logs');
  const env = {
    ...process.env,
    PATH: `${binDir('containerd')}:/usr/local/sbin:/usr/sbin:/sbin:${process.env.PATH ?? ''}`,
    HTTPS_PROXY: 'http://127.0.0.1:1',
    HTTP_PROXY: 'http://127.0.0.1:1',
    NO_PROXY: '',
  };
  const started: Started[] = [];
  return {
    cluster,
    paths,
    logs,
    detached,
    env,
    started,
    start: (name, bin, args, e = env) => {
      const s = startProcess(name, bin, args, logs, detached, e);
      started.push(s);
      onStart(s);
      return s;
    },
    kubeconfigOf: (who) => componentKubeconfig(cluster, paths.state, who),
  };
}

export function logTail(ctx: NodeContext, name: string, lines = 4): string {
  try {
    return readFileSync(join(ctx.logs, `${name}.log`), 'utf8')
      .trim()
      .split('\n')
      .slice(-lines)
      .join('\n    ');
  } catch {
    return '(no log)';
  }
}

/** containerd with registries that refuse at once, then its CRI (kubelet exits on an unserved CRI). */
export async function startContainerd(ctx: NodeContext): Promise<void> {
  const { paths } = ctx;
  mkdirSync(join(paths.registryHosts, '_default'), { recursive: true });
  writeFileSync(join(paths.registryHosts, '_default', 'hosts.toml'), registryHostsToml());
  writeFileSync(
    join(paths.cniConf, '10-everyclass.conflist'),
    JSON.stringify(cniConflist(join(paths.state, 'ipam'))),
  );
  const config = join(paths.state, 'containerd.toml');
  writeFileSync(config, containerdToml(paths));
  ctx.start('containerd', join(binDir('containerd'), 'containerd'), ['--config', config]);
  await waitFor('containerd', async () => (existsSync(paths.containerdSocket) ? true : undefined), 30_000);
  const ctr = join(binDir('containerd'), 'ctr');
  await waitFor(
    "containerd's CRI plugins",
    async () => {
      const out = execFileSync(ctr, ['--address', paths.containerdSocket, 'plugins', 'ls'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const cri = out
        .split('\n')
        .filter((l) =>
          /^(io\.containerd\.cri\.v1\s+(images|runtime)|io\.containerd\.grpc\.v1\s+cri)\s/.test(l),
        );
      const failed = cri.find((l) => /\serror\s*$/.test(l));
      if (failed)
        throw new Error(
          `containerd could not load ${failed.split(/\s+/).slice(0, 2).join(' ')} (see ${ctx.logs}/containerd.log)`,
        );
      return cri.length === 3 && cri.every((l) => /\sok\s*$/.test(l)) ? true : undefined;
    },
    30_000,
  );
}

export async function startKubelet(ctx: NodeContext): Promise<void> {
  const { paths, cluster } = ctx;
  const pki = join(cluster.dir, 'pki');
  const config = join(paths.state, 'kubelet.yaml');
  const ports = { port: await freePort(), healthzPort: await freePort() };
  const tls = {
    caCert: join(pki, 'ca.crt'),
    cert: join(pki, 'kubelet-serving.crt'),
    key: join(pki, 'kubelet-serving.key'),
  };
  writeFileSync(config, kubeletConfigYaml(paths, tls, ports));
  for (const h of readdirSync('/sys/fs/cgroup').filter((h) => h !== 'unified'))
    mkdirSync(join('/sys/fs/cgroup', h, paths.cgroupRoot), { recursive: true });
  ctx.start('kubelet', join(binDir('kubernetes-node'), 'kubelet'), [
    `--config=${config}`,
    `--kubeconfig=${ctx.kubeconfigOf('kubelet')}`,
    `--root-dir=${paths.kubeletRoot}`,
    `--hostname-override=${realNodeName}`,
    `--node-ip=${nodeNetwork.nodeIp}`,
    `--node-labels=${realNodeLabel.key}=${realNodeLabel.value}`,
    '--v=1',
  ]);
}

export async function startKubeProxy(ctx: NodeContext): Promise<void> {
  const config = join(ctx.paths.state, 'kube-proxy.yaml');
  const ports = { healthz: await freePort(), metrics: await freePort() };
  writeFileSync(config, kubeProxyConfigYaml(ctx.kubeconfigOf('kubeProxy'), ports));
  ctx.start('kube-proxy', join(binDir('kubernetes-node'), 'kube-proxy'), [`--config=${config}`, '--v=1']);
}

/** CoreDNS on the bridge address; resolves with a wait for its readiness. */
export async function startCoreDns(ctx: NodeContext): Promise<{ ready(): Promise<void> }> {
  const ports = { health: await freePort(), ready: await freePort() };
  const conf = join(ctx.paths.state, 'Corefile');
  writeFileSync(conf, corefile(ctx.kubeconfigOf('coredns'), ports));
  ctx.start('coredns', join(binDir('coredns'), 'coredns'), ['-conf', conf]);
  return {
    ready: async () => {
      await waitFor(
        'CoreDNS ready',
        async () => ((await fetch(`http://127.0.0.1:${ports.ready}/ready`)).ok ? true : undefined),
        60_000,
      );
    },
  };
}

export function startVolumeKeeper(ctx: NodeContext): void {
  ctx.start(
    'volume-keeper',
    process.execPath,
    [
      join(repoRoot, 'hack/localenv/node/volumes.ts'),
      ctx.kubeconfigOf('volumes'),
      join(ctx.cluster.dir, 'volumes'),
    ],
    process.env,
  );
}

/**
 * Pods reach the API server through the door on the node IP (api-door.ts), and find it as any
 * cluster's pods do: the `kubernetes` Service (10.96.0.1:443), whose endpoint kube-apiserver does
 * not publish here (`--endpoint-reconciler-type=none`), so the node publishes it.
 */
export async function openApiDoor(ctx: NodeContext): Promise<void> {
  const apiPort = Number(new URL(ctx.cluster.server).port);
  const door = ctx.start(
    'api-door',
    process.execPath,
    [
      join(repoRoot, 'hack/localenv/node/api-door.ts'),
      nodeNetwork.nodeIp,
      String(nodeNetwork.apiDoorPort),
      String(apiPort),
    ],
    process.env,
  );
  await waitFor(
    'the API door',
    async () => {
      if (!isAlive(door.pid)) throw new Error(`the API door exited: ${logTail(ctx, 'api-door')}`);
      return logTail(ctx, 'api-door').includes('api door') ? true : undefined;
    },
    10_000,
  );
  const file = join(ctx.paths.state, 'kubernetes-endpoints.yaml');
  writeFileSync(
    file,
    JSON.stringify({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: {
          'kubernetes.io/service-name': 'kubernetes',
          'endpointslice.kubernetes.io/managed-by': 'everyclass-localenv',
        },
      },
      addressType: 'IPv4',
      endpoints: [{ addresses: [nodeNetwork.nodeIp], conditions: { ready: true } }],
      ports: [{ name: 'https', port: nodeNetwork.apiDoorPort, protocol: 'TCP' }],
    }),
  );
  await ctx.cluster.kubectl('apply', '--server-side', '--field-manager=everyclass-localenv', '-f', file);
}

export async function waitForNodeReady(ctx: NodeContext): Promise<void> {
  await waitFor(
    `node ${realNodeName} Ready`,
    async () => {
      for (const s of ctx.started)
        if (!isAlive(s.pid)) throw new Error(`${s.name} exited (see ${ctx.logs}/${s.name}.log)`);
      const out = await ctx.cluster.kubectl(
        'get',
        'node',
        realNodeName,
        '-o',
        'jsonpath={.status.conditions[?(@.type=="Ready")].status}',
      );
      return out.trim() === 'True' ? true : undefined;
    },
    120_000,
  );
}

/**
 * NetworkPolicy enforcement: kube-router's firewall only (iptables + ipset; no routing, no
 * service proxy, no health or metrics port). kube-network-policies would need nft's queue
 * expression, which these kernels are built without.
 */
export async function startNetworkPolicies(ctx: NodeContext): Promise<void> {
  const p = ctx.start('network-policies', join(binDir('kube-router'), 'kube-router'), [
    `--kubeconfig=${ctx.kubeconfigOf('networkPolicies')}`,
    `--hostname-override=${realNodeName}`,
    '--run-firewall=true',
    '--run-router=false',
    '--run-service-proxy=false',
    '--health-port=0',
    '--metrics-port=0',
    '--enable-ipv6=false',
    '--v=1',
  ]);
  await waitFor(
    'kube-router network policy controller',
    async () => {
      if (!isAlive(p.pid)) throw new Error(`kube-router exited (see ${ctx.logs}/network-policies.log)`);
      return logTail(ctx, 'network-policies', 400).includes('Restoring IPv4 iptables rules')
        ? true
        : undefined;
    },
    60_000,
  );
}
