// Feeds of other people's timetables, parsed back by an independent iCalendar parser (ical.js):
// a hidden grant answers the explanation calendar, and a visible one the classes again at the
// next fetch; teacher feeds name the room, room feeds the teachers.
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { everyclass } from '../../proto/generated/everyclass.js';
import { defaultAppConfig } from '../kit/config.ts';
import { CalendarCache } from './cache.ts';
import type { EntityApi } from './entity-client.ts';
import { Feed } from './feed.ts';
import { HIDDEN_SUMMARY } from './hidden.ts';
import type { TokenGrant, TokenStore } from './tokens.ts';

const pb = everyclass.entity.v1;
const TOKEN = 'f'.repeat(120);

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return {
    name: String(cal.getFirstPropertyValue('x-wr-calname')),
    events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)),
  };
}

describe('calendar: feeds of any timetable (parsed by ical.js)', () => {
  let grant: TokenGrant = { token: TOKEN, studentId: 'teacher-1', semester: '2026-2027-1', hidden: false };
  let kind = 'TEACHER';
  const tokens: TokenStore = {
    create: async () => grant,
    resolve: async (t) => (t === TOKEN ? grant : undefined),
    revoke: async () => {},
    ping: async () => {},
    close: async () => {},
  };
  const entity: EntityApi = {
    getDataVersion: async () => ({ version: 'v1', updatedAt: '2026-09-01T00:00:00.000Z' }),
    getTimetable: async (id, semester) =>
      pb.Timetable.fromObject({
        owner: { kind, id, name: kind === 'ROOM' ? 'A座101' : '韩梅梅' },
        semester: { name: semester, start: '2026-09-07', holidays: [] },
        dataVersion: 'v1',
        cards: [
          {
            code: 'c1',
            courseName: '线性代数',
            weekday: 2,
            firstPeriod: 1,
            lastPeriod: 2,
            weeks: [1, 2],
            weekText: '1-2周',
            room: { code: 'A-101', name: 'A座101' },
            teachers: [{ name: '韩梅梅' }, { name: '李雷' }],
          },
        ],
      }),
  };
  const feed = new Feed({
    entity,
    tokens,
    cache: new CalendarCache(1 << 20),
    app: defaultAppConfig,
    versionTtlMs: 0,
    now: () => Date.parse('2026-10-08T04:00:00Z'),
  });
  const fetchIcs = async () => {
    const a = await feed.serve(`${TOKEN}.ics`, {});
    assert.equal(a.status, 200);
    return { etag: a.etag, ...parse(a.body!.body.toString('utf8')) };
  };

  it("a teacher's feed shows each class with its room", async () => {
    const f = await fetchIcs();
    assert.equal(f.name, '韩梅梅的2026-2027-1课表');
    assert.equal(f.events.length, 2);
    assert.equal(f.events[0]!.summary, '线性代数@A座101');
    assert.equal(f.events[0]!.location, 'A座101');
    assert.equal(f.events[0]!.startDate.toString(), '2026-09-08T08:00:00');
  });

  it("a room's feed shows each class with its teachers", async () => {
    kind = 'ROOM';
    grant = { ...grant, studentId: 'room-1' };
    const f = await fetchIcs();
    assert.equal(f.events[0]!.summary, '线性代数（韩梅梅、李雷）');
    assert.equal(f.events[0]!.location, 'A座101');
    kind = 'TEACHER';
  });

  it('a hidden feed is an empty calendar with one explanation event, until visible again', async () => {
    const shown = await fetchIcs();
    grant = { ...grant, hidden: true };
    const hidden = await fetchIcs();
    assert.notEqual(hidden.etag, shown.etag, 'a new ETag: clients fetch the change');
    assert.equal(hidden.events.length, 1);
    assert.equal(hidden.events[0]!.summary, HIDDEN_SUMMARY);
    assert.equal(
      hidden.events[0]!.startDate.toString().slice(0, 10),
      '2026-10-08',
      'today, in the school zone',
    );
    assert.doesNotMatch(hidden.name, /韩梅梅/, 'not even the name');
    const again = await feed.serve(`${TOKEN}.ics`, { ifNoneMatch: hidden.etag });
    assert.equal(again.status, 304);
    grant = { ...grant, hidden: false };
    const back = await fetchIcs();
    assert.equal(back.events.length, 2, 'the classes come back at the next fetch');
  });
});
