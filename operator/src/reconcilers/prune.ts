// Deleting what an environment no longer desires: its owned children (by label and controller
// reference) and the ReferenceGrants it made in other namespaces.

import type { KubernetesObject } from '@kubernetes/client-node';
import { errorText } from '../api/api-errors.ts';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { grantSourceKey, referenceGrantKind } from '../desired/httproute.ts';
import { ownedKinds } from '../desired/index.ts';
import { labelKeys, managedBy } from '../desired/labels.ts';
import { names } from '../desired/names.ts';
import type { EnvironmentDeps } from './deps.ts';
import type { Emit } from './events.ts';

/**
 * Deletes the ReferenceGrants made for environment `key` (in target namespaces, found by their
 * source labels) that are no longer desired: they cannot carry an owner reference across namespaces.
 */
export async function pruneGrants(
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
export async function prune(
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
