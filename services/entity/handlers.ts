// The Entity RPC methods: decode ids, read the catalog, build the messages. Every public id that
// does not open (tampered, foreign, of another kind) is `not_found`, exactly like a missing one.
import { everyclass } from '../../proto/generated/everyclass.js';
import type { EntityService } from '../../proto/generated/services.ts';
import type { CallContext } from '../kit/app.ts';
import type { AppConfig } from '../kit/config.ts';
import { AppError } from '../kit/errors.ts';
import type { Handlers } from '../kit/twirp/descriptor.ts';
import type { Catalog, SearchKind } from './catalog.ts';
import { dateOfClassDay, dayPlan, type HolidayDay, parseDay } from './class-days.ts';
import type { IdCipher, IdKind } from './ids.ts';
import { toImportBatch } from './records.ts';
import { normaliseQuery } from './search-keys.ts';
import type { CardDoc, EntityStore, RoomDoc, SemesterDoc, StudentDoc, TeacherDoc } from './store.ts';

const pb = everyclass.entity.v1;
type Kind = everyclass.entity.v1.Kind;
type IRef = everyclass.entity.v1.IRef;
type ICard = everyclass.entity.v1.ICard;
type ISemester = everyclass.entity.v1.ISemester;
type IRoom = everyclass.entity.v1.IRoom;

export interface EntityDeps {
  store: EntityStore;
  /** The read model in force (reads never touch MongoDB). */
  catalog: () => Catalog;
  /** Called after an import changed data, to reload the read model. */
  onImported?: () => void;
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

export function entityHandlers(deps: EntityDeps): Handlers<typeof EntityService> {
  const { store, ids, app, catalog } = deps;

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
  const refOf = (k: SearchKind, d: unknown): IRef => {
    if (k === 'student') return studentRef(d as StudentDoc);
    if (k === 'teacher') return teacherRef(d as TeacherDoc);
    if (k === 'room') return roomRef(d as RoomDoc);
    return cardRef(d as CardDoc);
  };
  const room = (r: RoomDoc): IRoom => ({
    id: ids.seal('room', r._id),
    code: r._id,
    name: r.name,
    building: r.building,
    campus: r.campus,
    capacity: r.capacity,
    aliases: r.aliases ?? [],
  });

  /** Cards with their room, teachers and student counts resolved. */
  function cards(c: Catalog, docs: CardDoc[]): ICard[] {
    const sorted = [...docs].sort(
      (a, b) => a.weekday - b.weekday || a.firstPeriod - b.firstPeriod || a._id.localeCompare(b._id),
    );
    return sorted.map((card) => {
      const roomDoc = c.rooms.get(card.room);
      return {
        id: ids.seal('card', card._id),
        code: card.code,
        courseCode: card.courseCode,
        courseName: card.courseName,
        semester: card.semester,
        lesson: card.lesson,
        weekday: card.weekday,
        firstPeriod: card.firstPeriod,
        lastPeriod: card.lastPeriod,
        weeks: card.weeks,
        weekText: card.weekText,
        room: roomDoc ? roomRef(roomDoc) : { kind: pb.Kind.ROOM, code: card.room, name: card.room },
        teachers: card.teachers.map((code) => {
          const doc = c.teachers.get(code);
          return doc ? teacherRef(doc) : { kind: pb.Kind.TEACHER, code, name: code };
        }),
        studentCount: c.studentCount(card._id),
      };
    });
  }

  /** Stored semesters merged with APP_CONFIG's (whose start date wins). */
  function semesters(c: Catalog): Map<string, ISemester> {
    const out = new Map<string, ISemester>();
    for (const s of [...c.semesters.values()].sort((a, b) => a._id.localeCompare(b._id)))
      out.set(s._id, semesterMessage(s));
    for (const s of app.semesters)
      out.set(s.name, { ...(out.get(s.name) ?? { holidays: [], weeks: 0 }), name: s.name, start: s.start });
    return out;
  }

  function semester(c: Catalog, name: string | null | undefined): ISemester {
    if (!name) throw new AppError('invalid_argument', 'semester is required');
    const s = semesters(c).get(name);
    if (!s) throw new AppError('not_found', `no semester ${name}`);
    return s;
  }

  return {
    Search: async (req) => {
      const q = normaliseQuery(req.query);
      if (q === undefined) throw new AppError('invalid_argument', 'query must have 1 to 64 characters');
      const { skip, limit } = page(req.page, req.pageSize);
      const c = catalog();
      const wanted = (Object.keys(kindOf) as SearchKind[]).filter(
        (k) => req.kinds.length === 0 || req.kinds.includes(kindOf[k]),
      );
      const groups = wanted.map((k) => {
        const found = c.search(k, q, skip, limit, req.semester || undefined);
        const items = found.items.map((d) => refOf(k, d));
        return { kind: kindOf[k], total: found.total, items };
      });
      // A single exact match (code, name or alias) anywhere in the results: web goes straight there.
      const exact = wanted.flatMap((k) =>
        c.exactMatches(k, q, 2, req.semester || undefined).map((d) => refOf(k, d)),
      );
      return { groups, ...(exact.length === 1 ? { exact: exact[0] } : {}) };
    },

    GetStudent: async (req) => {
      const c = catalog();
      const s = c.students.get(open(req.id, 'student', 'student'));
      if (!s) throw new AppError('not_found', 'no such student');
      return {
        ...studentRef(s),
        klass: s.klass,
        major: s.major,
        department: s.department,
        year: s.year,
        semesters: c.studentSemesters(s._id),
      };
    },

    GetTeacher: async (req) => {
      const c = catalog();
      const t = c.teachers.get(open(req.id, 'teacher', 'teacher'));
      if (!t) throw new AppError('not_found', 'no such teacher');
      return {
        ...teacherRef(t),
        title: t.title,
        department: t.department,
        semesters: c.teacherSemesters(t._id),
      };
    },

    GetRoom: async (req) => {
      const r = catalog().rooms.get(open(req.id, 'room', 'room'));
      if (!r) throw new AppError('not_found', 'no such room');
      return room(r);
    },

    GetCard: async (req) => {
      const c = catalog();
      const card = c.cards.get(open(req.id, 'card', 'card'));
      if (!card) throw new AppError('not_found', 'no such card');
      return cards(c, [card])[0]!;
    },

    GetTimetable: async (req) => {
      const opened = ids.open(req.id);
      if (!opened || opened.kind === 'card')
        throw new AppError('not_found', 'no such student, teacher or room');
      const c = catalog();
      const sem = semester(c, req.semester);
      const name = sem.name ?? '';
      let owner: IRef | undefined;
      let docs: CardDoc[] = [];
      if (opened.kind === 'student') {
        const s = c.students.get(opened.code);
        if (s) [owner, docs] = [studentRef(s), c.studentCards(s._id, name)];
      } else if (opened.kind === 'teacher') {
        const t = c.teachers.get(opened.code);
        if (t) [owner, docs] = [teacherRef(t), c.teacherCards(t._id, name)];
      } else {
        const r = c.rooms.get(opened.code);
        if (r) [owner, docs] = [roomRef(r), c.roomCards(r._id, name)];
      }
      if (!owner) throw new AppError('not_found', 'no such student, teacher or room');
      return { owner, semester: sem, cards: cards(c, docs), dataVersion: c.version.version };
    },

    ListClassmates: async (req) => {
      const c = catalog();
      const id = open(req.cardId, 'card', 'card');
      if (!c.cards.has(id)) throw new AppError('not_found', 'no such card');
      const { skip, limit } = page(req.page, req.pageSize, 500);
      const found = c.classmates(id, skip, limit);
      return { total: found.total, students: found.items.map(studentRef) };
    },

    FreeRooms: async (req) => {
      const c = catalog();
      const sem = semester(c, req.semester);
      const start = sem.start ?? '';
      if (req.period < 1 || req.period > 14) throw new AppError('invalid_argument', 'period must be 1 to 14');
      let date = req.date;
      if (date) {
        if (parseDay(date) === undefined || parseDay(start) === undefined || date < start)
          throw new AppError('invalid_argument', 'date must be a day YYYY-MM-DD of the semester', {
            field: 'date',
          });
      } else {
        if (req.week < 1 || req.week > 30) throw new AppError('invalid_argument', 'week must be 1 to 30');
        if (req.weekday < 1 || req.weekday > 7) {
          throw new AppError('invalid_argument', 'weekday must be 1 (Monday) to 7 (Sunday)');
        }
        date = dateOfClassDay(start, req.week, req.weekday);
      }
      const plan = dayPlan({ start, holidays: holidaysOf(sem) }, date);
      const free = c.freeRooms(sem.name ?? '', plan.held, req.period, {
        building: req.building || undefined,
        campus: req.campus || undefined,
      });
      return {
        rooms: free.map(room),
        date: plan.date,
        week: plan.week,
        weekday: plan.weekday,
        holiday: plan.holiday?.name ?? '',
        makeupFor: plan.makeupFor,
      };
    },

    ListSemesters: async () => ({
      semesters: [...semesters(catalog()).values()],
    }),

    GetDataVersion: async () => {
      const v = catalog().version;
      return { version: v.version, updatedAt: v.updatedAt.toISOString() };
    },

    ImportSemester: async (req, call: CallContext) => {
      const name = req.semester?.name?.trim() ?? '';
      const batch = toImportBatch(req, name ? await store.getSemester(name) : null);
      const result = await store.importBatch(batch);
      if (result.changed > 0) deps.onImported?.();
      call.log.info(
        { ...result.counts, changed: result.changed, version: result.version.version },
        'imported',
      );
      return { ...result.counts, dataVersion: result.version.version };
    },
  };
}

function holidaysOf(s: ISemester): HolidayDay[] {
  return (s.holidays ?? []).map((h) => ({
    date: h.date ?? '',
    name: h.name ?? '',
    makeupDate: h.makeupDate ?? '',
  }));
}

function semesterMessage(s: SemesterDoc): ISemester {
  return {
    name: s._id,
    start: s.start,
    weeks: s.weeks,
    holidays: s.holidays.map((h) => ({ date: h.date, name: h.name, makeupDate: h.makeupDate })),
  };
}
