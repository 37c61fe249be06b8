// The Twirp wire protocol over HTTP/1.1: `POST /twirp/<package>.<Service>/<Method>` with an
// `application/protobuf` or `application/json` body; errors as Twirp's JSON {code, msg, meta}.
// JSON uses the proto field names (snake_case, Twirp's default) on output and accepts both
// snake_case and lowerCamelCase on input; unknown fields are ignored.
import type { IConversionOptions } from 'protobufjs';
import getRawBody from 'raw-body';
import {
  type CallContext,
  callContext,
  type KitContext,
  type KitRouter,
  REQUEST_ID_HEADER,
  SHADOW_HEADER,
  TIMEOUT_HEADER,
} from './app.ts';
import { CALLER_HEADER, SIGNATURE_HEADER, type Signer, signRpc, verifyRpc } from './callers.ts';
import { AppError, isTwirpCode, type TwirpCode } from './errors.ts';

/** A message class produced by protobufjs's static generator. */
export interface MessageType<T extends object, M extends T = T> {
  encode(message: T): { finish(): Uint8Array };
  decode(data: Uint8Array): M;
  fromObject(obj: { [k: string]: unknown }): M;
  toObject(message: M, options?: IConversionOptions): { [k: string]: unknown };
}

/** I and O: the plain interfaces (IFoo); OM: the decoded message class, whose fields are never null. */
export interface RpcMethod<I extends object, O extends object, OM extends O = O> {
  input: MessageType<I>;
  output: MessageType<O, OM>;
  /** Safe to retry: reads, and writes that are idempotent by construction. */
  idempotent: boolean;
}

export interface RpcHandler<I extends object, O extends object, IM extends I = I> {
  input: MessageType<I, IM>;
  output: MessageType<O>;
  idempotent: boolean;
  handle(req: IM, call: CallContext): Promise<O>;
}

export function rpc<I extends object, IM extends I, O extends object, OM extends O>(
  input: MessageType<I, IM>,
  output: MessageType<O, OM>,
  handle: (req: IM, call: CallContext) => Promise<NoInfer<O>>,
  idempotent = true,
): RpcHandler<I, O, IM> {
  return { input, output: output as unknown as MessageType<O>, handle, idempotent };
}

/** A table entry: handler parameters are checked bivariantly, so any message pair fits. */
type AnyHandler = RpcHandler<object, object>;

export const PROTOBUF = 'application/protobuf';
export const JSON_TYPE = 'application/json';
const jsonOut: IConversionOptions = { enums: String, longs: String, defaults: true, arrays: true };

export interface TwirpServerOptions {
  /** Largest accepted request body in bytes, per method (default 1 MiB). */
  bodyLimit?: number;
  bodyLimits?: Record<string, number>;
  /** Who may call (callers.ts); absent or without keys: anyone (a service run by hand). */
  callers?: CallerPolicy | undefined;
}

export interface CallerPolicy {
  /** The environment's RPC keys (RPC_KEY): every service of the environment signs with the first. */
  rpcKeys: readonly Buffer[];
  /** The admin keys (ADMIN_KEY): the only ones `adminMethods` accept (caller `admin`). */
  adminKeys: readonly Buffer[];
  adminMethods: readonly string[];
}

/** The signed caller of a request, or an error: unauthenticated, or permission_denied for admin methods. */
function authenticate(ctx: KitContext, method: string, body: Buffer, p: CallerPolicy): string {
  const headers = {
    caller: ctx.get(CALLER_HEADER),
    signature: ctx.get(SIGNATURE_HEADER),
    path: ctx.path,
    shadow: ctx.get(SHADOW_HEADER) === '1',
  };
  const admin = p.adminMethods.includes(method);
  const caller = verifyRpc(admin ? p.adminKeys : p.rpcKeys, headers, body);
  if (caller !== undefined) return caller;
  if (admin && verifyRpc(p.rpcKeys, headers, body) !== undefined)
    throw new AppError('permission_denied', `${method} needs the admin key`);
  throw new AppError('unauthenticated', 'unsigned or wrongly signed call');
}

/** Mounts every method of a service on the router as `POST /twirp/<service>/<Method>`. */
export function mountTwirp(
  router: KitRouter,
  service: string,
  methods: Record<string, AnyHandler>,
  opts: TwirpServerOptions = {},
): void {
  for (const [name, m] of Object.entries(methods)) {
    const limit = opts.bodyLimits?.[name] ?? opts.bodyLimit ?? 1 << 20;
    router.post(`/twirp/${service}/${name}`, async (ctx) => {
      const format = requestFormat(ctx);
      const body = await readBody(ctx, limit);
      const policy = opts.callers;
      if (policy && (policy.rpcKeys.length > 0 || policy.adminKeys.length > 0))
        ctx.state.caller = authenticate(ctx, name, body, policy);
      const req = decode(m.input, body, format);
      const call = callContext(ctx);
      const res = await withDeadline(m.handle(req, call), call.deadline);
      if (format === 'json') {
        ctx.type = JSON_TYPE;
        ctx.body = JSON.stringify(snakeKeys(m.output.toObject(res, jsonOut)));
      } else {
        ctx.type = PROTOBUF;
        ctx.body = Buffer.from(m.output.encode(res).finish());
      }
    });
  }
}

function requestFormat(ctx: KitContext): 'json' | 'protobuf' {
  const type = (ctx.get('content-type').split(';')[0] ?? '').trim().toLowerCase();
  if (type === JSON_TYPE) return 'json';
  if (type === PROTOBUF || type === 'application/x-protobuf') return 'protobuf';
  throw new AppError(
    'unsupported_media_type',
    `unexpected Content-Type ${JSON.stringify(type)}; use ${PROTOBUF} or ${JSON_TYPE}`,
  );
}

async function readBody(ctx: KitContext, limit: number): Promise<Buffer> {
  try {
    return await getRawBody(ctx.req, { limit, length: ctx.get('content-length') || undefined });
  } catch (err) {
    const type = (err as { type?: string }).type;
    if (type === 'entity.too.large') {
      throw new AppError('body_too_large', `the request body exceeds ${limit} bytes`, {
        limit: String(limit),
      });
    }
    throw new AppError('malformed', `the request body could not be read: ${(err as Error).message}`);
  }
}

function decode<T extends object, M extends T>(
  type: MessageType<T, M>,
  body: Buffer,
  format: 'json' | 'protobuf',
): M {
  if (format === 'protobuf') {
    try {
      return type.decode(body);
    } catch (err) {
      throw new AppError('malformed', `the body is not a valid protobuf message: ${(err as Error).message}`);
    }
  }
  let doc: unknown;
  try {
    doc = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    throw new AppError('malformed', 'the body is not valid JSON');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new AppError('malformed', 'the JSON body must be an object');
  }
  try {
    return type.fromObject(camelKeys(doc) as { [k: string]: unknown });
  } catch (err) {
    throw new AppError('malformed', `the JSON body does not match the message: ${(err as Error).message}`);
  }
}

async function withDeadline<T>(p: Promise<T>, deadline: number | undefined): Promise<T> {
  if (deadline === undefined) return p;
  const left = deadline - Date.now();
  if (left <= 0) throw new AppError('deadline_exceeded');
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('deadline_exceeded')), left);
  });
  try {
    return await Promise.race([p, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function mapKeys(v: unknown, f: (k: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => mapKeys(x, f));
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[f(k)] = mapKeys(x, f);
  return out;
}

export const camelKeys = (v: unknown): unknown =>
  mapKeys(v, (k) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()));
export const snakeKeys = (v: unknown): unknown =>
  mapKeys(v, (k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));

// ---------------------------------------------------------------------------------------------
// Client

/** An error answered by a Twirp server (or synthesised for transport failures). */
export class TwirpError extends Error {
  readonly code: TwirpCode;
  readonly meta: Record<string, string>;
  readonly status: number;
  constructor(code: TwirpCode, msg: string, meta: Record<string, string> = {}, status = 0) {
    super(msg);
    this.name = 'TwirpError';
    this.code = code;
    this.meta = meta;
    this.status = status;
  }
}

export interface TwirpClientOptions {
  format?: 'protobuf' | 'json';
  /** Default per-call timeout when the caller has no deadline (ms). */
  timeoutMs?: number;
  /** Attempts after the first, for idempotent methods only. */
  retries?: number;
  backoffMs?: number;
  /** Signs every call (callers.ts): the calling service's name and the environment's RPC key. */
  signer?: Signer | undefined;
}

export interface CallOptions {
  /** The incoming call: its request id, shadow flag and deadline are propagated. */
  ctx?: CallContext | undefined;
  timeoutMs?: number;
}

/**
 * A Twirp client for one service. Connections are pooled and kept alive by Node's fetch
 * (undici); every call has a deadline, sent along so the server can give up too; idempotent
 * methods are retried with exponential backoff on transport errors and `unavailable`.
 */
export class TwirpClient {
  readonly baseUrl: string;
  readonly service: string;
  readonly opts: Required<Omit<TwirpClientOptions, 'signer'>> & Pick<TwirpClientOptions, 'signer'>;

  constructor(baseUrl: string, service: string, opts: TwirpClientOptions = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.service = service;
    this.opts = { format: 'protobuf', timeoutMs: 5000, retries: 2, backoffMs: 50, ...opts };
  }

  async call<I extends object, O extends object, OM extends O>(
    method: string,
    spec: RpcMethod<I, O, OM>,
    req: I,
    opts: CallOptions = {},
  ): Promise<OM> {
    const deadline = Math.min(
      opts.ctx?.deadline ?? Number.POSITIVE_INFINITY,
      Date.now() + (opts.timeoutMs ?? this.opts.timeoutMs),
    );
    const body = encodeRequest(spec.input, req, this.opts.format);
    const attempts = spec.idempotent ? this.opts.retries + 1 : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(method, spec.output, body, deadline, opts.ctx);
      } catch (err) {
        const retryable = err instanceof TwirpError && err.code === 'unavailable';
        const pause = this.opts.backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
        if (!retryable || attempt >= attempts || Date.now() + pause >= deadline) throw err;
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  }

  private async once<O extends object, OM extends O>(
    method: string,
    output: MessageType<O, OM>,
    body: Uint8Array | string,
    deadline: number,
    ctx: CallContext | undefined,
  ): Promise<OM> {
    const left = deadline - Date.now();
    if (left <= 0) throw new TwirpError('deadline_exceeded', 'deadline exceeded before the call');
    const headers: Record<string, string> = {
      'content-type': this.opts.format === 'json' ? JSON_TYPE : PROTOBUF,
      [TIMEOUT_HEADER]: String(Math.ceil(left)),
    };
    if (ctx) {
      headers[REQUEST_ID_HEADER] = ctx.requestId;
      if (ctx.shadow) headers[SHADOW_HEADER] = '1';
    }
    const path = `/twirp/${this.service}/${method}`;
    if (this.opts.signer)
      Object.assign(
        headers,
        signRpc(
          this.opts.signer,
          new URL(this.baseUrl).pathname.replace(/\/+$/, '') + path,
          !!ctx?.shadow,
          body,
        ),
      );
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}${path}`, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(left),
      });
    } catch (err) {
      const e = err as Error;
      if (e.name === 'TimeoutError')
        throw new TwirpError('deadline_exceeded', `${method}: deadline exceeded`);
      throw new TwirpError('unavailable', `${method}: ${e.message}${e.cause ? ` (${String(e.cause)})` : ''}`);
    }
    const buf = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200) throw errorFromResponse(res.status, buf);
    return decodeResponse(output, buf, this.opts.format);
  }
}

export function encodeRequest<I extends object>(
  type: MessageType<I>,
  req: I,
  format: 'protobuf' | 'json',
): Uint8Array | string {
  return format === 'json'
    ? JSON.stringify(snakeKeys(type.toObject(req, jsonOut)))
    : type.encode(req).finish();
}

export function decodeResponse<O extends object, OM extends O>(
  type: MessageType<O, OM>,
  buf: Uint8Array,
  format: 'protobuf' | 'json',
): OM {
  try {
    if (format === 'protobuf') return type.decode(buf);
    return type.fromObject(
      camelKeys(JSON.parse(Buffer.from(buf).toString('utf8'))) as { [k: string]: unknown },
    );
  } catch (err) {
    throw new TwirpError('internal', `undecodable response: ${(err as Error).message}`);
  }
}

function errorFromResponse(status: number, buf: Uint8Array): TwirpError {
  try {
    const doc = JSON.parse(Buffer.from(buf).toString('utf8')) as {
      code?: unknown;
      msg?: unknown;
      meta?: unknown;
    };
    if (isTwirpCode(doc.code)) {
      const meta =
        typeof doc.meta === 'object' && doc.meta !== null ? (doc.meta as Record<string, string>) : {};
      return new TwirpError(doc.code, String(doc.msg ?? ''), meta, status);
    }
  } catch {
    /* not a Twirp error body: fall through to the HTTP status */
  }
  const code: TwirpCode =
    status === 503 || status === 502 || status === 504
      ? 'unavailable'
      : status === 404
        ? 'bad_route'
        : 'internal';
  return new TwirpError(code, `HTTP ${status} without a Twirp error body`, {}, status);
}
