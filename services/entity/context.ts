// What every group of entity RPCs shares: public ids opened (a tampered, foreign or other kind's
// id is `not_found`, exactly like a missing one), catalog documents as messages, semesters with
// APP_CONFIG's dates, and paging.
import { everyclass } from '../../proto/generated/everyclass.js';
import type { EntityService } from '../../proto/generated/services.ts';
import type { AppConfig } from '../kit/config.ts';
import { AppError } from '../kit/errors.ts';
import type { Handlers } from '../kit/twirp/descriptor.ts';
import type { Catalog, SearchKind } from './catalog.ts';
import type { HolidayDay } from './class-days.ts';
import type { IdCipher, IdKind } from './ids.ts';
import type { CardDoc, EntityStore, RoomDoc, SemesterDoc, StudentDoc, TeacherDoc } from './store.ts';

const pb = everyclass.entity.v1;
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

/** The handlers of some of the Entity methods (handlers.ts puts the groups together). */
export type EntityHandlers<K extends keyof Handlers<typeof EntityService>> = Pick<
  Handlers<typeof EntityService>,
  K
>;

export function page(p: number | null | undefined, size: number | null | undefined, max = 100) {
  const pageSize = Math.min(size || 20, max);
  const n = Math.max(p || 1, 1);
  return { skip: (n - 1) * pageSize, limit: pageSize };
}

export interface EntityContext {
  deps: EntityDeps;
  /** The code behind a public id of `kind`, or `not_found` naming `what`. */
  open(id: string | null | undefined, kind: IdKind, what: string): string;
  studentRef(s: StudentDoc): IRef;
  teacherRef(t: TeacherDoc): IRef;
  roomRef(r: RoomDoc): IRef;
  refOf(k: SearchKind, d: unknown): IRef;
  room(r: RoomDoc): IRoom;
  /** Cards with their room, teachers and student counts resolved. */
  cards(c: Catalog, docs: CardDoc[]): ICard[];
  /** Stored semesters merged with APP_CONFIG's (whose start date wins). */
  semesters(c: Catalog): Map<string, ISemester>;
  /** The semester named, or `invalid_argument` (none) / `not_found`. */
  semester(c: Catalog, name: string | null | undefined): ISemester;
}

export function entityContext(deps: EntityDeps): EntityContext {
  const { ids, app } = deps;

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

  return { deps, open, studentRef, teacherRef, roomRef, refOf, room, cards, semesters, semester };
}

export function holidaysOf(s: ISemester): HolidayDay[] {
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
