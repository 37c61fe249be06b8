// The EveryClass operator: wiring only.
//   node operator/src/main.ts [--workers 4] [--probe-port 8081] [--leader-elect] ...
// Kubeconfig: in-cluster, $KUBECONFIG, or ~/.kube/config (client-node's loadFromDefault).
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { KubeConfig, type KubernetesObject, type ObjectCache, type V1Pod } from '@kubernetes/client-node';
import { Command, InvalidArgumentError } from 'commander';
import { apiVersion, type EveryClassEnvironment, kind, plural } from './api/environment.ts';
import { grantSourceKey } from './desired/httproute.ts';
import { gatewayKinds, ownedKinds, podKind } from './desired/index.ts';
import { managedSelector, ownerKey } from './desired/labels.ts';
import { fieldManager } from './reconcilers/deps.ts';
import { environmentKeys, reconcileEnvironment } from './reconcilers/environment.ts';
import { registerEnvironmentMetrics } from './reconcilers/envmetrics.ts';
import {
  expandTemplate,
  httpStatsReader,
  podStatsUrls,
  proxyPodSelector,
} from './reconcilers/mirrorstats.ts';
import { crashMemoryMs, podSignature } from './reconcilers/pods.ts';
import { KubeClient, shareConnections } from './runtime/client.ts';
import { systemClock } from './runtime/clock.ts';
import { changedOnly, type Watched } from './runtime/informer.ts';
import { createLogger } from './runtime/log.ts';
import { Manager } from './runtime/manager.ts';
import { Metrics } from './runtime/metrics.ts';
import { namespaceName, parseNamespaces } from './runtime/namespaces.ts';
import { RecentKeys } from './runtime/recent.ts';

const opts = new Command()
  .name('everyclass-operator')
  .option(
    '--namespace <list>',
    'watch and reconcile only these namespaces, comma-separated (default: all); with a Role in each ' +
      '(config/namespaced) the operator needs nothing cluster-wide',
  )
  .option('--workers <n>', 'concurrent reconciles', (v) => Number(v), 4)
  .option('--resync <seconds>', 'reconcile every environment again this often', (v) => Number(v), 600)
  .option('--probe-host <host>', 'address of /healthz /readyz /metrics', '0.0.0.0')
  .option(
    '--probe-port <port>',
    'port of /healthz /readyz /metrics (0: any free port)',
    (v) => Number(v),
    8081,
  )
  .option('--no-leader-elect', 'run without leader election (a single replica)')
  .option(
    '--lease-namespace <ns>',
    'namespace of the leader Lease',
    process.env.POD_NAMESPACE ?? 'everyclass-system',
  )
  .option('--lease-name <name>', 'name of the leader Lease', 'everyclass-operator')
  .option('--lease-duration <seconds>', 'how long a silent leader keeps the lease', (v) => Number(v), 15)
  .option(
    '--renew-deadline <seconds>',
    'how long the leader retries renewing before giving up',
    (v) => Number(v),
    10,
  )
  .option('--retry-period <seconds>', 'interval of lease attempts and renewals', (v) => Number(v), 2)
  .option(
    '--mirror-stats-interval <seconds>',
    'while mirroring through the proxy, read its figures into status.mirror this often',
    (v) => Number(v),
    30,
  )
  .option(
    '--mirror-stats-url-template <url>',
    'read the proxy figures of an environment from this URL ({namespace} and {name} filled in) instead ' +
      'of from each proxy pod (for an operator outside the pod network, and tests)',
  )
  .option(
    '--discovery-interval <seconds>',
    'how often to check whether optional APIs (Gateway API) are served',
    (v) => Number(v),
    30,
  )
  .option(
    '--allowed-image-prefixes <list>',
    'comma-separated prefixes every image an environment runs must start with, e.g. ' +
      '"ghcr.io/everyclass/,mongo:" (default: any image)',
    (v) =>
      v
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
  )
  .option(
    '--metrics-namespace <ns>',
    "let the pods of this namespace (Prometheus') read every environment's metrics ports through " +
      'its NetworkPolicies (default: none)',
    (v) => {
      try {
        return namespaceName('--metrics-namespace', v);
      } catch (err) {
        throw new InvalidArgumentError(String((err as Error).message)); // commander: usage error, exit 1
      }
    },
  )
  .option(
    '--identity <id>',
    'this replica in the Lease',
    process.env.POD_NAME ?? `${hostname()}_${process.pid}`,
  )
  .parse()
  .opts<{
    namespace?: string;
    allowedImagePrefixes?: string[];
    metricsNamespace?: string;
    workers: number;
    resync: number;
    probeHost: string;
    probePort: number;
    leaderElect: boolean;
    leaseNamespace: string;
    leaseName: string;
    leaseDuration: number;
    renewDeadline: number;
    retryPeriod: number;
    identity: string;
    mirrorStatsInterval: number;
    mirrorStatsUrlTemplate?: string;
    discoveryInterval: number;
  }>();

const log = createLogger('everyclass-operator');
const kc = new KubeConfig();
kc.loadFromDefault();
shareConnections(kc); // one kept-alive agent instead of a handshake per API call
const metrics = new Metrics();
const manager = new Manager({
  name: 'everyclassenvironment',
  kc,
  log,
  metrics,
  clock: systemClock,
  namespaces: parseNamespaces(opts.namespace),
  workers: opts.workers,
  resyncMs: opts.resync * 1000,
  probe: { host: opts.probeHost, port: opts.probePort },
  discoveryMs: opts.discoveryInterval * 1000,
  ...(opts.leaderElect
    ? {
        leaderElection: {
          namespace: opts.leaseNamespace,
          name: opts.leaseName,
          identity: opts.identity,
          leaseDurationMs: opts.leaseDuration * 1000,
          renewDeadlineMs: opts.renewDeadline * 1000,
          retryPeriodMs: opts.retryPeriod * 1000,
        },
      }
    : {}),
});

// Our own status writes come back as watch events that change nothing a pass of that environment
// reads of it (its spec, labels, annotations, deletion): it is not reconciled again for them (a
// pass that must run after its write asks for it with requeueAfter). Environments mirroring into it
// still are: they read its status.
const beyondStatus = changedOnly<EveryClassEnvironment>((e) =>
  JSON.stringify([
    e.metadata.generation,
    e.metadata.labels,
    e.metadata.annotations,
    e.metadata.deletionTimestamp,
    e.metadata.finalizers,
    e.metadata.ownerReferences,
  ]),
);
const environments: Watched<EveryClassEnvironment> = manager.watch<EveryClassEnvironment>(
  { apiVersion, kind, plural },
  {
    map: (env, verb): string[] => {
      const keys = environmentKeys(env, environments.cache.list());
      return beyondStatus(env, verb) ? keys : keys.slice(1);
    },
  },
);
const children: Record<string, ObjectCache<KubernetesObject>> = {};
for (const ref of ownedKinds) {
  children[ref.kind] = manager.watch(ref, {
    labelSelector: managedSelector,
    map: (obj) => {
      const key = ownerKey(obj);
      return key ? [key] : [];
    },
  }).cache;
}
// Pods: their container states make status.problems and Degraded. Only metadata and status are
// cached, and only a change of what the status reads (podSignature) enqueues the environment.
const podChanged = changedOnly<V1Pod>(podSignature);
const pods = manager.watch<V1Pod>(podKind, {
  labelSelector: managedSelector,
  transform: (pod) => {
    delete pod.spec;
  },
  map: (pod, verb) => {
    const key = ownerKey(pod);
    return key && podChanged(pod, verb) ? [key] : [];
  },
});
// Gateway API kinds (mirror mode gateway): watched while the cluster serves them.
const gateway = gatewayKinds.map((ref) =>
  manager.watchWhenServed(ref, {
    labelSelector: managedSelector,
    map: (obj) => {
      const key = grantSourceKey(obj) ?? ownerKey(obj);
      return key ? [key] : [];
    },
  }),
);
for (const w of gateway) children[w.ref.kind] = w.cache;
// Per-environment series (conditions, rollouts, mirror figures, restarts) for config/monitoring's alerts.
registerEnvironmentMetrics(metrics.registry, {
  environments: () => environments.cache.list(),
  pods: () => pods.cache.list(),
});
manager.resync(() => environments.cache.list().map((e) => `${e.metadata.namespace}/${e.metadata.name}`));

const client = new KubeClient(kc, { fieldManager, counter: metrics.writes() });
const deps = {
  environments: environments.cache,
  children,
  pods: pods.cache,
  reported: new RecentKeys({ ttlMs: crashMemoryMs }),
  client,
  clock: systemClock,
  log,
  randomHex: (bytes: number) => randomBytes(bytes).toString('hex'),
  gatewayApi: () => gateway.every((w) => w.served()),
  mirrorStatsIntervalMs: opts.mirrorStatsInterval * 1000,
  allowedImagePrefixes: opts.allowedImagePrefixes ?? [],
  network: {
    // The pod's own namespace (the Deployment sets POD_NAMESPACE); outside a cluster, config/'s.
    operatorNamespace: process.env.POD_NAMESPACE ?? 'everyclass-system',
    ...(opts.metricsNamespace ? { metricsNamespace: opts.metricsNamespace } : {}),
  },
  mirrorStats: httpStatsReader({
    timeoutMs: 2000,
    log,
    urls: async (env: EveryClassEnvironment) => {
      const template = opts.mirrorStatsUrlTemplate;
      if (template) return [expandTemplate(template, env)];
      return podStatsUrls(await client.readyPodIPs(env.metadata.namespace, proxyPodSelector(env)));
    },
  }),
};

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'shutting down');
    manager.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err: String(err) }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

await manager.start((key) => reconcileEnvironment(deps, key));
// Lost leadership: the manager stopped reconciling; exit so that a restart rejoins as a standby.
manager.wait().catch((err: unknown) => {
  log.error({ err: String(err) }, 'exiting');
  process.exit(1);
});
