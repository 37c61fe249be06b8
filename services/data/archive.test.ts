import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BSON } from 'mongodb';
import {
  archiveName,
  CollectionDigest,
  decodeLine,
  docDigest,
  encodeLine,
  expiredArchives,
  summaryDifferences,
} from './archive.ts';
import { courseCollections, dumpOrder, privateCollections } from './collections.ts';
import { firstPart, readImportFile } from './import.ts';

describe('backup archive', () => {
  it('round-trips documents with their types through a line', () => {
    const doc = {
      _id: 'version',
      updatedAt: new Date('2026-09-01T08:00:00Z'),
      int: new BSON.Int32(3),
      double: new BSON.Double(3),
    };
    const line = decodeLine(encodeLine({ collection: 'meta', doc }), 2);
    assert.ok('collection' in line);
    assert.ok(line.doc.updatedAt instanceof Date, 'a date stays a date');
    assert.ok(line.doc.int instanceof BSON.Int32, 'an int32 stays an int32');
    assert.ok(line.doc.double instanceof BSON.Double, 'an integral double stays a double');
    assert.equal(docDigest(line.doc), docDigest(doc));
    const end = decodeLine(encodeLine({ end: { meta: { count: 1, digest: 'd' } }, dataVersion: 'v' }), 9);
    assert.deepEqual(end, { end: { meta: { count: 1, digest: 'd' } }, dataVersion: 'v' });
  });

  it('refuses a file that is not an archive, and a line it cannot read', () => {
    assert.throws(() => decodeLine('{"archive":"other/9"}', 1), /not an EveryClass archive/);
    assert.throws(() => decodeLine('{"x":1}', 3), /line 3: neither a document nor the trailer/);
    assert.throws(() => decodeLine('{oops', 4), /line 4: not Extended JSON/);
  });

  it('digests a collection independently of order, and sees any change', () => {
    const a = new CollectionDigest();
    const b = new CollectionDigest();
    const c = new CollectionDigest();
    const docs = [
      { _id: 1, x: 'a' },
      { _id: 2, x: 'b' },
    ];
    for (const d of docs) a.add(d);
    for (const d of [...docs].reverse()) b.add(d);
    c.add(docs[0]!);
    c.add({ _id: 2, x: 'B' });
    assert.deepEqual(a.summary(), b.summary());
    assert.equal(a.summary().count, 2);
    assert.notEqual(a.summary().digest, c.summary().digest);
    assert.deepEqual(summaryDifferences({ s: a.summary() }, { s: c.summary(), t: a.summary() }), ['s', 't']);
  });

  it('names archives by time and keeps the newest N', () => {
    const name = archiveName(new Date('2026-09-01T03:04:05.678Z'));
    assert.equal(name, 'everyclass-20260901T030405Z.ndjson.gz');
    const files = [
      'everyclass-20260903T000000Z.ndjson.gz',
      'notes.txt',
      'everyclass-20260901T000000Z.ndjson.gz',
      'everyclass-20260902T000000Z.ndjson.gz',
      'everyclass-20260904T000000Z.ndjson.gz.partial',
    ];
    assert.deepEqual(expiredArchives(files, 2), ['everyclass-20260901T000000Z.ndjson.gz']);
    assert.deepEqual(expiredArchives(files, 0), expiredArchives(files, 1), 'the newest is always kept');
  });

  it('copies only course data, and dumps every collection with meta last', () => {
    for (const p of privateCollections) assert.ok(!(courseCollections as readonly string[]).includes(p), p);
    assert.equal(courseCollections.at(-1), 'meta');
    assert.deepEqual(dumpOrder(['meta', 'students', 'system.views', 'accounts']), [
      'accounts',
      'students',
      'meta',
    ]);
  });
});

describe('import input', () => {
  it('reads a gzipped file and a folder of gzipped parts alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'everyclass-import-'));
    try {
      const json = JSON.stringify({
        semester: { name: '2026-2027-1', start: '2026-09-07' },
        students: [{ code: 's1', name: '王' }],
      });
      const gz = gzipSync(json);
      writeFileSync(join(dir, 'one.json.gz'), gz);
      mkdirSync(join(dir, 'parts'));
      const cut = Math.floor(gz.length / 2);
      writeFileSync(join(dir, 'parts', firstPart), gz.subarray(0, cut));
      writeFileSync(join(dir, 'parts', 'part-001'), gz.subarray(cut));
      const one = readImportFile(join(dir, 'one.json.gz'));
      assert.equal(one.students?.[0]?.name, '王');
      assert.deepEqual(readImportFile(join(dir, 'parts')), one);
      writeFileSync(join(dir, 'bad.json.gz'), Buffer.from('not gzip'));
      assert.throws(() => readImportFile(join(dir, 'bad.json.gz')), /bad\.json\.gz: .*header/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
