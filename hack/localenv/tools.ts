// Locates (building on first use) the pinned binaries of the local control plane
// and the test store. hack/build-tools.sh owns the versions and the cache layout.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const buildScript = join(repoRoot, 'hack', 'build-tools.sh');

export type Component =
  | 'kubernetes'
  | 'etcd'
  | 'kwok'
  | 'ferretdb'
  | 'kubernetes-node'
  | 'containerd'
  | 'runc'
  | 'cni'
  | 'coredns'
  | 'kube-router'
  | 'helm'
  | 'promtool';

const binDirs = new Map<Component, string>();

/** Returns the bin directory of a component, building it (minutes, once) when the cache lacks it. */
export function binDir(component: Component): string {
  const known = binDirs.get(component);
  if (known) return known;
  const out = execFileSync(buildScript, [component], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const dir = out.trim().split('\n').pop() ?? '';
  if (!existsSync(dir))
    throw new Error(`build-tools.sh ${component} printed no bin directory (got ${JSON.stringify(out)})`);
  binDirs.set(component, dir);
  return dir;
}

export function tool(component: Component, name: string): string {
  return join(binDir(component), name);
}

/** Directory of the Go module source of KWOK in the module cache (its stage manifests live there). */
export function kwokModuleDir(version: string): string {
  const out = execFileSync('go', ['mod', 'download', '-json', `sigs.k8s.io/kwok@${version}`], {
    encoding: 'utf8',
  });
  const dir = (JSON.parse(out) as { Dir?: string }).Dir;
  if (!dir) throw new Error(`go mod download sigs.k8s.io/kwok@${version} gave no directory`);
  return dir;
}

export function pinnedVersions(): Record<string, string> {
  const out = execFileSync(
    'bash',
    ['-c', `set -a; source ${JSON.stringify(join(repoRoot, 'hack', 'versions.env'))}; env`],
    {
      encoding: 'utf8',
    },
  );
  const versions: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([A-Z]+_VERSION)=(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) versions[m[1]] = m[2];
  }
  return versions;
}

export function cacheDir(): string {
  return (
    process.env.EVERYCLASS_CACHE ??
    join(process.env.XDG_CACHE_HOME ?? join(process.env.HOME ?? '/tmp', '.cache'), 'everyclass')
  );
}
