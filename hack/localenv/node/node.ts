// A real node in the local cluster: containerd + runc, kubelet, kube-proxy, CoreDNS and the
// volume keeper as host processes, pods on a bridge of ours, our images imported (never pulled).
// Only one real node per machine (one bridge, one guard); its record in the cache says where.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type ClusterState, kubeconfigYaml } from '../cluster.ts';
import { realNodeName, type TokenUser, tokenUserName } from '../pki.ts';
import { freePort, isAlive, type Started, startProcess, stopPid, waitFor } from '../processes.ts';
import { binDir, cacheDir, repoRoot } from '../tools.ts';
import {
  containerdToml,
  corefile,
  kubeletConfigYaml,
  kubeProxyConfigYaml,
  type NodePaths,
  realNodeLabel,
  registryHostsToml,
} from './configs.ts';
import {
  changedSysctls,
  existingPaths,
  type IptablesSnapshot,
  ipsets,
  readSysctls,
  type Sysctls,
  snapshotIptables,
  sysctlName,
} from './host.ts';
import { importImages, type NodeImages } from './images.ts';
import { applyGuard, cniConflist, createBridge, nodeNetwork } from './network.ts';
import { realNodeUnavailable } from './preflight.ts';
import { teardownNode } from './teardown.ts';

export { realNodeName } from '../pki.ts';
export { realNodeNamespaceAnnotations } from './configs.ts';

/** What the machine was like before the node, for teardown and for the test that checks it. */
export interface MachineBefore {
  sysctls: Sysctls;
  iptables: IptablesSnapshot;
  paths: string[];
  ipForward: string;
  ipsets: string[];
}

export interface NodeState {
  clusterDir: string;
  paths: NodePaths;
  pids: Record<string, number>;
  before: MachineBefore;
  images: NodeImages;
}

export interface RealNode extends NodeState {
  /** Tears the node down; resolves with what is left on the machine (empty = as before). */
  stop(): Promise<string[]>;
}

/** Where the one real node of this machine is recorded. */
export const nodeRecord = (): string => join(cacheDir(), 'run', 'real-node.json');

export interface NodeOptions {
  cluster: ClusterState & { kubectl(...args: string[]): Promise<string> };
  detached?: boolean;
  log?: (line: string) => void;
  /** The tag our app image is built and imported under (ghcr.io/everyclass/everyclass:TAG). */
  appTag?: string;
}

export async function startRealNode(opts: NodeOptions): Promise<RealNode> {
  const log = opts.log ?? (() => {});
  const why = realNodeUnavailable();
  if (why) throw new Error(`no real node on this machine: ${why}`);
  await clearStaleNode(log);

  const { cluster } = opts;
  const state = join(cluster.dir, 'node');
  const paths = nodePaths(state);
  for (const d of [state, join(state, 'logs'), paths.cniConf, paths.registryHosts, paths.containerdRoot])
    mkdirSync(d, { recursive: true });
  const before: MachineBefore = {
    sysctls: readSysctls(),
    iptables: snapshotIptables(),
    paths: existingPaths(),
    ipForward: readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8').trim(),
    ipsets: ipsets(),
  };
  const record: NodeState = {
    clusterDir: cluster.dir,
    paths,
    pids: {},
    before,
    images: { app: '', pulled: [] },
  };
  const save = () => {
    writeFileSync(join(state, 'state.json'), JSON.stringify(record, null, 2));
    writeFileSync(nodeRecord(), JSON.stringify({ state: join(state, 'state.json') }));
  };
  mkdirSync(join(cacheDir(), 'run'), { recursive: true });
  save(); // from here on, teardown can undo whatever follows

  const started: Started[] = [];
  const track = (s: Started) => {
    started.push(s);
    record.pids[s.name] = s.pid;
    save();
  };
  const logs = join(state, 'logs');
  const detached = opts.detached ?? false;
  try {
    const bins = {
      k8s: binDir('kubernetes-node'),
      containerd: binDir('containerd'),
      coredns: binDir('coredns'),
    };
    createBridge();
    applyGuard();
    await applyNodeFixtures(cluster.kubectl, state);

    // containerd: our config, registries that refuse at once, and a proxy that refuses too.
    mkdirSync(join(paths.registryHosts, '_default'), { recursive: true });
    writeFileSync(join(paths.registryHosts, '_default', 'hosts.toml'), registryHostsToml());
    writeFileSync(
      join(paths.cniConf, '10-everyclass.conflist'),
      JSON.stringify(cniConflist(join(state, 'ipam'))),
    );
    writeFileSync(join(state, 'containerd.toml'), containerdToml(paths));
    const env = {
      ...process.env,
      PATH: `${bins.containerd}:/usr/local/sbin:/usr/sbin:/sbin:${process.env.PATH ?? ''}`,
      HTTPS_PROXY: 'http://127.0.0.1:1',
      HTTP_PROXY: 'http://127.0.0.1:1',
      NO_PROXY: '',
    };
    track(
      startProcess(
        'containerd',
        join(bins.containerd, 'containerd'),
        ['--config', join(state, 'containerd.toml')],
        logs,
        detached,
        env,
      ),
    );
    await waitFor('containerd', async () => (existsSync(paths.containerdSocket) ? true : undefined), 30_000);
    await waitForCri(paths);
    record.images = await importImages(paths, opts.appTag ?? 'dev', log);
    save();

    // Components' credentials: one kubeconfig each, its own token (RBAC and the Node authorizer).
    const kubeconfigOf = (who: TokenUser) => {
      const file = join(state, `${who}.kubeconfig`);
      const ca = readFileSync(join(cluster.dir, 'pki', 'apiserver.crt'));
      writeFileSync(file, kubeconfigYaml(cluster.server, tokenOf(cluster.dir, who), ca), { mode: 0o600 });
      return file;
    };
    const pkiDir = join(cluster.dir, 'pki');
    const ports = { port: await freePort(), healthzPort: await freePort() };
    writeFileSync(
      join(state, 'kubelet.yaml'),
      kubeletConfigYaml(
        paths,
        {
          caCert: join(pkiDir, 'ca.crt'),
          cert: join(pkiDir, 'kubelet-serving.crt'),
          key: join(pkiDir, 'kubelet-serving.key'),
        },
        ports,
      ),
    );
    for (const d of cgroupHierarchies()) mkdirSync(join(d, paths.cgroupRoot), { recursive: true });
    track(
      startProcess(
        'kubelet',
        join(bins.k8s, 'kubelet'),
        [
          `--config=${join(state, 'kubelet.yaml')}`,
          `--kubeconfig=${kubeconfigOf('kubelet')}`,
          `--root-dir=${paths.kubeletRoot}`,
          `--hostname-override=${realNodeName}`,
          `--node-ip=${nodeNetwork.nodeIp}`,
          `--node-labels=${realNodeLabel.key}=${realNodeLabel.value}`,
          '--v=1',
        ],
        logs,
        detached,
        env,
      ),
    );
    writeFileSync(
      join(state, 'kube-proxy.yaml'),
      kubeProxyConfigYaml(kubeconfigOf('kubeProxy'), {
        healthz: await freePort(),
        metrics: await freePort(),
      }),
    );
    track(
      startProcess(
        'kube-proxy',
        join(bins.k8s, 'kube-proxy'),
        [`--config=${join(state, 'kube-proxy.yaml')}`, '--v=1'],
        logs,
        detached,
        env,
      ),
    );
    const dnsPorts = { health: await freePort(), ready: await freePort() };
    writeFileSync(join(state, 'Corefile'), corefile(kubeconfigOf('coredns'), dnsPorts));
    track(
      startProcess(
        'coredns',
        join(bins.coredns, 'coredns'),
        ['-conf', join(state, 'Corefile')],
        logs,
        detached,
        env,
      ),
    );
    track(
      startProcess(
        'volume-keeper',
        process.execPath,
        [
          join(repoRoot, 'hack/localenv/node/volumes.ts'),
          kubeconfigOf('volumes'),
          join(cluster.dir, 'volumes'),
        ],
        logs,
        detached,
      ),
    );

    await waitFor(
      `node ${realNodeName} Ready`,
      async () => {
        for (const s of started)
          if (!isAlive(s.pid)) throw new Error(`${s.name} exited (see ${logs}/${s.name}.log)`);
        const out = await cluster.kubectl(
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
    // kube-router reads its own Node at start: only once kubelet has registered it.
    const policies = startNetworkPolicies(kubeconfigOf('networkPolicies'), state, detached, env);
    track(policies);
    await waitFor(
      'kube-router network policy controller',
      async () => {
        if (!isAlive(policies.pid)) throw new Error(`kube-router exited (see ${logs}/network-policies.log)`);
        return tail(join(logs, 'network-policies.log'), 400).includes('Restoring IPv4 iptables rules')
          ? true
          : undefined;
      },
      60_000,
    );
    await waitFor(
      'CoreDNS ready',
      async () => ((await fetch(`http://127.0.0.1:${dnsPorts.ready}/ready`)).ok ? true : undefined),
      60_000,
    );
    log(
      `real node ${realNodeName} Ready (pods on ${nodeNetwork.podCidr}, Services on ${nodeNetwork.serviceCidr})`,
    );
    return { ...record, stop: () => stopRealNode(join(state, 'state.json')) };
  } catch (err) {
    const tails = started.map((s) => `\n  ${s.name}: ${tail(join(logs, `${s.name}.log`))}`).join('');
    await stopRealNode(join(state, 'state.json'));
    throw new Error(`${(err as Error).message}${tails}`);
  }
}

/** Stops the node recorded at `stateFile` and puts the machine back; returns what is left (empty = clean). */
export async function stopRealNode(
  stateFile: string,
  log: (l: string) => void = () => {},
): Promise<string[]> {
  if (!existsSync(stateFile)) return [];
  const st = JSON.parse(readFileSync(stateFile, 'utf8')) as NodeState;
  const changed = Object.entries(changedSysctls(st.before.sysctls)).map(
    ([k, [was, now]]) => `${sysctlName(k)} ${was} → ${now}`,
  );
  if (changed.length) log(`putting back kernel settings the node changed: ${changed.join(', ')}`);
  const left = await teardownNode(st, async (pid) => stopPid(pid, 10_000));
  rmSync(st.paths.state, { recursive: true, force: true });
  if (existsSync(nodeRecord()) && readFileSync(nodeRecord(), 'utf8').includes(stateFile))
    rmSync(nodeRecord());
  return left;
}

/** The state file of the real node of the cluster in `clusterDir`, when it runs. */
export function runningRealNode(clusterDir: string): string | undefined {
  const file = join(clusterDir, 'node', 'state.json');
  if (!existsSync(file)) return undefined;
  const st = JSON.parse(readFileSync(file, 'utf8')) as NodeState;
  return Object.values(st.pids).some(isAlive) ? file : undefined;
}

/** Stops the real node of the cluster in `clusterDir`, if it has one; resolves with what is left. */
export async function stopRealNodeOf(clusterDir: string): Promise<string[]> {
  return stopRealNode(join(clusterDir, 'node', 'state.json'));
}

/** The cluster folder whose real node runs on this machine now, if another's than `clusterDir`. */
export function realNodeOfAnotherCluster(clusterDir: string): string | undefined {
  if (!existsSync(nodeRecord())) return undefined;
  const { state } = JSON.parse(readFileSync(nodeRecord(), 'utf8')) as { state: string };
  if (!existsSync(state)) return undefined;
  const st = JSON.parse(readFileSync(state, 'utf8')) as NodeState;
  const alive = Object.values(st.pids).some(isAlive) && existsSync(join(st.clusterDir, 'state.json'));
  return alive && st.clusterDir !== clusterDir ? st.clusterDir : undefined;
}

/** A node a crashed run left behind (its cluster is gone or it is ours to replace): torn down first. */
async function clearStaleNode(log: (l: string) => void): Promise<void> {
  if (!existsSync(nodeRecord())) return;
  const { state } = JSON.parse(readFileSync(nodeRecord(), 'utf8')) as { state: string };
  if (existsSync(state)) {
    const st = JSON.parse(readFileSync(state, 'utf8')) as NodeState;
    const alive = Object.values(st.pids).some(isAlive);
    const clusterAlive = existsSync(join(st.clusterDir, 'state.json'));
    if (alive && clusterAlive)
      throw new Error(
        `a real node is already running on this machine for the cluster in ${st.clusterDir} (make cluster-down stops it)`,
      );
    log(`removing a real node left behind by an earlier run (${state})`);
  }
  await stopRealNode(state);
  if (existsSync(nodeRecord())) rmSync(nodeRecord());
}

export function nodePaths(state: string): NodePaths {
  return {
    state,
    containerdRoot: join(cacheDir(), 'node', 'containerd'),
    containerdSocket: join(state, 'containerd.sock'),
    // Short (containerd's limit is 42 characters) and unique to this state folder.
    shimSockets: join('/run/everyclass', createHash('sha256').update(state).digest('hex').slice(0, 12)),
    cniBin: binDir('cni'),
    cniConf: join(state, 'cni'),
    runc: join(binDir('runc'), 'runc'),
    registryHosts: join(state, 'registry-hosts'),
    kubeletRoot: join(state, 'kubelet'),
    cgroupRoot: '/everyclass',
  };
}

/**
 * NetworkPolicy enforcement: kube-router's firewall only (iptables + ipset; no routing, no
 * service proxy, no health or metrics port). kube-network-policies would need nft's queue
 * expression, which these kernels are built without.
 */
function startNetworkPolicies(
  kubeconfig: string,
  state: string,
  detached: boolean,
  env: NodeJS.ProcessEnv,
): Started {
  return startProcess(
    'network-policies',
    join(binDir('kube-router'), 'kube-router'),
    [
      `--kubeconfig=${kubeconfig}`,
      `--hostname-override=${realNodeName}`,
      '--run-firewall=true',
      '--run-router=false',
      '--run-service-proxy=false',
      '--health-port=0',
      '--metrics-port=0',
      '--enable-ipv6=false',
      '--v=1',
    ],
    join(state, 'logs'),
    detached,
    env,
  );
}

/** kubelet exits at once if the CRI is not served yet: wait until containerd's CRI plugins are up. */
async function waitForCri(paths: NodePaths): Promise<void> {
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
      if (failed) throw new Error(`containerd could not load ${failed.split(/\s+/).slice(0, 2).join(' ')}`);
      return cri.length === 3 && cri.every((l) => /\sok\s*$/.test(l)) ? true : undefined;
    },
    30_000,
  );
}

function cgroupHierarchies(): string[] {
  const base = '/sys/fs/cgroup';
  return execFileSync('ls', [base], { encoding: 'utf8' })
    .split('\n')
    .filter((h) => h && h !== 'unified')
    .map((h) => join(base, h));
}

function tokenOf(clusterDir: string, who: TokenUser): string {
  const user = tokenUserName(who);
  const line = readFileSync(join(clusterDir, 'pki', 'tokens.csv'), 'utf8')
    .split('\n')
    .find((l) => l.split(',')[1] === user);
  if (!line) throw new Error(`no token for ${user} in ${clusterDir}/pki/tokens.csv`);
  return line.split(',')[0] ?? '';
}

/** RBAC of the node's helpers (CoreDNS reads Services and EndpointSlices; the keeper reads PVs). */
async function applyNodeFixtures(kubectl: (...a: string[]) => Promise<string>, state: string): Promise<void> {
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

function tail(file: string, lines = 4): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n    ');
  } catch {
    return '(no log)';
  }
}
