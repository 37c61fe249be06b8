// A real node in the local cluster: containerd + runc, kubelet, kube-proxy, CoreDNS, the volume
// keeper and the API server's door for pods as host processes, pods on a bridge of ours, our
// images imported (never pulled).
// Only one real node per machine (one bridge, one guard); its record in the cache says where.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterState } from '../cluster.ts';
import { realNodeName } from '../pki.ts';
import { isAlive, stopPid } from '../processes.ts';
import { binDir, cacheDir } from '../tools.ts';
import {
  logTail,
  nodeContext,
  openApiDoor,
  startContainerd,
  startCoreDns,
  startKubelet,
  startKubeProxy,
  startNetworkPolicies,
  startVolumeKeeper,
  waitForNodeReady,
} from './components.ts';
import type { NodePaths } from './configs.ts';
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
import { applyGuard, createBridge, nodeNetwork } from './network.ts';
import { realNodeUnavailable } from './preflight.ts';
import { applyNodeFixtures } from './rbac.ts';
import { teardownNode } from './teardown.ts';

export { realNodeName } from '../pki.ts';
export { realNodeNamespaceAnnotations } from './configs.ts';

/** What the machine was like before the node, for teardown and for the test that checks it. */
export interface MachineBefore {
  sysctls: Sysctls;
  iptables: IptablesSnapshot;
  paths: string[];
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
  const record: NodeState = {
    clusterDir: cluster.dir,
    paths,
    pids: {},
    before: machineNow(),
    images: { app: '', imported: [] },
  };
  const save = () => {
    writeFileSync(join(state, 'state.json'), JSON.stringify(record, null, 2));
    writeFileSync(nodeRecord(), JSON.stringify({ state: join(state, 'state.json') }));
  };
  mkdirSync(join(cacheDir(), 'run'), { recursive: true });
  save(); // from here on, teardown can undo whatever follows

  const ctx = nodeContext(cluster, paths, opts.detached ?? false, (s) => {
    record.pids[s.name] = s.pid;
    save();
  });
  try {
    createBridge();
    applyGuard();
    await applyNodeFixtures(cluster.kubectl, state);
    await startContainerd(ctx);
    record.images = await importImages(paths, opts.appTag ?? 'dev', log);
    save();
    await startKubelet(ctx);
    await startKubeProxy(ctx);
    const coredns = await startCoreDns(ctx);
    startVolumeKeeper(ctx);
    await openApiDoor(ctx);
    await waitForNodeReady(ctx);
    await startNetworkPolicies(ctx); // kube-router reads its own Node: only once kubelet registered it
    await coredns.ready();
    log(
      `real node ${realNodeName} Ready (pods on ${nodeNetwork.podCidr}, Services on ${nodeNetwork.serviceCidr})`,
    );
    return { ...record, stop: () => stopRealNode(join(state, 'state.json')) };
  } catch (err) {
    const tails = ctx.started.map((s) => `\n  ${s.name}: ${logTail(ctx, s.name)}`).join('');
    await stopRealNode(join(state, 'state.json'));
    throw new Error(`${(err as Error).message}${tails}`);
  }
}

function machineNow(): MachineBefore {
  return {
    sysctls: readSysctls(),
    iptables: snapshotIptables(),
    paths: existingPaths(),
    ipsets: ipsets(),
  };
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

/** The node the machine's record names: its state file, state, and whether it still runs with its cluster. */
function recordedNode(): { file: string; st?: NodeState; alive: boolean } | undefined {
  if (!existsSync(nodeRecord())) return undefined;
  const { state: file } = JSON.parse(readFileSync(nodeRecord(), 'utf8')) as { state: string };
  if (!existsSync(file)) return { file, alive: false };
  const st = JSON.parse(readFileSync(file, 'utf8')) as NodeState;
  return {
    file,
    st,
    alive: Object.values(st.pids).some(isAlive) && existsSync(join(st.clusterDir, 'state.json')),
  };
}

/** The cluster folder whose real node runs on this machine now, if another's than `clusterDir`. */
export function realNodeOfAnotherCluster(clusterDir: string): string | undefined {
  const r = recordedNode();
  return r?.alive && r.st && r.st.clusterDir !== clusterDir ? r.st.clusterDir : undefined;
}

/** A node a crashed run left behind (its processes or its cluster are gone): torn down first. */
async function clearStaleNode(log: (l: string) => void): Promise<void> {
  const r = recordedNode();
  if (!r) return;
  if (r.alive)
    throw new Error(
      `a real node is already running on this machine for the cluster in ${r.st?.clusterDir} (make cluster-down stops it)`,
    );
  if (r.st) log(`removing a real node left behind by an earlier run (${r.file})`);
  await stopRealNode(r.file);
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
