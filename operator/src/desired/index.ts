// The desired state of an environment: a pure function of the resource.
import type { KubernetesObject } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { buildBackup } from './backup.ts';
import { buildConfigMap, configHash, type SecretSpec, secretSpecs } from './config.ts';
import { buildDataSourceSecret, buildDemoJob, buildSyncCronJob } from './datajobs.ts';
import { type Resolved, resolve } from './defaults.ts';
import { buildDeployment, buildPdb, buildService } from './deployment.ts';
import { buildHpa, hpaKind } from './hpa.ts';
import { buildHttpRoute, buildReferenceGrant, httpRouteKind, referenceGrantKind } from './httproute.ts';
import { buildIngress } from './ingress.ts';
import { buildMirrorProxy, type MirrorPlan, resolveMirror } from './mirror.ts';
import { buildMongoService, buildMongoStatefulSet } from './mongo.ts';
import { names } from './names.ts';
import { buildNetworkPolicies, networkPolicyKind } from './networkpolicy.ts';

/** What the desired state depends on beyond the environment itself (observed by the reconciler). */
export interface DesiredContext {
  /** The mirror plan (resolveMirror); default: resolved as if the target were absent. */
  mirror?: MirrorPlan;
  /**
   * The versions that run (the rollout decision, e.g. the last good ones while rolled back):
   * `version` for what follows spec.version (the mirror proxy), `services` per service. Default: the spec's.
   */
  versions?: { version: string; services: Partial<Record<string, string>> };
  /** Where the operator runs: its pods alone may read the mirror proxy's admin port. */
  operatorNamespace?: string;
  /**
   * spec.data.from, resolved (reconcilers/datasync.ts): the source, which consents, its MongoDB
   * credentials and its id encryption key (base64, as its Secrets hold them). Absent: no copy (no
   * consent, not found).
   */
  dataSource?: {
    namespace: string;
    name: string;
    credentials: Record<string, string>;
    idEncryptionKey: string;
  };
  /** --metrics-namespace: its pods may read every component's metrics port (networkpolicy.ts). */
  metricsNamespace?: string;
}

export interface Desired {
  resolved: Resolved;
  mirror: MirrorPlan;
  /** Objects applied with server-side apply, in dependency order. */
  objects: KubernetesObject[];
  /** Secrets created once when absent, never updated. */
  secrets: SecretSpec[];
}

/** Kinds the operator creates (informers, pruning and RBAC cover exactly these). */
export const ownedKinds = [
  { apiVersion: 'v1', kind: 'ConfigMap', plural: 'configmaps' },
  { apiVersion: 'v1', kind: 'Secret', plural: 'secrets' },
  { apiVersion: 'v1', kind: 'Service', plural: 'services' },
  { apiVersion: 'apps/v1', kind: 'Deployment', plural: 'deployments' },
  { apiVersion: 'apps/v1', kind: 'StatefulSet', plural: 'statefulsets' },
  { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', plural: 'poddisruptionbudgets' },
  { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', plural: 'ingresses' },
  networkPolicyKind,
  hpaKind,
  // The data role: a demo university and course-data copies (Jobs), backups (CronJob, PVC).
  { apiVersion: 'batch/v1', kind: 'Job', plural: 'jobs' },
  { apiVersion: 'batch/v1', kind: 'CronJob', plural: 'cronjobs' },
  { apiVersion: 'v1', kind: 'PersistentVolumeClaim', plural: 'persistentvolumeclaims' },
] as const;

/**
 * Pods of the environments' workloads, read (never written) for their container states: what
 * status.problems and the Degraded condition report. RBAC: list and watch.
 */
export const podKind = { apiVersion: 'v1', kind: 'Pod', plural: 'pods' } as const;

/**
 * Kinds of the Gateway API (mode gateway), watched only while the cluster serves them. HTTPRoutes
 * are owned like the kinds above; ReferenceGrants live in target namespaces and are cleaned up by label.
 */
export const gatewayKinds = [httpRouteKind, referenceGrantKind] as const;

export function buildDesired(env: EveryClassEnvironment, ctx: DesiredContext = {}): Desired {
  const resolved = resolve(env);
  const v = ctx.versions;
  const r = v
    ? {
        ...resolved,
        version: v.version,
        services: resolved.services.map((s) => ({ ...s, version: v.services[s.name] ?? s.version })),
      }
    : resolved;
  const mirror = ctx.mirror ?? resolveMirror(env, undefined, { gatewayApi: false });
  const cm = buildConfigMap(env);
  const hash = configHash(cm);
  const objects: KubernetesObject[] = [cm, buildMongoService(env), buildMongoStatefulSet(env, r)];
  // With a data source the services take its id key: the copied data's ids are the source's.
  const idKeySecret = ctx.dataSource ? names.dataSourceSecret(env.metadata.name) : undefined;
  for (const svc of r.services) {
    objects.push(buildService(env, svc), buildDeployment(env, r, svc, hash, idKeySecret));
    const pdb = buildPdb(env, svc);
    if (pdb) objects.push(pdb);
    const hpa = buildHpa(env, svc);
    if (hpa) objects.push(hpa);
  }
  objects.push(...buildMirrorProxy(env, r, mirror));
  objects.push(
    ...buildNetworkPolicies(env, r, ctx.operatorNamespace ?? 'everyclass-system', ctx.metricsNamespace),
  );
  const ingress = buildIngress(env, r);
  if (ingress) objects.push(ingress);
  const route = buildHttpRoute(env, r, mirror);
  if (route) objects.push(route);
  const grant = buildReferenceGrant(env, r, mirror);
  if (grant) objects.push(grant);
  objects.push(...buildBackup(env, r));
  if (env.spec.data?.demo) objects.push(buildDemoJob(env, r));
  if (ctx.dataSource)
    objects.push(buildDataSourceSecret(env, ctx.dataSource), buildSyncCronJob(env, r, ctx.dataSource));
  return { resolved: r, mirror, objects, secrets: secretSpecs(env, r) };
}
