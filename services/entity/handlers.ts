// The Entity RPC methods: decode ids, ask the store, build the messages. Every public id that
// does not open (tampered, foreign, of another kind) is `not_found`, exactly like a missing one.
import { everyclass } from '../../proto/generated/everyclass.js';
import type { CallContext } from '../kit/app.ts';
import type { AppConfig } from '../kit/config.ts';
import { AppError } from '../kit/errors.ts';
import { type RpcHandler, rpc } from '../kit/twirp.ts';
import type { IdCipher, IdKind } from './ids.ts';
import { LessonCodeError, parseLesson } from './lesson.ts';
import { normaliseQuery, searchKeys } from './search-keys.ts';
import {
  type CardDoc,
  cardKey,
  type EnrollmentDoc,
  type EntityStore,
  type RoomDoc,
  type SearchKind,
  type SemesterDoc,
  type StudentDoc,
  type TeacherDoc,
} from './store.ts';
import { parseWeeks, renderWeeks, WeekListError } from './weeks.ts';

const pb = everyclass.entity.v1;
type Kind = everyclass.entity.v1.Kind;
type IRef = everyclass.entity.v1.IRef;
type ICard = everyclass.entity.v1.ICard;
type ISemester = everyclass.entity.v1.ISemester;
type IRoom = everyclass.entity.v1.IRoom;

export interface EntityDeps {
  store: EntityStore;
  ids: IdCipher;
  app: AppConfig;
}

const kindOf: Record<SearchKind, Kind> = {
  student: pb.Kind.STUDENT,
  teacher: pb.Kind.TEACHER,
  room: pb.Kind.ROOM,
  card: pb.Kind.CARD,
};

function page(p: number | null | undefined, size: number | null | undefined, max = 100) {
  const pageSize = Math.min(size || 20, max);
  const n = Math.max(p || 1, 1);
  return { skip: (n - 1) * pageSize, limit: pageSize };
}

export function entityHandlers(deps: EntityDeps): Record<string, RpcHandler<object, object>> {
  const { store, ids, app } = deps;

  const open = (id: string | null | undefined, kind: IdKind, what: string): string => {
    const opened = ids.open(id ?? '', kind);
    if (!opened) throw new AppError('not_found', `no such ${what}`);
    return opened.code;
  };

  const studentRef = (s: StudentDoc): IRef => ({
    kind: pb.Kind.STUDENT,
    id: ids.seal('student', s._id),
    code: s._id,
    name: s.name,
    detail: s.klass,
  });
  const teacherRef = (t: TeacherDoc): IRef => ({
    kind: pb.Kind.TEACHER,
    id: ids.seal('teacher', t._id),
    code: t._id,
    name: t.name,
    detail: t.title,
  });
  const roomRef = (r: RoomDoc): IRef => ({
    kind: pb.Kind.ROOM,
    id: ids.seal('room', r._id),
    code: r._id,
    name: r.name,
    detail: r.building,
  });
  const cardRef = (c: CardDoc): IRef => ({
    kind: pb.Kind.CARD,
    id: ids.seal('card', c._id),
    code: c.code,
    name: c.courseName,
    detail: `${c.semester} ${c.weekText} ${c.lesson}`,
  });
  const room = (r: RoomDoc): IRoom => ({
    id: ids.seal('room', r._id),
    code: r._id,
    name: r.name,
    building: r.building,
    campus: r.campus,
    capacity: r.capacity,
  });

  /** Cards with their room, teachers and student counts resolved. */
  async function cards(docs: CardDoc[]): Promise<ICard[]> {
    const [teachers, rooms, counts] = await Promise.all([
      store.teachersByCode(docs.flatMap((c) => c.teachers)),
      store.roomsByCode(docs.map((c) => c.room)),
      store.studentCounts(docs.map((c) => c._id)),
    ]);
    const t = new Map(teachers.map((x) => [x._id, x]));
    const r = new Map(rooms.map((x) => [x._id, x]));
    const sorted = [...docs].sort(
      (a, b) => a.weekday - b.weekday || a.firstPeriod - b.firstPeriod || a._id.localeCompare(b._id),
    );
    return sorted.map((c) => {
      const roomDoc = r.get(c.room);
      return {
        id: ids.seal('card', c._id),
        code: c.code,
        courseCode: c.courseCode,
        courseName: c.courseName,
        semester: c.semester,
        lesson: c.lesson,
        weekday: c.weekday,
        firstPeriod: c.firstPeriod,
        lastPeriod: c.lastPeriod,
        weeks: c.weeks,
        weekText: c.weekText,
        room: roomDoc ? roomRef(roomDoc) : { kind: pb.Kind.ROOM, code: c.room, name: c.room },
        teachers: c.teachers.map((code) => {
          const doc = t.get(code);
          return doc ? teacherRef(doc) : { kind: pb.Kind.TEACHER, code, name: code };
        }),
        studentCount: counts.get(c._id) ?? 0,
      };
    });
  }

  /** Stored semesters merged with APP_CONFIG's (whose start date wins). */
  async function semesters(): Promise<Map<string, ISemester>> {
    const out = new Map<string, ISemester>();
    for (const s of await store.listSemesters()) out.set(s._id, semesterMessage(s));
    for (const s of app.semesters)
      out.set(s.name, { ...(out.get(s.name) ?? { holidays: [], weeks: 0 }), name: s.name, start: s.start });
    return out;
  }

  async function semester(name: string | null | undefined): Promise<ISemester> {
    if (!name) throw new AppError('invalid_argument', 'semester is required');
    const s = (await semesters()).get(name);
    if (!s) throw new AppError('not_found', `no semester ${name}`);
    return s;
  }

  return {
    Search: rpc(pb.SearchRequest, pb.SearchResponse, async (req) => {
      const q = normaliseQuery(req.query ?? '');
      if (q === undefined) throw new AppError('invalid_argument', 'query must have 1 to 64 characters');
      const { skip, limit } = page(req.page, req.pageSize);
      const wanted = (Object.keys(kindOf) as SearchKind[]).filter(
        (k) => !req.kinds?.length || req.kinds.includes(kindOf[k]),
      );
      const groups = await Promise.all(
        wanted.map(async (k) => {
          const found = await store.search(k, q, skip, limit, req.semester || undefined);
          const items = found.items.map((d) => {
            if (k === 'student') return studentRef(d as StudentDoc);
            if (k === 'teacher') return teacherRef(d as TeacherDoc);
            if (k === 'room') return roomRef(d as RoomDoc);
            return cardRef(d as CardDoc);
          });
          return { kind: kindOf[k], total: found.total, items };
        }),
      );
      return { groups };
    }),

    GetStudent: rpc(pb.GetRequest, pb.Student, async (req) => {
      const s = await store.getStudent(open(req.id, 'student', 'student'));
      if (!s) throw new AppError('not_found', 'no such student');
      return {
        ...studentRef(s),
        klass: s.klass,
        major: s.major,
        department: s.department,
        year: s.year,
        semesters: await store.studentSemesters(s._id),
      };
    }),

    GetTeacher: rpc(pb.GetRequest, pb.Teacher, async (req) => {
      const t = await store.getTeacher(open(req.id, 'teacher', 'teacher'));
      if (!t) throw new AppError('not_found', 'no such teacher');
      return {
        ...teacherRef(t),
        title: t.title,
        department: t.department,
        semesters: await store.teacherSemesters(t._id),
      };
    }),

    GetRoom: rpc(pb.GetRequest, pb.Room, async (req) => {
      const r = await store.getRoom(open(req.id, 'room', 'room'));
      if (!r) throw new AppError('not_found', 'no such room');
      return room(r);
    }),

    GetCard: rpc(pb.GetRequest, pb.Card, async (req) => {
      const c = await store.getCard(open(req.id, 'card', 'card'));
      if (!c) throw new AppError('not_found', 'no such card');
      const [card] = await cards([c]);
      return card!;
    }),

    GetTimetable: rpc(pb.GetTimetableRequest, pb.Timetable, async (req) => {
      const opened = ids.open(req.id ?? '');
      if (!opened || opened.kind === 'card')
        throw new AppError('not_found', 'no such student, teacher or room');
      const sem = await semester(req.semester);
      const name = sem.name ?? '';
      let owner: IRef | undefined;
      let docs: CardDoc[] = [];
      if (opened.kind === 'student') {
        const s = await store.getStudent(opened.code);
        if (s) [owner, docs] = [studentRef(s), await store.studentCards(s._id, name)];
      } else if (opened.kind === 'teacher') {
        const t = await store.getTeacher(opened.code);
        if (t) [owner, docs] = [teacherRef(t), await store.teacherCards(t._id, name)];
      } else {
        const r = await store.getRoom(opened.code);
        if (r) [owner, docs] = [roomRef(r), await store.roomCards(r._id, name)];
      }
      if (!owner) throw new AppError('not_found', 'no such student, teacher or room');
      const [list, version] = await Promise.all([cards(docs), store.dataVersion()]);
      return { owner, semester: sem, cards: list, dataVersion: version.version };
    }),

    ListClassmates: rpc(pb.ListClassmatesRequest, pb.ListClassmatesResponse, async (req) => {
      const id = open(req.cardId, 'card', 'card');
      if (!(await store.getCard(id))) throw new AppError('not_found', 'no such card');
      const { skip, limit } = page(req.page, req.pageSize, 500);
      const found = await store.classmates(id, skip, limit);
      return { total: found.total, students: found.items.map(studentRef) };
    }),

    FreeRooms: rpc(pb.FreeRoomsRequest, pb.FreeRoomsResponse, async (req) => {
      const sem = await semester(req.semester);
      const week = req.week ?? 0;
      const weekday = req.weekday ?? 0;
      const period = req.period ?? 0;
      if (week < 1 || week > 30) throw new AppError('invalid_argument', 'week must be 1 to 30');
      if (weekday < 1 || weekday > 7)
        throw new AppError('invalid_argument', 'weekday must be 1 (Monday) to 7 (Sunday)');
      if (period < 1 || period > 14) throw new AppError('invalid_argument', 'period must be 1 to 14');
      const [busy, all] = await Promise.all([
        store.busyRooms(sem.name ?? '', week, weekday, period),
        store.roomsIn(req.building || undefined),
      ]);
      return { rooms: all.filter((r) => !busy.has(r._id)).map(room) };
    }),

    ListSemesters: rpc(pb.ListSemestersRequest, pb.ListSemestersResponse, async () => ({
      semesters: [...(await semesters()).values()].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
    })),

    GetDataVersion: rpc(pb.GetDataVersionRequest, pb.DataVersion, async () => {
      const v = await store.dataVersion();
      return { version: v.version, updatedAt: v.updatedAt.toISOString() };
    }),

    ImportSemester: rpc(
      pb.ImportSemesterRequest,
      pb.ImportSemesterResponse,
      async (req, call: CallContext) => {
        if (call.shadow) throw new AppError('shadow_write');
        const batch = await importBatch(store, req);
        const result = await store.importBatch(batch);
        call.log.info(
          { ...result.counts, changed: result.changed, version: result.version.version },
          'imported',
        );
        return { ...result.counts, dataVersion: result.version.version };
      },
      true,
    ),
  };
}

function semesterMessage(s: SemesterDoc): ISemester {
  return {
    name: s._id,
    start: s.start,
    weeks: s.weeks,
    holidays: s.holidays.map((h) => ({ date: h.date, name: h.name, makeupDate: h.makeupDate })),
  };
}

const ymd = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => ymd.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

function bad(field: string, why: string): AppError {
  return new AppError('invalid_argument', `${field}: ${why}`, { field });
}

function need(v: string | null | undefined, field: string): string {
  const s = (v ?? '').trim();
  if (!s) throw bad(field, 'is required');
  return s;
}

/** Validates an import request and turns it into store documents. */
async function importBatch(store: EntityStore, req: everyclass.entity.v1.IImportSemesterRequest) {
  const name = need(req.semester?.name, 'semester.name');
  if (!/^\d{4}-\d{4}-[12]$/.test(name)) throw bad('semester.name', 'must look like 2026-2027-1');
  const stored = await store.getSemester(name);
  const start = (req.semester?.start ?? '').trim() || stored?.start || '';
  if (!validDate(start))
    throw bad('semester.start', 'must be a date YYYY-MM-DD (required on the first import)');
  const holidays = (req.semester?.holidays ?? []).map((h, i) => {
    const date = need(h.date, `semester.holidays[${i}].date`);
    if (!validDate(date)) throw bad(`semester.holidays[${i}].date`, 'must be YYYY-MM-DD');
    const makeupDate = (h.makeupDate ?? '').trim();
    if (makeupDate && !validDate(makeupDate))
      throw bad(`semester.holidays[${i}].makeup_date`, 'must be YYYY-MM-DD');
    return { date, name: h.name ?? '', makeupDate };
  });
  const cards: CardDoc[] = (req.cards ?? []).map((c, i) => {
    const at = `cards[${i}]`;
    const code = need(c.code, `${at}.code`);
    const lessonCode = need(c.lesson, `${at}.lesson`);
    let lesson: ReturnType<typeof parseLesson>;
    let weeks: number[];
    try {
      lesson = parseLesson(lessonCode);
      weeks = parseWeeks(need(c.weeks, `${at}.weeks`));
    } catch (err) {
      if (err instanceof LessonCodeError || err instanceof WeekListError) throw bad(at, err.message);
      throw err;
    }
    const courseName = need(c.courseName, `${at}.course_name`);
    return {
      _id: cardKey(name, code),
      code,
      semester: name,
      courseCode: need(c.courseCode, `${at}.course_code`),
      courseName,
      lesson: lessonCode,
      weekday: lesson.weekday,
      firstPeriod: lesson.firstPeriod,
      lastPeriod: lesson.lastPeriod,
      weeks,
      weekText: renderWeeks(weeks),
      room: need(c.roomCode, `${at}.room_code`),
      teachers: (c.teacherCodes ?? []).map((t, j) => need(t, `${at}.teacher_codes[${j}]`)),
      py: searchKeys(courseName),
    };
  });
  const maxWeek = Math.max(
    stored?.weeks ?? 0,
    req.semester?.weeks ?? 0,
    ...cards.map((c) => c.weeks[c.weeks.length - 1] ?? 0),
  );
  return {
    semester: {
      _id: name,
      start,
      weeks: maxWeek,
      holidays: holidays.length > 0 || !stored ? holidays : stored.holidays,
    },
    students: (req.students ?? []).map((s, i) => {
      const studentName = need(s.name, `students[${i}].name`);
      return {
        _id: need(s.code, `students[${i}].code`),
        name: studentName,
        klass: s.klass ?? '',
        major: s.major ?? '',
        department: s.department ?? '',
        year: s.year ?? 0,
        py: searchKeys(studentName),
      };
    }),
    teachers: (req.teachers ?? []).map((t, i) => {
      const teacherName = need(t.name, `teachers[${i}].name`);
      return {
        _id: need(t.code, `teachers[${i}].code`),
        name: teacherName,
        title: t.title ?? '',
        department: t.department ?? '',
        py: searchKeys(teacherName),
      };
    }),
    rooms: (req.rooms ?? []).map((r, i) => {
      const roomName = need(r.name, `rooms[${i}].name`);
      return {
        _id: need(r.code, `rooms[${i}].code`),
        name: roomName,
        building: r.building ?? '',
        campus: r.campus ?? '',
        capacity: r.capacity ?? 0,
        py: searchKeys(roomName),
      };
    }),
    cards,
    enrollments: (req.enrollments ?? []).map((e, i): EnrollmentDoc => {
      const card = cardKey(name, need(e.cardCode, `enrollments[${i}].card_code`));
      const student = need(e.studentCode, `enrollments[${i}].student_code`);
      return { _id: `${card}|${student}`, card, student, semester: name };
    }),
  };
}
