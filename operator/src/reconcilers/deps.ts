// What a reconcile pass of an EveryClassEnvironment reads and writes through: the informer caches,
// the API client and the clock, plus the names it stamps on what it applies.

import type { KubernetesObject, ObjectCache, V1Pod } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import type { KubeClient } from '../runtime/client.ts';
import type { Clock } from '../runtime/clock.ts';
import type { Logger } from '../runtime/log.ts';
import type { RecentKeys } from '../runtime/recent.ts';
import type { MirrorStatsReader } from './mirrorstats.ts';

/** Annotation holding the hash of the desired object last applied (see runtime/objects.ts). */
export const hashAnnotation = 'everyclass.io/desired-hash';
export const fieldManager = 'everyclass-operator';

export interface EnvironmentDeps {
  environments: ObjectCache<EveryClassEnvironment>;
  /** Informer caches of the owned kinds, by kind. */
  children: Record<string, ObjectCache<KubernetesObject>>;
  /** The pods of every environment (metadata and status), by the managed-by label. */
  pods: ObjectCache<V1Pod>;
  /** Problems already reported by an event lately (see problemEvents); none: report every new one. */
  reported?: RecentKeys;
  client: Pick<
    KubeClient,
    'apply' | 'createIfAbsent' | 'setOwnerReferences' | 'delete' | 'replaceStatus' | 'event'
  >;
  clock: Clock;
  log: Logger;
  /** Random hex of `bytes` bytes, for generated Secrets. */
  randomHex: (bytes: number) => string;
  /** The mirror proxy's figures (mode proxy); undefined when unreadable. */
  mirrorStats: MirrorStatsReader;
  /** Whether the cluster serves the Gateway API kinds mode gateway needs. */
  gatewayApi: () => boolean;
  /** While mirroring through the proxy, reconcile again this often to refresh status.mirror (ms). */
  mirrorStatsIntervalMs: number;
  /**
   * --allowed-image-prefixes: every container image must start with one of them (empty or absent:
   * any image). An environment asking for another gets nothing applied and says why.
   */
  allowedImagePrefixes?: readonly string[];
  /** The NetworkPolicies' peers: the operator's namespace and --metrics-namespace (DesiredContext). */
  network?: { operatorNamespace?: string; metricsNamespace?: string };
}
