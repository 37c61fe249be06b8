// The EveryClassEnvironment reconciler: from the key alone, build every desired child, apply
// what differs from the cache with server-side apply, create missing generated Secrets, prune
// owned children no longer desired, then write the status once if it changed.
// Applying is apply.ts, pruning prune.ts, Events events.ts, what the status sees observe.ts.

import type { V1CronJob, V1Deployment, V1Pod, V1Secret } from '@kubernetes/client-node';
import {
  type EveryClassEnvironment,
  type EveryClassEnvironmentStatus,
  group,
  kind,
  plural,
  version,
} from '../api/environment.ts';
import { backupName } from '../desired/backup.ts';
import { resolve } from '../desired/defaults.ts';
import { buildDesired } from '../desired/index.ts';
import { labelKeys } from '../desired/labels.ts';
import { mirrorTargetKey, proxyRuns, resolveMirror } from '../desired/mirror.ts';
import { names } from '../desired/names.ts';
import type { Result } from '../runtime/controller.ts';
import { canonicalJson, withHash } from '../runtime/objects.ts';
import { applyChildren, disallowedImages } from './apply.ts';
import { backupStatus, dataStatus, resolveDataSource } from './datasync.ts';
import { type EnvironmentDeps, hashAnnotation } from './deps.ts';
import { eventsFor, problemEvents, transitionEvents } from './events.ts';
import { observe } from './observe.ts';
import { podsByComponent, recheckAt } from './pods.ts';
import { pruneGrants } from './prune.ts';
import { decideFor } from './rollout.ts';
import { computeStatus, problemsOf } from './status.ts';

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
  const event = eventsFor(deps, env);

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
