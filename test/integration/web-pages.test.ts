// Issue 15 items 4-7 through the real services (entity, identity, calendar and web as processes
// on loopback, FerretDB): maintenance mode, free rooms as a student uses them, search that goes
// straight to a single match, room aliases, the footer and the about page.
import assert from 'node:assert/strict';
import { waitFor } from '../../hack/localenv/processes.ts';
import { parseLesson } from '../../services/entity/lesson.ts';
import { parseWeeks } from '../../services/entity/weeks.ts';
import { defaultAppConfig } from '../../services/kit/config.ts';
import { freeRoomsNow } from '../../services/web/free-rooms.ts';
import { STACK_VERSION, type Stack, startStack, WebClient } from './web-stack.ts';

const PASSWORD = 'Lighthouse-cat-drinks-3-coffees';

describe('web pages of issue 15 (real processes: entity, identity, calendar, web)', function () {
  this.timeout(300_000);
  let stack: Stack;
  let semester: string;

  before(async () => {
    stack = await startStack({ scale: 0.01, seed: 15 });
    semester = stack.data[0]!.semester!.name!;
  });
  after(async () => stack?.stop());

  /** A registered, logged-in student with a calendar feed of the first semester. */
  async function subscribedStudent(code: string): Promise<{ client: WebClient; feed: string }> {
    const client = new WebClient(stack.web.url);
    await client.get('/register');
    assert.equal((await client.post('/register', { code })).status, 200);
    assert.equal((await client.setPassword(await stack.mailLink(code), PASSWORD)).status, 303);
    await client.get(`/calendar?semester=${semester}`);
    assert.equal((await client.post('/calendar/subscribe', { semester })).status, 303);
    const page = await client.get(`/calendar?semester=${semester}`);
    const feed = /<code class="url" id="feed-url">([^<]+)<\/code>/.exec(page.body)?.[1];
    assert.ok(feed, 'a feed link');
    return { client, feed };
  }

  it('maintenance: every page 503 with Retry-After, health checks and calendar feeds keep answering, lifted without a restart', async () => {
    const code = stack.data[0]!.students![0]!.code!;
    const { client, feed } = await subscribedStudent(code);
    const before = await fetch(feed);
    assert.equal(before.status, 200);
    const etag = before.headers.get('etag');
    const ics = await before.text();
    const pid = stack.web.pid;

    stack.setMaintenance({ enabled: true, message: '数据导入中，22:00 恢复' });
    const anon = new WebClient(stack.web.url);
    await waitFor('web in maintenance', async () =>
      (await anon.get('/')).status === 503 ? true : undefined,
    );
    for (const path of ['/', `/search?q=${code}`, '/rooms/free', '/about', '/login', '/settings', '/nope']) {
      const r = await anon.get(path);
      assert.equal(r.status, 503, path);
      assert.equal(r.headers.get('retry-after'), '300', path);
      assert.match(r.body, /系统维护中/, path);
      assert.match(r.body, /数据导入中，22:00 恢复/, path);
    }
    await client.get('/settings');
    const posted = await client.post('/settings/privacy', { privacy: '2' });
    assert.equal(posted.status, 503, 'forms too');
    assert.equal((await fetch(`${stack.web.url}/healthz`)).status, 200);
    // The feed is calendar's: it keeps serving, unchanged (and cheap: 304 for the same ETag).
    const during = await fetch(feed);
    assert.equal(during.status, 200);
    assert.equal(await during.text(), ics);
    assert.equal((await fetch(feed, { headers: { 'if-none-match': etag ?? '' } })).status, 304);

    stack.setMaintenance({ enabled: false, message: '' });
    await waitFor('web serving again', async () => ((await anon.get('/')).status === 200 ? true : undefined));
    assert.equal((await client.get('/settings')).status, 200, 'the session survived');
    assert.equal(stack.web.pid, pid, 'the same web process');
  });

  it('footer: the data\u2019s last update (entity\u2019s data version) and the running version; the about page', async () => {
    const c = new WebClient(stack.web.url);
    const home = await c.get('/');
    assert.equal(home.status, 200);
    assert.ok(home.body.includes(`版本 ${STACK_VERSION}`), 'the running version');
    // Imported when the stack started (minutes ago: midnight in the school's zone may lie between).
    const day = (ms: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - ms));
    assert.ok(
      [day(0), day(15 * 60_000)].some((d) => home.body.includes(`数据更新于 ${d}`)),
      'the data was imported today',
    );
    assert.match(home.body, /<a href="\/about">关于与帮助<\/a>/);
    const about = await c.get('/about');
    assert.equal(about.status, 200);
    for (const s of ['iPhone / iPad', 'Android', 'Outlook', '仅登录的同学', '仅自己'])
      assert.ok(about.body.includes(s), s);
    assert.doesNotMatch(about.body, /class="tier-banner"/, 'no tier in APP_CONFIG: no banner');
  });

  /** Rooms of the first semester's data with no class in `slot` (0-based) on any of `held`. */
  function expectedFree(held: Array<[number, number]>, slot: number): Set<string> {
    const sem = stack.data[0]!;
    const busy = new Set<string>();
    for (const c of sem.cards ?? []) {
      const l = parseLesson(c.lesson!);
      const weeks = parseWeeks(c.weeks!);
      const inSlot = l.firstPeriod <= 2 * slot + 2 && l.lastPeriod >= 2 * slot + 1;
      if (inSlot && held.some(([w, d]) => d === l.weekday && weeks.includes(w))) busy.add(c.roomCode!);
    }
    return new Set((sem.rooms ?? []).map((r) => r.name!).filter((_, i) => !busy.has(sem.rooms![i]!.code!)));
  }
  const listed = (body: string) =>
    new Set([...body.matchAll(/<li><a href="\/room\/[\w-]+">([^<]+)<\/a>/g)].map((m) => m[1]!));

  it('free rooms: now by default; a holiday frees every room; a makeup day holds the moved classes', async () => {
    const sem = stack.data[0]!.semester!;
    const holiday = sem.holidays!.find((h) => h.makeupDate)!; // 2026-10-07 (Wed) moved to 2026-10-10 (Sat)
    const c = new WebClient(stack.web.url);
    // "Now" is today's running or next slot, after the day's last one tomorrow's first (free-rooms.ts,
    // unit-tested there); the clock may cross a boundary during the request: either side is right.
    const shownAt = () =>
      freeRoomsNow(new Date(), defaultAppConfig.timezone, defaultAppConfig.lessonSlots).date;
    const dates = new Set([shownAt()]);
    const now = await c.get('/rooms/free');
    dates.add(shownAt());
    assert.equal(now.status, 200);
    const teaching = [...dates].filter((d) => {
      const days = (Date.parse(d) - Date.parse(sem.start!)) / 86_400_000;
      return days >= 0 && days < 7 * (sem.weeks ?? 0);
    });
    if (teaching.length > 0)
      assert.match(now.body, new RegExp(`<strong>现在</strong> (${teaching.join('|')})`));
    else assert.match(now.body, /今天不在任何学期的教学周内/);

    // Week and weekday of the holiday and of its makeup day (the semester starts on a Monday).
    const at = (date: string) => {
      const d = (Date.parse(date) - Date.parse(sem.start!)) / 86_400_000;
      return [Math.floor(d / 7) + 1, (d % 7) + 1] as [number, number];
    };
    const [hw, hd] = at(holiday.date!);
    const [mw, md] = at(holiday.makeupDate!);
    // A slot in which the moved day has classes (so the makeup day is not trivially free).
    const slot = [0, 1, 2, 3, 4, 5].find(
      (s) => expectedFree([[hw, hd]], s).size < stack.data[0]!.rooms!.length,
    )!;
    const page = (w: number, d: number) =>
      c.get(`/rooms/free?semester=${sem.name}&week=${w}&weekday=${d}&slot=${slot + 1}`);

    const h = await page(hw, hd);
    assert.match(h.body, new RegExp(`${holiday.date} 是${holiday.name}假期，不上课`));
    assert.equal(listed(h.body).size, stack.data[0]!.rooms!.length, 'a holiday: every room is free');

    const m = await page(mw, md);
    assert.match(
      m.body,
      new RegExp(`${holiday.makeupDate} 是${holiday.name}调休上课日：补上 ${holiday.date} 的课`),
    );
    assert.deepEqual(
      listed(m.body),
      expectedFree(
        [
          [mw, md],
          [hw, hd],
        ],
        slot,
      ),
    );
    assert.ok(listed(m.body).size < expectedFree([[mw, md]], slot).size, 'the moved classes take rooms');

    // An ordinary day: exactly the rooms no class of that day and slot uses.
    const o = await page(2, 2);
    assert.deepEqual(listed(o.body), expectedFree([[2, 2]], slot));
    // The campus filter keeps that campus's rooms only.
    const campus = stack.data[0]!.rooms![0]!.campus!;
    const onCampus = await c.get(
      `/rooms/free?semester=${sem.name}&week=2&weekday=2&slot=${slot + 1}&campus=${encodeURIComponent(campus)}`,
    );
    const names = new Set(stack.data[0]!.rooms!.filter((r) => r.campus === campus).map((r) => r.name!));
    assert.ok([...listed(onCampus.body)].every((n) => names.has(n)));
    assert.ok(listed(onCampus.body).size > 0);
  });

  it('search: an exact number or room alias goes straight to its page; aliases are found and shown', async () => {
    const sem = stack.data[0]!;
    const c = new WebClient(stack.web.url);
    const student = sem.students![3]!;
    const byCode = await c.get(`/search?q=${student.code}`);
    assert.equal(byCode.status, 303);
    assert.match(byCode.location ?? '', /^\/student\/[\w-]+$/);
    const page = await c.get(byCode.location!);
    assert.equal(page.status, 200);
    assert.ok(page.body.includes(student.name!), 'the student\u2019s page');

    // A room by its old building name: exact, so straight to the room, whose page lists the aliases.
    const room = sem.rooms!.find((r) => (r.aliases ?? []).length > 1)!;
    const alias = room.aliases![1]!;
    const byAlias = await c.get(`/search?q=${encodeURIComponent(alias)}`);
    assert.equal(byAlias.status, 303, alias);
    const roomPage = await c.get(byAlias.location!);
    assert.ok(roomPage.body.includes(room.name!), 'the room\u2019s page');
    assert.ok(roomPage.body.includes(`又名 ${room.aliases!.join('、')}`));
    // A part of an alias: the list of every room of that old building.
    const oldName = alias.replace(/\d+$/, '');
    const list = await c.get(`/search?q=${encodeURIComponent(oldName)}`);
    assert.equal(list.status, 200);
    const expected = sem.rooms!.filter((r) => r.aliases!.some((a) => a.includes(oldName))).length;
    assert.ok(expected > 1);
    const rooms = /<section class="group" id="room">\s*<h2>[^<]*<small>([^<]+)<\/small>/.exec(list.body)?.[1];
    assert.equal(rooms, `共 ${expected} 条`, 'every room of the old building');
  });
});
