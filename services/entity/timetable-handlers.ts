// Timetables of a student, teacher or room in a semester, free rooms on a day, and the semesters.
import type { everyclass } from '../../proto/generated/everyclass.js';
import { AppError } from '../kit/errors.ts';
import { dateOfClassDay, dayPlan, parseDay } from './class-days.ts';
import { type EntityContext, type EntityHandlers, holidaysOf } from './context.ts';
import type { CardDoc } from './store.ts';

type IRef = everyclass.entity.v1.IRef;

type TimetableMethods = 'GetTimetable' | 'FreeRooms' | 'ListSemesters';

export function timetableHandlers(ctx: EntityContext): EntityHandlers<TimetableMethods> {
  const { catalog, ids } = ctx.deps;
  const { studentRef, teacherRef, roomRef, room, cards, semester, semesters } = ctx;
  return {
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
  };
}
