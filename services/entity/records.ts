// Import records → store documents: every field checked, with the offending field named in
// the error (`invalid_argument`, meta.field). Pure.
import type { everyclass } from '../../proto/generated/everyclass.js';
import { AppError } from '../kit/errors.ts';
import { LessonCodeError, parseLesson } from './lesson.ts';
import { searchKeys } from './search-keys.ts';
import { type CardDoc, cardKey, type ImportBatch, type RosterDoc, type SemesterDoc } from './store.ts';
import { parseWeeks, renderWeeks, WeekListError } from './weeks.ts';

type IImportSemesterRequest = everyclass.entity.v1.IImportSemesterRequest;

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

/**
 * Validates an import request and turns it into store documents; `stored` is the semester as
 * stored so far (its start date and holidays carry over when the request leaves them out).
 */
export function toImportBatch(req: IImportSemesterRequest, stored: SemesterDoc | null): ImportBatch {
  const name = need(req.semester?.name, 'semester.name');
  if (!/^\d{4}-\d{4}-[12]$/.test(name)) throw bad('semester.name', 'must look like 2026-2027-1');
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
      const aliases = [
        ...new Set((r.aliases ?? []).map((a, j) => need(a, `rooms[${i}].aliases[${j}]`))),
      ].filter((a) => a !== roomName);
      return {
        _id: need(r.code, `rooms[${i}].code`),
        name: roomName,
        building: r.building ?? '',
        campus: r.campus ?? '',
        capacity: r.capacity ?? 0,
        aliases,
        // Pinyin keys of the name and of every alias, space-separated like searchKeys' own.
        py: [roomName, ...aliases].map(searchKeys).join(' '),
      };
    }),
    cards,
    rosters: (req.rosters ?? []).map((r, i): RosterDoc => {
      const at = `rosters[${i}]`;
      const card = cardKey(name, need(r.cardCode, `${at}.card_code`));
      const students = [
        ...new Set((r.studentCodes ?? []).map((s, j) => need(s, `${at}.student_codes[${j}]`))),
      ].sort();
      return { _id: card, semester: name, students };
    }),
    additions: [
      ...Map.groupBy(
        (req.enrollments ?? []).map((e, i) => ({
          card: cardKey(name, need(e.cardCode, `enrollments[${i}].card_code`)),
          student: need(e.studentCode, `enrollments[${i}].student_code`),
        })),
        (e) => e.card,
      ),
    ].map(([card, list]): RosterDoc => ({ _id: card, semester: name, students: list.map((e) => e.student) })),
  };
}
