// Shared, lazily started local environment for integration tests.
//
//   const cluster = await useCluster();   // real kube-apiserver on 127.0.0.1 (+ KWOK node)
//   const store = await useStore();       // real MongoDB-wire server (FerretDB) on 127.0.0.1
//
// The first call starts a private one (a few seconds); with EVERYCLASS_TEST_REUSE=1 a running
// `make cluster-up` / `make store-up` one is reused instead (faster loops, but anything else
// running there, such as the operator of `make up`, shares it). What this process started is
// stopped by the mocha global teardown, even after failures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachCluster, type LocalCluster, startCluster } from '../../hack/localenv/cluster.ts';
import { attachStore, type LocalStore, startStore } from '../../hack/localenv/store.ts';
import { cacheDir } from '../../hack/localenv/tools.ts';

let clusterP: Promise<LocalCluster> | undefined;
let storeP: Promise<LocalStore> | undefined;
const owned: Array<() => Promise<void>> = [];
const reuse = process.env.EVERYCLASS_TEST_REUSE === '1';

export function useCluster(): Promise<LocalCluster> {
  clusterP ??= (async () => {
    const running =
      reuse &&
      (await attachCluster(process.env.EVERYCLASS_CLUSTER_DIR ?? join(cacheDir(), 'run', 'cluster')));
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
    const running =
      reuse && attachStore(process.env.EVERYCLASS_STORE_DIR ?? join(cacheDir(), 'run', 'store'));
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
