// Our images on the real node: built by hack/images/build.sh (buildah, from our Dockerfile) and
// imported into containerd's k8s.io namespace under the names the pods use, pinned so kubelet
// never removes them. Nothing is ever pulled: a missing image fails at once (dead registry).
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { binDir, repoRoot } from '../tools.ts';
import type { NodePaths } from './configs.ts';

const run = promisify(execFile);

export interface NodeImages {
  /** ghcr.io/everyclass/everyclass:TAG */
  app: string;
  /** Every image imported (names); none is ever pulled. */
  imported: string[];
}

export const appRepo = 'ghcr.io/everyclass/everyclass';
export const ferretdbImage = async (): Promise<string> => (await imageNames()).ferretdb ?? '';

async function imageNames(): Promise<Record<string, string>> {
  const { stdout } = await run(join(repoRoot, 'hack/images/build.sh'), ['names']);
  return Object.fromEntries(
    stdout
      .trim()
      .split('\n')
      .map((l) => l.split('=') as [string, string]),
  );
}

/** Builds (cached) and imports pause, FerretDB and our app image at `tag`. */
export async function importImages(
  paths: NodePaths,
  tag: string,
  log: (l: string) => void,
): Promise<NodeImages> {
  const build = async (...args: string[]) => {
    const { stdout } = await run(join(repoRoot, 'hack/images/build.sh'), args, { maxBuffer: 16 << 20 });
    return stdout.trim().split('\n').pop() ?? '';
  };
  const names = await imageNames();
  const wanted: Array<[string, string]> = [
    [names.pause ?? '', await build('pause')],
    [names.ferretdb ?? '', await build('ferretdb')],
    [`${appRepo}:${tag}`, await build('app', tag)],
  ];
  for (const [name, archive] of wanted) await importImage(paths, name, archive, log);
  return { app: `${appRepo}:${tag}`, imported: wanted.map(([n]) => n) };
}

/** Our image at `tag`, made to exit at start (a crashing release), imported next to the others. */
export async function importCrashingImage(paths: NodePaths, tag: string, from: string): Promise<string> {
  const { stdout } = await run(join(repoRoot, 'hack/images/build.sh'), ['crashing', tag, from], {
    maxBuffer: 16 << 20,
  });
  const name = `${appRepo}:${tag}`;
  await importImage(paths, name, stdout.trim().split('\n').pop() ?? '', () => {});
  return name;
}

/** Imports one archive unless containerd already holds it from the same archive (size + mtime). */
export async function importImage(paths: NodePaths, name: string, archive: string, log: (l: string) => void) {
  const ctr = (...args: string[]) =>
    run(join(binDir('containerd'), 'ctr'), ['--address', paths.containerdSocket, '-n', 'k8s.io', ...args], {
      maxBuffer: 16 << 20,
    });
  const st = statSync(archive);
  const stamp = `${st.size}-${Math.floor(st.mtimeMs)}`;
  const { stdout } = await ctr('images', 'ls', `name==${name}`);
  if (stdout.includes(`everyclass.io/archive=${stamp}`)) return;
  log(`importing ${name} into containerd`);
  await ctr('images', 'import', archive);
  await ctr('images', 'label', name, 'io.cri-containerd.pinned=pinned', `everyclass.io/archive=${stamp}`);
}

/** Our image at `from` again under `tag` (a "new release" of the same bits), pinned like the others. */
export async function tagAppImage(paths: NodePaths, from: string, tag: string): Promise<string> {
  const ctr = (...args: string[]) =>
    run(join(binDir('containerd'), 'ctr'), ['--address', paths.containerdSocket, '-n', 'k8s.io', ...args]);
  const name = `${appRepo}:${tag}`;
  await ctr('images', 'rm', name).catch(() => {});
  await ctr('images', 'tag', `${appRepo}:${from}`, name);
  await ctr('images', 'label', name, 'io.cri-containerd.pinned=pinned');
  return name;
}
