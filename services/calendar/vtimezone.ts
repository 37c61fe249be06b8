// The VTIMEZONE block (RFC 5545 §3.6.5) of any IANA zone, from the zone rules Node's ICU carries:
// every offset change in the years a feed covers is listed as its own observance (no RRULE, so
// nothing depends on a client's idea of future rules). A zone without changes in those years
// (Asia/Shanghai since 1991) is one STANDARD observance. Pure and deterministic for one ICU.

const MINUTE = 60_000;
const DAY = 86_400_000;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const nameFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(cache: Map<string, Intl.DateTimeFormat>, zone: string, style: 'longOffset' | 'short') {
  let f = cache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style });
    cache.set(zone, f);
  }
  return f;
}

/** Minutes east of UTC in `zone` at instant `t`. */
export function offsetAt(zone: string, t: number): number {
  const name = formatter(offsetFormats, zone, 'longOffset')
    .formatToParts(t)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
  if (!m) throw new Error(`no UTC offset for ${zone}: ${name}`);
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The zone's abbreviation at `t` when ICU has a real one (EST, CEST), not a GMT±h stand-in. */
function abbreviation(zone: string, t: number): string | undefined {
  const name = formatter(nameFormats, zone, 'short')
    .formatToParts(t)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name && !/^(GMT|UTC)([+-]|$)/.test(name) ? name : undefined;
}

interface Transition {
  at: number; // the instant of the change (ms)
  from: number; // offset before, minutes
  to: number; // offset after, minutes
}

/** Offset changes in [start, end), each found to the minute. */
function transitions(zone: string, start: number, end: number): Transition[] {
  const out: Transition[] = [];
  let t = start;
  let off = offsetAt(zone, t);
  while (t < end) {
    const next = Math.min(t + DAY, end);
    const nextOff = offsetAt(zone, next);
    if (nextOff !== off) {
      // Bisect on whole minutes (start and end are midnights UTC): offset(lo) = off, offset(hi) = nextOff.
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offsetAt(zone, mid) === off) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: off, to: nextOff });
      off = nextOff;
    }
    t = next;
  }
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function utcOffset(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}${pad(a % 60)}`;
}

/** Local date-time (RFC 5545 form) of instant `t` at offset `minutes`. */
function localStamp(t: number, minutes: number): string {
  const d = new Date(t + minutes * MINUTE);
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

const blocks = new Map<string, string>();

/**
 * The VTIMEZONE of `zone` for events in the years `fromYear`..`toYear` (CRLF lines, no trailing
 * CRLF). The year before is scanned too, so the first event lies after a listed onset.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const key = `${zone} ${fromYear} ${toYear}`;
  const cached = blocks.get(key);
  if (cached) return cached;
  const start = Date.UTC(fromYear - 1, 0, 1);
  const changes = transitions(zone, start, Date.UTC(toYear + 1, 0, 1));
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', onset: string, from: number, to: number, at: number) => {
    const name = abbreviation(zone, at);
    return [
      `BEGIN:${kind}`,
      `TZOFFSETFROM:${utcOffset(from)}`,
      `TZOFFSETTO:${utcOffset(to)}`,
      ...(name ? [`TZNAME:${name}`] : []),
      `DTSTART:${onset}`,
      `END:${kind}`,
    ];
  };
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  if (changes.length === 0) {
    const off = offsetAt(zone, start);
    lines.push(...observance('STANDARD', '19700101T000000', off, off, start));
  } else {
    for (const c of changes)
      lines.push(
        ...observance(c.to > c.from ? 'DAYLIGHT' : 'STANDARD', localStamp(c.at, c.from), c.from, c.to, c.at),
      );
  }
  lines.push('END:VTIMEZONE');
  const text = lines.join('\r\n');
  blocks.set(key, text);
  return text;
}
