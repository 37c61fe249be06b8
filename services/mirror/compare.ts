// Comparing staging's answer with production's: the status code, a digest of the body after rules
// have blanked its volatile parts (timestamps, request ids, CSRF tokens, …), and when the digests
// differ, the bodies part by part (structure.ts) without the parts learned as noise. Pure.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { diffParts, type Kind, type Part, type PartsDiff, partsOf, type Unstructured } from './structure.ts';

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

/** Keeps only a match's quotes and angle brackets, so that markup around it still parses the same. */
const blank = (match: string) => match.replace(/[^"'<>]+/g, '');

/**
 * The rules as one regular expression, so that a body is scanned once rather than once per rule
 * (five passes over every page with the defaults). Each rule keeps its case-sensitivity through an
 * inline modifier group; undefined when a rule cannot be combined without changing its meaning
 * (flags other than g/i, or references to its own groups) or where the engine has no inline
 * modifiers (V8 before 12.5, i.e. Node 22), and the rules then run one by one.
 */
export function combineRules(rules: readonly RegExp[]): RegExp | undefined {
  if (rules.length === 0) return undefined;
  const parts: string[] = [];
  for (const r of rules) {
    if (/[^gi]/.test(r.flags) || /\\[1-9]|\\k<|\(\?</.test(r.source)) return undefined;
    parts.push(r.flags.includes('i') ? `(?i:${r.source})` : `(?:${r.source})`);
  }
  try {
    return new RegExp(parts.join('|'), 'g');
  } catch {
    return undefined;
  }
}

/**
 * Every match of the rules blanked (its quotes and angle brackets kept). The body is read as latin1
 * so that every byte maps to one character: rules see ASCII as text and nothing is lost to decoding.
 */
export function createStripper(rules: readonly RegExp[]): Normaliser {
  const combined = combineRules(rules);
  if (combined) return (body) => body.toString('latin1').replace(combined, blank);
  const global = rules.map((r) => (r.global ? r : new RegExp(r.source, `${r.flags}g`)));
  return (body) => {
    let text = body.toString('latin1');
    for (const r of global) text = text.replace(r, blank);
    return text;
  };
}

/** Digest (sha256, hex) of a body with every match of the rules removed. */
export function createNormaliser(rules: readonly RegExp[]): Normaliser {
  const strip = createStripper(rules);
  return (body) => createHash('sha256').update(strip(body), 'latin1').digest('hex');
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

/**
 * One body as the comparison sees it: its digest, and its parts as JSON (one string crosses from a
 * digest worker at the cost of a copy, and is parsed only when two digests differ) or why it has none.
 */
export interface Fingerprint {
  digest: string;
  /** `digest_only`: not split (the parts are made only when two digests differ: digest.ts). */
  parts: string | Unstructured | 'digest_only';
}

/** A fingerprint's parts, or why it has none. */
export function partsOfFingerprint(f: Fingerprint): Part[] | Unstructured | 'digest_only' {
  return f.parts.startsWith('[') ? (JSON.parse(f.parts) as Part[]) : (f.parts as Unstructured);
}

export interface FingerprintOptions {
  maxBodyBytes: number;
  maxParts: number;
}

/**
 * Decode, strip the rules' matches, digest and (with `split`) split into parts; undefined when it
 * cannot be decoded. Splitting costs several times the digest (an HTML parse): asked for only when
 * two digests differ.
 */
export function fingerprintBody(
  strip: Normaliser,
  body: Buffer,
  encoding: string | undefined,
  kind: Kind,
  opts: FingerprintOptions,
  split = true,
): Fingerprint | undefined {
  const raw = decodeBody(body, encoding, opts.maxBodyBytes);
  if (raw === undefined) return undefined;
  const latin1 = strip(raw);
  const digest = createHash('sha256').update(latin1, 'latin1').digest('hex');
  if (!split) return { digest, parts: 'digest_only' };
  const utf8 = (latin: string) => Buffer.from(latin, 'latin1').toString('utf8');
  const parts =
    kind === 'json'
      ? partsOf(raw.toString('utf8'), kind, opts.maxParts, (pair) => utf8(strip(Buffer.from(pair))))
      : partsOf(utf8(latin1), kind, opts.maxParts);
  return { digest, parts: typeof parts === 'string' ? parts : JSON.stringify(parts) };
}

/** One side's answer as the comparison sees it; `body` is undefined when the body was not kept. */
export interface Observed {
  status: number;
  body: Fingerprint | undefined;
  /** The course data version the answer came from (web's X-EveryClass-Data-Version), when told. */
  dataVersion?: string;
}

/** Why two answers were not compared. */
export const skipReasons = ['data_versions_differ', 'not_modified', 'body_not_kept'] as const;
export type SkipReason = (typeof skipReasons)[number];

export type Verdict =
  | { result: 'match'; ignored?: number }
  /** `diff`: where the bodies differ, when both have parts. */
  | { result: 'mismatch'; reason: 'status' | 'body'; diff?: PartsDiff }
  /**
   * Neither a match nor a mismatch: the two sides served different course data, one side
   * answered 304, or a body was too large to keep or could not be decoded.
   */
  | { result: 'skipped'; reason: SkipReason };

/** `isNoise`: paths learned as noise for this request's route (they differ within production). */
export function compare(
  production: Observed,
  shadow: Observed,
  isNoise: (path: string) => boolean = () => false,
): Verdict {
  // Answers from two different data versions (staging not yet synced with production, issue 18)
  // would differ for that alone.
  const [pv, sv] = [production.dataVersion, shadow.dataVersion];
  if (pv && sv && pv !== sv) return { result: 'skipped', reason: 'data_versions_differ' };
  // A conditional request one side answered 304 (its ETag matched) and the other in full: the
  // validators differ, which says nothing about the page itself.
  if ((production.status === 304) !== (shadow.status === 304))
    return { result: 'skipped', reason: 'not_modified' };
  if (production.status !== shadow.status) return { result: 'mismatch', reason: 'status' };
  const a = production.body;
  const b = shadow.body;
  if (a === undefined || b === undefined) return { result: 'skipped', reason: 'body_not_kept' };
  if (a.digest === b.digest) return { result: 'match' };
  const pa = partsOfFingerprint(a);
  const pb = typeof pa === 'string' ? pa : partsOfFingerprint(b);
  if (typeof pa === 'string' || typeof pb === 'string') return { result: 'mismatch', reason: 'body' };
  const diff = diffParts(pa, pb, isNoise);
  if (diff.count === 0) return { result: 'match', ignored: diff.ignored };
  return { result: 'mismatch', reason: 'body', diff };
}
