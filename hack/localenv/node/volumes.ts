// The real node's volume keeper: a directory for every `local` PersistentVolume under the
// cluster's volumes root (KWOK's provisioner makes the PV objects, see ../kwok.ts), so that
// kubelet can mount it (and apply the pod's fsGroup). Runs as its own process beside kubelet:
//   node hack/localenv/node/volumes.ts <kubeconfig> <volumesRoot>
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { KubeConfig, type V1PersistentVolume, Watch } from '@kubernetes/client-node';

/** The directory a PV needs, or undefined when the PV is not one of ours. */
export function volumeDirectory(pv: V1PersistentVolume, root: string): string | undefined {
  const path = pv.spec?.local?.path;
  if (!path) return undefined;
  const abs = resolve(path);
  return abs.startsWith(`${resolve(root)}/`) ? abs : undefined;
}

async function keep(kubeconfig: string, root: string): Promise<never> {
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const watch = new Watch(kc);
  for (;;) {
    await new Promise<void>((done) => {
      watch
        .watch(
          '/api/v1/persistentvolumes',
          {},
          (_type: string, pv: V1PersistentVolume) => {
            const dir = volumeDirectory(pv, root);
            if (dir) mkdirSync(dir, { recursive: true, mode: 0o755 });
          },
          () => done(),
        )
        .catch(() => done());
    });
    await new Promise((r) => setTimeout(r, 500));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kubeconfig, root] = process.argv.slice(2);
  if (!kubeconfig || !root) {
    console.error('usage: volumes.ts <kubeconfig> <volumesRoot>');
    process.exit(2);
  }
  mkdirSync(root, { recursive: true });
  void keep(kubeconfig, root);
}
