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
import { type RealNode, startRealNode, stopRealNode } from '../../hack/localenv/node/node.ts';
import { realNodeUnavailable } from '../../hack/localenv/node/preflight.ts';
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

let nodeP: Promise<RealNode> | undefined;

/**
 * The shared cluster with a real node (kubelet + containerd, our images imported). A test that
 * needs it and cannot have it fails with the reason (never skips). Namespaces annotated with
 * realNodeNamespaceAnnotations() run their pods there.
 */
export function useRealNode(): Promise<{ cluster: LocalCluster; node: RealNode }> {
  nodeP ??= (async () => {
    const why = realNodeUnavailable();
    if (why) throw new Error(`this test needs the real node, and this machine cannot run one: ${why}`);
    const cluster = await useCluster();
    const node = await startRealNode({ cluster, log: (l) => console.log(`      [real node] ${l}`) });
    owned.push(async () => {
      await node.stop();
    });
    return node;
  })();
  return nodeP.then(async (node) => ({ cluster: await useCluster(), node }));
}

/** Stops the real node now (a later useRealNode starts a new one); resolves with what is left. */
export async function releaseRealNode(): Promise<string[]> {
  if (!nodeP) return [];
  const node = await nodeP;
  nodeP = undefined;
  return stopRealNode(join(node.paths.state, 'state.json'), (l) => console.log(`      [real node] ${l}`));
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
  // Every stop runs even when an earlier one fails; the first failure is reported after.
  const failures: unknown[] = [];
  for (const stop of owned.splice(0).reverse()) await stop().catch((e: unknown) => failures.push(e));
  if (failures.length) throw failures[0];
}
