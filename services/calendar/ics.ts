// RFC 5545 text of a timetable via ical-generator: times in Asia/Shanghai with its VTIMEZONE
// block (Outlook and others need it), stable UIDs, no alarms. Deterministic: the same events
// and stamp give the same bytes, so ETags stay valid across regenerations.
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { ClassEvent, LocalDateTime } from './events.ts';

export const TIMEZONE = 'Asia/Shanghai';

/** China has kept UTC+8 without daylight saving since 1991: one STANDARD rule describes it. */
export const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIMEZONE}`,
  `X-LIC-LOCATION:${TIMEZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface CalendarDoc {
  name: string; // X-WR-CALNAME
  description: string;
  events: ClassEvent[];
  /** DTSTAMP of every event: when the data last changed. */
  stamp: Date;
}

/**
 * ical-generator prints an event's date with the event's TZID from the Date's *local* fields, so
 * the wall-clock time goes in as local fields and comes out unchanged, whatever the process's
 * own zone (class slots never fall into a daylight-saving gap). Converting through a real zone
 * (@date-fns/tz) cost 40% of a cold feed for the same output.
 */
const local = (t: LocalDateTime) => new Date(t.year, t.month - 1, t.day, t.hour, t.minute, 0);

export function renderIcs(doc: CalendarDoc): string {
  const cal = ical({
    name: doc.name,
    description: doc.description,
    prodId: { company: 'EveryClass', product: '每课', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  cal.x('X-WR-TIMEZONE', TIMEZONE);
  for (const e of doc.events) {
    cal.createEvent({
      id: e.uid,
      timezone: TIMEZONE,
      start: local(e.start),
      end: local(e.end),
      stamp: doc.stamp,
      summary: e.summary,
      location: e.location,
      description: e.description,
    });
  }
  // ical-generator writes a VTIMEZONE only when the calendar itself has a time zone, which
  // would also format DTSTAMP in the process's local zone; so the block is placed here.
  const text = cal.toString();
  const at = text.indexOf('BEGIN:VEVENT');
  const end = at >= 0 ? at : text.lastIndexOf('END:VCALENDAR');
  return `${text.slice(0, end)}${VTIMEZONE}\r\n${text.slice(end)}`;
}
