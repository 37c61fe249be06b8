// Pure helpers of the pages: which week it is, the weekday × slot grid of a timetable, who may
// see a student's timetable, and how a hidden classmate's name is shown.
import type { LessonSlot } from '../kit/config.ts';

/** What the grid needs of a card (the entity Card message fits). */
export interface Placeable {
  weekday?: number | null;
  firstPeriod?: number | null;
  lastPeriod?: number | null;
  weeks?: number[] | null;
}

export interface SemesterSpan {
  name: string;
  start: string; // YYYY-MM-DD, the first day of week 1
  weeks: number;
}

const DAY = 86_400_000;

export { schoolDate } from '../kit/dates.ts';

/** The teaching week `date` falls in (1-based), or undefined outside the semester. */
export function weekOf(s: SemesterSpan, date: string): number | undefined {
  const days = Math.floor((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${s.start}T00:00:00Z`)) / DAY);
  if (!Number.isFinite(days) || days < 0) return undefined;
  const week = Math.floor(days / 7) + 1;
  return week <= s.weeks ? week : undefined;
}

/** The semester to show by default: the one running today, else the latest that has begun, else the first. */
export function defaultSemester<S extends SemesterSpan>(semesters: S[], date: string): S | undefined {
  const sorted = [...semesters].sort((a, b) => a.start.localeCompare(b.start));
  const running = sorted.find((s) => weekOf(s, date) !== undefined);
  if (running) return running;
  const begun = sorted.filter((s) => s.start <= date);
  return begun[begun.length - 1] ?? sorted[0];
}

export interface GridRow<C> {
  slot: LessonSlot;
  firstPeriod: number;
  lastPeriod: number;
  /** One list of cards per shown weekday (same order as `days`). */
  cells: C[][];
}

export interface Grid<C> {
  days: number[];
  rows: GridRow<C>[];
  /** Cards in periods no slot covers. */
  other: C[];
}

/**
 * Lays cards out by weekday (Monday to Friday, plus the weekend when used) and slot (slot i
 * covers periods 2i+1 and 2i+2). With a week, only cards held in that week are placed.
 */
export function buildGrid<C extends Placeable>(cards: C[], slots: LessonSlot[], week?: number): Grid<C> {
  const shown = week ? cards.filter((c) => c.weeks?.includes(week)) : cards;
  const days = [1, 2, 3, 4, 5];
  for (const d of [6, 7]) if (shown.some((c) => c.weekday === d)) days.push(d);
  const rows: GridRow<C>[] = slots.map((slot, i) => ({
    slot,
    firstPeriod: 2 * i + 1,
    lastPeriod: 2 * i + 2,
    cells: days.map(() => []),
  }));
  const other: C[] = [];
  for (const c of shown) {
    const col = days.indexOf(c.weekday ?? 0);
    const first = c.firstPeriod ?? 0;
    const last = c.lastPeriod ?? 0;
    let placed = false;
    for (const row of rows) {
      if (col >= 0 && first <= row.lastPeriod && last >= row.firstPeriod) {
        row.cells[col]?.push(c);
        placed = true;
      }
    }
    if (!placed) other.push(c);
  }
  return { days, rows, other };
}

export type PrivacyLevel = 0 | 1 | 2;

/** 0: anyone; 1: logged-in students; 2: only the student. */
export function canSee(level: PrivacyLevel, owner: string, viewer: string | undefined): boolean {
  if (viewer !== undefined && viewer === owner) return true;
  if (level === 0) return true;
  return level === 1 && viewer !== undefined;
}
