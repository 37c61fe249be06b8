// The Twirp server: `POST /twirp/<package>.<Service>/<Method>` for every method of a generated
// service descriptor, with an `application/protobuf` or `application/json` body; errors as
// Twirp's JSON {code, msg, meta} (app.ts). Who may call is checked first (callers.ts), then
// mirrored traffic against the method's idempotency, then the deadline the caller sent.
import getRawBody from 'raw-body';
import { callContext, type KitContext, type KitRouter, SHADOW_HEADER } from '../app.ts';
import { CALLER_HEADER, SIGNATURE_HEADER, verifyRpc } from '../callers.ts';
import { AppError } from '../errors.ts';
import { decodeRequest, encodeReply, JSON_TYPE, PROTOBUF, type WireFormat } from './codec.ts';
import { type Handlers, type MethodName, type ServiceDescriptor, sideEffectFree } from './descriptor.ts';

export interface TwirpServerOptions<S extends ServiceDescriptor> {
  /** Largest accepted request body in bytes, per method (default 1 MiB). */
  bodyLimit?: number;
  bodyLimits?: { [K in MethodName<S>]?: number };
  /** Who may call (callers.ts); absent or without keys: anyone (a service run by hand). */
  callers?: CallerPolicy | undefined;
  /**
   * Methods with side effects that serve mirrored (shadow) traffic themselves, leaving the side
   * effect out (a page view that records no visit). Every other method whose idempotency_level is
   * not NO_SIDE_EFFECTS answers shadow calls `shadow_write` before its handler runs.
   */
  shadowSkipsWrites?: readonly MethodName<S>[];
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
export function mountTwirp<S extends ServiceDescriptor>(
  router: KitRouter,
  service: S,
  handlers: Handlers<S>,
  opts: TwirpServerOptions<S> = {},
): void {
  const methods = Object.keys(service.methods) as MethodName<S>[];
  for (const name of methods) {
    const handle = handlers[name];
    const limit = opts.bodyLimits?.[name] ?? opts.bodyLimit ?? 1 << 20;
    const guarded = !sideEffectFree(service.methods[name]!) && !opts.shadowSkipsWrites?.includes(name);
    router.post(`/twirp/${service.name}/${name}`, async (ctx) => {
      const format = requestFormat(ctx);
      const body = await readBody(ctx, limit);
      const policy = opts.callers;
      if (policy && (policy.rpcKeys.length > 0 || policy.adminKeys.length > 0))
        ctx.state.caller = authenticate(ctx, name, body, policy);
      const call = callContext(ctx);
      if (guarded && call.shadow) throw new AppError('shadow_write');
      const req = decode(service, name, body, format);
      const res = await withDeadline(handle(req, call), call.deadline);
      ctx.type = format === 'json' ? JSON_TYPE : PROTOBUF;
      const out = encodeReply(service, name, res, format);
      ctx.body = typeof out === 'string' ? out : Buffer.from(out);
    });
  }
}

function requestFormat(ctx: KitContext): WireFormat {
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

function decode<S extends ServiceDescriptor, K extends MethodName<S>>(
  service: S,
  method: K,
  body: Buffer,
  format: WireFormat,
) {
  if (format === 'protobuf') {
    try {
      return decodeRequest(service, method, body);
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
    return decodeRequest(service, method, doc as { [k: string]: unknown });
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
