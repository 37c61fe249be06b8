// Undoes everything the real node did, in the order that lets each step succeed: the processes
// (kubelet first, so nothing restarts pods), every container and sandbox, containerd and its
// shims, then the machine's side: iptables, mounts, cgroups, the bridge, the guard, sysctls and
// the well-known paths. Returns what is still left (empty = the machine is as before).
import { execFile } from 'node:child_process';
import { existsSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { binDir } from '../tools.ts';
import {
  cgroupDirs,
  changedSysctls,
  destroyNewIpsets,
  ipsets,
  kubeChains,
  mountsUnder,
  nftTables,
  pidsInCgroups,
  processesMentioning,
  removeCgroups,
  removeNewPaths,
  restoreIptables,
  restoreSysctls,
  sysctlName,
  unmountUnder,
  wellKnownPaths,
} from './host.ts';
import { deleteBridge, guardTable, linkExists, nodeNetwork, removeGuard } from './network.ts';
import type { NodeState } from './node.ts';

const run = promisify(execFile);
const order = ['kubelet', 'kube-proxy', 'network-policies', 'coredns', 'volume-keeper', 'api-door'];

export async function teardownNode(st: NodeState, stop: (pid: number) => Promise<void>): Promise<string[]> {
  for (const name of order) {
    const pid = st.pids[name];
    if (pid !== undefined) await stop(pid);
  }
  // Any other helper the node started (and is not named above) goes too, before containerd.
  for (const [name, pid] of Object.entries(st.pids))
    if (!order.includes(name) && name !== 'containerd') await stop(pid);
  await removeContainers(st);
  if (st.pids.containerd !== undefined) await stop(st.pids.containerd);
  const needles = [st.paths.containerdSocket, st.paths.state];
  for (const pid of [...processesMentioning(needles), ...pidsInCgroups(st.paths.cgroupRoot)]) kill(pid);
  // kube-proxy's and kube-router's own cleanups first (kube-router also destroys its ipsets);
  // restoreIptables then covers whatever they leave.
  const cleanups: Array<[string, string[]]> = [
    [join(binDir('kubernetes-node'), 'kube-proxy'), ['--cleanup']],
    [join(binDir('kube-router'), 'kube-router'), ['--cleanup-config']],
  ];
  for (const [bin, args] of cleanups) await run(bin, args, { timeout: 30_000 }).catch(() => {});
  restoreIptables(st.before.iptables, [`inet ${guardTable}`]);
  destroyNewIpsets(st.before.ipsets ?? []);
  unmountUnder([st.paths.state, st.paths.containerdRoot]);
  removeCgroups(st.paths.cgroupRoot);
  deleteBridge();
  removeGuard();
  restoreSysctls(st.before.sysctls);
  removeNewPaths(st.before.paths);
  rmSync(st.paths.shimSockets, { recursive: true, force: true });
  try {
    rmdirSync('/run/everyclass'); // only when no other node's sockets are left there
  } catch {
    /* not empty, or absent */
  }
  return leftovers(st);
}

/** Every container and sandbox in containerd's k8s.io namespace: killed and removed. */
async function removeContainers(st: NodeState): Promise<void> {
  if (!existsSync(st.paths.containerdSocket)) return;
  const ctr = (...args: string[]) =>
    run(
      join(binDir('containerd'), 'ctr'),
      ['--address', st.paths.containerdSocket, '-n', 'k8s.io', ...args],
      {
        timeout: 30_000,
      },
    );
  let ids: string[] = [];
  try {
    ids = (await ctr('containers', 'ls', '-q')).stdout.split('\n').filter(Boolean);
  } catch {
    return; // containerd is not answering: its processes are killed by cgroup below
  }
  for (const id of ids) {
    await ctr('tasks', 'kill', '-a', '-s', 'SIGKILL', id).catch(() => {});
  }
  for (const id of ids) {
    await ctr('tasks', 'delete', '-f', id).catch(() => {});
    await ctr('containers', 'delete', id).catch(() => {});
  }
  // Pod sandboxes are records of their own in containerd 2 (kept in its root, which outlives the
  // run): a stale one makes the next start's CRI recover a sandbox whose state is gone.
  const sandboxes = await ctr('sandboxes', 'ls', '-q').catch(() => ({ stdout: '' }));
  for (const id of sandboxes.stdout.split('\n').filter(Boolean))
    await ctr('sandboxes', 'rm', '-f', id).catch(() => {});
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

/** What the node left on the machine; the real-node test requires this to be empty. */
export function leftovers(st: NodeState): string[] {
  const left: string[] = [];
  for (const [name, pid] of Object.entries(st.pids))
    if (isRunning(pid)) left.push(`process ${name} (${pid})`);
  for (const pid of processesMentioning([st.paths.containerdSocket, st.paths.state]))
    left.push(`process ${pid} of the node`);
  for (const m of mountsUnder([st.paths.state, st.paths.containerdRoot])) left.push(`mount ${m}`);
  for (const d of cgroupDirs(st.paths.cgroupRoot)) left.push(`cgroup ${d}`);
  if (linkExists(nodeNetwork.bridge)) left.push(`link ${nodeNetwork.bridge}`);
  if (nftTables().includes(`inet ${guardTable}`)) left.push(`nftables table inet ${guardTable}`);
  for (const t of nftTables()) if (!st.before.iptables.tables.includes(t)) left.push(`nftables table ${t}`);
  for (const c of kubeChains()) left.push(`iptables chain ${c}`);
  for (const set of ipsets()) if (!(st.before.ipsets ?? []).includes(set)) left.push(`ipset ${set}`);
  for (const [k, [was, now]] of Object.entries(changedSysctls(st.before.sysctls)))
    left.push(`sysctl ${sysctlName(k)} = ${now} (was ${was})`);
  for (const p of wellKnownPaths) if (!st.before.paths.includes(p) && existsSync(p)) left.push(`path ${p}`);
  if (existsSync(st.paths.shimSockets)) left.push(`path ${st.paths.shimSockets}`);
  return left;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
