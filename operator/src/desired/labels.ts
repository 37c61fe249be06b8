// Labels and owner references every child carries. The managed-by label is how the
// operator's informers find its children; the owner reference is what pruning and the
// garbage collector trust.
import type { V1ObjectMeta, V1OwnerReference } from '@kubernetes/client-node';
import { apiVersion, type EveryClassEnvironment, kind } from '../api/environment.ts';

export const managedBy = 'everyclass-operator';
export const labelKeys = {
  name: 'app.kubernetes.io/name',
  instance: 'app.kubernetes.io/instance',
  component: 'app.kubernetes.io/component',
  version: 'app.kubernetes.io/version',
  partOf: 'app.kubernetes.io/part-of',
  managedBy: 'app.kubernetes.io/managed-by',
} as const;
/** Label selector of everything the operator manages (informers filter on it). */
export const managedSelector = `${labelKeys.managedBy}=${managedBy}`;

/** Immutable selector labels of one component's pods. */
export function selectorLabels(env: EveryClassEnvironment, component: string): Record<string, string> {
  return { [labelKeys.instance]: env.metadata.name, [labelKeys.component]: component };
}

export function labels(
  env: EveryClassEnvironment,
  component: string,
  version?: string,
): Record<string, string> {
  return {
    [labelKeys.name]: 'everyclass',
    ...selectorLabels(env, component),
    ...(version ? { [labelKeys.version]: version } : {}),
    [labelKeys.partOf]: 'everyclass',
    [labelKeys.managedBy]: managedBy,
  };
}

export function ownerReference(env: EveryClassEnvironment): V1OwnerReference {
  return {
    apiVersion,
    kind,
    name: env.metadata.name,
    uid: env.metadata.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** Metadata of a child: namespace, labels, and (unless `owned` is false) the owner reference. */
export function childMeta(
  env: EveryClassEnvironment,
  name: string,
  component: string,
  opts: { version?: string; owned?: boolean } = {},
): V1ObjectMeta & { name: string; namespace: string } {
  return {
    name,
    namespace: env.metadata.namespace,
    labels: labels(env, component, opts.version),
    ...(opts.owned === false ? {} : { ownerReferences: [ownerReference(env)] }),
  };
}

/** The environment key (namespace/name) a managed child belongs to, from its labels. */
export function ownerKey(child: { metadata?: V1ObjectMeta }): string | undefined {
  const instance = child.metadata?.labels?.[labelKeys.instance];
  const ns = child.metadata?.namespace;
  return instance && ns ? `${ns}/${instance}` : undefined;
}
