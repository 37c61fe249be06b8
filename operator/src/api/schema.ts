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

/**
 * A schema node whose admitted values have TypeScript type T, and type D once the API server has
 * applied the schema's defaults (structural defaulting: see defaulting.ts). Both are phantoms,
 * never set.
 */
export type Schema<T, D = T> = SchemaJson & { readonly __type?: T; readonly __defaulted?: D };
export type TypeOf<S> = S extends Schema<infer T, unknown> ? T : never;
/** The type of a value of schema S after defaulting: fields with a default are never absent. */
export type DefaultedOf<S> = S extends { readonly __defaulted?: infer D } ? Exclude<D, undefined> : never;
/** Marks a node that has a default (`default:` in its options). */
type HasDefault = { readonly __hasDefault?: true };
type Defaulting<O> = O extends { default: unknown } ? HasDefault : unknown;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

type Options = Omit<SchemaJson, 'type' | 'description' | 'properties' | 'items' | 'required' | 'enum'>;

export function str<const O extends Options = Options>(
  description: string,
  opts?: O,
): Schema<string> & Defaulting<O> {
  return { type: 'string', description, ...opts };
}

export function oneOf<const E extends string, const O extends Options = Options>(
  description: string,
  values: readonly E[],
  opts?: O,
): Schema<E> & Defaulting<O> {
  return { type: 'string', description, enum: values, ...opts };
}

export function int<const O extends Options = Options>(
  description: string,
  opts?: O,
): Schema<number> & Defaulting<O> {
  return { type: 'integer', description, ...opts };
}

export function bool<const O extends Options = Options>(
  description: string,
  opts?: O,
): Schema<boolean> & Defaulting<O> {
  return { type: 'boolean', description, ...opts };
}

export function list<T, D, const O extends Options = Options>(
  description: string,
  items: Schema<T, D>,
  opts?: O,
): Schema<T[], D[]> & Defaulting<O> {
  return { type: 'array', description, items, ...opts };
}

export function dict<T, D, const O extends Options = Options>(
  description: string,
  values: Schema<T, D>,
  opts?: O,
): Schema<Record<string, T>, Record<string, D>> & Defaulting<O> {
  return { type: 'object', description, additionalProperties: values, ...opts };
}

type Properties = Record<string, Schema<unknown, unknown>>;
/** The properties of P that have a default. */
type DefaultedKeys<P> = { [K in keyof P]: '__hasDefault' extends keyof P[K] ? K : never }[keyof P];

type ObjectType<P extends Properties, R extends keyof P> = Simplify<
  { [K in R]: TypeOf<P[K]> } & { [K in Exclude<keyof P, R>]?: TypeOf<P[K]> }
>;
type DefaultedObject<
  P extends Properties,
  R extends keyof P,
  Always extends keyof P = R | DefaultedKeys<P>,
> = Simplify<{ [K in Always]: DefaultedOf<P[K]> } & { [K in Exclude<keyof P, Always>]?: DefaultedOf<P[K]> }>;
type RequiredOf<O, P> = O extends { required: readonly (infer R)[] } ? R & keyof P : never;

export function obj<
  const P extends Properties,
  const O extends Options & { required?: readonly (keyof P & string)[] } = Options,
>(
  description: string,
  properties: P,
  opts?: O,
): Schema<ObjectType<P, RequiredOf<O, P>>, DefaultedObject<P, RequiredOf<O, P>>> & Defaulting<O> {
  const { required, ...rest } = opts ?? {};
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
