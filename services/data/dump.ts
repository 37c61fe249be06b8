// Dump, restore, digest and copy a database through the driver, so the same code works on
// MongoDB and on the FerretDB stand-in. Consistency without transactions: the course data's
// version (`meta`, written last by every import and by this copy) is read before and after; a
// dump or copy that saw it change is done again. Identity's collections have no such version:
// a backup of them is per collection, taken while the services run (see services/data/README.md).
import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Db, Document } from 'mongodb';
import { CollectionDigest, decodeLine, encodeLine, type Summary, summaryDifferences } from './archive.ts';
import { courseCollections, dumpOrder } from './collections.ts';

const BATCH = 1000;
/** Read values as their BSON types (an integral double stays a double, an int32 an int32). */
const raw = { promoteValues: false } as const;
const ATTEMPTS = 3;

async function collectionNames(db: Db): Promise<string[]> {
  return (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
}

/** The course data's version: what entity serves (`empty` before the first import). */
export async function dataVersionOf(db: Db): Promise<string> {
  const doc = await db.collection<{ _id: string; version?: string }>('meta').findOne({ _id: 'version' });
  return doc?.version ?? 'empty';
}

/** Count and digest of each collection (every one but system.*, or those named). */
export async function digestDatabase(db: Db, only?: readonly string[]): Promise<Summary> {
  const out: Summary = {};
  for (const name of only ?? dumpOrder(await collectionNames(db))) {
    const d = new CollectionDigest();
    for await (const doc of db.collection(name).find({}, raw)) d.add(doc);
    out[name] = d.summary();
  }
  return out;
}

export interface DumpResult {
  file: string;
  summary: Summary;
  dataVersion: string;
  attempts: number;
}

/** Writes a gzipped archive of every collection to `file` (through `file.partial`, then renamed). */
export async function dumpDatabase(
  db: Db,
  file: string,
  now: () => Date = () => new Date(),
): Promise<DumpResult> {
  for (let attempt = 1; ; attempt++) {
    const before = await dataVersionOf(db);
    const partial = `${file}.partial`;
    const summary = await writeArchive(db, partial, now());
    const after = await dataVersionOf(db);
    if (before === after) {
      renameSync(partial, file);
      return { file, summary, dataVersion: after, attempts: attempt };
    }
    rmSync(partial, { force: true });
    if (attempt >= ATTEMPTS)
      throw new Error(
        `the course data changed during each of ${ATTEMPTS} dumps (an import is running): try again later`,
      );
  }
}

async function writeArchive(db: Db, file: string, at: Date): Promise<Summary> {
  const gzip = createGzip({ level: 6 });
  const done = pipeline(gzip, createWriteStream(file));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  await write(
    encodeLine({ archive: 'everyclass/1', createdAt: at.toISOString(), database: db.databaseName }),
  );
  const summary: Summary = {};
  for (const name of dumpOrder(await collectionNames(db))) {
    const d = new CollectionDigest();
    for await (const doc of db.collection(name).find({}, raw)) {
      d.add(doc);
      await write(encodeLine({ collection: name, doc }));
    }
    summary[name] = d.summary();
  }
  await write(encodeLine({ end: summary, dataVersion: await dataVersionOf(db) }));
  gzip.end();
  await done;
  return summary;
}

/** Every line of an archive, decoded, with its number. */
async function* readArchive(file: string): AsyncGenerator<ReturnType<typeof decodeLine>> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    if (text === '') continue;
    yield decodeLine(text, ++n);
  }
  if (n === 0) throw new Error(`${file}: empty archive`);
}

/** Reads a whole archive and checks each collection against the trailer: the archive's summary. */
export async function verifyArchive(file: string): Promise<{ summary: Summary; dataVersion: string }> {
  const seen = new Map<string, CollectionDigest>();
  for await (const line of readArchive(file)) {
    if ('collection' in line) {
      const d = seen.get(line.collection) ?? new CollectionDigest();
      seen.set(line.collection, d);
      d.add(line.doc);
    } else if ('end' in line) {
      // An empty collection has no document lines, only its trailer entry (count 0).
      const names = new Set([...seen.keys(), ...Object.keys(line.end)]);
      const got: Summary = Object.fromEntries(
        [...names].map((n) => [n, (seen.get(n) ?? new CollectionDigest()).summary()]),
      );
      const wrong = summaryDifferences(got, line.end);
      if (wrong.length)
        throw new Error(`${file}: collections ${wrong.join(', ')} do not match the archive's trailer`);
      return { summary: line.end, dataVersion: line.dataVersion };
    }
  }
  throw new Error(`${file}: no trailer (the archive was cut off while being written)`);
}

/** Replaces the archive's collections in `db` with its documents; checked before anything is written. */
export async function restoreDatabase(
  db: Db,
  file: string,
): Promise<{ summary: Summary; dataVersion: string }> {
  const verified = await verifyArchive(file);
  // Empty every collection the archive has (keeping their indexes), then fill them; meta comes last.
  for (const name of Object.keys(verified.summary)) await db.collection(name).deleteMany({});
  // Collections empty in the archive exist again after it, even in a database that was dropped.
  const present = new Set(await collectionNames(db));
  for (const name of Object.keys(verified.summary)) if (!present.has(name)) await db.createCollection(name);
  let batch: Document[] = [];
  let current = '';
  const flush = async () => {
    if (batch.length) await db.collection(current).insertMany(batch, { ordered: false });
    batch = [];
  };
  for await (const line of readArchive(file)) {
    if (!('collection' in line)) continue;
    if (line.collection !== current) {
      await flush();
      current = line.collection;
    }
    batch.push(line.doc);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  const after = await digestDatabase(db, Object.keys(verified.summary));
  const wrong = summaryDifferences(after, verified.summary);
  if (wrong.length)
    throw new Error(`after the restore, collections ${wrong.join(', ')} differ from the archive`);
  return verified;
}

export interface CopyResult {
  dataVersion: string;
  summary: Summary;
  attempts: number;
}

/**
 * Copies the course data (collections.ts) of `source` into `target`, replacing the target's; the
 * target's people (accounts, tokens, …) are left alone. `meta` goes last, so the target's entity
 * reloads only once everything is in, and then serves the source's data version.
 */
export async function copyCourseData(source: Db, target: Db): Promise<CopyResult> {
  // Every course collection, present in the source or not: one the source lacks ends up empty.
  const names = [...courseCollections];
  for (let attempt = 1; ; attempt++) {
    const before = await dataVersionOf(source);
    const summary: Summary = {};
    for (const name of names) summary[name] = await copyCollection(source, target, name);
    const after = await dataVersionOf(source);
    if (before === after) {
      const wrong = summaryDifferences(await digestDatabase(target, names), summary);
      if (wrong.length)
        throw new Error(`after the copy, collections ${wrong.join(', ')} differ from the source`);
      return { dataVersion: after, summary, attempts: attempt };
    }
    if (attempt >= ATTEMPTS)
      throw new Error(
        `the source's course data changed during each of ${ATTEMPTS} copies (an import is running)`,
      );
  }
}

/**
 * Replaces one collection of `target` with the source's. `meta` is replaced document by document
 * instead of emptied first: the target's entity, polling its version, never sees it missing.
 */
async function copyCollection(source: Db, target: Db, name: string) {
  const d = new CollectionDigest();
  const into = target.collection(name);
  const inPlace = name === 'meta';
  if (!inPlace) await into.deleteMany({});
  const ids: unknown[] = [];
  let batch: Document[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    if (inPlace)
      await into.bulkWrite(
        batch.map((doc) => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true } })),
      );
    else await into.insertMany(batch, { ordered: false });
    batch = [];
  };
  for await (const doc of source.collection(name).find({}, raw)) {
    d.add(doc);
    batch.push(doc);
    if (inPlace) ids.push(doc._id);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (inPlace) await into.deleteMany({ _id: { $nin: ids } } as never);
  return d.summary();
}
