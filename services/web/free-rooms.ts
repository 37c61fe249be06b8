// What "free rooms now" means to a student: today in the school's zone, the slot running now or
// the next one; after the day's last slot, tomorrow's first. Pure: the clock is passed in.
import type { LessonSlot } from '../kit/config.ts';

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The school's date (YYYY-MM-DD) and wall-clock time (HH:MM) at `now`. */
export function schoolClock(now: Date, timeZone: string): { date: string; time: string } {
  let f = clocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(timeZone, f);
  }
  const part = (type: string, parts: Intl.DateTimeFormatPart[]) => parts.find((p) => p.type === type)?.value;
  const parts = f.formatToParts(now);
  return {
    date: `${part('year', parts)}-${part('month', parts)}-${part('day', parts)}`,
    time: `${part('hour', parts)}:${part('minute', parts)}`,
  };
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The slot (0-based) running at `time` or the next one that day; none left: tomorrow's first. */
export function slotAt(slots: readonly LessonSlot[], time: string): { slot: number; tomorrow: boolean } {
  const i = slots.findIndex((s) => time < s.end);
  return i >= 0 ? { slot: i, tomorrow: false } : { slot: 0, tomorrow: true };
}

/** The day and slot free rooms are shown for when the student asks nothing. */
export function freeRoomsNow(
  now: Date,
  timeZone: string,
  slots: readonly LessonSlot[],
): { date: string; slot: number } {
  const clock = schoolClock(now, timeZone);
  const at = slotAt(slots, clock.time);
  return { date: at.tomorrow ? addDays(clock.date, 1) : clock.date, slot: at.slot };
}

/** Distinct non-empty values, sorted (the filters' options). */
export function choices(values: Iterable<string | null | undefined>): string[] {
  return [...new Set([...values].filter((v): v is string => !!v))].sort();
}
