// What the kit knows of an RPC service: the descriptors generated from proto/ into
// proto/generated/services.ts (the kit never imports them; services hand them in). From a
// descriptor come the routes, the handler map's type, the client's methods and its retries.
import type { IConversionOptions } from 'protobufjs';
import type { CallContext } from '../app.ts';

/** A message class produced by protobufjs's static generator. */
export interface MessageType<T extends object = object, M extends T = T> {
  encode(message: T): { finish(): Uint8Array };
  decode(data: Uint8Array): M;
  fromObject(obj: { [k: string]: unknown }): M;
  toObject(message: M, options?: IConversionOptions): { [k: string]: unknown };
}

/** protobuf's MethodOptions.IdempotencyLevel, as `option idempotency_level` sets it. */
export type Idempotency = 'IDEMPOTENCY_UNKNOWN' | 'NO_SIDE_EFFECTS' | 'IDEMPOTENT';

export interface MethodDescriptor {
  readonly input: MessageType;
  readonly output: MessageType;
  /** Full protobuf names of input and output: keys of the service's `messages`. */
  readonly inputType: string;
  readonly outputType: string;
  readonly idempotency: Idempotency;
}

/** A message field as the JSON mode names it; `message` when its value (or element) is a message. */
export interface JsonField {
  readonly js: string;
  readonly proto: string;
  readonly message?: string;
  /** A map: its keys are data and keep their spelling. */
  readonly map?: boolean;
}

export interface ServiceDescriptor {
  /** `<package>.<Service>`, as in `/twirp/<package>.<Service>/<Method>`. */
  readonly name: string;
  readonly methods: { readonly [method: string]: MethodDescriptor };
  /** Every message the methods reach, by full name. */
  readonly messages: { readonly [type: string]: readonly JsonField[] };
}

export type MethodName<S extends ServiceDescriptor> = keyof S['methods'] & string;
/** The full name of a message the service's methods reach. */
export type MessageName<S extends ServiceDescriptor> = keyof S['messages'] & string;
type Method<S extends ServiceDescriptor, K extends MethodName<S>> = S['methods'][K];

/** What a caller sends: the plain interface (IFoo) the input class encodes. */
export type RequestOf<S extends ServiceDescriptor, K extends MethodName<S>> = Method<S, K>['input'] extends {
  encode(message: infer I): unknown;
}
  ? I
  : never;
/** What a handler gets: the decoded input message, whose fields are never null. */
export type DecodedRequestOf<S extends ServiceDescriptor, K extends MethodName<S>> = Method<
  S,
  K
>['input'] extends { decode(data: Uint8Array): infer M }
  ? M
  : never;
/** What a handler answers: the plain interface the output class encodes. */
export type ReplyOf<S extends ServiceDescriptor, K extends MethodName<S>> = Method<S, K>['output'] extends {
  encode(message: infer O): unknown;
}
  ? O
  : never;
/** What a caller gets: the decoded output message. */
export type ResponseOf<S extends ServiceDescriptor, K extends MethodName<S>> = Method<
  S,
  K
>['output'] extends { decode(data: Uint8Array): infer M }
  ? M
  : never;

/** One handler per method of the service: a missing or misspelled method does not compile. */
export type Handlers<S extends ServiceDescriptor> = {
  [K in MethodName<S>]: (req: DecodedRequestOf<S, K>, call: CallContext) => Promise<ReplyOf<S, K>>;
};

/** Safe to call again after a lost answer: reads, and writes idempotent by construction. */
export const retryable = (m: MethodDescriptor): boolean => m.idempotency !== 'IDEMPOTENCY_UNKNOWN';

/** Has no side effects at all: the only methods mirrored (shadow) traffic may run unguarded. */
export const sideEffectFree = (m: MethodDescriptor): boolean => m.idempotency === 'NO_SIDE_EFFECTS';
