// Names of every object an environment owns: one place, so builders, pruning and tests agree.
import {
  appConfigPath,
  maintenanceFile,
  maintenancePath,
  mirrorProxySelector,
  paths,
  ports,
} from '../../../services/kit/contract.ts';
import type { ServiceName } from '../api/environment.ts';

export const names = {
  /** Deployment, Service and PodDisruptionBudget of one business service. */
  service: (env: string, service: ServiceName) => `${env}-${service}`,
  configMap: (env: string) => `${env}-config`,
  /** Resource-id encryption key and session key. */
  keysSecret: (env: string) => `${env}-keys`,
  mongoSecret: (env: string) => `${env}-mongo-credentials`,
  /** RPC_KEY (every service signs its calls) and SHADOW_KEY (web believes the proxy's copies). */
  callersSecret: (env: string) => `${env}-callers`,
  /** ADMIN_KEY: only entity has it (ImportSemester); given to whoever imports data. */
  adminSecret: (env: string) => `${env}-admin`,
  /** The mirror target's shadow key, copied beside the proxy when the target is in another namespace. */
  mirrorShadowSecret: (env: string) => `${env}-mirror-shadow`,
  /**
   * spec.data.from: the source's MongoDB credentials (for the sync Job) and its id encryption key
   * (for the services: the copied data's public ids, and the mirrored URLs, mean the same here).
   */
  dataSourceSecret: (env: string) => `${env}-data-source`,
  /** The MongoDB StatefulSet and its headless Service. */
  mongo: (env: string) => `${env}-mongo`,
  /** The PVC the StatefulSet's volumeClaimTemplate creates for its only pod. */
  mongoClaim: (env: string) => `data-${env}-mongo-0`,
  ingress: (env: string) => env,
  /** Deployment, Service and PodDisruptionBudget of the mirror proxy (spec.mirror, mode proxy). */
  mirror: (env: string) => `${env}-mirror`,
  /** HTTPRoute of mode gateway, in the environment's namespace. */
  httpRoute: (env: string) => env,
  /** ReferenceGrant of mode gateway, in the target's namespace: one per source environment. */
  mirrorGrant: (sourceNamespace: string, sourceName: string) =>
    `everyclass-mirror-${sourceNamespace}-${sourceName}`,
};

/** Ports and the APP_CONFIG path, from the contract the services read (services/kit/contract.ts). */
/** spec.maintenance's file: a key of the same ConfigMap, in the same mount (web re-reads it). */
export { appConfigPath, maintenancePath };
export const maintenanceKey = maintenanceFile.key;
export const mirrorStatsPath = paths.mirrorStats;
export { mirrorProxySelector };
/** The calendar feed's path prefix (the Ingress sends only it to calendar). */
export const feedPrefix = paths.feedPrefix;
export const httpPort = ports.http;
/** web's admin port (ADMIN_PORT): /readyz and /metrics, exposed by no Service. */
export const webAdminPort = ports.webAdmin;
export const mongoPort = ports.mongo;
/** Port of every business Service (targetPort http). */
export const servicePort = ports.service;
/** The mirror proxy's admin port: probes and /_mirror/stats (never behind a Service or Ingress). */
export const mirrorAdminPort = ports.mirrorAdmin;
/**
 * Of every container the operator builds: when the container failed and left its termination
 * message file (/dev/termination-log) empty, the kubelet puts the tail of its log there instead, so a
 * crash loop's reason reaches the pod status (lastState.terminated.message) and the environment's.
 */
export const terminationMessagePolicy = 'FallbackToLogsOnError';

/** How long a pod keeps serving after it is told to stop, while every kube-proxy drops it. */
export const preStopSeconds = 10;
