// Applying an environment's desired children: the generated Secrets created once, every child that
// differs from the cache applied with server-side apply, then what is no longer desired pruned.

import type { KubernetesObject, V1Deployment } from '@kubernetes/client-node';
import { errorText } from '../api/api-errors.ts';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { buildSecret, secretOwnerReferences } from '../desired/config.ts';
import type { Desired } from '../desired/index.ts';
import { upToDate } from '../runtime/objects.ts';
import { type EnvironmentDeps, hashAnnotation } from './deps.ts';
import type { Emit } from './events.ts';
import { prune, pruneGrants } from './prune.ts';

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

function describe(o: KubernetesObject): string {
  return `${o.kind} ${o.metadata?.name}`;
}

/**
 * Creates the missing generated Secrets, applies every desired child that differs from the cache
 * (the ConfigMap first: pods refer to it), prunes what is no longer desired; one event per kind of
 * decision. Failures are collected, not thrown.
 */
export async function applyChildren(
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
