// Structural defaulting as the API server applies it to a stored object: a property absent from
// an object takes its schema default, then defaults apply inside every value (defaults included).
import type { SchemaJson } from './schema.ts';

export function withDefaults<T>(schema: SchemaJson, value: T): T {
  if (Array.isArray(value)) {
    const items = schema.items;
    return (items ? value.map((v) => withDefaults(items, v)) : value) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [k, prop] of Object.entries(schema.properties ?? {})) {
    if (out[k] === undefined && prop.default !== undefined) out[k] = structuredClone(prop.default);
    if (out[k] !== undefined) out[k] = withDefaults(prop, out[k]);
  }
  const extra = schema.additionalProperties;
  if (extra)
    for (const [k, v] of Object.entries(out)) if (!schema.properties?.[k]) out[k] = withDefaults(extra, v);
  return out as T;
}
