// Messages on the wire, both ways: protobuf, or Twirp's JSON. JSON uses the proto field names
// (snake_case, Twirp's default) and writes default values; it reads proto names and the
// generated code's lowerCamelCase names and ignores unknown fields. Names are mapped field by
// field from the descriptor, so the keys of a `map<string, …>` (data, e.g. student ids) are
// never rewritten, and the messages inside maps and lists are renamed too.
import type { IConversionOptions } from 'protobufjs';
import type {
  DecodedRequestOf,
  JsonField,
  MessageName,
  MessageType,
  MethodName,
  ReplyOf,
  RequestOf,
  ResponseOf,
  ServiceDescriptor,
} from './descriptor.ts';

export type WireFormat = 'protobuf' | 'json';
export const PROTOBUF = 'application/protobuf';
export const JSON_TYPE = 'application/json';
const jsonOut: IConversionOptions = { enums: String, longs: String, defaults: true, arrays: true };

type Plain = { [k: string]: unknown };
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Renames the fields of one message value (and of the messages it holds); others are left out. */
function rename(
  s: ServiceDescriptor,
  type: string,
  value: unknown,
  read: (f: JsonField) => readonly string[],
  write: (f: JsonField) => string,
): unknown {
  if (!isPlain(value)) return value; // not a message: fromObject names the mismatch
  const fields = s.messages[type];
  if (!fields) throw new Error(`${s.name}: its descriptor has no message ${type}`);
  const out: Plain = {};
  for (const f of fields) {
    const key = read(f).find((k) => Object.hasOwn(value, k));
    if (key === undefined) continue;
    const v = value[key];
    const inner = f.message;
    const one = (x: unknown) => (inner === undefined ? x : rename(s, inner, x, read, write));
    if (inner === undefined) out[write(f)] = v;
    else if (f.map && isPlain(v))
      out[write(f)] = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, one(x)]));
    else if (Array.isArray(v)) out[write(f)] = v.map(one);
    else out[write(f)] = one(v);
  }
  return out;
}

/** A message's plain object (the generated code's names) with proto field names, as JSON writes. */
export const toProtoNames = <S extends ServiceDescriptor>(s: S, type: MessageName<S>, obj: Plain): Plain =>
  rename(
    s,
    type,
    obj,
    (f) => [f.js],
    (f) => f.proto,
  ) as Plain;

/** A JSON document (proto or lowerCamelCase names) as the generated code's fromObject reads it. */
export const fromProtoNames = <S extends ServiceDescriptor>(s: S, type: MessageName<S>, doc: Plain): Plain =>
  rename(
    s,
    type,
    doc,
    (f) => [f.proto, f.js],
    (f) => f.js,
  ) as Plain;

function encode(s: ServiceDescriptor, type: string, cls: MessageType, msg: object, format: WireFormat) {
  if (format === 'protobuf') return cls.encode(msg).finish();
  // toObject reads plain objects as well as message instances (handlers answer plain ones).
  return JSON.stringify(toProtoNames(s, type, cls.toObject(msg, jsonOut)));
}

/** Decodes one message; throws the codec's error as is (callers say whose fault it is). */
function decode(s: ServiceDescriptor, type: string, cls: MessageType, doc: Uint8Array | Plain): object {
  if (doc instanceof Uint8Array) return cls.decode(doc);
  return cls.fromObject(fromProtoNames(s, type, doc));
}

export function encodeRequest<S extends ServiceDescriptor, K extends MethodName<S>>(
  s: S,
  method: K,
  req: RequestOf<S, K>,
  format: WireFormat,
): Uint8Array | string {
  const m = s.methods[method]!;
  return encode(s, m.inputType, m.input, req as object, format);
}

/** A request body: protobuf bytes, or the parsed JSON object. */
export function decodeRequest<S extends ServiceDescriptor, K extends MethodName<S>>(
  s: S,
  method: K,
  body: Uint8Array | Plain,
): DecodedRequestOf<S, K> {
  const m = s.methods[method]!;
  return decode(s, m.inputType, m.input, body) as DecodedRequestOf<S, K>;
}

export function encodeReply<S extends ServiceDescriptor, K extends MethodName<S>>(
  s: S,
  method: K,
  reply: ReplyOf<S, K>,
  format: WireFormat,
): Uint8Array | string {
  const m = s.methods[method]!;
  return encode(s, m.outputType, m.output, reply as object, format);
}

export function decodeResponse<S extends ServiceDescriptor, K extends MethodName<S>>(
  s: S,
  method: K,
  buf: Uint8Array,
  format: WireFormat,
): ResponseOf<S, K> {
  const m = s.methods[method]!;
  const doc = format === 'protobuf' ? buf : (JSON.parse(Buffer.from(buf).toString('utf8')) as Plain);
  return decode(s, m.outputType, m.output, doc) as ResponseOf<S, K>;
}
