// make cluster-up / cluster-down / store-up / store-down: the local environment as
// detached processes whose state lives under the user's cache directory.
import { join } from 'node:path';
import { Command } from 'commander';
import { attachCluster, startCluster, stopClusterAt } from './cluster.ts';
import { attachStore, startStore, stopStoreAt } from './store.ts';
import { cacheDir } from './tools.ts';

export const clusterDir = () => process.env.EVERYCLASS_CLUSTER_DIR ?? join(cacheDir(), 'run', 'cluster');
export const storeDir = () => process.env.EVERYCLASS_STORE_DIR ?? join(cacheDir(), 'run', 'store');

const program = new Command('localenv').description(
  'docker-free local Kubernetes control plane and MongoDB-wire store',
);

program
  .command('cluster-up')
  .description('start the local control plane (reuses a running one)')
  .action(async () => {
    const dir = clusterDir();
    const t0 = Date.now();
    const running = await attachCluster(dir);
    const c =
      running ?? (await startCluster({ dir, detached: true, log: (l) => console.error(`cluster: ${l}`) }));
    console.log(
      running
        ? `Local cluster already running (${c.server}).`
        : `Local cluster up in ${((Date.now() - t0) / 1000).toFixed(1)} s.`,
    );
    console.log(`  export KUBECONFIG=${c.kubeconfig}`);
    console.log('  kubectl get nodes            # one fake node (KWOK), Ready');
    console.log(`  logs: ${join(dir, 'logs')}   stop: make cluster-down`);
  });

program
  .command('cluster-down')
  .description('stop the local control plane and remove its state')
  .action(async () => {
    const found = await stopClusterAt(clusterDir());
    console.log(
      found ? 'Local cluster stopped and removed.' : 'No local cluster was running; state removed.',
    );
  });

program
  .command('store-up')
  .description('start the local MongoDB-wire store (FerretDB + SQLite)')
  .action(async () => {
    const dir = storeDir();
    const s = attachStore(dir) ?? (await startStore({ dir, detached: true }));
    console.log(`  export EVERYCLASS_MONGO_URL=${s.url}`);
  });

program
  .command('store-down')
  .description('stop the local store and remove its data')
  .action(async () => {
    console.log(
      (await stopStoreAt(storeDir())) ? 'Local store stopped and removed.' : 'No local store was running.',
    );
  });

program
  .command('env')
  .description('print export lines for what is running')
  .action(async () => {
    const c = await attachCluster(clusterDir());
    const s = attachStore(storeDir());
    if (c) console.log(`export KUBECONFIG=${c.kubeconfig}`);
    if (s) console.log(`export EVERYCLASS_MONGO_URL=${s.url}`);
  });

await program.parseAsync();
