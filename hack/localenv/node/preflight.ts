// Whether this machine can run the real node, and if not, one line saying why.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const commands = [
  'ip',
  'nft',
  'iptables',
  'iptables-save',
  'ipset',
  'umount',
  'openssl',
  'buildah',
  'mmdebstrap',
];

/** undefined when a real node can start here; otherwise the reason it cannot. */
export function realNodeUnavailable(): string | undefined {
  if (process.platform !== 'linux') return `the real node needs Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'the real node needs root (kubelet, containerd and the bridge do)';
  const missing = commands.filter((c) => !onPath(c));
  if (missing.length)
    return `missing commands: ${missing.join(', ')} (hack/ensure-packages.sh installs them on Debian)`;
  const fs = readFileSync('/proc/filesystems', 'utf8');
  if (!/\toverlay$/m.test(fs)) return 'the kernel has no overlay filesystem (containerd needs it)';
  if (!existsSync('/sys/fs/cgroup/memory') && !existsSync('/sys/fs/cgroup/cgroup.controllers'))
    return 'no memory cgroup is mounted';
  if (!existsSync('/proc/sys/net/bridge/bridge-nf-call-iptables'))
    return 'the kernel has no bridge netfilter (br_netfilter); Services would not answer pod to pod';
  try {
    execFileSync('nft', ['list', 'tables'], { stdio: 'ignore' });
  } catch {
    return 'nftables does not work here (nft list tables failed)';
  }
  return undefined;
}

function onPath(cmd: string): boolean {
  const dirs = `${process.env.PATH ?? ''}:/usr/local/sbin:/usr/sbin:/sbin`.split(':');
  return dirs.some((d) => d && existsSync(`${d}/${cmd}`));
}
