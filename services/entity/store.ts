// Course data in MongoDB (mongoose). One collection per kind; enrollments link students and
// cards. Only features both MongoDB and FerretDB 1.x serve: plain and unique indexes, regex
// finds, $in, distinct and a simple $match/$group aggregation. Bulk imports write with
// insertMany/bulkWrite in batches and report what actually changed.
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import mongoose, { type Collection, type Connection, Schema } from 'mongoose';
import { hasNonAscii } from './search-keys.ts';

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

export interface EnrollmentDoc {
  _id: string; // <card id>|<student code>
  student: string;
  card: string;
  semester: string;
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
    { _id: String, name: String, building: str, campus: str, capacity: Number, py: str },
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
  card.index({ semester: 1, weekday: 1 });
  card.index({ courseCode: 1 });
  const enrollment = new Schema<EnrollmentDoc>(
    { _id: String, student: String, card: String, semester: String },
    { versionKey: false, collection: 'enrollments' },
  );
  enrollment.index({ student: 1, semester: 1 });
  enrollment.index({ card: 1 });
  const meta = new Schema<MetaDoc>(
    { _id: String, version: String, updatedAt: Date },
    { versionKey: false, collection: 'meta' },
  );
  return { semester, student, teacher, room, card, enrollment, meta };
}

export type SearchKind = 'student' | 'teacher' | 'room' | 'card';

export interface Page<T> {
  total: number;
  items: T[];
}

export interface ImportBatch {
  semester?: SemesterDoc | undefined;
  students: StudentDoc[];
  teachers: TeacherDoc[];
  rooms: RoomDoc[];
  cards: CardDoc[];
  enrollments: EnrollmentDoc[];
}

export interface ImportCounts {
  students: number;
  teachers: number;
  rooms: number;
  cards: number;
  enrollments: number;
}

export interface DataVersion {
  version: string;
  updatedAt: Date;
}

const BATCH = 10_000;
const IN_LIMIT = 500;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function models(conn: Connection) {
  const s = schemas();
  return {
    semesters: conn.model('Semester', s.semester),
    students: conn.model('Student', s.student),
    teachers: conn.model('Teacher', s.teacher),
    rooms: conn.model('Room', s.room),
    cards: conn.model('Card', s.card),
    enrollments: conn.model('Enrollment', s.enrollment),
    meta: conn.model('Meta', s.meta),
  };
}

/** The minimal shape of a model that the generic search needs. */
interface Searchable {
  countDocuments(filter: object): { exec(): Promise<number> };
  find(filter: object): {
    sort(s: object): { skip(n: number): { limit(n: number): { lean(): { exec(): Promise<unknown[]> } } } };
  };
}

export class EntityStore {
  readonly conn: Connection;
  readonly semesters;
  readonly students;
  readonly teachers;
  readonly rooms;
  readonly cards;
  readonly enrollments;
  readonly meta;

  constructor(conn: Connection) {
    this.conn = conn;
    const m = models(conn);
    this.semesters = m.semesters;
    this.students = m.students;
    this.teachers = m.teachers;
    this.rooms = m.rooms;
    this.cards = m.cards;
    this.enrollments = m.enrollments;
    this.meta = m.meta;
  }

  static async connect(url: string, dbName?: string): Promise<EntityStore> {
    const conn = mongoose.createConnection(url, {
      ...(dbName ? { dbName } : {}),
      serverSelectionTimeoutMS: 10_000,
      autoIndex: false,
      maxPoolSize: 20,
    });
    await conn.asPromise();
    const store = new EntityStore(conn);
    await store.ensureIndexes();
    return store;
  }

  async ensureIndexes(): Promise<void> {
    for (const m of [this.students, this.teachers, this.rooms, this.cards, this.enrollments])
      await m.createIndexes();
  }

  async ping(): Promise<void> {
    const db = this.conn.db;
    if (!db) throw new Error('not connected');
    await db.command({ ping: 1 });
  }

  close(): Promise<void> {
    return this.conn.close();
  }

  // ---- reads

  listSemesters(): Promise<SemesterDoc[]> {
    return this.semesters.find().sort({ _id: 1 }).lean<SemesterDoc[]>().exec();
  }
  getSemester(name: string): Promise<SemesterDoc | null> {
    return this.semesters.findById(name).lean<SemesterDoc>().exec();
  }
  getStudent(code: string): Promise<StudentDoc | null> {
    return this.students.findById(code).lean<StudentDoc>().exec();
  }
  getTeacher(code: string): Promise<TeacherDoc | null> {
    return this.teachers.findById(code).lean<TeacherDoc>().exec();
  }
  getRoom(code: string): Promise<RoomDoc | null> {
    return this.rooms.findById(code).lean<RoomDoc>().exec();
  }
  getCard(id: string): Promise<CardDoc | null> {
    return this.cards.findById(id).lean<CardDoc>().exec();
  }
  teachersByCode(codes: string[]): Promise<TeacherDoc[]> {
    return this.teachers
      .find({ _id: { $in: [...new Set(codes)] } })
      .lean<TeacherDoc[]>()
      .exec();
  }
  roomsByCode(codes: string[]): Promise<RoomDoc[]> {
    return this.rooms
      .find({ _id: { $in: [...new Set(codes)] } })
      .lean<RoomDoc[]>()
      .exec();
  }

  async studentCards(student: string, semester: string): Promise<CardDoc[]> {
    const links = await this.enrollments
      .find({ student, semester }, { card: 1 })
      .lean<EnrollmentDoc[]>()
      .exec();
    if (links.length === 0) return [];
    return this.cards
      .find({ _id: { $in: links.map((l) => l.card) } })
      .lean<CardDoc[]>()
      .exec();
  }
  teacherCards(teacher: string, semester: string): Promise<CardDoc[]> {
    return this.cards.find({ semester, teachers: teacher }).lean<CardDoc[]>().exec();
  }
  roomCards(room: string, semester: string): Promise<CardDoc[]> {
    return this.cards.find({ semester, room }).lean<CardDoc[]>().exec();
  }

  async studentSemesters(student: string): Promise<string[]> {
    return ((await this.enrollments.distinct('semester', { student }).exec()) as string[]).sort();
  }
  async teacherSemesters(teacher: string): Promise<string[]> {
    return ((await this.cards.distinct('semester', { teachers: teacher }).exec()) as string[]).sort();
  }

  /** Number of enrolled students per card id. */
  async studentCounts(cardIds: string[]): Promise<Map<string, number>> {
    if (cardIds.length === 0) return new Map();
    const rows = await this.enrollments
      .aggregate<{ _id: string; n: number }>([
        { $match: { card: { $in: cardIds } } },
        { $group: { _id: '$card', n: { $sum: 1 } } },
      ])
      .exec();
    return new Map(rows.map((r) => [r._id, r.n]));
  }

  async classmates(card: string, skip: number, limit: number): Promise<Page<StudentDoc>> {
    const [total, links] = await Promise.all([
      this.enrollments.countDocuments({ card }).exec(),
      this.enrollments
        .find({ card }, { student: 1 })
        .sort({ student: 1 })
        .skip(skip)
        .limit(limit)
        .lean<EnrollmentDoc[]>()
        .exec(),
    ]);
    const students = await this.students
      .find({ _id: { $in: links.map((l) => l.student) } })
      .sort({ _id: 1 })
      .lean<StudentDoc[]>()
      .exec();
    return { total, items: students };
  }

  /** Codes of the rooms holding a card at that week, weekday and period. */
  async busyRooms(semester: string, week: number, weekday: number, period: number): Promise<Set<string>> {
    const rooms = (await this.cards
      .distinct('room', {
        semester,
        weekday,
        weeks: week,
        firstPeriod: { $lte: period },
        lastPeriod: { $gte: period },
      })
      .exec()) as string[];
    return new Set(rooms);
  }
  roomsIn(building: string | undefined): Promise<RoomDoc[]> {
    return this.rooms
      .find(building ? { building } : {})
      .sort({ _id: 1 })
      .lean<RoomDoc[]>()
      .exec();
  }

  /**
   * Search one kind by code prefix, name substring (Chinese) or pinyin (full or initials,
   * prefix of a syllable run); `query` must already be normalised (trimmed, lower case).
   */
  async search(
    kind: SearchKind,
    query: string,
    skip: number,
    limit: number,
    semester?: string,
  ): Promise<Page<unknown>> {
    const q = escapeRegex(query);
    const or: Array<Record<string, unknown>> = [];
    const codeField = kind === 'card' ? 'courseCode' : '_id';
    if (/^[\w-]+$/.test(query)) or.push({ [codeField]: { $regex: `^${q}`, $options: 'i' } });
    if (/^[a-z]+$/.test(query)) or.push({ py: { $regex: `(^| )${q}` } });
    if (hasNonAscii(query)) or.push({ [kind === 'card' ? 'courseName' : 'name']: { $regex: q } });
    if (or.length === 0) return { total: 0, items: [] };
    const filter: Record<string, unknown> = { $or: or };
    if (kind === 'card' && semester) filter.semester = semester;
    const model = this.model(kind);
    const [total, items] = await Promise.all([
      model.countDocuments(filter).exec(),
      model.find(filter).sort({ _id: 1 }).skip(skip).limit(limit).lean().exec(),
    ]);
    return { total, items };
  }

  private model(kind: SearchKind): Searchable {
    const m = { student: this.students, teacher: this.teachers, room: this.rooms, card: this.cards }[kind];
    return m as unknown as Searchable;
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
      enrollments: batch.enrollments.length,
    };
    changed += await upsertMany(this.students, batch.students);
    changed += await upsertMany(this.teachers, batch.teachers);
    changed += await upsertMany(this.rooms, batch.rooms);
    changed += await upsertMany(this.cards, batch.cards);
    changed += await upsertMany(this.enrollments, batch.enrollments, true);
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
 * back and compared, unless the documents are immutable (an enrollment is all key). Returns how
 * many documents were inserted or changed.
 */
async function upsertMany<T extends { _id: string }>(
  model: { collection: Collection },
  docs: T[],
  immutable = false,
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
    if (existing.length > 0 && !immutable) {
      // Read the stored versions back and replace only the documents that really differ, so an
      // idempotent re-import writes nothing. FerretDB answers $in by scanning and testing each
      // document against the whole list, so many duplicates are cheaper to find in one scan.
      const wanted = new Set(existing.map((d) => d._id));
      const byId = new Map<string, unknown>();
      const cursor =
        existing.length <= IN_LIMIT ? coll.find({ _id: { $in: [...wanted] } } as never) : coll.find({});
      for await (const d of cursor) if (wanted.has(String(d._id))) byId.set(String(d._id), d);
      const changed = existing.filter(
        (d) => !isDeepStrictEqual({ ...(byId.get(d._id) as object) }, { ...d }),
      );
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
