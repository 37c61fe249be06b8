// Header rewriting, on Node's raw header lists ([name, value, name, value, …], names as sent),
// so that what production sees and answers passes through in its order and spelling.
import { SHADOW_HEADER, TIMEOUT_HEADER } from '../kit/app.ts';
import { SHADOW_SIGNATURE_HEADER } from '../kit/callers.ts';

export type RawHeaders = readonly string[];

/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection and are never forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

const CREDENTIALS = new Set(['cookie', 'authorization']);

/**
 * Headers a Connection header may not remove: the message's framing and its target. Dropping
 * Content-Length because a client named it would leave its body unframed on our pooled
 * connection to production, where it would be read as the next request (request smuggling).
 */
const NEVER_NAMED = new Set(['content-length', 'host']);

/** Removes hop-by-hop headers, those the Connection header names (but framing), and `drop` (lower-case names). */
export function stripHeaders(raw: RawHeaders, drop: ReadonlySet<string> = new Set()): string[] {
  const named = new Set<string>();
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]?.toLowerCase() === 'connection') {
      for (const n of (raw[i + 1] ?? '').split(',')) {
        const name = n.trim().toLowerCase();
        if (!NEVER_NAMED.has(name)) named.add(name);
      }
    }
  }
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower) || named.has(lower) || drop.has(lower)) continue;
    out.push(name, raw[i + 1] as string);
  }
  return out;
}

export function headerValue(raw: RawHeaders, name: string): string | undefined {
  const values: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (raw[i]?.toLowerCase() === name) values.push(raw[i + 1] as string);
  }
  if (values.length === 0) return undefined;
  return values.join(name === 'cookie' ? '; ' : ', ');
}

const NOT_FROM_CLIENTS = new Set([SHADOW_HEADER, SHADOW_SIGNATURE_HEADER]);
const REWRITTEN = new Set([SHADOW_HEADER, SHADOW_SIGNATURE_HEADER, 'x-forwarded-for']);

/**
 * The request headers sent to production: the client's, minus hop-by-hop ones and any shadow flag
 * a client might forge (production must never take real traffic for mirrored traffic), with the
 * peer appended to X-Forwarded-For. The Host is kept.
 */
export function upstreamHeaders(raw: RawHeaders, peer: string | undefined): string[] {
  const out = stripHeaders(raw, peer === undefined ? NOT_FROM_CLIENTS : REWRITTEN);
  if (peer !== undefined) {
    const xff = headerValue(raw, 'x-forwarded-for');
    out.push('X-Forwarded-For', xff ? `${xff}, ${peer}` : peer);
  }
  // Transfer-Encoding is hop-by-hop: a chunked body read from the client is chunked again on
  // our connection (Node re-frames what is piped), so production reads exactly one body.
  if (headerValue(raw, 'transfer-encoding') !== undefined) out.push('Transfer-Encoding', 'chunked');
  return out;
}

/**
 * Why a request cannot be forwarded as framed, or undefined. A body on a method that has none
 * (GET, HEAD, DELETE, OPTIONS, TRACE) is refused: servers disagree on whether to read it, and a
 * body one side ignores is the next request to the other. A transfer coding but plain chunked
 * is refused too (it would be forwarded as something else).
 */
export function framingProblem(method: string, raw: RawHeaders): string | undefined {
  const te = headerValue(raw, 'transfer-encoding');
  const length = headerValue(raw, 'content-length');
  if (te !== undefined && te.trim().toLowerCase() !== 'chunked') return 'only chunked transfer coding';
  const hasBody = te !== undefined || (length !== undefined && !/^0+$/.test(length.trim()));
  if (hasBody && BODYLESS.has(method)) return `no body on ${method}`;
  return undefined;
}

const BODYLESS = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE']);

/** The response headers sent back to the client: production's, minus hop-by-hop ones. */
export function downstreamHeaders(raw: RawHeaders): string[] {
  return stripHeaders(raw);
}

export interface ShadowHeaderOptions {
  /** host[:port] of the target. */
  targetHost: string;
  keepCredentials: boolean;
  peer: string | undefined;
  /** What is left of the copy's deadline, passed on so that the target gives up when we do. */
  timeoutMs: number;
  /** The target's signature of the shadow flag (kit/callers.ts signShadow), when it has a key. */
  shadowSignature?: string | undefined;
}

/**
 * The headers of a mirrored request: the client's, with Host set to the target's, the original
 * Host kept in X-Forwarded-Host (unless a proxy in front already set it), X-EveryClass-Shadow: 1,
 * Cookie and Authorization removed unless kept, and Accept-Encoding removed so that the target
 * answers uncompressed (its answer is only read to compare, never forwarded), and the copy's
 * remaining deadline in X-EveryClass-Timeout-Ms.
 */
export function shadowHeaders(raw: RawHeaders, opts: ShadowHeaderOptions): string[] {
  const drop = new Set([
    'host',
    'accept-encoding',
    'content-length',
    SHADOW_HEADER,
    SHADOW_SIGNATURE_HEADER,
    TIMEOUT_HEADER,
  ]);
  if (!opts.keepCredentials) for (const c of CREDENTIALS) drop.add(c);
  const host = headerValue(raw, 'host');
  const forwardedHost = headerValue(raw, 'x-forwarded-host');
  const out = upstreamHeaders(stripHeaders(raw, drop), opts.peer);
  out.unshift('Host', opts.targetHost);
  if (forwardedHost === undefined && host !== undefined) out.push('X-Forwarded-Host', host);
  out.push(
    'X-EveryClass-Shadow',
    '1',
    'X-EveryClass-Timeout-Ms',
    String(Math.max(1, Math.ceil(opts.timeoutMs))),
  );
  if (opts.shadowSignature) out.push('X-EveryClass-Shadow-Signature', opts.shadowSignature);
  return out;
}
