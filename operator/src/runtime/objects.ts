// Generic helpers over Kubernetes objects: a stable content hash and a semantic "is every
// field of `want` present with the same value in `have`" comparison. Quantities compare by
// value (the API server rewrites 1000m as 1).
import { createHash } from 'node:crypto';
import type { KubernetesObject } from '@kubernetes/client-node';
// client-node's own serializer and type lookup, as KubernetesObjectApi.patch uses them.
import { ObjectSerializer } from '@kubernetes/client-node/dist/serializer.js';
import { getSerializationType } from '@kubernetes/client-node/dist/util.js';

/** JSON with object keys sorted, so equal values hash equally. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) => {
    if (val && typeof val === 'object' && !Array.isArray(val) && !(val instanceof Date)) {
      const o = val as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .sort()
          .map((k) => [k, o[k]]),
      );
    }
    return val;
  });
}

export function contentHash(v: unknown): string {
  return createHash('sha256').update(canonicalJson(v)).digest('hex').slice(0, 20);
}

/** A copy of `obj` carrying, in annotation `key`, the hash of its content (without that annotation). */
export function withHash<T extends KubernetesObject>(obj: T, key: string): T {
  const hash = contentHash(obj);
  return {
    ...obj,
    metadata: { ...obj.metadata, annotations: { ...obj.metadata?.annotations, [key]: hash } },
  };
}

const suffixes: Record<string, number> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};

/** The value of a Kubernetes quantity string (100m, 1.5, 2Gi), or undefined if it is none. */
export function quantityValue(q: string): number | undefined {
  const m = /^([0-9]+(?:\.[0-9]+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/.exec(q);
  if (!m) return undefined;
  return Number(m[1]) * (suffixes[m[2] ?? ''] ?? Number.NaN);
}

function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [quantityValue(a), quantityValue(b)];
    return x !== undefined && y !== undefined && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  }
  if (a instanceof Date || b instanceof Date)
    return new Date(a as string).getTime() === new Date(b as string).getTime();
  return false;
}

/**
 * Whether every field in `want` is in `have` with an equal value (lists compare element-wise
 * and must have the same length; extra fields in `have`, such as server defaults, are fine).
 */
export function isSubset(want: unknown, have: unknown): boolean {
  if (Array.isArray(want)) {
    return Array.isArray(have) && want.length === have.length && want.every((w, i) => isSubset(w, have[i]));
  }
  if (want && typeof want === 'object' && !(want instanceof Date)) {
    if (!have || typeof have !== 'object') return false;
    const h = have as Record<string, unknown>;
    return Object.entries(want as Record<string, unknown>).every(
      ([k, w]) => w === undefined || isSubset(w, h[k]),
    );
  }
  return sameScalar(want, have);
}

/**
 * Whether applying `desired` (already stamped by withHash under `key`) onto the observed object
 * would change nothing: same hash (so no field was dropped from the desired object) and every
 * desired field still holds its value (so nobody changed a field we own).
 */
export function upToDate(
  desired: KubernetesObject,
  observed: KubernetesObject | undefined,
  key: string,
): boolean {
  if (!observed) return false;
  if (observed.metadata?.annotations?.[key] !== desired.metadata?.annotations?.[key]) return false;
  return isSubset(onTheWire(desired), observed);
}

/**
 * What the API server receives for `obj`: the apply goes through client-node's serializer, which
 * writes model fields under their API names (a NetworkPolicy rule's `_from` as `from`) — the
 * spelling the watch cache holds, so the comparison must use it too.
 */
export function onTheWire(obj: KubernetesObject): KubernetesObject {
  const type = getSerializationType(obj.apiVersion, obj.kind);
  return ObjectSerializer.serialize(obj, type) as KubernetesObject;
}

export function objectKey(o: KubernetesObject): string {
  return `${o.apiVersion}/${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;
}
