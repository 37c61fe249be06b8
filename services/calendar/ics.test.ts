import assert from 'node:assert/strict';
import ical, { type VEvent } from 'node-ical';
import { renderIcs } from './ics.ts';
import { vtimezone } from './vtimezone.ts';

describe('ics rendering', () => {
  const doc = {
    name: '王小明的2026-2027-1课表',
    description: 'EveryClass',
    stamp: new Date('2026-08-01T00:00:00Z'),
    timezone: 'Asia/Shanghai',
    events: [
      {
        uid: 'abc@everyclass',
        start: { year: 2026, month: 9, day: 7, hour: 8, minute: 0 },
        end: { year: 2026, month: 9, day: 7, hour: 9, minute: 40 },
        summary: '高等数学@A-101',
        location: 'A-101',
        description: '1-16周\n教师：张三',
        week: 1,
      },
    ],
  };

  it('writes Asia/Shanghai local times with a VTIMEZONE, no alarms', () => {
    const text = renderIcs(doc);
    assert.ok(text.includes(`${vtimezone('Asia/Shanghai', 2026, 2026)}\r\n`));
    assert.match(text, /DTSTART;TZID=Asia\/Shanghai:20260907T080000/);
    assert.match(text, /DTSTAMP:20260801T000000Z/);
    assert.match(text, /X-WR-CALNAME:王小明的2026-2027-1课表/);
    assert.ok(!text.includes('VALARM'));
    assert.ok(text.indexOf('BEGIN:VTIMEZONE') < text.indexOf('BEGIN:VEVENT'));
  });

  it('is parsed back by node-ical to the right instant', () => {
    const parsed = ical.sync.parseICS(renderIcs(doc));
    const events = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
    assert.equal(events.length, 1);
    const e = events[0]!;
    assert.equal(e.uid, 'abc@everyclass');
    assert.equal(e.start.toISOString(), '2026-09-07T00:00:00.000Z'); // 08:00 +08:00
    assert.equal(e.end!.toISOString(), '2026-09-07T01:40:00.000Z');
    assert.equal(e.summary, '高等数学@A-101');
  });

  it('follows the configured zone (APP_CONFIG timezone): its TZID and its VTIMEZONE, summer and winter', () => {
    const at = (month: number, day: number) => ({ year: 2026, month, day, hour: 8, minute: 0 });
    const berlin = {
      ...doc,
      timezone: 'Europe/Berlin',
      events: [
        {
          ...doc.events[0]!,
          uid: 'summer@everyclass',
          start: at(9, 7),
          end: { ...at(9, 7), hour: 9, minute: 40 },
        },
        {
          ...doc.events[0]!,
          uid: 'winter@everyclass',
          start: at(11, 9),
          end: { ...at(11, 9), hour: 9, minute: 40 },
        },
      ],
    };
    const text = renderIcs(berlin);
    assert.match(text, /DTSTART;TZID=Europe\/Berlin:20260907T080000/);
    assert.match(text, /X-WR-TIMEZONE:Europe\/Berlin/);
    assert.ok(!text.includes('Asia/Shanghai'), 'nothing of the default zone is left');
    assert.ok(text.includes(vtimezone('Europe/Berlin', 2026, 2026)));
    const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
    const starts = Object.fromEntries(events.map((e) => [e.uid, e.start.toISOString()]));
    assert.deepEqual(starts, {
      'summer@everyclass': '2026-09-07T06:00:00.000Z', // 08:00 CEST, +02:00
      'winter@everyclass': '2026-11-09T07:00:00.000Z', // 08:00 CET, +01:00
    });
  });

  it('is deterministic', () => {
    assert.equal(renderIcs(doc), renderIcs(doc));
  });

  it('is valid with no events', () => {
    const text = renderIcs({ ...doc, events: [] });
    assert.ok(text.includes('BEGIN:VTIMEZONE'));
    assert.ok(text.trimEnd().endsWith('END:VCALENDAR'));
  });
});
