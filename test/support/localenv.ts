// Shared, lazily started local environment for integration tests.
//
//   const cluster = await useCluster();   // real kube-apiserver on 127.0.0.1 (+ KWOK node)
//   const store = await useStore();       // real MongoDB-wire server (FerretDB) on 127.0.0.1
//
// The first call starts it (a running `make cluster-up` / `make store-up` one is reused);
// what this process started is stopped by the mocha global teardown, even after failures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachCluster, type LocalCluster, startCluster } from '../../hack/localenv/cluster.ts';
import { attachStore, type LocalStore, startStore } from '../../hack/localenv/store.ts';
import { cacheDir } from '../../hack/localenv/tools.ts';

let clusterP: Promise<LocalCluster> | undefined;
let storeP: Promise<LocalStore> | undefined;
const owned: Array<() => Promise<void>> = [];

export function useCluster(): Promise<LocalCluster> {
  clusterP ??= (async () => {
    const running = await attachCluster(
      process.env.EVERYCLASS_CLUSTER_DIR ?? join(cacheDir(), 'run', 'cluster'),
    );
    if (running) return running;
    const dir = mkdtempSync(join(tmpdir(), 'everyclass-cluster-'));
    const c = await startCluster({ dir });
    owned.push(async () => {
      await c.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    return c;
  })();
  return clusterP;
}

export function useStore(): Promise<LocalStore> {
  storeP ??= (async () => {
    const running = attachStore(process.env.EVERYCLASS_STORE_DIR ?? join(cacheDir(), 'run', 'store'));
    if (running) return { ...running, stop: async () => {} };
    const dir = mkdtempSync(join(tmpdir(), 'everyclass-store-'));
    const s = await startStore({ dir });
    owned.push(async () => {
      await s.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    return s;
  })();
  return storeP;
}

/** Mocha global teardown (registered in .mocharc.json): stops what this run started. */
export async function mochaGlobalTeardown(): Promise<void> {
  for (const stop of owned.splice(0).reverse()) await stop();
}
