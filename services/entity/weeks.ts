// Week lists as the timetable shows them: `1-16周`, `1-15单周`, `2-16双周`, `1-8,10-16周`.
// renderWeeks and parseWeeks are inverse: parseWeeks(renderWeeks(w)) is w (sorted, unique),
// and renderWeeks(parseWeeks(s)) is s for every string renderWeeks produces.

export const MAX_WEEK = 30;

/** Sorted, unique, positive whole weeks. */
export function normaliseWeeks(weeks: Iterable<number>): number[] {
  return [...new Set(weeks)].filter((w) => Number.isInteger(w) && w >= 1).sort((a, b) => a - b);
}

export function renderWeeks(input: Iterable<number>): string {
  const weeks = normaliseWeeks(input);
  if (weeks.length === 0) return '';
  const first = weeks[0]!;
  const last = weeks[weeks.length - 1]!;
  const stepTwo = weeks.length >= 2 && weeks.every((w, i) => w === first + 2 * i);
  if (stepTwo) return `${first}-${last}${first % 2 === 1 ? '单' : '双'}周`;
  const parts: string[] = [];
  let start = first;
  let prev = first;
  for (const w of [...weeks.slice(1), Number.NaN]) {
    if (w === prev + 1) {
      prev = w;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}-${prev}`);
    start = w;
    prev = w;
  }
  return `${parts.join(',')}周`;
}

export class WeekListError extends Error {
  constructor(text: string, why: string) {
    super(`bad week list ${JSON.stringify(text)}: ${why}`);
    this.name = 'WeekListError';
  }
}

/**
 * Parses a week list. Accepts what renderWeeks writes plus common variants: a parity mark per
 * part (`1-7单,10-16周`), full-width commas, `第` prefixes and spaces, with or without `周`.
 */
export function parseWeeks(text: string): number[] {
  let s = text
    .replace(/\s+/g, '')
    .replace(/[，、]/g, ',')
    .replace(/第/g, '');
  if (s.endsWith('周')) s = s.slice(0, -1);
  let parity: 'odd' | 'even' | undefined;
  if (s.endsWith('单') || s.endsWith('双')) {
    parity = s.endsWith('单') ? 'odd' : 'even';
    s = s.slice(0, -1);
    if (s.endsWith('周')) s = s.slice(0, -1);
  }
  if (s === '') throw new WeekListError(text, 'empty');
  const out: number[] = [];
  for (const part of s.split(',')) {
    const m = /^(\d+)(?:-(\d+))?(单|双)?(?:周)?$/.exec(part);
    if (!m) throw new WeekListError(text, `cannot read ${JSON.stringify(part)}`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a < 1 || b > MAX_WEEK || b < a)
      throw new WeekListError(text, `range ${part} is outside 1-${MAX_WEEK}`);
    const p = m[3] === '单' ? 'odd' : m[3] === '双' ? 'even' : parity;
    for (let w = a; w <= b; w++) {
      if (p === 'odd' && w % 2 === 0) continue;
      if (p === 'even' && w % 2 === 1) continue;
      out.push(w);
    }
  }
  const weeks = normaliseWeeks(out);
  if (weeks.length === 0) throw new WeekListError(text, 'no week left');
  return weeks;
}
