// Issue 15 items 1 and 3 through the real services (entity, identity, calendar, web on FerretDB):
// feeds of anyone's timetable parsed back by ical.js, the owner's privacy obeyed at the next
// fetch, and access requests (ask, accept, revoke; bounded per asker per day).
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { everyclass } from '../../proto/generated/everyclass.js';
import { registerStudent, type Stack, setPrivacyLevel, startStack, WebClient } from './web-stack.ts';

const E = everyclass.entity.v1;
const PASSWORD = 'Orange-kite-above-Xiang-river-7';
const HIDDEN = '课表不可见 · Timetable not visible';

/** The events of a feed, as an independent parser reads them. */
async function feedEvents(url: string): Promise<{ name: string; summaries: string[] }> {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  const cal = new ICAL.Component(ICAL.parse(await res.text()));
  return {
    name: String(cal.getFirstPropertyValue('x-wr-calname')),
    summaries: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary),
  };
}

const feedUrlOf = (body: string) => /<code class="url" id="feed-url">([^<]+)<\/code>/.exec(body)?.[1];

describe('web: feeds of any timetable and access requests (real processes)', function () {
  this.timeout(300_000);
  let stack: Stack;
  let semester: string;
  let owner: {
    code: string;
    id: string;
    courses: string[];
    teacher: string;
    room: string;
    teacherName: string;
  };
  let asker: { code: string };

  before(async () => {
    stack = await startStack({ scale: 0.01, seed: 31 });
    const sem = stack.data[0]!;
    semester = sem.semester!.name!;
    for (const s of sem.students!) {
      const r = await stack.entityClient.call('Search', {
        query: s.code!,
        kinds: [E.Kind.STUDENT],
      });
      const id = r.groups[0]!.items![0]!.id!;
      const tt = await stack.entityClient.call('GetTimetable', { id, semester });
      const card = tt.cards.find((c) => c.teachers?.length && c.room?.id);
      if (tt.cards.length < 2 || !card) continue;
      owner = {
        code: s.code!,
        id,
        courses: tt.cards.map((c) => c.courseName!),
        teacher: card.teachers![0]!.id!,
        teacherName: card.teachers![0]!.name!,
        room: card.room!.id!,
      };
      break;
    }
    assert.ok(owner, 'a student with classes');
    asker = { code: sem.students!.find((s) => s.code !== owner.code)!.code! };
  });

  after(async () => stack?.stop());

  it("subscribes anonymously to a teacher's and a room's timetable (class + room, class + teacher)", async () => {
    const c = new WebClient(stack.web.url);
    const teacherPage = await c.get(`/teacher/${owner.teacher}?semester=${semester}`);
    const link = /href="(\/subscribe\/teacher\/[^"]+)"/.exec(teacherPage.body)?.[1]?.replaceAll('&amp;', '&');
    assert.ok(link, 'a subscribe link on the teacher page');
    const teacherFeed = feedUrlOf((await c.get(link)).body) ?? '';
    assert.ok(teacherFeed.startsWith(`${stack.calendar.url}/calendar/ics/`), String(teacherFeed));
    assert.doesNotMatch(teacherFeed, new RegExp(owner.teacher), 'the link is a capability, not the id');
    const t = await feedEvents(teacherFeed);
    assert.equal(t.name, `${owner.teacherName}的${semester}课表`);
    assert.ok(t.summaries.length > 0 && t.summaries.every((s) => /@/.test(s)), 'class@room');

    const roomPage = await c.get(`/subscribe/room/${owner.room}?semester=${semester}`);
    assert.equal(roomPage.status, 200);
    const r = await feedEvents(feedUrlOf(roomPage.body)!);
    assert.ok(
      r.summaries.some((s) => s.includes(owner.teacherName)),
      'class（teacher）',
    );
    // A made-up token is the same 404 as any unknown one.
    const forged = teacherFeed.replace(/\/ics\/(.)/, (_m, ch: string) => `/ics/${ch === 'A' ? 'B' : 'A'}`);
    assert.equal((await fetch(forged)).status, 404);
  });

  it("obeys the owner's privacy at the next fetch of a feed of their timetable", async () => {
    const anon = new WebClient(stack.web.url);
    const feed = feedUrlOf((await anon.get(`/subscribe/student/${owner.id}?semester=${semester}`)).body);
    assert.ok(feed);
    const shown = await feedEvents(feed);
    assert.ok(owner.courses.every((course) => shown.summaries.some((s) => s.startsWith(course))));

    const me = new WebClient(stack.web.url);
    await registerStudent(stack, me, owner.code, PASSWORD);
    const loggedInFeed = feedUrlOf(
      (await new WebClient(stack.web.url).get(`/subscribe/student/${owner.id}`)).body,
    );
    assert.equal(loggedInFeed, feed, 'anonymous links are the same capability each time');
    await setPrivacyLevel(me, 2);
    const hidden = await feedEvents(feed);
    assert.deepEqual(hidden.summaries, [HIDDEN], 'an empty calendar with one explanation event');
    assert.equal((await anon.get(`/subscribe/student/${owner.id}`)).status, 403);
    await setPrivacyLevel(me, 1);
    assert.deepEqual((await feedEvents(feed)).summaries, [HIDDEN], 'level 1: not for anonymous feeds');
    await setPrivacyLevel(me, 0);
    assert.ok((await feedEvents(feed)).summaries.length > 1, 'public again: the classes come back');
    // Their own page offers their own, revocable link.
    const own = await me.get(`/subscribe/student/${owner.id}?semester=${semester}`);
    assert.equal(own.status, 303);
    assert.equal(own.location, `/calendar?semester=${semester}`);
  });

  it('lets a logged-in student ask, the owner accept and revoke; the feed follows', async () => {
    const me = new WebClient(stack.web.url);
    await me.get('/login');
    assert.equal((await me.post('/login', { code: owner.code, password: PASSWORD })).status, 303);
    await setPrivacyLevel(me, 2);
    const other = new WebClient(stack.web.url);
    await registerStudent(stack, other, asker.code, PASSWORD);
    const page = `/student/${owner.id}?semester=${semester}&week=0`;
    const hidden = await other.get(page);
    assert.equal(hidden.status, 403);
    assert.match(hidden.body, /action="\/access\/request"/);
    const asked = await other.post('/access/request', { owner: owner.id });
    assert.equal(asked.status, 303);
    assert.match((await other.get(asked.location!)).body, /等待对方同意/);

    const settings = await me.get('/settings');
    assert.match(settings.body, /id="access-requests"/);
    assert.match(settings.body, /等待处理/);
    const askerId = /name="asker" value="([\w-]+)"/.exec(settings.body)?.[1];
    assert.ok(askerId);
    assert.equal((await me.post('/settings/access', { asker: askerId, answer: 'accept' })).status, 303);
    const seen = await other.get(page);
    assert.equal(seen.status, 200, 'accepted: the timetable shows');
    assert.ok(seen.body.includes(owner.courses[0]!));
    const feed = feedUrlOf((await other.get(`/subscribe/student/${owner.id}?semester=${semester}`)).body);
    assert.ok(feed);
    assert.ok((await feedEvents(feed)).summaries.length > 1, "the accepted viewer's feed shows the classes");

    await me.get('/settings');
    assert.equal((await me.post('/settings/access', { asker: askerId, answer: 'revoke' })).status, 303);
    assert.equal((await other.get(page)).status, 403, 'revoked: hidden again');
    assert.deepEqual((await feedEvents(feed)).summaries, [HIDDEN], 'and the feed at its next fetch');
  });

  it('bounds the requests one student sends per day', async () => {
    const me = new WebClient(stack.web.url);
    await me.get('/login');
    await me.post('/login', { code: owner.code, password: PASSWORD });
    const other = new WebClient(stack.web.url);
    await other.get('/login');
    await other.post('/login', { code: asker.code, password: PASSWORD });
    // The earlier test used one request; asking again after each decline uses one more.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      await other.get(`/student/${owner.id}`);
      statuses.push((await other.post('/access/request', { owner: owner.id })).status);
      const s = await me.get('/settings');
      const id = /name="asker" value="([\w-]+)"/.exec(s.body)?.[1];
      if (id) await me.post('/settings/access', { asker: id, answer: 'decline' });
    }
    assert.deepEqual(statuses.slice(0, 9), Array(9).fill(303));
    assert.equal(statuses[9], 429, 'the eleventh request of the day is refused');
    assert.match(other.last?.body ?? '', /申请次数已用完/);
  });

  it('builds a multi-person schedule: search, add, busy per slot, a private person unknown', async () => {
    const me = new WebClient(stack.web.url);
    await me.get('/login');
    await me.post('/login', { code: owner.code, password: PASSWORD });
    await setPrivacyLevel(me, 2);
    const anon = new WebClient(stack.web.url);
    const searched = await anon.get(
      `/together?q=${encodeURIComponent(owner.teacherName)}&semester=${semester}&week=1`,
    );
    assert.equal(searched.status, 200);
    const add = /<a class="add" href="([^"]+)">/.exec(searched.body)?.[1]?.replaceAll('&amp;', '&');
    assert.ok(add, 'an add link for the teacher');
    const withTeacher = await anon.get(add);
    assert.match(withTeacher.body, /<ul class="people">/);
    const week = 1;
    const path = `/together?p=s.${owner.id}&p=t.${owner.teacher}&semester=${semester}&week=${week}`;
    const hidden = await anon.get(path);
    assert.equal(hidden.status, 200);
    assert.match(hidden.body, /class="unknown">未知：/, 'the private student is unknown');
    assert.doesNotMatch(hidden.body, /class="free"/, 'so no slot is free for sure');
    for (const course of owner.courses) assert.ok(!hidden.body.includes(course), 'never a class name');
    await setPrivacyLevel(me, 0);
    const shown = await anon.get(path);
    assert.doesNotMatch(shown.body, /class="unknown"/);
    assert.match(shown.body, /class="busy">有课：/);
    assert.match(shown.body, /class="free">都有空/);
    const share = /id="share-url">([^<]+)</.exec(shown.body)?.[1]?.replaceAll('&amp;', '&');
    assert.equal(share, `${stack.web.url}${path}`, 'the address is the shareable link');
  });
});
