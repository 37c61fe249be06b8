// Comparing staging's answer with production's: the status code, and a digest of the body after
// rules have blanked its volatile parts (timestamps, request ids, CSRF tokens, …). Pure.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

/** Built-in rules for parts of a page that differ on every request; MIRROR_IGNORE adds more. */
export const defaultIgnoreRules: readonly RegExp[] = [
  // ISO 8601 / RFC 3339 timestamps, with or without seconds' fractions and zone.
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g,
  // HTTP dates (as in Date or Last-Modified echoed into a page).
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT/g,
  // UUIDs (request ids, nonces).
  /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g,
  // CSRF tokens in forms and meta tags: name="_csrf" value="…", <meta name="csrf-token" content="…">.
  /(?:csrf|xsrf)[\w-]*["']?\s+(?:value|content)=["'][^"']*["']/gi,
  // Request ids and nonces in JSON or attributes: "requestId": "…", request_id="…", nonce="…".
  /(?:request[_-]?id|nonce)["']?\s*[:=]\s*["'][^"']*["']/gi,
];

export type Normaliser = (body: Buffer) => string;

/**
 * Digest (sha256, hex) of a body with every match of the rules removed. The body is read as latin1
 * so that every byte maps to one character: rules see ASCII as text and nothing is lost to decoding.
 */
export function createNormaliser(rules: readonly RegExp[]): Normaliser {
  const global = rules.map((r) => (r.global ? r : new RegExp(r.source, `${r.flags}g`)));
  return (body) => {
    let text = body.toString('latin1');
    for (const r of global) text = text.replace(r, '');
    return createHash('sha256').update(text, 'latin1').digest('hex');
  };
}

/**
 * The body as the page's text: compressed bodies (gzip, deflate, br) are inflated, never beyond
 * `max` bytes; undefined for an unknown or broken encoding. Synchronous: it runs in a digest worker.
 */
export function decodeBody(buf: Buffer, encoding: string | undefined, max: number): Buffer | undefined {
  const enc = (encoding ?? 'identity').trim().toLowerCase();
  if (enc === 'identity' || enc === '') return buf;
  const opts = { maxOutputLength: Math.max(max, 1) };
  try {
    if (enc === 'gzip' || enc === 'x-gzip') return zlib.gunzipSync(buf, opts);
    if (enc === 'deflate') return zlib.inflateSync(buf, opts);
    if (enc === 'br') return zlib.brotliDecompressSync(buf, opts);
  } catch {
    return undefined;
  }
  return undefined;
}

/** Decode, then normalise: the digest of one answer's body, or undefined when it cannot be had. */
export function digestBody(
  normalise: Normaliser,
  body: Buffer,
  encoding: string | undefined,
  max: number,
): string | undefined {
  const text = decodeBody(body, encoding, max);
  return text === undefined ? undefined : normalise(text);
}

/** One side's answer as the comparison sees it; `digest` is undefined when the body was not kept. */
export interface Observed {
  status: number;
  digest: string | undefined;
}

export type Verdict =
  | { result: 'match' }
  | { result: 'mismatch'; reason: 'status' | 'body' }
  /** The body was too large to keep, or could not be decoded: neither a match nor a mismatch. */
  | { result: 'skipped' };

export function compare(production: Observed, shadow: Observed): Verdict {
  // A conditional request one side answered 304 (its ETag matched) and the other in full: the
  // validators differ, which says nothing about the page itself.
  if ((production.status === 304) !== (shadow.status === 304)) return { result: 'skipped' };
  if (production.status !== shadow.status) return { result: 'mismatch', reason: 'status' };
  if (production.digest === undefined || shadow.digest === undefined) return { result: 'skipped' };
  return production.digest === shadow.digest ? { result: 'match' } : { result: 'mismatch', reason: 'body' };
}
