// Structural defaulting as the API server applies it to a stored object: a property absent from
// an object takes its schema default, then defaults apply inside every value (defaults included).
// The operator applies it too, so that the schema's `default:` values are the only ones: builders
// read a defaulted spec (DefaultedOf) instead of repeating them.
import type { DefaultedOf, SchemaJson, TypeOf } from './schema.ts';

/** `value` of `schema` with the schema's defaults applied (a copy; `value` is left as it is). */
export function withDefaults<S extends SchemaJson>(schema: S, value: TypeOf<S>): DefaultedOf<S> {
  return defaulted(schema, value) as DefaultedOf<S>;
}

function defaulted<T>(schema: SchemaJson, value: T): T {
  if (Array.isArray(value)) {
    const items = schema.items;
    return (items ? value.map((v) => defaulted(items, v)) : value) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [k, prop] of Object.entries(schema.properties ?? {})) {
    if (out[k] === undefined && prop.default !== undefined) out[k] = structuredClone(prop.default);
    if (out[k] !== undefined) out[k] = defaulted(prop, out[k]);
  }
  const extra = schema.additionalProperties;
  if (extra)
    for (const [k, v] of Object.entries(out)) if (!schema.properties?.[k]) out[k] = defaulted(extra, v);
  return out as T;
}
