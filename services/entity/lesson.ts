// Lesson codes: `10506` = weekday 1 (Monday), periods 05 to 06.

export interface Lesson {
  weekday: number; // 1 = Monday ... 7 = Sunday
  firstPeriod: number;
  lastPeriod: number;
}

export const MAX_PERIOD = 14;

export class LessonCodeError extends Error {
  constructor(code: string, why: string) {
    super(`bad lesson code ${JSON.stringify(code)}: ${why}`);
    this.name = 'LessonCodeError';
  }
}

export function parseLesson(code: string): Lesson {
  const m = /^([1-7])(\d{2})(\d{2})$/.exec(code);
  if (!m) throw new LessonCodeError(code, 'expected five digits: weekday 1-7, first period, last period');
  const lesson = { weekday: Number(m[1]), firstPeriod: Number(m[2]), lastPeriod: Number(m[3]) };
  if (lesson.firstPeriod < 1 || lesson.lastPeriod > MAX_PERIOD || lesson.lastPeriod < lesson.firstPeriod) {
    throw new LessonCodeError(code, `periods must satisfy 1 <= first <= last <= ${MAX_PERIOD}`);
  }
  return lesson;
}

export function renderLesson(l: Lesson): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${l.weekday}${pad(l.firstPeriod)}${pad(l.lastPeriod)}`;
}
