// make cluster-up / cluster-down / store-up / store-down: the local environment as
// detached processes whose state lives under the user's cache directory.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { attachCluster, type LocalCluster, startCluster, stopClusterAt } from './cluster.ts';
import { ferretdbImage, importImages } from './node/images.ts';
import {
  type NodeState,
  realNodeName,
  realNodeNamespaceAnnotations,
  realNodeOfAnotherCluster,
  runningRealNode,
  startRealNode,
  stopRealNodeOf,
} from './node/node.ts';
import { realNodeUnavailable } from './node/preflight.ts';
import { attachStore, startStore, stopStoreAt } from './store.ts';
import { cacheDir } from './tools.ts';
import { down, readUpState, up } from './up.ts';
import { upOnPods } from './up-pods.ts';

export const clusterDir = () => process.env.EVERYCLASS_CLUSTER_DIR ?? join(cacheDir(), 'run', 'cluster');
export const upDir = () => process.env.EVERYCLASS_UP_DIR ?? join(cacheDir(), 'run', 'up');
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
    // The real node, wherever the machine allows it (EVERYCLASS_REAL_NODE=0: KWOK only).
    const other = realNodeOfAnotherCluster(dir);
    const why =
      process.env.EVERYCLASS_REAL_NODE === '0'
        ? 'EVERYCLASS_REAL_NODE=0'
        : other
          ? `this machine's one real node belongs to the cluster in ${other}`
          : realNodeUnavailable();
    if (why) console.log(`No real node (${why}): KWOK's simulated node only.`);
    else if (runningRealNode(dir)) console.log(`Real node ${realNodeName} already running.`);
    else {
      const t1 = Date.now();
      await startRealNode({ cluster: c, detached: true, log: (l) => console.error(`node: ${l}`) });
      console.log(`Real node ${realNodeName} Ready in ${((Date.now() - t1) / 1000).toFixed(1)} s.`);
    }
    console.log(`  export KUBECONFIG=${c.kubeconfig}`);
    console.log('  kubectl get nodes            # the fake node (KWOK) and, where possible, the real one');
    if (!why)
      console.log(
        '  pods of a namespace run on the real node once it carries the annotations of hack/localenv/node/README.md',
      );
    console.log(`  logs: ${join(dir, 'logs')}   stop: make cluster-down`);
  });

program
  .command('cluster-down')
  .description('stop the local control plane and remove its state')
  .action(async () => {
    const left = await stopRealNodeOf(clusterDir());
    if (left.length) console.error(`cluster-down: the real node left ${left.join('; ')}`);
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

program
  .command('up')
  .description('the main job: operator, sample environments and services on the running cluster and store')
  .option(
    '--scale <fraction>',
    'size of the generated university (1 = 30,000 students)',
    process.env.EVERYCLASS_UP_SCALE ?? '0.1',
  )
  .action(async (o: { scale: string }) => {
    const cluster = await attachCluster(clusterDir());
    const store = attachStore(storeDir());
    if (!cluster || !store)
      throw new Error('the local cluster and store must run first: make cluster-up store-up');
    const t0 = Date.now();
    const node = runningRealNode(clusterDir());
    if (node && process.env.EVERYCLASS_UP_PODS !== '0') {
      await upAsPods(cluster, node, Number(o.scale), t0);
      return;
    }
    console.error(
      `up: ${node ? 'EVERYCLASS_UP_PODS=0' : 'no real node on this cluster (make cluster-up says why)'}: the services run as processes on loopback, the environments' pods on KWOK's simulated node`,
    );
    const s = await up({
      dir: upDir(),
      cluster,
      store,
      scale: Number(o.scale),
      log: (l) => console.error(`up: ${l}`),
    });
    const web = s.services.find((r) => r.name === 'production-web');
    const staging = s.services.find((r) => r.name === 'staging-web');
    const admin = s.services.find((r) => r.name === 'mirror-admin');
    console.log(`
EveryClass is up (${((Date.now() - t0) / 1000).toFixed(0)} s).

  Student site (production, 10% mirrored to staging):  ${s.site}
  Sample calendar feed (student ${s.student?.code}):     ${s.feed}
    subscribe in a phone calendar as ${s.feed?.replace(/^http:/, 'webcal:')}
    log in on the site as ${s.student?.code} / ${s.student?.password}
  Production web directly: ${web?.url}    Staging web: ${staging?.url}
  Mirror figures: ${admin?.url}/_mirror/stats

  export KUBECONFIG=${cluster.kubeconfig}
  kubectl get ece -A
  logs: ${join(upDir(), 'logs')}    stop everything: make down
`);
  });

/** make up where the real node runs: everything as pods (hack/localenv/up-pods.ts). */
async function upAsPods(cluster: LocalCluster, nodeState: string, scale: number, t0: number): Promise<void> {
  const st = JSON.parse(readFileSync(nodeState, 'utf8')) as NodeState;
  // This tree's image, built again where the code changed since the node started (cached layers).
  const app = (
    await importImages(st.paths, st.images.app.split(':').pop() ?? 'dev', (l) => console.error(`up: ${l}`))
  ).app;
  const s = await upOnPods({
    dir: upDir(),
    target: {
      kube: cluster,
      tag: app.split(':').pop() ?? 'dev',
      mongoImage: await ferretdbImage(),
      storageClass: 'standard',
      annotations: realNodeNamespaceAnnotations(),
    },
    scale,
    log: (l) => console.error(`up: ${l}`),
  });
  console.log(`
EveryClass is up on real pods (${((Date.now() - t0) / 1000).toFixed(0)} s): the operator (config/default) and the
production, staging and testing environments run as pods of our image on the real node ${realNodeName}.
Addresses are the Services' cluster IPs, reachable from this machine.

  Student site (production's front door, the mirror proxy; 10% mirrored to staging):  ${s.site}
  Sample calendar feed (student ${s.student.code}):     ${s.feed}
    subscribe in a phone calendar as ${s.feed.replace(/^http:/, 'webcal:')}
    log in on the site as ${s.student.code} / ${s.student.password}
  Production web directly: ${s.web}    Staging web: ${s.staging}
  Mirror figures: kubectl get ece production -n everyclass-production -o jsonpath='{.status.mirror}'

  export KUBECONFIG=${cluster.kubeconfig}
  kubectl get ece -A; kubectl get pods -A -o wide
  stop everything: make down
`);
}

program
  .command('down')
  .description('stop what `up` started (services and operator)')
  .action(async () => {
    await down(upDir(), (l) => console.error(`down: ${l}`));
    if (existsSync(join(upDir(), 'pods.json')))
      console.log('`make up` ran as pods on the real node: they go with the cluster (make cluster-down).');
    else if (!readUpState(upDir())) console.log('Nothing of `make up` was running.');
  });

await program.parseAsync();
