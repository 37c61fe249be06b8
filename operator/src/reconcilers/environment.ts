// The EveryClassEnvironment reconciler: from the key alone, build every desired child, apply
// what differs from the cache with server-side apply, create missing generated Secrets, prune
// owned children no longer desired, then write the status once if it changed.

import type {
  KubernetesObject,
  ObjectCache,
  V1CronJob,
  V1Deployment,
  V1Pod,
  V1Secret,
  V1StatefulSet,
} from '@kubernetes/client-node';
import { errorText } from '../api/api-errors.ts';
import { conditionOf, problemReasons } from '../api/conditions.ts';
import {
  apiVersion,
  type EveryClassEnvironment,
  type EveryClassEnvironmentStatus,
  group,
  kind,
  plural,
  version,
} from '../api/environment.ts';
import { backupName } from '../desired/backup.ts';
import { buildSecret, secretOwnerReferences } from '../desired/config.ts';
import { resolve } from '../desired/defaults.ts';
import { grantSourceKey, referenceGrantKind } from '../desired/httproute.ts';
import { buildDesired, type Desired, ownedKinds } from '../desired/index.ts';
import { labelKeys, managedBy } from '../desired/labels.ts';
import { type MirrorPlan, mirrorTargetKey, proxyRuns, resolveMirror } from '../desired/mirror.ts';
import { names } from '../desired/names.ts';
import type { KubeClient } from '../runtime/client.ts';
import type { Clock } from '../runtime/clock.ts';
import type { Result } from '../runtime/controller.ts';
import type { Logger } from '../runtime/log.ts';
import { canonicalJson, upToDate, withHash } from '../runtime/objects.ts';
import type { RecentKeys } from '../runtime/recent.ts';
import { backupStatus, dataStatus, resolveDataSource } from './datasync.ts';
import type { MirrorStatsReader } from './mirrorstats.ts';
import { podsByComponent, recheckAt } from './pods.ts';
import { decideFor } from './rollout.ts';
import { computeStatus, type Observed, type ProxyFigures, problemsOf } from './status.ts';

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

/** Images of the desired workloads that no allowed prefix admits. */
export function disallowedImages(
  objects: readonly KubernetesObject[],
  prefixes: readonly string[] | undefined,
): string[] {
  if (!prefixes?.length) return [];
  const images = objects.flatMap((o) =>
    o.kind === 'Deployment' || o.kind === 'StatefulSet'
      ? ((o as V1Deployment).spec?.template.spec?.containers ?? []).map((c) => c.image ?? '')
      : [],
  );
  return [...new Set(images)].filter((i) => !prefixes.some((p) => i.startsWith(p)));
}

export function splitKey(key: string): { namespace: string; name: string } {
  const i = key.indexOf('/');
  return { namespace: key.slice(0, i), name: key.slice(i + 1) };
}

export { mirrorTargetKey };

/** Keys to reconcile when an environment changes: itself, environments mirroring into it or copying its data. */
export function environmentKeys(env: EveryClassEnvironment, all: readonly EveryClassEnvironment[]): string[] {
  const self = `${env.metadata.namespace}/${env.metadata.name}`;
  return [
    self,
    ...all
      .filter((e) => mirrorTargetKey(e) === self || e.spec.data?.from === self)
      .map((e) => `${e.metadata.namespace}/${e.metadata.name}`),
  ];
}

function describe(o: KubernetesObject): string {
  return `${o.kind} ${o.metadata?.name}`;
}

export async function reconcileEnvironment(deps: EnvironmentDeps, key: string): Promise<Result | undefined> {
  const { namespace, name } = splitKey(key);
  const env = deps.environments.get(name, namespace);
  if (!env || env.metadata.deletionTimestamp) {
    // Children go by owner references; ReferenceGrants in other namespaces have none.
    const failures: string[] = [];
    await pruneGrants(deps, key, [], failures, async () => undefined);
    if (failures.length) throw new Error(failures.join('; '));
    return undefined;
  }
  const log = deps.log.child({ environment: key });
  const now = () => deps.clock.now();
  // Events are sent without waiting for them: a pass never waits on the API server for what only
  // `kubectl describe` reads (a failed one is logged; the client aggregates repeats).
  const event = async (type: 'Normal' | 'Warning', reason: string, message: string): Promise<void> =>
    void deps.client
      .event({
        regarding: {
          apiVersion,
          kind,
          namespace,
          name,
          ...(env.metadata.uid ? { uid: env.metadata.uid } : {}),
        },
        type,
        reason,
        message,
        component: fieldManager,
        now: now(),
      })
      .catch((err: unknown) => log.warn({ err: String(err) }, 'recording an event failed'));

  const targetKey = mirrorTargetKey(env);
  const target = targetKey
    ? deps.environments.get(splitKey(targetKey).name, splitKey(targetKey).namespace)
    : undefined;
  // The target's shadow key, for a proxy in another namespace (copied beside it, see desired/mirror.ts).
  const targetKeys = target
    ? (deps.children.Secret?.get(names.callersSecret(target.metadata.name), target.metadata.namespace) as
        | V1Secret
        | undefined)
    : undefined;
  const plan = resolveMirror(env, target, { gatewayApi: deps.gatewayApi() }, targetKeys?.data?.shadowKey);
  // Which version each service runs (a rollback runs the last good one), decided before building.
  const at = now();
  const pods = deps.pods.list(namespace).filter((p) => p.metadata?.labels?.[labelKeys.instance] === name);
  const byComponent = podsByComponent(name, pods);
  const problems = Object.fromEntries(problemsOf(env, pods, at).map((p) => [p.component, p.message]));
  const decision = decideFor(
    env,
    resolve(env),
    (service) =>
      deps.children.Deployment?.get(names.service(name, service), namespace) as V1Deployment | undefined,
    at,
    (service) => byComponent.get(service) ?? [],
    problems,
  );
  const source = resolveDataSource(
    env,
    (ns, n) => deps.environments.get(n, ns),
    (ns, n) => deps.children.Secret?.get(n, ns) as V1Secret | undefined,
  );
  const desired = buildDesired(env, {
    ...deps.network,
    mirror: plan,
    versions: decision.run,
    ...(source.state === 'ok' ? { dataSource: source.ctx } : {}),
  });
  const r = desired.resolved;
  const failures: string[] = [];
  const stamped = desired.objects.map((o) => withHash(o, hashAnnotation));

  // A rollback starts only once status records it: an operator restarted in between must not
  // apply the failed version again. The status write below wakes the next pass, which applies it.
  const refused = disallowedImages(stamped, deps.allowedImagePrefixes);
  for (const image of refused) {
    const why = `image ${image} is not allowed (--allowed-image-prefixes ${deps.allowedImagePrefixes?.join(',')})`;
    failures.push(why);
    await event('Warning', 'ImageNotAllowed', `Nothing applied: ${why}`);
  }
  if (!r.paused && !decision.persistFirst && refused.length === 0)
    await applyChildren(deps, env, desired, stamped, failures, event);

  const proxied = plan.state === 'active' && proxyRuns(env, r);
  const figures = proxied ? await deps.mirrorStats(env) : undefined;
  const observed = { ...observe(deps, env, stamped, failures, plan, figures), pods };
  const status = withData(
    computeStatus(env, r, observed, at, decision),
    dataStatus(env, source, pods, at),
    backupStatus(env, deps.children.CronJob?.get(backupName(name), namespace) as V1CronJob | undefined),
  );
  if (canonicalJson(status) !== canonicalJson(env.status ?? {})) {
    log.debug({ before: env.status, after: status }, 'writing status');
    const resourceVersion = env.metadata.resourceVersion;
    await deps.client.replaceStatus(
      { group, version, plural, namespace, name, resourceVersion },
      kind,
      status,
    );
    await transitionEvents(env.status, status, event);
    await problemEvents(deps.reported, key, env.status, status, at, event);
  }
  if (failures.length) throw new Error(failures.join('; '));
  if (decision.persistFirst) return { requeueAfterMs: 1000 };
  // The proxy's figures change without any event: read them again at a modest interval. A crash
  // remembered as a problem ends with time alone: look again when its memory runs out.
  const later = [proxied ? deps.mirrorStatsIntervalMs : undefined, problemRecheckMs(pods, at)].filter(
    (ms): ms is number => ms !== undefined,
  );
  return later.length ? { requeueAfterMs: Math.min(...later) } : undefined;
}

/** status with status.data, status.backup and the DataSynced condition (reconcilers/datasync.ts). */
function withData(
  status: EveryClassEnvironmentStatus,
  data: ReturnType<typeof dataStatus>,
  backup: EveryClassEnvironmentStatus['backup'],
): EveryClassEnvironmentStatus {
  const conditions = (status.conditions ?? []).filter((c) => c.type !== 'DataSynced');
  return {
    ...status,
    ...(data.condition ? { conditions: [...conditions, data.condition] } : {}),
    ...(data.data ? { data: data.data } : {}),
    ...(backup ? { backup } : {}),
  };
}

function problemRecheckMs(pods: readonly V1Pod[], now: Date): number | undefined {
  const at = recheckAt(pods, now);
  return at ? Math.max(1000, at.getTime() - now.getTime() + 1000) : undefined;
}

/**
 * A Warning event per component and reason that starts failing (status.problems gained it), not one
 * per restart: a reason already reported for the component within the kubelet's crash memory is not
 * reported again when a crash-after-ready loop makes it come and go.
 */
async function problemEvents(
  reported: RecentKeys | undefined,
  key: string,
  before: EveryClassEnvironmentStatus | undefined,
  after: EveryClassEnvironmentStatus,
  now: Date,
  event: Emit,
): Promise<void> {
  for (const p of after.problems ?? []) {
    if (before?.problems?.some((q) => q.component === p.component && q.reason === p.reason)) continue;
    if (reported && !reported.add(`${key}/${p.component}/${p.reason}`, now.getTime())) continue;
    await event('Warning', p.reason, p.message);
  }
}

type Emit = (type: 'Normal' | 'Warning', reason: string, message: string) => Promise<unknown>;

/**
 * Creates the missing generated Secrets, applies every desired child that differs from the cache
 * (the ConfigMap first: pods refer to it), prunes what is no longer desired; one event per kind of
 * decision. Failures are collected, not thrown.
 */
async function applyChildren(
  deps: EnvironmentDeps,
  env: EveryClassEnvironment,
  desired: Desired,
  stamped: readonly KubernetesObject[],
  failures: string[],
  event: Emit,
): Promise<void> {
  const namespace = env.metadata.namespace;
  const key = `${namespace}/${env.metadata.name}`;
  const log = deps.log.child({ environment: key });
  const cached = (o: { kind?: string; metadata?: { name?: string; namespace?: string } }) =>
    deps.children[o.kind ?? '']?.get(o.metadata?.name ?? '', o.metadata?.namespace ?? namespace);
  // Secrets and the ConfigMap first (pods refer to them), then everything else at once.
  // A Secret that exists is never generated again; only its owner follows mongo.retainOnDelete.
  const adopted: string[] = [];
  const released: string[] = [];
  const generated = await Promise.all(
    desired.secrets.map(async (spec) => {
      const have = cached({ kind: 'Secret', metadata: { name: spec.name } });
      if (have) {
        const refs = secretOwnerReferences(env, spec, have.metadata);
        if (!refs) return undefined;
        try {
          await deps.client.setOwnerReferences({ ...have, apiVersion: 'v1', kind: 'Secret' }, refs);
          (spec.owned ? adopted : released).push(`Secret ${spec.name}`);
        } catch (err) {
          failures.push(`set the owner of Secret ${spec.name}: ${errorText(err)}`);
        }
        return undefined;
      }
      const values = Object.fromEntries(
        Object.entries(spec.keys).map(([k, v]) => [k, typeof v === 'number' ? deps.randomHex(v) : v]),
      );
      try {
        return (await deps.client.createIfAbsent(buildSecret(env, spec, values)))
          ? `Secret ${spec.name}`
          : undefined;
      } catch (err) {
        failures.push(`create Secret ${spec.name}: ${errorText(err)}`);
        return undefined;
      }
    }),
  );
  const applyOne = async (obj: KubernetesObject): Promise<['Created' | 'Updated', string] | undefined> => {
    const have = cached(obj);
    if (upToDate(obj, have, hashAnnotation)) return undefined;
    const why = !have
      ? 'absent'
      : have.metadata?.annotations?.[hashAnnotation] !== obj.metadata?.annotations?.[hashAnnotation]
        ? 'desired state changed'
        : 'owned field drifted';
    log.debug({ object: describe(obj), why }, 'applying');
    try {
      await deps.client.apply(obj);
      return [have ? 'Updated' : 'Created', describe(obj)];
    } catch (err) {
      failures.push(`apply ${describe(obj)}: ${errorText(err)}`);
      await event('Warning', 'ApplyFailed', `Applying ${describe(obj)} failed: ${errorText(err)}`);
      return undefined;
    }
  };
  const applied = [
    ...(await Promise.all(stamped.filter((o) => o.kind === 'ConfigMap').map(applyOne))),
    ...(await Promise.all(stamped.filter((o) => o.kind !== 'ConfigMap').map(applyOne))),
  ];
  // One event per kind of decision and pass, listing the objects (not one write per object).
  const list = (xs: Array<string | undefined>) => xs.filter((x): x is string => !!x).join(', ');
  const summary: Array<[string, string, string]> = [
    ['SecretGenerated', 'Generated', list(generated)],
    ['SecretAdopted', 'Adopted', list(adopted)],
    [
      'SecretReleased',
      'Released',
      released.length ? `${list(released)} (kept when the environment is deleted: mongo.retainOnDelete)` : '',
    ],
    ['Created', 'Created', list(applied.map((a) => (a?.[0] === 'Created' ? a[1] : undefined)))],
    ['Updated', 'Applied', list(applied.map((a) => (a?.[0] === 'Updated' ? a[1] : undefined)))],
  ];
  for (const [reason, verb, objects] of summary)
    if (objects) await event('Normal', reason, `${verb} ${objects}`);
  await prune(deps, env, stamped, failures, event);
  await pruneGrants(deps, key, stamped, failures, event);
}

/**
 * Deletes the ReferenceGrants made for environment `key` (in target namespaces, found by their
 * source labels) that are no longer desired: they cannot carry an owner reference across namespaces.
 */
async function pruneGrants(
  deps: EnvironmentDeps,
  key: string,
  desired: readonly KubernetesObject[],
  failures: string[],
  event: Emit,
): Promise<void> {
  const cache = deps.children[referenceGrantKind.kind];
  if (!cache) return;
  const wanted = new Set(
    desired
      .filter((o) => o.kind === referenceGrantKind.kind)
      .map((o) => `${o.metadata?.namespace}/${o.metadata?.name}`),
  );
  for (const grant of cache.list()) {
    if (grantSourceKey(grant) !== key) continue;
    const where = `${grant.metadata?.namespace}/${grant.metadata?.name}`;
    if (wanted.has(where)) continue;
    try {
      await deps.client.delete({
        ...grant,
        apiVersion: referenceGrantKind.apiVersion,
        kind: referenceGrantKind.kind,
      });
      await event('Normal', 'Deleted', `Deleted ReferenceGrant ${where} (no longer desired)`);
    } catch (err) {
      failures.push(`delete ReferenceGrant ${where}: ${errorText(err)}`);
    }
  }
}

/** Deletes children owned by this environment (label and controller reference) that are no longer desired. */
async function prune(
  deps: EnvironmentDeps,
  env: EveryClassEnvironment,
  desired: readonly KubernetesObject[],
  failures: string[],
  event: Emit,
): Promise<void> {
  const wanted = new Set(desired.map((o) => `${o.kind}/${o.metadata?.name}`));
  const e = env.metadata.name;
  const secrets = new Set([
    names.mongoSecret(e),
    names.keysSecret(e),
    names.callersSecret(e),
    names.adminSecret(e),
  ]);
  for (const [k, cache] of Object.entries(deps.children)) {
    for (const child of cache.list(env.metadata.namespace)) {
      const labels = child.metadata?.labels ?? {};
      if (labels[labelKeys.managedBy] !== managedBy || labels[labelKeys.instance] !== env.metadata.name)
        continue;
      const owned = child.metadata?.ownerReferences?.some((o) => o.controller && o.uid === env.metadata.uid);
      if (!owned) continue;
      if (k === 'Secret' && secrets.has(child.metadata?.name ?? '')) continue;
      if (wanted.has(`${k}/${child.metadata?.name}`)) continue;
      const apiVersion = ownedKinds.find((o) => o.kind === k)?.apiVersion ?? child.apiVersion ?? 'v1';
      const full = { ...child, kind: k, apiVersion };
      try {
        await deps.client.delete(full);
        await event('Normal', 'Deleted', `Deleted ${k} ${child.metadata?.name} (no longer desired)`);
      } catch (err) {
        failures.push(`delete ${k} ${child.metadata?.name}: ${errorText(err)}`);
      }
    }
  }
}

function observe(
  deps: EnvironmentDeps,
  env: EveryClassEnvironment,
  stamped: readonly KubernetesObject[],
  failures: string[],
  plan: MirrorPlan,
  figures: ProxyFigures | undefined,
): Omit<Observed, 'pods'> {
  const ns = env.metadata.namespace;
  const hashOf = (o: KubernetesObject | undefined) => o?.metadata?.annotations?.[hashAnnotation];
  const desiredHash = new Map(stamped.map((o) => [`${o.kind}/${o.metadata?.name}`, hashOf(o)]));
  const current = (k: string, o: KubernetesObject | undefined) =>
    !!o && hashOf(o) !== undefined && hashOf(o) === desiredHash.get(`${k}/${o.metadata?.name}`);
  const deployments: Observed['deployments'] = {};
  for (const o of stamped) {
    if (o.kind !== 'Deployment') continue;
    const have = deps.children.Deployment?.get(o.metadata?.name ?? '', ns) as V1Deployment | undefined;
    const component = o.metadata?.labels?.[labelKeys.component] ?? '';
    if (have) deployments[component] = { current: current('Deployment', have), object: have };
  }
  const sts = deps.children.StatefulSet?.get(names.mongo(env.metadata.name), ns) as V1StatefulSet | undefined;
  return {
    deployments,
    mongo: sts ? { current: current('StatefulSet', sts), object: sts } : undefined,
    failures,
    mirror: {
      plan,
      proxyRuns: stamped.some(
        (o) => o.kind === 'Deployment' && o.metadata?.name === names.mirror(env.metadata.name),
      ),
      ...(deployments.mirror ? { proxy: deployments.mirror } : {}),
      ...(figures ? { figures } : {}),
    },
  };
}

/** Events for condition changes a human wants to see (Ready flips, rollouts, degradation, a bad mirror target). */
async function transitionEvents(
  before: EveryClassEnvironmentStatus | undefined,
  after: EveryClassEnvironmentStatus,
  event: Emit,
): Promise<void> {
  for (const type of ['Ready', 'Progressing', 'Degraded', 'Mirroring', 'Maintenance'] as const) {
    const was = conditionOf(before?.conditions, type);
    const is = conditionOf(after.conditions, type);
    if (!is || (was?.status === is.status && was.reason === is.reason)) continue;
    const warn =
      (type === 'Degraded' && is.status === 'True') ||
      (type === 'Mirroring' && is.status === 'False' && is.reason !== 'MirrorDisabled') ||
      is.reason === 'MaintenanceNotApplied';
    if (type === 'Mirroring' && is.reason === 'MirrorDisabled' && !was) continue;
    if ((type === 'Degraded' || type === 'Maintenance') && is.status === 'False' && !was) continue;
    // Failing containers have an event of their own per component (problemEvents).
    if (type === 'Degraded' && (problemReasons as readonly string[]).includes(is.reason)) continue;
    await event(warn ? 'Warning' : 'Normal', is.reason, `${type}=${is.status}: ${is.message}`);
  }
}
