// Course data in MongoDB (mongoose): the source of truth. One collection per kind; a roster per
// card lists its students. Reads are whole-collection loads into the in-memory Catalog (one per
// data version); writes are bulk imports with insertMany/bulkWrite in batches that report what
// actually changed. Only features both MongoDB and FerretDB 1.x serve.
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import mongoose, { type Collection, type Connection, Schema } from 'mongoose';
import { MongoLink } from '../kit/mongo.ts';
import type { CatalogDocs } from './catalog.ts';

export interface HolidayDoc {
  date: string;
  name: string;
  makeupDate: string;
}

export interface SemesterDoc {
  _id: string; // 2026-2027-1
  start: string;
  weeks: number;
  holidays: HolidayDoc[];
}

export interface StudentDoc {
  _id: string; // student number
  name: string;
  klass: string;
  major: string;
  department: string;
  year: number;
  py: string; // search keys: full pinyin and initials
}

export interface TeacherDoc {
  _id: string;
  name: string;
  title: string;
  department: string;
  py: string;
}

export interface RoomDoc {
  _id: string;
  name: string;
  building: string;
  campus: string;
  capacity: number;
  /** Other names of the room (search finds them; the room's page lists them). */
  aliases: string[];
  py: string;
}

export interface CardDoc {
  _id: string; // <semester>/<code>
  code: string;
  semester: string;
  courseCode: string;
  courseName: string;
  lesson: string;
  weekday: number;
  firstPeriod: number;
  lastPeriod: number;
  weeks: number[];
  weekText: string;
  room: string; // room code
  teachers: string[]; // teacher codes
  py: string;
}

export interface RosterDoc {
  _id: string; // card id
  semester: string;
  students: string[];
}

interface MetaDoc {
  _id: string;
  version: string;
  updatedAt: Date;
}

export const cardKey = (semester: string, code: string) => `${semester}/${code}`;

const opts = { versionKey: false as const, _id: false as const };
const str = { type: String, default: '' };

function schemas() {
  const semester = new Schema<SemesterDoc>(
    {
      _id: String,
      start: String,
      weeks: Number,
      holidays: [new Schema<HolidayDoc>({ date: String, name: str, makeupDate: str }, opts)],
    },
    { versionKey: false, collection: 'semesters' },
  );
  const student = new Schema<StudentDoc>(
    { _id: String, name: String, klass: str, major: str, department: str, year: Number, py: str },
    { versionKey: false, collection: 'students' },
  );
  student.index({ name: 1 });
  const teacher = new Schema<TeacherDoc>(
    { _id: String, name: String, title: str, department: str, py: str },
    { versionKey: false, collection: 'teachers' },
  );
  teacher.index({ name: 1 });
  const room = new Schema<RoomDoc>(
    { _id: String, name: String, building: str, campus: str, capacity: Number, aliases: [String], py: str },
    { versionKey: false, collection: 'rooms' },
  );
  room.index({ building: 1 });
  const card = new Schema<CardDoc>(
    {
      _id: String,
      code: String,
      semester: String,
      courseCode: String,
      courseName: String,
      lesson: String,
      weekday: Number,
      firstPeriod: Number,
      lastPeriod: Number,
      weeks: [Number],
      weekText: String,
      room: String,
      teachers: [String],
      py: str,
    },
    { versionKey: false, collection: 'cards' },
  );
  card.index({ semester: 1, room: 1 });
  card.index({ semester: 1, teachers: 1 });
  const roster = new Schema<RosterDoc>(
    { _id: String, semester: String, students: [String] },
    { versionKey: false, collection: 'rosters' },
  );
  roster.index({ students: 1 });
  const meta = new Schema<MetaDoc>(
    { _id: String, version: String, updatedAt: Date },
    { versionKey: false, collection: 'meta' },
  );
  return { semester, student, teacher, room, card, roster, meta };
}

export interface ImportBatch {
  semester?: SemesterDoc | undefined;
  students: StudentDoc[];
  teachers: TeacherDoc[];
  rooms: RoomDoc[];
  cards: CardDoc[];
  rosters: RosterDoc[];
  /** Students to add to the rosters of these cards (nothing is removed). */
  additions: RosterDoc[];
}

export interface ImportCounts {
  students: number;
  teachers: number;
  rooms: number;
  cards: number;
  rosters: number;
  enrollments: number;
}

export interface DataVersion {
  version: string;
  updatedAt: Date;
}

const BATCH = 10_000;
const IN_LIMIT = 500;

function models(conn: Connection) {
  const s = schemas();
  return {
    semesters: conn.model('Semester', s.semester),
    students: conn.model('Student', s.student),
    teachers: conn.model('Teacher', s.teacher),
    rooms: conn.model('Room', s.room),
    cards: conn.model('Card', s.card),
    rosters: conn.model('Roster', s.roster),
    meta: conn.model('Meta', s.meta),
  };
}

export class EntityStore {
  readonly link: MongoLink;
  readonly conn: Connection;
  readonly semesters;
  readonly students;
  readonly teachers;
  readonly rooms;
  readonly cards;
  readonly rosters;
  readonly meta;

  /** A store on a connection that may not be open yet (`open()`; services wait with kit/dependency.ts). */
  constructor(link: MongoLink) {
    this.link = link;
    this.conn = link.conn;
    const m = models(this.conn);
    this.semesters = m.semesters;
    this.students = m.students;
    this.teachers = m.teachers;
    this.rooms = m.rooms;
    this.cards = m.cards;
    this.rosters = m.rosters;
    this.meta = m.meta;
  }

  static link(url: string, dbName?: string): MongoLink {
    return new MongoLink(url, { dbName, maxPoolSize: 20 });
  }

  /** Connects (one attempt) and creates the indexes. */
  static async connect(url: string, dbName?: string): Promise<EntityStore> {
    const store = new EntityStore(EntityStore.link(url, dbName));
    await store.open();
    return store;
  }

  /** One attempt to connect and create the indexes (idempotent; retried by the service). */
  async open(): Promise<void> {
    await this.link.open();
    await this.ensureIndexes();
  }

  async ensureIndexes(): Promise<void> {
    for (const m of [this.students, this.teachers, this.rooms, this.cards, this.rosters])
      await m.createIndexes();
  }

  ping(): Promise<void> {
    return this.link.ping();
  }

  close(): Promise<void> {
    return this.link.close();
  }

  // ---- reads

  /** Everything, for the in-memory Catalog: plain whole-collection reads. */
  async loadAll(): Promise<CatalogDocs> {
    const version = await this.dataVersion();
    const all = <T>(m: { find(): { lean<R>(): { exec(): Promise<R> } } }) => m.find().lean<T[]>().exec();
    const [semesters, students, teachers, rooms, cards, rosters] = await Promise.all([
      all<SemesterDoc>(this.semesters),
      all<StudentDoc>(this.students),
      all<TeacherDoc>(this.teachers),
      all<RoomDoc>(this.rooms),
      all<CardDoc>(this.cards),
      all<RosterDoc>(this.rosters),
    ]);
    return { version, semesters, students, teachers, rooms, cards, rosters };
  }

  getSemester(name: string): Promise<SemesterDoc | null> {
    return this.semesters.findById(name).lean<SemesterDoc>().exec();
  }

  async dataVersion(): Promise<DataVersion> {
    const doc = await this.meta.findById('version').lean<MetaDoc>().exec();
    return doc
      ? { version: doc.version, updatedAt: new Date(doc.updatedAt) }
      : { version: 'empty', updatedAt: new Date(0) };
  }

  // ---- writes

  /** Idempotent upsert of a batch; bumps the data version only when something changed. */
  async importBatch(
    batch: ImportBatch,
  ): Promise<{ counts: ImportCounts; changed: number; version: DataVersion }> {
    let changed = 0;
    if (batch.semester) changed += await upsertMany(this.semesters, [batch.semester]);
    const counts: ImportCounts = {
      students: batch.students.length,
      teachers: batch.teachers.length,
      rooms: batch.rooms.length,
      cards: batch.cards.length,
      rosters: batch.rosters.length,
      enrollments: [...batch.rosters, ...batch.additions].reduce((n, r) => n + r.students.length, 0),
    };
    changed += await upsertMany(this.students, batch.students);
    changed += await upsertMany(this.teachers, batch.teachers);
    changed += await upsertMany(this.rooms, batch.rooms);
    changed += await upsertMany(this.cards, batch.cards);
    changed += await upsertMany(this.rosters, batch.rosters);
    if (batch.additions.length > 0) {
      const stored = await readByIds<RosterDoc>(
        this.rosters.collection,
        batch.additions.map((a) => a._id),
      );
      const merged = batch.additions.map((a) => ({
        ...a,
        students: [...new Set([...(stored.get(a._id)?.students ?? []), ...a.students])].sort(),
      }));
      changed += await upsertMany(this.rosters, merged);
    }
    if (changed > 0) {
      const version = {
        version: `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`,
        updatedAt: new Date(),
      };
      await this.meta.replaceOne({ _id: 'version' }, version, { upsert: true }).exec();
      return { counts, changed, version };
    }
    return { counts, changed, version: await this.dataVersion() };
  }
}

/**
 * Writes a batch with insertMany (unordered) first; only the ids that already existed are read
 * back and compared. Returns how many documents were inserted or changed.
 */
async function upsertMany<T extends { _id: string }>(
  model: { collection: Collection },
  docs: T[],
): Promise<number> {
  let written = 0;
  const coll = model.collection;
  for (let i = 0; i < docs.length; i += BATCH) {
    const chunk = [...new Map(docs.slice(i, i + BATCH).map((d) => [d._id, d])).values()];
    let existing: T[] = [];
    try {
      const res = await coll.insertMany(chunk as never[], { ordered: false });
      written += res.insertedCount;
    } catch (err) {
      if (!(err instanceof mongoose.mongo.MongoBulkWriteError)) throw err;
      const errors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
      const other = errors.find((e) => e.code !== 11000);
      if (other) throw err;
      written += err.insertedCount;
      existing = errors.map((e) => chunk[e.index]!);
    }
    if (existing.length > 0) {
      // Read the stored versions back and replace only the documents that really differ, so an
      // idempotent re-import writes nothing.
      const byId = await readByIds<T>(
        coll,
        existing.map((d) => d._id),
      );
      const changed = existing.filter((d) => !isDeepStrictEqual({ ...byId.get(d._id) }, { ...d }));
      if (changed.length > 0) {
        const res = await coll.bulkWrite(
          changed.map((d) => ({
            replaceOne: { filter: { _id: d._id } as never, replacement: d as never, upsert: true },
          })),
          { ordered: false },
        );
        written += res.modifiedCount + res.upsertedCount;
      }
    }
  }
  return written;
}

/**
 * Documents by id. FerretDB answers $in by scanning and testing each document against the
 * whole list, so for many ids one plain scan filtered here is cheaper.
 */
async function readByIds<T extends { _id: string }>(
  coll: Collection,
  ids: string[],
): Promise<Map<string, T>> {
  const wanted = new Set(ids);
  const out = new Map<string, T>();
  if (wanted.size === 0) return out;
  const cursor = wanted.size <= IN_LIMIT ? coll.find({ _id: { $in: [...wanted] } } as never) : coll.find({});
  for await (const d of cursor) if (wanted.has(String(d._id))) out.set(String(d._id), d as unknown as T);
  return out;
}
