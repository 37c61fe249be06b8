// The read model: every semester, student, teacher, room, card and roster of the school held in
// memory, with the lookups the RPC methods need. Course data is small (tens of thousands of
// records), read constantly and written a few times a semester, so the service loads it from
// MongoDB once per data version and answers reads from here. Pure: documents in, answers out.
import type { ClassDay } from './class-days.ts';
import type {
  CardDoc,
  DataVersion,
  RoomDoc,
  RosterDoc,
  SemesterDoc,
  StudentDoc,
  TeacherDoc,
} from './store.ts';

export type SearchKind = 'student' | 'teacher' | 'room' | 'card';

export interface CatalogDocs {
  version: DataVersion;
  semesters: SemesterDoc[];
  students: StudentDoc[];
  teachers: TeacherDoc[];
  rooms: RoomDoc[];
  cards: CardDoc[];
  rosters: RosterDoc[];
}

interface SearchEntry {
  doc: StudentDoc | TeacherDoc | RoomDoc | CardDoc;
  code: string;
  name: string;
  py: string;
  semester: string; // cards only
}

export interface Page<T> {
  total: number;
  items: T[];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** A name as queries are normalised (search-keys.ts normaliseQuery): NFKC, lower case, no spaces. */
const searchable = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const byId = <T extends { _id: string }>(a: T, b: T) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

export class Catalog {
  readonly version: DataVersion;
  readonly semesters: Map<string, SemesterDoc>;
  readonly students: Map<string, StudentDoc>;
  readonly teachers: Map<string, TeacherDoc>;
  readonly rooms: Map<string, RoomDoc>;
  readonly cards: Map<string, CardDoc>;
  /** Card id → sorted student codes. */
  readonly rosters: Map<string, string[]>;
  readonly #byStudent = new Map<string, CardDoc[]>();
  readonly #byTeacher = new Map<string, CardDoc[]>();
  readonly #byRoom = new Map<string, CardDoc[]>();
  readonly #sortedRooms: RoomDoc[];
  /** Per kind, in code order: the document and its lower-cased search fields. */
  readonly #searchable: Record<SearchKind, SearchEntry[]>;

  constructor(docs: CatalogDocs) {
    this.version = docs.version;
    this.semesters = new Map(docs.semesters.map((d) => [d._id, d]));
    this.students = new Map(docs.students.map((d) => [d._id, d]));
    this.teachers = new Map(docs.teachers.map((d) => [d._id, d]));
    this.rooms = new Map(docs.rooms.map((d) => [d._id, d]));
    this.cards = new Map(docs.cards.map((d) => [d._id, d]));
    this.rosters = new Map(docs.rosters.map((r) => [r._id, [...r.students].sort()]));
    for (const card of this.cards.values()) {
      for (const t of card.teachers) push(this.#byTeacher, t, card);
      push(this.#byRoom, card.room, card);
    }
    for (const [cardId, students] of this.rosters) {
      const card = this.cards.get(cardId);
      if (card) for (const s of students) push(this.#byStudent, s, card);
    }
    this.#sortedRooms = [...this.rooms.values()].sort(byId);
    const entries = (docs: Array<StudentDoc | TeacherDoc | RoomDoc>): SearchEntry[] =>
      [...docs].sort(byId).map((d) => ({
        doc: d,
        code: d._id.toLowerCase(),
        // A room's aliases are names too ("\n" never occurs in a normalised query).
        name: [d.name, ...('aliases' in d ? (d.aliases ?? []) : [])].map(searchable).join('\n'),
        py: d.py,
        semester: '',
      }));
    this.#searchable = {
      student: entries(docs.students),
      teacher: entries(docs.teachers),
      room: entries(docs.rooms),
      card: [...docs.cards].sort(byId).map((d) => ({
        doc: d,
        code: d.courseCode.toLowerCase(),
        name: searchable(d.courseName),
        py: d.py,
        semester: d.semester,
      })),
    };
  }

  static empty(): Catalog {
    return new Catalog({
      version: { version: 'empty', updatedAt: new Date(0) },
      semesters: [],
      students: [],
      teachers: [],
      rooms: [],
      cards: [],
      rosters: [],
    });
  }

  studentCards(student: string, semester: string): CardDoc[] {
    return (this.#byStudent.get(student) ?? []).filter((c) => c.semester === semester);
  }
  teacherCards(teacher: string, semester: string): CardDoc[] {
    return (this.#byTeacher.get(teacher) ?? []).filter((c) => c.semester === semester);
  }
  roomCards(room: string, semester: string): CardDoc[] {
    return (this.#byRoom.get(room) ?? []).filter((c) => c.semester === semester);
  }
  studentSemesters(student: string): string[] {
    return [...new Set((this.#byStudent.get(student) ?? []).map((c) => c.semester))].sort();
  }
  teacherSemesters(teacher: string): string[] {
    return [...new Set((this.#byTeacher.get(teacher) ?? []).map((c) => c.semester))].sort();
  }
  studentCount(card: string): number {
    return this.rosters.get(card)?.length ?? 0;
  }

  classmates(card: string, skip: number, limit: number): Page<StudentDoc> {
    const codes = this.rosters.get(card) ?? [];
    const items = codes
      .slice(skip, skip + limit)
      .map((c) => this.students.get(c))
      .filter((s): s is StudentDoc => s !== undefined);
    return { total: codes.length, items };
  }

  /**
   * Rooms with no card at that period on any of `held` (the week and weekday pairs whose classes
   * the day holds: class-days.ts), in code order, optionally of one building and one campus.
   */
  freeRooms(
    semester: string,
    held: readonly ClassDay[],
    period: number,
    where: { building?: string | undefined; campus?: string | undefined } = {},
  ): RoomDoc[] {
    const busy = new Set<string>();
    for (const c of this.cards.values()) {
      if (
        c.semester === semester &&
        c.firstPeriod <= period &&
        c.lastPeriod >= period &&
        held.some((d) => d.weekday === c.weekday && c.weeks.includes(d.week))
      ) {
        busy.add(c.room);
      }
    }
    const { building, campus } = where;
    return this.#sortedRooms.filter(
      (r) => !busy.has(r._id) && (!building || r.building === building) && (!campus || r.campus === campus),
    );
  }

  /**
   * Up to `limit` documents whose code, name or one of whose aliases is exactly `query` (already
   * normalised): what "a single exact match" means to search.
   */
  exactMatches(kind: SearchKind, query: string, limit: number, semester?: string): unknown[] {
    const out: unknown[] = [];
    for (const e of this.#searchable[kind]) {
      if (semester && e.semester && e.semester !== semester) continue;
      if (e.code === query || e.name.split('\n').includes(query)) out.push(e.doc);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Matches by code prefix, name substring (Chinese or Latin), or pinyin: a prefix of the full
   * pinyin or of the initials (`wangxiaoming`, `wangx`, `wxm`). `query` is already normalised.
   */
  search(kind: SearchKind, query: string, skip: number, limit: number, semester?: string): Page<unknown> {
    const ascii = /^[a-z0-9-]+$/.test(query);
    const letters = /^[a-z]+$/.test(query);
    const spaced = ` ${query}`;
    const found = this.#searchable[kind].filter(
      (e) =>
        (!semester || !e.semester || e.semester === semester) &&
        ((ascii && e.code.startsWith(query)) ||
          e.name.includes(query) ||
          (letters && (e.py.startsWith(query) || e.py.includes(spaced)))),
    );
    return { total: found.length, items: found.slice(skip, skip + limit).map((e) => e.doc) };
  }
}
