// The multi-person schedule (多人日程): for a chosen week, which slots each person is busy in,
// who is unknown (a timetable the viewer may not see: never their classes), and the slots in
// which everyone is free. People travel in the URL (`p=s.<id>` or `p=t.<id>`), so the page's
// address is the shareable link. Pure: no I/O.
import type { LessonSlot } from '../kit/config.ts';
import type { Placeable } from './timetable.ts';

export const MAX_PEOPLE = 10;
export type PersonKind = 'student' | 'teacher';
const letters: Record<string, PersonKind> = { s: 'student', t: 'teacher' };

export interface PersonRef {
  kind: PersonKind;
  id: string;
}

/** The people named by `p` parameters, deduplicated, at most MAX_PEOPLE; malformed ones dropped. */
export function parsePeople(values: string | string[] | undefined): PersonRef[] {
  const list = typeof values === 'string' ? [values] : (values ?? []);
  const out: PersonRef[] = [];
  for (const v of list) {
    const m = /^([st])\.([A-Za-z0-9_-]{1,200})$/.exec(v);
    const kind = m ? letters[m[1] ?? ''] : undefined;
    if (!m || !kind || out.some((p) => p.id === m[2])) continue;
    out.push({ kind, id: m[2] ?? '' });
    if (out.length === MAX_PEOPLE) break;
  }
  return out;
}

export const personParam = (p: PersonRef): string => `${p.kind === 'student' ? 's' : 't'}.${p.id}`;

export interface Person<C extends Placeable = Placeable> {
  ref: PersonRef;
  name: string;
  /** undefined: the viewer may not see this timetable ("unknown"). */
  cards: C[] | undefined;
}

export interface Cell {
  busy: string[]; // names
  unknown: string[];
  free: boolean; // everyone known to be free
}

export interface FreeBusy {
  days: number[];
  rows: Array<{ slot: LessonSlot; firstPeriod: number; lastPeriod: number; cells: Cell[] }>;
}

const holds = (c: Placeable, week: number, day: number, first: number, last: number) =>
  c.weekday === day &&
  (c.weeks ?? []).includes(week) &&
  (c.firstPeriod ?? 0) <= last &&
  (c.lastPeriod ?? 0) >= first;

/** Weekday × slot cells of one week: Monday to Friday, plus the weekend when someone has class then. */
export function freeBusy(people: Person[], slots: LessonSlot[], week: number): FreeBusy {
  const days = [1, 2, 3, 4, 5];
  for (const d of [6, 7])
    if (people.some((p) => p.cards?.some((c) => c.weekday === d && (c.weeks ?? []).includes(week))))
      days.push(d);
  const rows = slots.map((slot, i) => {
    const firstPeriod = 2 * i + 1;
    const lastPeriod = 2 * i + 2;
    const cells = days.map((d) => {
      const busy = people
        .filter((p) => p.cards?.some((c) => holds(c, week, d, firstPeriod, lastPeriod)))
        .map((p) => p.name);
      const unknown = people.filter((p) => p.cards === undefined).map((p) => p.name);
      return { busy, unknown, free: people.length > 0 && busy.length === 0 && unknown.length === 0 };
    });
    return { slot, firstPeriod, lastPeriod, cells };
  });
  return { days, rows };
}
