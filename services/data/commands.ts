// The data role's commands on a database (dump, restore, list, digest, copy): what the operator's
// Jobs and CronJobs run (operator/src/desired/datajobs.ts). Each prints one JSON line of figures
// on success, so a Job's log says what it did; errors name what to fix.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { MongoClient } from 'mongodb';
import { archiveName, archiveSuffix, expiredArchives } from './archive.ts';
import { copyCourseData, dataVersionOf, digestDatabase, dumpDatabase, restoreDatabase } from './dump.ts';

async function withDb<T>(
  url: string | undefined,
  what: string,
  run: (db: ReturnType<MongoClient['db']>) => Promise<T>,
) {
  if (!url) throw new Error(`${what}: no MongoDB URL (set MONGO_URL or pass --mongo-url)`);
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 30_000 });
  try {
    await client.connect();
    return await run(client.db());
  } finally {
    await client.close();
  }
}

/**
 * One JSON line of figures on stdout, and in the container's termination message, where the
 * operator reads a Job's outcome (status.data, reconcilers/datasync.ts) without asking anyone.
 */
const print = (...docs: unknown[]) => {
  const lines = docs.map((d) => JSON.stringify(d));
  for (const line of lines) process.stdout.write(`${line}\n`);
  // Whole lines only, within the kubelet's 4 KiB (a listing keeps its newest archives).
  let message = '';
  for (const line of [...lines].reverse()) {
    if (message.length + line.length + 1 > 4000) break;
    message = message ? `${line}\n${message}` : line;
  }
  try {
    if (existsSync(terminationLog)) writeFileSync(terminationLog, message || (lines[0] ?? '').slice(0, 4000));
  } catch {
    // Outside a container there is no termination log to write.
  }
};
const terminationLog = '/dev/termination-log';
const seconds = (since: number) => Number(((Date.now() - since) / 1000).toFixed(2));

/** The archives in a folder, oldest first, with their sizes. */
export function listArchives(dir: string): Array<{ name: string; bytes: number }> {
  return readdirSync(dir)
    .filter((n) => n.endsWith(archiveSuffix))
    .sort()
    .map((name) => ({ name, bytes: statSync(join(dir, name)).size }));
}

export function addDatabaseCommands(program: Command): void {
  const mongoUrl = (o: { mongoUrl?: string }) => o.mongoUrl ?? process.env.MONGO_URL;
  program
    .command('dump')
    .description('write a gzipped archive of every collection into a folder, keeping the newest N')
    .option('--mongo-url <url>', 'the database (default: $MONGO_URL)')
    .requiredOption('--dir <dir>', 'folder of the archives (the backup volume)')
    .option('--keep <n>', 'archives to keep, this one included', '7')
    .action(async (o: { mongoUrl?: string; dir: string; keep: string }) => {
      const started = Date.now();
      mkdirSync(o.dir, { recursive: true });
      const file = join(o.dir, archiveName(new Date()));
      const res = await withDb(mongoUrl(o), 'dump', (db) => dumpDatabase(db, file));
      const removed = expiredArchives(readdirSync(o.dir), Number(o.keep));
      for (const old of removed) rmSync(join(o.dir, old));
      const documents = Object.values(res.summary).reduce((n, c) => n + c.count, 0);
      print({
        archive: basename(file),
        bytes: statSync(file).size,
        documents,
        dataVersion: res.dataVersion,
        attempts: res.attempts,
        removed,
        seconds: seconds(started),
      });
    });
  program
    .command('restore')
    .description('replace the collections of an archive in the database with the archive\u2019s documents')
    .option('--mongo-url <url>', 'the database (default: $MONGO_URL)')
    .option('--dir <dir>', 'folder of the archives, for an archive given by name')
    .argument('<archive>', 'archive file, or its name in --dir')
    .action(async (archive: string, o: { mongoUrl?: string; dir?: string }) => {
      const started = Date.now();
      const file = o.dir && !archive.includes('/') ? join(o.dir, archive) : archive;
      const res = await withDb(mongoUrl(o), 'restore', (db) => restoreDatabase(db, file));
      print({
        restored: basename(file),
        dataVersion: res.dataVersion,
        collections: res.summary,
        seconds: seconds(started),
      });
    });
  program
    .command('list')
    .description('the archives of a folder, oldest first')
    .requiredOption('--dir <dir>', 'folder of the archives')
    .action((o: { dir: string }) => {
      print(...listArchives(o.dir));
    });
  program
    .command('digest')
    .description('count and sha256 of every collection (order-independent): compare two databases')
    .option('--mongo-url <url>', 'the database (default: $MONGO_URL)')
    .action(async (o: { mongoUrl?: string }) => {
      print(await withDb(mongoUrl(o), 'digest', (db) => digestDatabase(db)));
    });
  program
    .command('copy')
    .description(
      'replace the course data of one database with another\u2019s (never accounts, tokens, visits, e-mail)',
    )
    .option('--from-url <url>', 'the source database (default: $SOURCE_MONGO_URL)')
    .option('--mongo-url <url>', 'the target database (default: $MONGO_URL)')
    .option('--if-changed', 'copy only when the two data versions differ (a scheduled sync)')
    .action(async (o: { fromUrl?: string; mongoUrl?: string; ifChanged?: boolean }) => {
      const started = Date.now();
      const res = await withDb(o.fromUrl ?? process.env.SOURCE_MONGO_URL, 'copy (source)', (source) =>
        withDb(mongoUrl(o), 'copy (target)', async (target) => {
          const [from, to] = await Promise.all([dataVersionOf(source), dataVersionOf(target)]);
          if (o.ifChanged && from === to)
            return { dataVersion: from, copied: false, documents: 0, attempts: 0 };
          const copy = await copyCourseData(source, target);
          const documents = Object.values(copy.summary).reduce((n, c) => n + c.count, 0);
          return { dataVersion: copy.dataVersion, copied: true, documents, attempts: copy.attempts };
        }),
      );
      print({ ...res, seconds: seconds(started) });
    });
}
