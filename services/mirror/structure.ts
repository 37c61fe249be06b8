// Answers as lists of parts, so that two answers can be compared part by part: where they differ
// (a path and the two values), and which parts are noise (they differ between two answers of
// production itself, see noise.ts). HTML: every element's own text and every attribute, by element
// path (`/html/body/table/tr[3]/td[2]/text()`, `/html/head/meta[2]/@content`); JSON: every leaf by
// its JSON path (`$.rooms[0].name`); anything else: its lines (`line[12]`). Pure and synchronous:
// it runs in a digest worker. Bounded: at most `maxParts` parts, each value at most VALUE_CHARS
// (longer ones keep a prefix and a digest of the whole), or no parts at all.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** [path, value]: a value as it will be compared (whitespace collapsed, long values shortened). */
export type Part = readonly [string, string];

/** Why an answer has no parts: too many of them, or its JSON did not parse. */
export type Unstructured = 'too_many_parts' | 'unparsable';

export const VALUE_CHARS = 160;

function shorten(value: string): string {
  if (value.length <= VALUE_CHARS) return value;
  const hash = createHash('sha1').update(value).digest('hex').slice(0, 12);
  return `${value.slice(0, VALUE_CHARS - 16)}…#${hash}`;
}

class TooMany extends Error {}

class Collector {
  readonly parts: Part[] = [];
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }
  add(path: string, value: string): void {
    if (this.parts.length >= this.max) throw new TooMany();
    this.parts.push([path, shorten(value)]);
  }
}

export type Kind = 'html' | 'json' | 'text';

export function kindOf(contentType: string | undefined): Kind {
  const t = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t === 'application/json' || t.endsWith('+json')) return 'json';
  return 'text';
}

interface Frame {
  path: string;
  /** Children seen so far by tag name, for the [n] of the next one. */
  counts: Map<string, number>;
  text: string[];
}

function htmlParts(text: string, out: Collector): void {
  const root: Frame = { path: '', counts: new Map(), text: [] };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1] as Frame;
  const close = () => {
    const f = stack.pop();
    if (f === undefined || f === root) return;
    const t = f.text.join(' ').replace(/\s+/g, ' ').trim();
    if (t !== '') out.add(`${f.path}/text()`, t);
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = top();
        const n = (parent.counts.get(name) ?? 0) + 1;
        parent.counts.set(name, n);
        const path = `${parent.path}/${name}${n > 1 ? `[${n}]` : ''}`;
        for (const [k, v] of Object.entries(attribs)) out.add(`${path}/@${k}`, v);
        stack.push({ path, counts: new Map(), text: [] });
      },
      ontext(t) {
        top().text.push(t);
      },
      onclosetag() {
        close();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(text);
  while (stack.length > 1) close();
  const loose = root.text.join(' ').replace(/\s+/g, ' ').trim();
  if (loose !== '') out.add('/text()', loose);
}

/** Blanks volatile parts of one `"key":value` pair (the rules, which may need the key to match). */
export type PairCleaner = (pair: string) => string;

function jsonParts(value: unknown, path: string, key: string, out: Collector, clean: PairCleaner): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.add(path, '[]');
    for (const [i, v] of value.entries()) jsonParts(v, `${path}[${i}]`, key, out, clean);
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) out.add(path, '{}');
    for (const [k, v] of entries) {
      const at = /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`;
      jsonParts(v, at, k, out, clean);
    }
  } else {
    const pair = `${JSON.stringify(key)}:${JSON.stringify(value)}`;
    const cleaned = clean(pair);
    out.add(path, cleaned === pair ? JSON.stringify(value) : cleaned);
  }
}

/** The parts of one answer's (decoded, rule-normalised) text, or why it has none. */
/**
 * `text`: the body with the rules applied, except for JSON: the raw body, the rules then applied to
 * each leaf with its key (blanking a match inside a JSON text would leave it unparsable).
 */
export function partsOf(
  text: string,
  kind: Kind,
  maxParts: number,
  clean: PairCleaner = (pair) => pair,
): Part[] | Unstructured {
  const out = new Collector(maxParts);
  try {
    if (kind === 'html') htmlParts(text, out);
    else if (kind === 'json') {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        return 'unparsable';
      }
      jsonParts(doc, '$', '', out, clean);
    } else for (const [i, line] of text.split('\n').entries()) out.add(`line[${i + 1}]`, line);
  } catch (err) {
    if (err instanceof TooMany) return 'too_many_parts';
    throw err;
  }
  return out.parts;
}

/** One differing part: its path and both values (undefined: that side does not have it). */
export interface PartChange {
  path: string;
  production: string | undefined;
  shadow: string | undefined;
}

/** Differences kept with their values (for the unified diff of `everyclass mirror diff`). */
export const CHANGES_KEPT = 8;

/** Where two answers differ, noise left out. */
export interface PartsDiff {
  /** Paths whose values differ (or that only one side has), in document order, at most `limit`. */
  paths: string[];
  /** How many differ in all. */
  count: number;
  /** The first difference: its path and both values (undefined: that side does not have it). */
  first?: PartChange;
  /** The first CHANGES_KEPT differences with their values, in document order (first is changes[0]). */
  changes: PartChange[];
  /** Differences left out because the path is known noise. */
  ignored: number;
}

export function diffParts(
  a: readonly Part[],
  b: readonly Part[],
  isNoise: (path: string) => boolean = () => false,
  limit = 64,
): PartsDiff {
  const bm = new Map(b);
  const diff: PartsDiff = { paths: [], count: 0, ignored: 0, changes: [] };
  const differs = (path: string, va: string | undefined, vb: string | undefined) => {
    if (isNoise(path)) {
      diff.ignored++;
      return;
    }
    diff.count++;
    if (diff.paths.length < limit) diff.paths.push(path);
    if (diff.changes.length < CHANGES_KEPT) diff.changes.push({ path, production: va, shadow: vb });
    diff.first ??= diff.changes[0];
  };
  const seen = new Set<string>();
  for (const [path, va] of a) {
    seen.add(path);
    const vb = bm.get(path);
    if (vb !== va) differs(path, va, vb);
  }
  for (const [path, vb] of b) if (!seen.has(path)) differs(path, undefined, vb);
  return diff;
}

/**
 * A value as a staging reviewer may see it: e-mail addresses, long digit runs and long tokens
 * (letters mixed with digits) masked, at most 80 characters.
 */
export function redactValue(value: string | undefined): string | null {
  if (value === undefined) return null;
  const masked = value
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '<email>')
    .replace(/\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{8,}\b/g, '<token>')
    .replace(/\d{5,}/g, '<digits>');
  return masked.length > 80 ? `${masked.slice(0, 79)}…` : masked;
}
