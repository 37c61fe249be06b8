// The Twirp client: one undici Pool of keep-alive connections per upstream (shared by every
// client of that origin), a deadline per call (undici's header and body timeouts, so no timer
// or AbortSignal per call), sent along so the server can give up too, and retries with
// exponential backoff and jitter on transport errors and `unavailable`, for the methods whose
// idempotency_level allows them. Calls are signed when a signer is given (callers.ts).
import { errors, Pool } from 'undici';
import { type CallContext, REQUEST_ID_HEADER, SHADOW_HEADER, TIMEOUT_HEADER } from '../app.ts';
import { type Signer, signRpc } from '../callers.ts';
import { isTwirpCode, type TwirpCode } from '../errors.ts';
import { decodeResponse, encodeRequest, JSON_TYPE, PROTOBUF, type WireFormat } from './codec.ts';
import {
  type MethodName,
  type RequestOf,
  type ResponseOf,
  retryable,
  type ServiceDescriptor,
} from './descriptor.ts';

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
  format?: WireFormat;
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

const pools = new Map<string, Pool>();

/** The connection pool of an upstream (scheme, host and port). Idle sockets hold no process open. */
function poolFor(origin: string): Pool {
  let pool = pools.get(origin);
  if (!pool) {
    pool = new Pool(origin);
    pools.set(origin, pool);
  }
  return pool;
}

const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** A client for one service at one base URL (which may carry a path prefix). */
export class TwirpClient<S extends ServiceDescriptor> {
  readonly baseUrl: string;
  readonly service: S;
  readonly opts: Required<Omit<TwirpClientOptions, 'signer'>> & Pick<TwirpClientOptions, 'signer'>;
  readonly #pool: Pool;
  readonly #basePath: string;

  constructor(baseUrl: string, service: S, opts: TwirpClientOptions = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.service = service;
    this.opts = { format: 'protobuf', timeoutMs: 5000, retries: 2, backoffMs: 50, ...opts };
    const url = new URL(this.baseUrl);
    this.#pool = poolFor(url.origin);
    this.#basePath = url.pathname.replace(/\/+$/, '');
  }

  async call<K extends MethodName<S>>(
    method: K,
    req: RequestOf<S, K>,
    opts: CallOptions = {},
  ): Promise<ResponseOf<S, K>> {
    const deadline = Math.min(
      opts.ctx?.deadline ?? Number.POSITIVE_INFINITY,
      Date.now() + (opts.timeoutMs ?? this.opts.timeoutMs),
    );
    const body = encodeRequest(this.service, method, req, this.opts.format);
    const attempts = retryable(this.service.methods[method]!) ? this.opts.retries + 1 : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        const buf = await this.#once(method, body, deadline, opts.ctx);
        return this.#decode(method, buf);
      } catch (err) {
        const again = err instanceof TwirpError && err.code === 'unavailable';
        const pause = this.opts.backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
        if (!again || attempt >= attempts || Date.now() + pause >= deadline) throw err;
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  }

  async #once(method: string, body: Uint8Array | string, deadline: number, ctx: CallContext | undefined) {
    const left = Math.ceil(deadline - Date.now());
    if (left <= 0) throw new TwirpError('deadline_exceeded', 'deadline exceeded before the call');
    const headers: Record<string, string> = {
      'content-type': this.opts.format === 'json' ? JSON_TYPE : PROTOBUF,
      [TIMEOUT_HEADER]: String(left),
    };
    if (ctx) {
      headers[REQUEST_ID_HEADER] = ctx.requestId;
      if (ctx.shadow) headers[SHADOW_HEADER] = '1';
    }
    const path = `${this.#basePath}/twirp/${this.service.name}/${method}`;
    if (this.opts.signer) Object.assign(headers, signRpc(this.opts.signer, path, !!ctx?.shadow, body));
    try {
      const res = await this.#pool.request({
        path,
        method: 'POST',
        headers,
        body,
        headersTimeout: left,
        bodyTimeout: left,
      });
      const buf = new Uint8Array(await res.body.arrayBuffer());
      if (res.statusCode !== 200) throw errorFromResponse(res.statusCode, buf);
      return buf;
    } catch (err) {
      if (err instanceof TwirpError) throw err;
      const e = err as Error & { code?: string; cause?: unknown };
      if (timeoutCodes.has(e.code ?? '') || err instanceof errors.HeadersTimeoutError)
        throw new TwirpError('deadline_exceeded', `${method}: deadline exceeded`);
      throw new TwirpError('unavailable', `${method}: ${e.message}${e.cause ? ` (${String(e.cause)})` : ''}`);
    }
  }

  #decode<K extends MethodName<S>>(method: K, buf: Uint8Array): ResponseOf<S, K> {
    try {
      return decodeResponse(this.service, method, buf, this.opts.format);
    } catch (err) {
      throw new TwirpError('internal', `undecodable response: ${(err as Error).message}`);
    }
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

/** One async function per method of a service: request in, decoded message out. */
export type Api<S extends ServiceDescriptor> = {
  [K in MethodName<S>]: (req: RequestOf<S, K>, call?: CallContext) => Promise<ResponseOf<S, K>>;
};

export function twirpApi<S extends ServiceDescriptor>(client: TwirpClient<S>): Api<S> {
  const out: Partial<Record<MethodName<S>, (req: never, call?: CallContext) => Promise<unknown>>> = {};
  for (const name of Object.keys(client.service.methods) as MethodName<S>[])
    out[name] = (req: RequestOf<S, typeof name>, call?: CallContext) => client.call(name, req, { ctx: call });
  return out as Api<S>;
}
