// The calendar a feed of someone else's timetable answers while its subscriber may not see it
// (the owner made it private, or revoked an accepted request): a valid calendar with no class
// and one explanation event today. Chosen over a 404 because a calendar app that gets an error
// keeps showing the classes it fetched before, while an empty calendar removes them at the next
// poll, and the event tells the subscriber why. Pure: the date comes in.
import { createHash } from 'node:crypto';
import type { ClassEvent } from './events.ts';
import { renderIcs } from './ics.ts';

export const HIDDEN_SUMMARY = '课表不可见 · Timetable not visible';
export const HIDDEN_DESCRIPTION =
  '课表的主人已将其设为不公开，或撤销了你的查看权限，课程不再显示；若重新可见，日历会在下次刷新时恢复。\n' +
  'The owner made this timetable private or withdrew your access, so its classes are no longer shown; ' +
  'they come back at the next refresh if it becomes visible again.';

/** The explanation calendar for `today` (YYYY-MM-DD in the school's zone). */
export function hiddenCalendar(token: string, today: string, timezone: string, stamp: Date): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const uid = createHash('sha256').update(`hidden/${token}`).digest('hex').slice(0, 32);
  const event: ClassEvent = {
    uid: `${uid}@everyclass`,
    start: { year, month, day, hour: 8, minute: 0 },
    end: { year, month, day, hour: 8, minute: 30 },
    summary: HIDDEN_SUMMARY,
    location: '',
    description: HIDDEN_DESCRIPTION,
    week: 0,
  };
  return renderIcs({
    name: '每课 · 课表不可见',
    // ical-generator does not escape line breaks in X-WR-CALDESC (ical.js refused the feed).
    description: HIDDEN_DESCRIPTION.replace('\n', ' '),
    events: [event],
    stamp,
    timezone,
  });
}
