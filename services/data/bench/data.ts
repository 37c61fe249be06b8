// npm run bench:data: a full-size university (EVERYCLASS_BENCH_SCALE, default 1 = 30,000 students)
// imported into a local FerretDB, then timed: backup (dump), restore into an empty database, and a
// course-data copy into a staging database (what spec.data.from's Job does). Figures, not assertions.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { startStore } from '../../../hack/localenv/store.ts';
import { toImportBatch } from '../../entity/records.ts';
import { EntityStore } from '../../entity/store.ts';
import { summaryDifferences } from '../archive.ts';
import { copyCourseData, digestDatabase, dumpDatabase, restoreDatabase } from '../dump.ts';
import { generateUniversity } from '../generate.ts';
import { asRosters } from '../import.ts';

const scale = Number(process.env.EVERYCLASS_BENCH_SCALE ?? '1');
const dir = mkdtempSync(join(tmpdir(), 'everyclass-bench-data-'));
const store = await startStore({ dir: join(dir, 'store') });
const client = await MongoClient.connect(store.url);
const time = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
  const t = Date.now();
  const out = await run();
  process.stdout.write(`${what}: ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  return out;
};
try {
  const entity = await EntityStore.connect(store.url, 'bench_prod');
  await time(`import (scale ${scale})`, async () => {
    for (const sem of generateUniversity({ seed: 2026, scale }))
      await entity.importBatch(toImportBatch(asRosters(sem), null));
  });
  await entity.close();
  const prod = client.db('bench_prod');
  const before = await digestDatabase(prod);
  const docs = Object.values(before).reduce((n, c) => n + c.count, 0);
  process.stdout.write(
    `documents: ${docs} (${Object.entries(before)
      .map(([n, c]) => `${n} ${c.count}`)
      .join(', ')})\n`,
  );
  const file = join(dir, 'a.ndjson.gz');
  await time('backup (dump)', () => dumpDatabase(prod, file));
  process.stdout.write(`archive: ${(statSync(file).size / 1048576).toFixed(2)} MiB\n`);
  const empty = client.db('bench_restore');
  await time('restore into an empty database', () => restoreDatabase(empty, file));
  const same = summaryDifferences(await digestDatabase(empty), before);
  process.stdout.write(`restore digests equal: ${same.length === 0}\n`);
  const staging = client.db('bench_staging');
  await time('course-data copy (sync) into an empty staging', () => copyCourseData(prod, staging));
  await time('course-data copy (sync) over a full staging', () => copyCourseData(prod, staging));
} finally {
  await client.close();
  await store.stop();
  rmSync(dir, { recursive: true, force: true });
}
