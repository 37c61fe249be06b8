// One student, teacher, room or card by its public id, and the classmates of a card.
import { AppError } from '../kit/errors.ts';
import { type EntityContext, type EntityHandlers, page } from './context.ts';

type LookupMethods = 'GetStudent' | 'GetTeacher' | 'GetRoom' | 'GetCard' | 'ListClassmates';

export function lookupHandlers(ctx: EntityContext): EntityHandlers<LookupMethods> {
  const { catalog } = ctx.deps;
  const { open, studentRef, teacherRef, room, cards } = ctx;
  return {
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

    ListClassmates: async (req) => {
      const c = catalog();
      const id = open(req.cardId, 'card', 'card');
      if (!c.cards.has(id)) throw new AppError('not_found', 'no such card');
      const { skip, limit } = page(req.page, req.pageSize, 500);
      const found = c.classmates(id, skip, limit);
      return { total: found.total, students: found.items.map(studentRef) };
    },
  };
}
