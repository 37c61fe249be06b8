// The longest gap between two runs of a CronJob schedule: how old a backup may be before a run
// was missed (everyclass_backup_schedule_interval_seconds). The schedule is read as Kubernetes
// reads it (robfig/cron's standard parser): minute hour day-of-month month day-of-week, `*` `?`
// ranges, steps, lists, month and weekday names, the @hourly … @yearly descriptors and @every.
// Computed on the calendar itself, daylight-saving shifts aside (one hour at most).

const minutesPerDay = 24 * 60;

interface Field {
  values: Set<number>;
  /** `*` or `?` without a step > 1: robfig then ANDs day-of-month and day-of-week (else ORs them). */
  star: boolean;
}

const bounds = {
  minute: [0, 59],
  hour: [0, 23],
  dom: [1, 31],
  month: [1, 12],
  dow: [0, 6],
} as const;
const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const dowNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const descriptors: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

function number(raw: string, names: readonly string[], offset: number): number {
  const i = names.indexOf(raw.toLowerCase());
  if (i >= 0) return i + offset;
  if (!/^\d+$/.test(raw)) throw new Error(`${JSON.stringify(raw)} is not a number`);
  return Number(raw);
}

function parseField(
  raw: string,
  [min, max]: readonly [number, number],
  names: readonly string[] = [],
): Field {
  const values = new Set<number>();
  let star = false;
  for (const part of raw.split(',')) {
    const [range = '', stepRaw] = part.split('/');
    const step = stepRaw === undefined ? 1 : number(stepRaw, [], 0);
    let [lo, hi] = [min, max];
    if (range === '*' || range === '?') star ||= step === 1;
    else {
      const [a = '', b] = range.split('-');
      lo = number(a, names, min);
      // "N/step" means N-max/step, as in robfig/cron.
      hi = b !== undefined ? number(b, names, min) : stepRaw !== undefined ? max : lo;
    }
    if (step < 1 || lo < min || hi > max || lo > hi)
      throw new Error(`${JSON.stringify(part)} is out of range`);
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return { values, star };
}

/** Seconds of a Go duration as @every takes it (e.g. 1h30m, 90m, 45s). */
function goDuration(raw: string): number | undefined {
  const units: Record<string, number> = { h: 3600, m: 60, s: 1 };
  const parts = [...raw.matchAll(/(\d+(?:\.\d+)?)(h|m|s)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== raw) return undefined;
  const seconds = parts.reduce((sum, p) => sum + Number(p[1]) * (units[p[2] ?? ''] ?? 0), 0);
  return seconds > 0 ? seconds : undefined;
}

/** The schedule's days and times of day, or an error saying why it is none. */
function parseSchedule(schedule: string) {
  const text = descriptors[schedule.trim().toLowerCase()] ?? schedule.trim();
  const f = text.split(/\s+/);
  if (f.length !== 5) throw new Error(`${JSON.stringify(schedule)} has ${f.length} fields, not 5`);
  const minute = parseField(f[0] ?? '', bounds.minute);
  const hour = parseField(f[1] ?? '', bounds.hour);
  const dom = parseField(f[2] ?? '', bounds.dom);
  const month = parseField(f[3] ?? '', bounds.month, monthNames);
  const dow = parseField(f[4] ?? '', bounds.dow, dowNames);
  const times = [...hour.values]
    .flatMap((h) => [...minute.values].map((m) => h * 60 + m))
    .sort((a, b) => a - b);
  const runsOn = (day: Date): boolean => {
    if (!month.values.has(day.getUTCMonth() + 1)) return false;
    const d = dom.values.has(day.getUTCDate());
    const w = dow.values.has(day.getUTCDay());
    return dom.star || dow.star ? d && w : d || w;
  };
  return { times, runsOn };
}

// Weekdays and leap years repeat every 28 years between 1901 and 2099; 32 years from 2001 see every
// gap of that cycle, the one across its end included (Feb 29 only: 4 years).
const scanFrom = Date.UTC(2001, 0, 1);
const scanDays = Math.round((Date.UTC(2033, 0, 1) - scanFrom) / 86_400_000);

const memo = new Map<string, number | undefined>();

/**
 * The longest gap between two consecutive runs of `schedule`, in seconds; undefined when it is no
 * schedule or never runs (e.g. `0 0 30 2 *`). Memoized: a scrape asks again for the same strings.
 */
export function longestGapSeconds(schedule: string): number | undefined {
  if (memo.has(schedule)) return memo.get(schedule);
  let gap: number | undefined;
  const every = /^@every\s+(\S+)$/i.exec(schedule.trim());
  if (every) gap = goDuration(every[1] ?? '');
  else
    try {
      gap = scan(parseSchedule(schedule));
    } catch {
      gap = undefined;
    }
  if (memo.size > 1000) memo.clear();
  memo.set(schedule, gap);
  return gap;
}

function scan({ times, runsOn }: ReturnType<typeof parseSchedule>): number | undefined {
  const first = times[0];
  const last = times.at(-1);
  if (first === undefined || last === undefined) return undefined;
  let within = 0;
  for (let i = 1; i < times.length; i++) within = Math.max(within, (times[i] ?? 0) - (times[i - 1] ?? 0));
  let longest = 0;
  let previous: number | undefined;
  for (let d = 0; d < scanDays; d++) {
    if (!runsOn(new Date(scanFrom + d * 86_400_000))) continue;
    if (previous !== undefined)
      longest = Math.max(longest, (d - previous) * minutesPerDay - last + first, within);
    previous = d;
  }
  return longest > 0 ? longest * 60 : undefined;
}
