// What the real node changes on the machine outside its own folders, recorded before it starts
// and put back by teardown: kernel settings, iptables (kubelet's and kube-proxy's chains), the
// well-known paths some components write to whatever we configure, mounts, cgroups, processes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Kernel settings kubelet, kube-proxy and the bridge plugin are known or likely to touch. */
const sysctlRoots = [
  'kernel',
  'vm',
  'fs/inotify',
  'net/core',
  'net/bridge',
  'net/netfilter',
  'net/ipv4',
  'net/ipv6/conf/all',
  'net/ipv6/conf/default',
];
/** Counters and per-device settings that change on their own or belong to devices we delete. */
const volatile = [
  /^kernel\/random\//,
  /^kernel\/ns_last_pid$/,
  /^net\/ipv4\/(conf|neigh)\/(?!all\/|default\/)/,
];

export type Sysctls = Record<string, string>;

/** Every writable setting under sysctlRoots, as text. */
export function readSysctls(): Sysctls {
  const out: Sysctls = {};
  const walk = (rel: string) => {
    const abs = join('/proc/sys', rel);
    let entries: string[];
    try {
      entries = readdirSync(abs);
    } catch {
      return;
    }
    for (const e of entries) {
      const r = `${rel}/${e}`;
      if (volatile.some((v) => v.test(r))) continue;
      const st = statSync(join('/proc/sys', r), { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(r);
      else if (st.mode & 0o200) {
        try {
          out[r] = readFileSync(join('/proc/sys', r), 'utf8').trim();
        } catch {
          /* write-only or refused: not ours to restore */
        }
      }
    }
  };
  for (const root of sysctlRoots) walk(root);
  return out;
}

/** Settings whose value now differs from `before` (still present): key → [before, now]. */
export function changedSysctls(
  before: Sysctls,
  now: Sysctls = readSysctls(),
): Record<string, [string, string]> {
  const changed: Record<string, [string, string]> = {};
  for (const [k, v] of Object.entries(before)) {
    const n = now[k];
    if (n !== undefined && n !== v) changed[k] = [v, n];
  }
  return changed;
}

/** Puts back what changed; returns the keys it could not write. */
export function restoreSysctls(before: Sysctls): string[] {
  const failed: string[] = [];
  for (const [k, [old]] of Object.entries(changedSysctls(before))) {
    try {
      writeFileSync(join('/proc/sys', k), old);
    } catch {
      failed.push(k);
    }
  }
  return failed;
}

export const sysctlName = (key: string): string => key.replaceAll('/', '.');

/** The nftables tables that exist (`family name`), iptables-nft's included. */
export function nftTables(): string[] {
  return execFileSync('nft', ['list', 'tables'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.replace(/^table /, '').trim())
    .filter(Boolean);
}

export interface IptablesSnapshot {
  tables: string[];
  v4: string;
  v6: string;
}

export function snapshotIptables(): IptablesSnapshot {
  const save = (cmd: string) => {
    try {
      return execFileSync(cmd, [], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return '';
    }
  };
  return { tables: nftTables(), v4: save('iptables-save'), v6: save('ip6tables-save') };
}

/**
 * Back to the snapshot: tables that did not exist then are deleted (iptables-nft creates `ip
 * filter`, `ip nat`, … for kubelet's KUBE-FIREWALL and kube-proxy's chains, which `kube-proxy
 * --cleanup` leaves in part; kube-network-policies has `inet kube-network-policies`); tables that
 * did exist get their saved rules back.
 */
export function restoreIptables(before: IptablesSnapshot, keep: string[]): void {
  for (const t of nftTables()) {
    if (before.tables.includes(t) || keep.includes(t)) continue;
    const [family, name] = t.split(' ');
    execFileSync('nft', ['delete', 'table', family ?? '', name ?? '']);
  }
  const restore = (cmd: string, text: string) => {
    if (text.trim()) execFileSync(cmd, [], { input: text, stdio: ['pipe', 'ignore', 'pipe'] });
  };
  if (before.tables.some((t) => t.startsWith('ip '))) restore('iptables-restore', before.v4);
  if (before.tables.some((t) => t.startsWith('ip6 '))) restore('ip6tables-restore', before.v6);
}

/** Chains named KUBE-* anywhere (kubelet's and kube-proxy's): none may outlive the node. */
export function kubeChains(): string[] {
  const found: string[] = [];
  for (const cmd of ['iptables-save', 'ip6tables-save']) {
    let text = '';
    try {
      text = execFileSync(cmd, [], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      continue;
    }
    for (const m of text.matchAll(/^:(KUBE-[A-Z0-9-]+)/gm)) found.push(`${cmd}: ${m[1]}`);
  }
  return found;
}

/**
 * Paths kubelet writes to whatever it is configured with (container log links), and the
 * defaults of the others, in case one is not configured as we think: recorded, then removed if new.
 */
export const wellKnownPaths = [
  '/var/log/containers',
  '/var/log/pods',
  '/var/lib/kubelet',
  '/var/lib/containerd',
  '/run/containerd',
  '/var/lib/cni',
  '/etc/cni',
  '/opt/cni',
  '/opt/containerd',
  '/run/netns',
  '/run/runc',
  '/var/run/nri',
];

export function existingPaths(): string[] {
  return wellKnownPaths.filter((p) => existsSync(p));
}

export function removeNewPaths(before: string[]): void {
  for (const p of wellKnownPaths)
    if (!before.includes(p) && existsSync(p)) rmSync(p, { recursive: true, force: true });
}

/** Mount points at or under any of the roots, deepest first. */
export function mountsUnder(roots: string[]): string[] {
  const points = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[4]?.replace(/\\040/g, ' '))
    .filter((m): m is string => !!m && roots.some((r) => m === r || m.startsWith(`${r}/`)));
  return [...new Set(points)].sort((a, b) => b.length - a.length);
}

export function unmountUnder(roots: string[]): void {
  for (let pass = 0; pass < 3; pass++) {
    const points = mountsUnder(roots);
    if (points.length === 0) return;
    for (const m of points) {
      try {
        execFileSync('umount', ['-l', m], { stdio: 'ignore' });
      } catch {
        /* gone with its parent */
      }
    }
  }
}

/** Our cgroup (`cgroupRoot`) in every v1 hierarchy, and the unified one where present. */
export function cgroupDirs(cgroupRoot: string): string[] {
  const base = '/sys/fs/cgroup';
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .map((h) => join(base, h, cgroupRoot))
    .filter((d) => existsSync(d));
}

export function pidsInCgroups(cgroupRoot: string): number[] {
  const pids = new Set<number>();
  const walk = (d: string) => {
    try {
      for (const l of readFileSync(join(d, 'cgroup.procs'), 'utf8').split('\n')) if (l) pids.add(Number(l));
      for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) walk(join(d, e.name));
    } catch {
      /* removed meanwhile */
    }
  };
  for (const d of cgroupDirs(cgroupRoot)) walk(d);
  return [...pids];
}

/** Removes our cgroups bottom-up (a cgroup dir can be removed once it has no processes). */
export function removeCgroups(cgroupRoot: string): void {
  const rm = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) rm(join(d, e.name));
    try {
      rmdirSync(d);
    } catch {
      /* still busy: reported by leftovers() */
    }
  };
  for (const d of cgroupDirs(cgroupRoot)) rm(d);
}

/** Processes whose command line mentions one of the needles (shims name our socket). */
export function processesMentioning(needles: string[]): number[] {
  const pids: number[] = [];
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e) || Number(e) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${e}/cmdline`, 'utf8');
      if (needles.some((n) => cmd.includes(n))) pids.push(Number(e));
    } catch {
      /* exited */
    }
  }
  return pids;
}

/** ipset's sets (kube-router keeps pods and policies there); empty where ipset is missing. */
export function ipsets(): string[] {
  try {
    return execFileSync('ipset', ['list', '-n'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

export function destroyNewIpsets(before: string[]): void {
  for (const set of ipsets()) {
    if (before.includes(set)) continue;
    try {
      execFileSync('ipset', ['destroy', set], { stdio: 'ignore' });
    } catch {
      /* still referenced by a rule restoreIptables removes; retried by the next teardown */
    }
  }
}
