// Watching a kind in a list of namespaces (a namespaced install: the operator holds a Role in each
// managed namespace and nothing cluster-wide): one informer per namespace, seen as one cache.
import type { KubernetesObject, ObjectCache } from '@kubernetes/client-node';
import type { Watched } from './informer.ts';

/** `raw`, a namespace name (an RFC 1123 label) given to `flag`; else an error naming the flag. */
export function namespaceName(flag: string, raw: string): string {
  const n = raw.trim();
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(n) || n.length > 63)
    throw new Error(`${flag}: ${JSON.stringify(n)} is not a namespace name`);
  return n;
}

/** The namespaces of `--namespace a,b,c`; none: all namespaces (a cluster-wide install). */
export function parseNamespaces(raw: string | undefined): string[] {
  const list = (raw ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => namespaceName('--namespace', n));
  return [...new Set(list)];
}

/** One cache over per-namespace informers of one kind. */
export function combineWatched<T extends KubernetesObject>(
  byNamespace: ReadonlyMap<string, Watched<T>>,
): Watched<T> {
  const all = [...byNamespace.values()];
  const first = all[0];
  if (!first) throw new Error('combineWatched needs at least one namespace');
  const cache: ObjectCache<T> = {
    get: (name, namespace) =>
      namespace === undefined ? undefined : byNamespace.get(namespace)?.cache.get(name, namespace),
    list: (namespace) =>
      namespace === undefined
        ? all.flatMap((w) => w.cache.list())
        : (byNamespace.get(namespace)?.cache.list(namespace) ?? []),
  };
  return {
    ref: first.ref,
    cache,
    synced: () => all.every((w) => w.synced()),
    start: async () => {
      await Promise.all(all.map((w) => w.start()));
    },
    stop: async () => {
      await Promise.all(all.map((w) => w.stop()));
    },
  };
}
