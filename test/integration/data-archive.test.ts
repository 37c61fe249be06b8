// Backups, restores and course-data copies through the driver against a real MongoDB-wire
// server (FerretDB): what the data role's Jobs and CronJob run.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BSON, type Db, MongoClient } from 'mongodb';
import { courseCollections } from '../../services/data/collections.ts';
import {
  copyCourseData,
  dataVersionOf,
  digestDatabase,
  dumpDatabase,
  restoreDatabase,
} from '../../services/data/dump.ts';
import { EntityStore } from '../../services/entity/store.ts';
import { useStore } from '../support/localenv.ts';

async function seed(db: Db, tag: string, students: number): Promise<void> {
  await db
    .collection('semesters')
    .insertOne({ _id: '2026-2027-1' as never, start: '2026-09-07', weeks: 18, holidays: [] });
  await db.collection('students').insertMany(
    Array.from({ length: students }, (_, i) => ({
      _id: `${tag}${i}` as never,
      name: `学生${i}`,
      year: new BSON.Int32(2026),
    })),
  );
  await db
    .collection('cards')
    .insertOne({ _id: `2026-2027-1/${tag}` as never, weeks: [1, 2, 3], credit: new BSON.Double(2) });
  await db
    .collection('meta')
    .insertOne({ _id: 'version' as never, version: `v-${tag}`, updatedAt: new Date() });
  await db.collection('accounts').insertOne({ _id: `acct-${tag}` as never, passwordHash: `hash-${tag}` });
  await db.collection('feed_tokens').insertOne({ _id: `tok-${tag}` as never, student: `${tag}1` });
}

describe('data role: dump, restore, copy (FerretDB)', function () {
  this.timeout(180_000);
  let client: MongoClient;
  let dir: string;
  let url: string;
  const dbs: Db[] = [];
  const db = (name: string) => {
    const d = client.db(`data_${name}_${process.pid}`);
    dbs.push(d);
    return d;
  };

  before(async () => {
    url = (await useStore()).url;
    client = await MongoClient.connect(url, { serverSelectionTimeoutMS: 10_000 });
    dir = mkdtempSync(join(tmpdir(), 'everyclass-archive-'));
  });
  after(async () => {
    for (const d of dbs) await d.dropDatabase().catch(() => {});
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores a dump so that every collection has the same digest, types included', async () => {
    const prod = db('backup');
    await seed(prod, 'p', 2500);
    // Seen on the real node: a collection that exists but is empty (nobody has asked for access
    // yet) has no document lines in the archive, only its trailer entry; restore refused it.
    await prod.createCollection('access_requests');
    const before = await digestDatabase(prod);
    assert.equal(before.access_requests?.count, 0);
    const file = join(dir, 'a.ndjson.gz');
    const dumped = await dumpDatabase(prod, file);
    assert.deepEqual(dumped.summary, before);
    assert.equal(dumped.dataVersion, 'v-p');
    assert.equal(before.students?.count, 2500);
    // Lose data: drop some collections, change another.
    await prod.collection('accounts').drop();
    await prod.collection('access_requests').drop(); // empty in the archive: must exist again
    await prod.collection('students').deleteMany({});
    await prod.collection('cards').updateOne({}, { $set: { weeks: [9] } });
    assert.notDeepEqual(await digestDatabase(prod), before);
    const restored = await restoreDatabase(prod, file);
    assert.equal(restored.dataVersion, 'v-p');
    assert.deepEqual(await digestDatabase(prod), before);
    const card = await prod.collection('cards').findOne({}, { promoteValues: false });
    assert.ok(card?.credit instanceof BSON.Double, 'an integral double is restored as a double');
  });

  it('refuses an archive cut off while being written, before touching the database', async () => {
    const prod = db('cut');
    await seed(prod, 'c', 10);
    const file = join(dir, 'cut.ndjson.gz');
    await dumpDatabase(prod, file);
    const text = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const cut = join(dir, 'cut-short.ndjson.gz');
    writeFileSync(cut, gzipSync(`${text.slice(0, -3).join('\n')}\n`));
    const digest = await digestDatabase(prod);
    await assert.rejects(restoreDatabase(prod, cut), /no trailer/);
    assert.deepEqual(await digestDatabase(prod), digest, 'nothing was written');
    const tampered = join(dir, 'tampered.ndjson.gz');
    writeFileSync(tampered, gzipSync(text.map((l) => l.replace('学生3"', '学生X"')).join('\n')));
    await assert.rejects(restoreDatabase(prod, tampered), /students do not match the archive's trailer/);
  });

  it('copies course data only: the target keeps its people and serves the source\u2019s data version', async () => {
    const source = db('source');
    const target = db('target');
    await seed(source, 's', 1200);
    await seed(target, 't', 30); // the target's own (stale) course data and its own accounts
    const targetPeople = await digestDatabase(target, ['accounts', 'feed_tokens']);
    const res = await copyCourseData(source, target);
    assert.equal(res.dataVersion, 'v-s');
    assert.equal(res.attempts, 1);
    const course = [...courseCollections];
    assert.deepEqual(await digestDatabase(target, course), await digestDatabase(source, course));
    assert.deepEqual(await digestDatabase(target, ['accounts', 'feed_tokens']), targetPeople);
    assert.equal(await target.collection('accounts').countDocuments({ _id: 'acct-s' as never }), 0);
    assert.equal(await dataVersionOf(target), 'v-s');
    // Entity reads the copied data as its own.
    const store = new EntityStore(EntityStore.link(url, target.databaseName));
    await store.open();
    try {
      const all = await store.loadAll();
      assert.equal(all.version.version, 'v-s');
      assert.equal(all.students.length, 1200);
    } finally {
      await store.close();
    }
  });
});
