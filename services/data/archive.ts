// The backup archive: gzipped NDJSON, one line per record, documents as canonical Extended JSON
// (types survive: dates, numbers, binary). Pure: encoding, decoding, digests, names, retention.
//   {"archive":"everyclass/1","createdAt":"…","database":"everyclass"}
//   {"collection":"students","doc":{…}}            one per document, collection by collection
//   {"end":{"students":{"count":30000,"digest":"…"},…},"dataVersion":"…"}
// The trailer lets a restore refuse a cut-off archive before it touches anything it can't redo.
import { createHash } from 'node:crypto';
import { BSON, type Document } from 'mongodb';

const { EJSON } = BSON;

export const archiveFormat = 'everyclass/1';
export const archiveSuffix = '.ndjson.gz';

export interface CollectionSummary {
  count: number;
  /** sha256 of the collection's documents, independent of their order (see digestOf). */
  digest: string;
}

export type Summary = Record<string, CollectionSummary>;

export interface ArchiveHeader {
  archive: typeof archiveFormat;
  createdAt: string;
  database: string;
}

export type ArchiveLine =
  | ArchiveHeader
  | { collection: string; doc: Document }
  | { end: Summary; dataVersion: string };

/** One line of the archive (without the newline). */
export function encodeLine(line: ArchiveLine): string {
  return EJSON.stringify(line as Document, { relaxed: false });
}

export function decodeLine(text: string, lineNo: number): ArchiveLine {
  let value: unknown;
  try {
    value = EJSON.parse(text, { relaxed: false });
  } catch (err) {
    throw new Error(`archive line ${lineNo}: not Extended JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null) throw new Error(`archive line ${lineNo}: not an object`);
  const v = value as Record<string, unknown>;
  if (lineNo === 1) {
    if (v.archive !== archiveFormat)
      throw new Error(
        `not an EveryClass archive (first line has archive=${String(v.archive)}, want ${archiveFormat})`,
      );
    return v as unknown as ArchiveHeader;
  }
  if (typeof v.collection === 'string' && typeof v.doc === 'object')
    return v as { collection: string; doc: Document };
  if (typeof v.end === 'object' && v.end !== null) {
    // Counts were written as numbers and read back as Int32: plain numbers again.
    const end = Object.fromEntries(
      Object.entries(v.end as Record<string, { count: unknown; digest: string }>).map(([n, c]) => [
        n,
        { count: Number(c.count), digest: c.digest },
      ]),
    );
    return { end, dataVersion: String(v.dataVersion) };
  }
  throw new Error(`archive line ${lineNo}: neither a document nor the trailer`);
}

/** Digest of one document: its canonical Extended JSON (field order as stored). */
export function docDigest(doc: Document): string {
  return createHash('sha256')
    .update(EJSON.stringify(doc, { relaxed: false }))
    .digest('hex');
}

/**
 * Digest of a collection from its documents' digests, in any order: sorted, then hashed, so a
 * dump and a restore (which may return documents in another order) compare equal.
 */
export class CollectionDigest {
  readonly #digests: string[] = [];
  add(doc: Document): void {
    this.#digests.push(docDigest(doc));
  }
  get count(): number {
    return this.#digests.length;
  }
  summary(): CollectionSummary {
    const h = createHash('sha256');
    for (const d of [...this.#digests].sort()) h.update(d);
    return { count: this.#digests.length, digest: h.digest('hex') };
  }
}

/** Archive file name of a dump taken at `at`: sortable, and the same on every system. */
export function archiveName(at: Date, prefix = 'everyclass'): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${prefix}-${stamp}${archiveSuffix}`;
}

/** The archives to delete so that the newest `keep` remain (names sort by time, see archiveName). */
export function expiredArchives(files: readonly string[], keep: number): string[] {
  const archives = files.filter((f) => f.endsWith(archiveSuffix)).sort();
  return archives.slice(0, Math.max(0, archives.length - Math.max(1, keep)));
}

/** The collections whose count or digest differ between two summaries (both sides' names). */
export function summaryDifferences(a: Summary, b: Summary): string[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return names.filter((n) => a[n]?.count !== b[n]?.count || a[n]?.digest !== b[n]?.digest);
}
