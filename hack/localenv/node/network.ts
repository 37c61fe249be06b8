// The real node's network: a bridge of our own for pods, and an nftables table that keeps every
// packet of the cluster's ranges on this machine. Renderers are pure (unit-tested); applying
// and removing them is at the bottom.
import { execFileSync } from 'node:child_process';

/**
 * The ranges, all on this machine: pods on the bridge, Services (kube-proxy's rules), and the
 * addresses KWOK gives its simulated pods (nothing answers there; they must never be routed out).
 */
export const nodeNetwork = {
  bridge: 'everyclass0',
  podCidr: '10.244.0.0/24',
  /** The bridge's address: the pods' gateway, the node IP, and where CoreDNS listens. */
  nodeIp: '10.244.0.1',
  /** The API server's door for pods on the node IP (api-door.ts); the `kubernetes` Service's endpoint. */
  apiDoorPort: 6443,
  serviceCidr: '10.96.0.0/16',
  /** Everything the guard keeps here: the pod supernet, the Service range, KWOK's pod range. */
  guarded: ['10.244.0.0/16', '10.96.0.0/16', '10.0.0.0/24'],
  clusterDomain: 'cluster.local',
} as const;

export const guardTable = 'everyclass';

/**
 * The guard. postrouting runs after kube-proxy's DNAT, so the output device is final there: a
 * cluster-range packet leaving by any device but loopback and our bridge is dropped (and counted).
 * forward: nothing crosses between the bridge and another device. input: pods reach the host only
 * for DNS and the API server's door at the gateway (not kubelet, not anything else listening on
 * the machine).
 */
export function guardRuleset(net = nodeNetwork): string {
  const ranges = net.guarded.join(', ');
  const br = `"${net.bridge}"`;
  return `table inet ${guardTable} {
  set cluster4 {
    type ipv4_addr
    flags interval
    elements = { ${ranges} }
  }
  counter leaving {}
  counter crossing {}
  counter pod_to_host {}
  chain postrouting {
    type filter hook postrouting priority 200; policy accept;
    oifname { "lo", ${br} } accept
    ip daddr @cluster4 counter name leaving drop
    ip saddr @cluster4 counter name leaving drop
  }
  chain forward {
    type filter hook forward priority 0; policy accept;
    iifname ${br} oifname ${br} accept
    iifname ${br} counter name crossing drop
    oifname ${br} counter name crossing drop
  }
  chain input {
    type filter hook input priority 0; policy accept;
    iifname != ${br} accept
    ct state established,related accept
    ip daddr ${net.nodeIp} udp dport 53 accept
    ip daddr ${net.nodeIp} tcp dport 53 accept
    ip daddr ${net.nodeIp} tcp dport ${net.apiDoorPort} accept
    counter name pod_to_host drop
  }
}
`;
}

/**
 * The CNI network: the bridge plugin, pods on the pod range with the bridge as gateway for the
 * Service range only, so a pod has **no default route**. No masquerading (nothing leaves).
 */
export function cniConflist(ipamDir: string, net = nodeNetwork): object {
  return {
    cniVersion: '1.0.0',
    name: 'everyclass',
    plugins: [
      {
        type: 'bridge',
        bridge: net.bridge,
        isGateway: true,
        isDefaultGateway: false,
        ipMasq: false,
        hairpinMode: true,
        ipam: {
          type: 'host-local',
          dataDir: ipamDir,
          ranges: [[{ subnet: net.podCidr, gateway: net.nodeIp }]],
          routes: [{ dst: net.serviceCidr }],
        },
      },
    ],
  };
}

const sh = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, { encoding: 'utf8', input, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });

/** Creates the bridge with the node address (CoreDNS binds there before the first pod). */
export function createBridge(net = nodeNetwork): void {
  const prefix = net.podCidr.split('/')[1];
  if (!linkExists(net.bridge)) sh('ip', ['link', 'add', net.bridge, 'type', 'bridge']);
  const addrs = sh('ip', ['-o', '-4', 'addr', 'show', 'dev', net.bridge]);
  if (!addrs.includes(`${net.nodeIp}/`))
    sh('ip', ['addr', 'add', `${net.nodeIp}/${prefix}`, 'dev', net.bridge]);
  sh('ip', ['link', 'set', net.bridge, 'up']);
}

export function linkExists(name: string): boolean {
  try {
    sh('ip', ['link', 'show', 'dev', name]);
    return true;
  } catch {
    return false;
  }
}

export function deleteBridge(net = nodeNetwork): void {
  if (linkExists(net.bridge)) sh('ip', ['link', 'del', net.bridge]);
}

/** Loads the guard (replacing an older copy of our table, atomically). */
export function applyGuard(net = nodeNetwork): void {
  const flush = tableExists() ? `delete table inet ${guardTable}\n` : '';
  sh('nft', ['-f', '-'], flush + guardRuleset(net));
}

export function tableExists(): boolean {
  try {
    sh('nft', ['list', 'table', 'inet', guardTable]);
    return true;
  } catch {
    return false;
  }
}

export function removeGuard(): void {
  if (tableExists()) sh('nft', ['delete', 'table', 'inet', guardTable]);
}

/** Packets counted by one of the guard's counters. */
export function guardCount(name: 'leaving' | 'crossing' | 'pod_to_host'): number {
  const out = JSON.parse(sh('nft', ['-j', 'list', 'counter', 'inet', guardTable, name])) as {
    nftables: Array<{ counter?: { packets: number } }>;
  };
  return out.nftables.find((e) => e.counter)?.counter?.packets ?? 0;
}
