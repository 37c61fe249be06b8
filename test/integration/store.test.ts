// The MongoDB-wire store is real: the official driver talks to FerretDB over a socket.
import assert from 'node:assert/strict';
import { MongoClient, MongoServerError } from 'mongodb';
import { useStore } from '../support/localenv.ts';

describe('local MongoDB-wire store (FerretDB)', function () {
  this.timeout(180_000);
  let client: MongoClient;

  before(async () => {
    const store = await useStore();
    assert.match(store.url, /^mongodb:\/\/127\.0\.0\.1:\d+$/);
    client = await MongoClient.connect(store.url, { serverSelectionTimeoutMS: 10_000 });
  });
  after(async () => client?.close());

  it('writes and reads back a document', async () => {
    const students = client.db(`smoke_${process.pid}`).collection('students');
    await students.insertOne({ _id: '3901160407' as never, name: '王小明', year: 2016 });
    const found = await students.findOne({ name: '王小明' });
    assert.deepEqual(found, { _id: '3901160407', name: '王小明', year: 2016 });
  });

  it('enforces a unique index', async () => {
    const rooms = client.db(`smoke_${process.pid}`).collection('rooms');
    await rooms.createIndex({ code: 1 }, { unique: true });
    await rooms.insertOne({ code: 'A-101' });
    await assert.rejects(rooms.insertOne({ code: 'A-101' }), (err: unknown) => {
      assert.ok(err instanceof MongoServerError, `expected a server error, got ${String(err)}`);
      assert.equal(err.code, 11000);
      return true;
    });
    assert.equal(await rooms.countDocuments({ code: 'A-101' }), 1);
  });
});
