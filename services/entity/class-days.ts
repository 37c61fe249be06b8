// Which classes a calendar day holds, as the calendar feeds place them (calendar/events.ts): week
// n's weekday w is the first day with that weekday on or after start + 7(n-1); a holiday holds
// none of its own classes; a makeup day holds, besides its own, those of the holiday moved to it.
// Pure: dates in, (week, weekday) pairs out.

export interface HolidayDay {
  date: string; // YYYY-MM-DD
  name: string;
  makeupDate: string; // YYYY-MM-DD or empty
}

export interface SemesterDays {
  start: string; // YYYY-MM-DD, the first day of week 1
  holidays: readonly HolidayDay[];
}

/** A weekday of a teaching week whose classes are held on the day asked about. */
export interface ClassDay {
  week: number;
  weekday: number; // 1 = Monday ... 7 = Sunday
}

export interface DayPlan {
  date: string;
  /** The day's own week and weekday (0 before the semester starts). */
  week: number;
  weekday: number;
  /** Whose classes are held that day: its own (unless a holiday), then those moved to it. */
  held: ClassDay[];
  /** The holiday the day is, if any. */
  holiday: HolidayDay | undefined;
  /** Holidays whose classes are held that day instead. */
  makeupFor: HolidayDay[];
}

const DAY = 86_400_000;
const ymd = /^\d{4}-\d{2}-\d{2}$/;

export function parseDay(s: string): number | undefined {
  if (!ymd.test(s)) return undefined;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s ? undefined : t;
}

const isoWeekday = (t: number) => ((new Date(t).getUTCDay() + 6) % 7) + 1;
const formatDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The date of weekday `weekday` in week `week` (the inverse of weekOfDate). */
export function dateOfClassDay(start: string, week: number, weekday: number): string {
  const s = parseDay(start) ?? 0;
  return formatDay(s + (7 * (week - 1) + ((weekday - isoWeekday(s) + 7) % 7)) * DAY);
}

/** The teaching week and weekday a date is (week 0 or less: before the semester). */
export function weekOfDate(start: string, date: string): ClassDay {
  const s = parseDay(start) ?? 0;
  const d = parseDay(date) ?? 0;
  const weekday = isoWeekday(d);
  const offset = (weekday - isoWeekday(s) + 7) % 7;
  return { week: Math.floor((d - s - offset * DAY) / (7 * DAY)) + 1, weekday };
}

export function dayPlan(semester: SemesterDays, date: string): DayPlan {
  const own = weekOfDate(semester.start, date);
  const holiday = semester.holidays.find((h) => h.date === date);
  const makeupFor = semester.holidays.filter((h) => h.makeupDate === date && h.date !== date);
  const held: ClassDay[] = [];
  if (!holiday && own.week >= 1) held.push(own);
  for (const h of makeupFor) {
    const moved = weekOfDate(semester.start, h.date);
    if (moved.week >= 1) held.push(moved);
  }
  return { date, week: Math.max(own.week, 0), weekday: own.weekday, held, holiday, makeupFor };
}
