// The calendar service and the entity service as real processes against FerretDB: tokens, the
// .ics feed parsed back by node-ical (an independent parser), odd/even weeks, holidays and a
// makeup day, VTIMEZONE, stable UIDs, conditional requests, invalidation on a data change.

import assert from 'node:assert/strict';
import ical, { type VEvent } from 'node-ical';
import { everyclass } from '../../../proto/generated/everyclass.js';
import { CalendarService, EntityService } from '../../../proto/generated/services.ts';
import { TwirpClient, TwirpError } from '../../../services/kit/twirp/client.ts';
import { useStore } from '../../support/localenv.ts';
import { post, type RunningService, startService, waitForDataVersion } from './support.ts';

const epb = everyclass.entity.v1;

// Week 1 starts Monday 2026-09-07. Thursday of week 4 is 2026-10-01 (a holiday); Tuesday of
// week 5 is 2026-10-06 (a holiday); Wednesday of week 5, 2026-10-07, moves to Saturday 10-10.
const semester = {
  name: '2026-2027-1',
  start: '2026-09-07',
  holidays: [
    { date: '2026-10-01', name: '国庆节' },
    { date: '2026-10-06', name: '国庆节' },
    { date: '2026-10-07', name: '国庆节', makeup_date: '2026-10-10' },
  ],
};
const importDoc = {
  semester,
  students: [
    {
      code: '3901160407',
      name: '王小明',
      klass: '软件工程1601',
      major: '软件工程',
      department: '软件学院',
      year: 2016,
    },
  ],
  teachers: [{ code: 'T1', name: '张三', title: '教授', department: '软件学院' }],
  rooms: [{ code: 'A-101', name: 'A座101', building: 'A座', campus: '校本部', capacity: 100 }],
  cards: [
    {
      code: 'weekly',
      course_code: 'C1',
      course_name: '数据结构',
      lesson: '40304',
      weeks: '1-16周',
      room_code: 'A-101',
      teacher_codes: ['T1'],
    },
    {
      code: 'odd',
      course_code: 'C2',
      course_name: '操作系统',
      lesson: '20102',
      weeks: '1-15单周',
      room_code: 'A-101',
      teacher_codes: ['T1'],
    },
    {
      code: 'even',
      course_code: 'C3',
      course_name: '编译原理',
      lesson: '10506',
      weeks: '2-16双周',
      room_code: 'A-101',
      teacher_codes: ['T1'],
    },
    {
      code: 'once',
      course_code: 'C4',
      course_name: '形势与政策',
      lesson: '30910',
      weeks: '5周',
      room_code: 'A-101',
      teacher_codes: ['T1'],
    },
  ],
  enrollments: ['weekly', 'odd', 'even', 'once'].map((card_code) => ({
    student_code: '3901160407',
    card_code,
  })),
};

describe('calendar service (real processes, FerretDB)', function () {
  this.timeout(120_000);
  let entity: RunningService;
  let calendar: RunningService;
  let entityJson: TwirpClient<typeof EntityService>;
  let tokens: TwirpClient<typeof CalendarService>;
  let studentId: string;
  let path: string;

  before(async () => {
    const store = await useStore();
    entity = await startService('entity', { MONGO_URL: `${store.url}/calendar_it_entity_${process.pid}` });
    calendar = await startService('calendar', {
      ENTITY_URL: entity.url,
      MONGO_URL: `${store.url}/calendar_it_tokens_${process.pid}`,
      VERSION_TTL_MS: '0',
    });
    entityJson = new TwirpClient(entity.url, EntityService, { format: 'json' });
    tokens = new TwirpClient(calendar.url, CalendarService, { format: 'json' });
    const res = await post(
      `${entity.url}/twirp/everyclass.entity.v1.Entity/ImportSemester`,
      JSON.stringify(importDoc),
      {
        'content-type': 'application/json',
      },
    );
    assert.equal(res.status, 200, res.body.toString());
    await waitForDataVersion(entity.url, String(res.json().data_version));
    const found = await entityJson.call('Search', {
      query: '3901160407',
      kinds: [epb.Kind.STUDENT],
    });
    studentId = found.groups[0]!.items![0]!.id!;
    const grant = await tokens.call('CreateToken', { studentId, semester: semester.name });
    path = grant.path;
    assert.match(path, /^\/calendar\/ics\/[A-Za-z0-9_-]+\.ics$/);
  });
  after(async () => {
    await calendar?.stop();
    await entity?.stop();
  });

  const get = (p: string, headers: Record<string, string> = {}) => fetch(`${calendar.url}${p}`, { headers });
  const events = (text: string) =>
    Object.values(ical.sync.parseICS(text))
      .filter((c): c is VEvent => c?.type === 'VEVENT')
      .sort((a, b) => a.start.getTime() - b.start.getTime());
  /** Shanghai wall-clock date and time of an instant. */
  const local = (d: Date) =>
    new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

  it('CreateToken returns the same token for the same student and semester', async () => {
    const again = await tokens.call('CreateToken', { studentId, semester: semester.name });
    assert.equal(again.path, path);
  });

  it('serves an RFC 5545 calendar that node-ical reads back', async () => {
    const res = await get(path);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
    const text = await res.text();
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /X-WR-CALNAME:王小明的2026-2027-1课表/);
    assert.match(text, /BEGIN:VTIMEZONE\r\nTZID:Asia\/Shanghai/);
    assert.match(text, /DTSTART;TZID=Asia\/Shanghai:/);
    assert.ok(!text.includes('BEGIN:VALARM'), 'no alarms');
    const all = events(text);
    // weekly: 16 Thursdays minus 10-01 = 15; odd: 8 Tuesdays minus 10-06 = 7; even: 8; once: 1 (moved)
    assert.equal(all.length, 15 + 7 + 8 + 1);
    assert.equal(new Set(all.map((e) => e.uid)).size, all.length, 'one UID per event');
  });

  it('puts odd and even weeks, holidays and the makeup day on the right local dates and times', async () => {
    const all = events(await (await get(path)).text());
    const of = (summary: string) => all.filter((e) => e.summary === summary);
    const odd = of('操作系统@A座101').map((e) => local(e.start));
    // weeks 1, 3, 7, 9, 11, 13, 15: week 5 falls on the 10-06 holiday
    assert.deepEqual(odd, [
      '2026-09-08 08:00',
      '2026-09-22 08:00',
      '2026-10-20 08:00',
      '2026-11-03 08:00',
      '2026-11-17 08:00',
      '2026-12-01 08:00',
      '2026-12-15 08:00',
    ]);
    const even = of('编译原理@A座101').map((e) => local(e.start));
    assert.equal(even.length, 8);
    assert.equal(even[0], '2026-09-14 14:00');
    assert.equal(even[7], '2026-12-21 14:00');
    assert.ok(
      even.every((d) => new Date(`${d.slice(0, 10)}T00:00:00Z`).getUTCDay() === 1),
      'all on Mondays',
    );
    const weekly = of('数据结构@A座101');
    assert.ok(!weekly.some((e) => local(e.start).startsWith('2026-10-01')));
    assert.equal(local(weekly[0]!.end!), '2026-09-10 11:40');
    const [once] = of('形势与政策@A座101');
    assert.equal(local(once!.start), '2026-10-10 19:00', 'moved from Wednesday 10-07 to the makeup Saturday');
    assert.equal(once!.location, 'A座101');
    assert.match(String(once!.description), /5周/);
    assert.match(String(once!.description), /张三/);
  });

  it('answers 304 to If-None-Match and If-Modified-Since, and serves repeats from the cache', async () => {
    const first = await get(path);
    const body = await first.text();
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    assert.ok(etag && lastModified);
    const again = await get(path);
    assert.equal(await again.text(), body, 'byte-identical');
    assert.equal(again.headers.get('x-calendar-cache'), 'hit');
    const byTag = await get(path, { 'if-none-match': etag });
    assert.equal(byTag.status, 304);
    assert.equal((await byTag.arrayBuffer()).byteLength, 0);
    const weak = await get(path, { 'if-none-match': `"other", W/${etag}` });
    assert.equal(weak.status, 304);
    const byDate = await get(path, { 'if-modified-since': lastModified });
    assert.equal(byDate.status, 304);
    const stale = await get(path, { 'if-none-match': '"something-else"' });
    assert.equal(stale.status, 200);
  });

  it('keeps UIDs stable and changes the ETag when the data changes', async () => {
    const before = await get(path);
    const etag = before.headers.get('etag')!;
    const uids = events(await before.text()).map((e) => e.uid);
    const changed = { semester, rooms: [{ ...importDoc.rooms[0]!, name: 'A座101（多媒体）' }] };
    const res = await post(
      `${entity.url}/twirp/everyclass.entity.v1.Entity/ImportSemester`,
      JSON.stringify(changed),
      {
        'content-type': 'application/json',
      },
    );
    assert.equal(res.status, 200);
    await waitForDataVersion(entity.url, String(res.json().data_version));
    const after = await get(path, { 'if-none-match': etag });
    assert.equal(after.status, 200, 'the old ETag no longer matches');
    assert.notEqual(after.headers.get('etag'), etag);
    const text = await after.text();
    assert.ok(text.includes('A座101（多媒体）'));
    assert.deepEqual(
      events(text).map((e) => e.uid),
      uids,
    );
  });

  it('answers unknown, malformed and revoked tokens with the same 404', async () => {
    const unknown = await get('/calendar/ics/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics');
    const malformed = await get('/calendar/ics/..%2F..%2Fetc.ics');
    assert.equal(unknown.status, 404);
    assert.equal(malformed.status, 404);
    const a = await unknown.text();
    assert.equal(await malformed.text(), a);

    const grant = await tokens.call('CreateToken', { studentId, semester: '2026-2027-1' });
    await tokens.call('RevokeToken', { token: grant.token });
    const revoked = await get(grant.path);
    assert.equal(revoked.status, 404);
    assert.equal(await revoked.text(), a, 'nothing tells a revoked token from one that never existed');
    assert.deepEqual(JSON.parse(a), {
      code: 'not_found',
      msg: 'no such calendar',
      meta: { everyclass_code: 'not_found' },
    });
  });

  it('refuses tokens for a tampered student id, and shadow writes', async () => {
    const tampered = studentId.slice(0, 8) + (studentId[8] === 'A' ? 'B' : 'A') + studentId.slice(9);
    await assert.rejects(
      tokens.call('CreateToken', { studentId: tampered, semester: '2026-2027-1' }),
      (err: unknown) => err instanceof TwirpError && err.code === 'not_found',
    );
    const res = await post(
      `${calendar.url}/twirp/everyclass.calendar.v1.Calendar/CreateToken`,
      JSON.stringify({ student_id: studentId, semester: '2026-2027-1' }),
      {
        'content-type': 'application/json',
        'x-everyclass-shadow': '1',
      },
    );
    assert.equal(res.status, 412);
    assert.equal(res.json().code, 'failed_precondition');
  });

  it('reports readiness of its dependencies', async () => {
    const res = await get('/readyz');
    assert.equal(res.status, 200);
    // Tokens in MongoDB (MONGO_URL, no IDENTITY_URL): the store is checked as mongo.
    assert.deepEqual(((await res.json()) as { checks: Record<string, string> }).checks, {
      mongo: 'ok',
      entity: 'ok',
    });
  });
});
