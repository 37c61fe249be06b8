// Calendar events from a timetable: one event per class occurrence. Dates follow the semester:
// week 1 starts on the semester's start date, so weekday w of week n is the first day with that
// weekday on or after start + 7(n-1). Holidays drop their day's classes; a holiday with a
// makeup date moves that day's classes there. Pure: no clock, no I/O.
import { createHash } from 'node:crypto';
import type { LessonSlot } from '../kit/config.ts';

export interface SemesterInfo {
  name: string;
  start: string; // YYYY-MM-DD
  holidays: Array<{ date: string; name: string; makeupDate: string }>;
}

export interface CardInfo {
  code: string;
  courseName: string;
  weekday: number;
  firstPeriod: number;
  lastPeriod: number;
  weeks: number[];
  weekText: string;
  room: string;
  teachers: string[];
}

export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

export interface ClassEvent {
  uid: string;
  start: LocalDateTime;
  end: LocalDateTime;
  summary: string;
  location: string;
  description: string;
  week: number;
}

const DAY = 86_400_000;

function parseDate(s: string): number {
  const t = Date.parse(`${s}T00:00:00Z`);
  if (Number.isNaN(t)) throw new Error(`bad date ${JSON.stringify(s)}`);
  return t;
}

export function formatDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(t: number): number {
  return ((new Date(t).getUTCDay() + 6) % 7) + 1;
}

/** The date (YYYY-MM-DD) of weekday `weekday` (1-7) in week `week` (1-based). */
export function dateOf(start: string, week: number, weekday: number): string {
  const s = parseDate(start);
  return formatDate(s + (7 * (week - 1) + ((weekday - isoWeekday(s) + 7) % 7)) * DAY);
}

/** Periods → wall-clock times; slot i covers periods 2i+1 and 2i+2. */
export function periodTimes(
  slots: LessonSlot[],
  first: number,
  last: number,
): { start: string; end: string } {
  const a = slots[Math.ceil(first / 2) - 1];
  const b = slots[Math.ceil(last / 2) - 1];
  if (!a || !b)
    throw new Error(`periods ${first}-${last} are outside the ${slots.length} configured lesson slots`);
  return { start: a.start, end: b.end };
}

function at(date: string, hhmm: string): LocalDateTime {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = hhmm.split(':').map(Number) as [number, number];
  return { year: y, month: m, day: d, hour: h, minute: mi };
}

const weekdayNames = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** Whose timetable: a room's feed names the teachers in the title, the others the room. */
export type OwnerKind = 'student' | 'teacher' | 'room';

export function eventSummary(card: CardInfo, kind: OwnerKind): string {
  if (kind !== 'room') return `${card.courseName}@${card.room}`;
  return card.teachers.length ? `${card.courseName}（${card.teachers.join('、')}）` : card.courseName;
}

export function classEvents(
  semester: SemesterInfo,
  cards: CardInfo[],
  slots: LessonSlot[],
  kind: OwnerKind = 'student',
): ClassEvent[] {
  const holidays = new Map(semester.holidays.map((h) => [h.date, h]));
  const out: ClassEvent[] = [];
  for (const card of cards) {
    const time = periodTimes(slots, card.firstPeriod, card.lastPeriod);
    const teachers = card.teachers.join('、');
    for (const week of card.weeks) {
      const scheduled = dateOf(semester.start, week, card.weekday);
      const holiday = holidays.get(scheduled);
      if (holiday && !holiday.makeupDate) continue;
      const date = holiday ? holiday.makeupDate : scheduled;
      const uid = createHash('sha256')
        .update(`${semester.name}/${card.code}/${scheduled}`)
        .digest('hex')
        .slice(0, 32);
      const moved = holiday ? `\n${holiday.name}调课：原${scheduled}（${weekdayNames[card.weekday]}）` : '';
      out.push({
        uid: `${uid}@everyclass`,
        start: at(date, time.start),
        end: at(date, time.end),
        summary: eventSummary(card, kind),
        location: card.room,
        description: `第${week}周 ${weekdayNames[card.weekday]} 第${card.firstPeriod}-${card.lastPeriod}节\n${card.weekText}\n教师：${teachers || '未定'}${moved}`,
        week,
      });
    }
  }
  return out.sort((a, b) => compare(a.start, b.start) || a.uid.localeCompare(b.uid));
}

function compare(a: LocalDateTime, b: LocalDateTime): number {
  return a.year - b.year || a.month - b.month || a.day - b.day || a.hour - b.hour || a.minute - b.minute;
}
