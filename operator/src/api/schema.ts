// A tiny typed builder for OpenAPI v3 structural schemas. Each node carries, as a phantom
// type, the TypeScript type of the values it admits, so the resource's TypeScript types are
// derived from the very schema that becomes the CRD: one source of truth, no drift.

/** One CEL rule (`x-kubernetes-validations`). */
export interface CelRule {
  rule: string;
  message?: string;
  messageExpression?: string;
  fieldPath?: string;
  reason?: 'FieldValueInvalid' | 'FieldValueForbidden' | 'FieldValueRequired' | 'FieldValueDuplicate';
}

/** The JSON shape of a schema node, as written into the CRD. */
export interface SchemaJson {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  description: string;
  properties?: Record<string, SchemaJson>;
  additionalProperties?: SchemaJson;
  required?: string[];
  items?: SchemaJson;
  enum?: readonly (string | number)[];
  default?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  'x-kubernetes-validations'?: CelRule[];
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-int-or-string'?: true;
  'x-kubernetes-preserve-unknown-fields'?: true;
}

/** A schema node whose admitted values have TypeScript type T (phantom, never set). */
export type Schema<T> = SchemaJson & { readonly __type?: T };
export type TypeOf<S> = S extends Schema<infer T> ? T : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

type Options = Omit<SchemaJson, 'type' | 'description' | 'properties' | 'items' | 'required' | 'enum'>;

export function str(description: string, opts: Options = {}): Schema<string> {
  return { type: 'string', description, ...opts };
}

export function oneOf<const E extends string>(
  description: string,
  values: readonly E[],
  opts: Options = {},
): Schema<E> {
  return { type: 'string', description, enum: values, ...opts };
}

export function int(description: string, opts: Options = {}): Schema<number> {
  return { type: 'integer', description, ...opts };
}

export function bool(description: string, opts: Options = {}): Schema<boolean> {
  return { type: 'boolean', description, ...opts };
}

export function list<T>(description: string, items: Schema<T>, opts: Options = {}): Schema<T[]> {
  return { type: 'array', description, items, ...opts };
}

export function dict<T>(
  description: string,
  values: Schema<T>,
  opts: Options = {},
): Schema<Record<string, T>> {
  return { type: 'object', description, additionalProperties: values, ...opts };
}

type ObjectType<P extends Record<string, Schema<unknown>>, R extends keyof P> = Simplify<
  { [K in R]: TypeOf<P[K]> } & { [K in Exclude<keyof P, R>]?: TypeOf<P[K]> }
>;

export function obj<
  const P extends Record<string, Schema<unknown>>,
  const R extends keyof P & string = never,
>(
  description: string,
  properties: P,
  opts: Options & { required?: readonly R[] } = {},
): Schema<ObjectType<P, R>> {
  const { required, ...rest } = opts;
  return {
    type: 'object',
    description,
    properties,
    ...(required && required.length > 0 ? { required: [...required] } : {}),
    ...rest,
  };
}

/** Every property path of a schema, dotted (`spec.mirror.percent`), arrays as `[]`. */
export function paths(schema: SchemaJson, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(schema.properties ?? {})) {
    const p = prefix ? `${prefix}.${k}` : k;
    out.push(p, ...paths(v, p));
    if (v.items) out.push(...paths(v.items, `${p}[]`));
    if (v.additionalProperties) out.push(...paths(v.additionalProperties, `${p}{}`));
  }
  return out;
}

/** Schema nodes lacking a description (the CRD promises one on every field). */
export function undescribed(schema: SchemaJson, at = '<root>'): string[] {
  const out = schema.description?.trim() ? [] : [at];
  for (const [k, v] of Object.entries(schema.properties ?? {})) out.push(...undescribed(v, `${at}.${k}`));
  if (schema.items) out.push(...undescribed(schema.items, `${at}[]`));
  if (schema.additionalProperties) out.push(...undescribed(schema.additionalProperties, `${at}{}`));
  return out;
}
