// A student's journey in a real browser (Debian's Chromium driven by playwright-core) against the
// real stack on loopback: search themselves, open their timetable, register through the outbox
// e-mail, log in, make the timetable private and check another browser no longer sees it,
// subscribe to the calendar, reset the link and see the old one answer 404. Screenshots of the
// timetable (desktop and phone width) and the subscription page go to test/artifacts/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { everyclass } from '../../proto/generated/everyclass.js';
import { type Stack, startStack } from '../integration/web-stack.ts';
import { chromiumPath, launchBrowser } from './support/browser.ts';

const E = everyclass.entity.v1;
const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const PASSWORD = 'Paper-lantern-over-Yuelu-1926';

describe('web: a student journey in a real browser (Chromium)', function () {
  this.timeout(300_000);
  let stack: Stack;
  let browser: Browser;
  const dialogs: string[] = [];
  let student: {
    code: string;
    name: string;
    courses: string[];
    id: string;
    teacher: string;
    teacherName: string;
  };
  let friendCode: string;

  async function newContext(width = 1280, height = 900): Promise<BrowserContext> {
    const ctx = await browser.newContext({
      viewport: { width, height },
      locale: 'zh-CN',
      baseURL: stack.web.url,
    });
    ctx.on('page', (p) =>
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      }),
    );
    return ctx;
  }

  before(async () => {
    chromiumPath(); // fails at once, with what to install, when there is no browser
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ scale: 0.01, seed: 23 });
    const sem = stack.data[0]!;
    const semester = sem.semester!.name!;
    for (const s of sem.students!) {
      const found = await stack.entityClient.call('Search', {
        query: s.code!,
        kinds: [E.Kind.STUDENT],
      });
      const id = found.groups[0]!.items![0]!.id!;
      const tt = await stack.entityClient.call('GetTimetable', { id, semester });
      const taught = tt.cards.find((c) => c.teachers?.length);
      if (tt.cards.length >= 4 && taught) {
        student = {
          code: s.code!,
          name: s.name!,
          courses: tt.cards.map((c) => c.courseName!),
          id,
          teacher: taught.teachers![0]!.id!,
          teacherName: taught.teachers![0]!.name!,
        };
        break;
      }
    }
    assert.ok(student, 'a student with four classes');
    friendCode = sem.students!.find((s) => s.code !== student.code)!.code!;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await stack?.stop();
  });

  it('searches, registers, goes private, subscribes and resets the calendar link', async () => {
    const me = await newContext();
    const page: Page = await me.newPage();

    // Search themselves from the home page: their number is an exact match, straight to the timetable.
    await page.goto('/');
    await page.fill('input[name="q"]', student.code);
    await page.click('form.search button');
    await page.waitForURL(/\/student\//);
    const timetableUrl = page.url();
    assert.match(await page.title(), new RegExp(`${student.name}的课表`));
    await page.selectOption('select[name="week"]', '0');
    await page.click('form.switcher button');
    await page.waitForURL(/week=0/);
    const grid = page.locator('table.grid');
    assert.ok(await grid.isVisible(), 'the weekday × slot table on a desktop');
    for (const course of student.courses) assert.ok((await grid.textContent())?.includes(course), course);
    await page.screenshot({ path: join(ARTIFACTS, 'timetable-desktop.png'), fullPage: true });
    await page.click(`table.grid a:has-text("${student.courses[0]}")`);
    await page.waitForURL(/\/card\//);
    assert.ok(
      ((await page.textContent('ul.classmates')) ?? '').includes(student.name),
      'in the classmates list',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'class-desktop.png'), fullPage: true });
    await page.click('nav a:has-text("空教室")');
    await page.click('form.switcher button');
    await page.waitForURL(/\/rooms\/free\?/);
    await page.screenshot({ path: join(ARTIFACTS, 'free-rooms-desktop.png'), fullPage: true });

    // Register through the school e-mail (the outbox), which logs in.
    await page.click('nav a:has-text("注册")');
    await page.fill('input[name="code"]', student.code);
    await page.click('form button[type="submit"]');
    await page.waitForSelector('p.ok');
    assert.match((await page.textContent('p.ok')) ?? '', /@csu\.edu\.cn/);
    await page.goto(await stack.mailLink(student.code));
    assert.doesNotMatch(page.url(), /token/, 'the link is exchanged: no token stays in the address bar');
    await page.fill('input[name="password"]', '12345678');
    await page.click('form button[type="submit"]');
    assert.match((await page.textContent('p.error')) ?? '', /密码太弱/);
    await page.fill('input[name="password"]', PASSWORD);
    await page.click('form button[type="submit"]');
    await page.waitForURL(/\/settings$/);

    // Log out and in again.
    await page.click('nav button:has-text("退出")');
    await page.waitForURL(/\/$/);
    await page.click('nav a:has-text("登录")');
    await page.fill('input[name="code"]', student.code);
    await page.fill('input[name="password"]', PASSWORD);
    await page.click('form button[type="submit"]');
    await page.waitForURL(/\/settings$/);

    // Privacy level 2: only me.
    await page.check('input[name="privacy"][value="2"]');
    await page.click('form.privacy button');
    await page.waitForSelector('p.ok');
    await page.screenshot({ path: join(ARTIFACTS, 'settings-desktop.png'), fullPage: true });

    const stranger = await newContext();
    const other = await stranger.newPage();
    const hidden = await other.goto(timetableUrl);
    assert.equal(hidden?.status(), 403);
    assert.ok(await other.locator('.hidden-timetable').isVisible());
    const text = (await other.textContent('main')) ?? '';
    for (const course of student.courses) assert.ok(!text.includes(course), `${course} hidden from others`);
    const mine = await page.goto(timetableUrl);
    assert.equal(mine?.status(), 200, 'still visible to the student');

    // Phone width: the list of days instead of the table.
    const phone = await newContext(390, 844);
    const small = await phone.newPage();
    await small.goto('/');
    await small.goto(`/search?q=${student.code}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(timetableUrl);
    assert.ok(await page.locator('.daylist').isVisible(), 'days listed at phone width');
    assert.ok(!(await page.locator('table.grid').isVisible()), 'no wide table at phone width');
    // Runs in the page; the test's tsconfig has no DOM types, hence the string.
    const overflow = (await page.evaluate(
      'document.documentElement.scrollWidth - window.innerWidth',
    )) as number;
    assert.ok(overflow <= 1, `no horizontal scrolling at phone width (${overflow}px)`);
    await page.screenshot({ path: join(ARTIFACTS, 'timetable-phone.png'), fullPage: true });
    await small.screenshot({ path: join(ARTIFACTS, 'search-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Subscribe to the calendar.
    await page.click('nav a:has-text("日历订阅")');
    await page.click('form button:has-text("生成订阅链接")');
    await page.waitForSelector('#feed-url');
    const feed = ((await page.textContent('#feed-url')) ?? '').trim();
    assert.match(feed, /\/calendar\/ics\/[\w-]+\.ics$/);
    assert.match((await page.getAttribute('#webcal', 'href')) ?? '', /^webcal:\/\//);
    assert.ok(await page.locator('.qr-code svg').isVisible(), 'a QR code');
    const ics = await fetch(feed);
    assert.equal(ics.status, 200);
    assert.match(await ics.text(), /BEGIN:VCALENDAR/);
    await page.screenshot({ path: join(ARTIFACTS, 'calendar-desktop.png'), fullPage: true });

    // Reset the link: the old one answers 404 at once, the new one works.
    await page.click('form button:has-text("重置订阅链接")');
    await page.waitForSelector('#feed-url');
    const fresh = ((await page.textContent('#feed-url')) ?? '').trim();
    assert.notEqual(fresh, feed);
    assert.equal((await fetch(feed)).status, 404);
    assert.equal((await fetch(fresh)).status, 200);

    // Payloads in the search box never run.
    await other.goto(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    assert.deepEqual(dialogs, [], 'no script ran');
  });

  // Issue 15, items 1 to 3, after the first journey left the student's timetable private.
  it("subscribes to a teacher's timetable, asks for access, plans a group schedule", async () => {
    // An anonymous visitor subscribes to a teacher's timetable from the teacher's page.
    const visitor = await newContext();
    const v = await visitor.newPage();
    await v.goto(`/teacher/${student.teacher}`);
    await v.click('a#subscribe');
    await v.waitForURL(/\/subscribe\/teacher\//);
    const feed = ((await v.textContent('#feed-url')) ?? '').trim();
    assert.match(feed, /\/calendar\/ics\/[\w-]{60,}\.ics$/, 'a capability, not an id');
    assert.ok(!feed.includes(student.teacher));
    assert.match((await v.getAttribute('#webcal', 'href')) ?? '', /^webcal:\/\//);
    const cal = new ICAL.Component(ICAL.parse(await (await fetch(feed)).text()));
    const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    assert.ok(events.length > 0 && events.every((e) => e.summary.includes('@')), 'class@room');
    await v.screenshot({ path: join(ARTIFACTS, 'subscribe-teacher-desktop.png'), fullPage: true });
    await v.setViewportSize({ width: 390, height: 844 });
    await v.reload();
    await v.screenshot({ path: join(ARTIFACTS, 'subscribe-teacher-phone.png'), fullPage: true });

    // A logged-in classmate asks to see the private timetable.
    const friendCtx = await newContext();
    const friend = await friendCtx.newPage();
    await friend.goto('/register');
    await friend.fill('input[name="code"]', friendCode);
    await friend.click('form button[type="submit"]');
    await friend.waitForSelector('p.ok');
    await friend.goto(await stack.mailLink(friendCode));
    await friend.fill('input[name="password"]', PASSWORD);
    await friend.click('form button[type="submit"]');
    await friend.waitForURL(/\/settings$/);
    const hidden = await friend.goto(`/student/${student.id}`);
    assert.equal(hidden?.status(), 403);
    await friend.click('form.access button');
    await friend.waitForSelector('#access-status');
    assert.match((await friend.textContent('#access-status')) ?? '', /等待对方同意/);

    // The owner accepts in the settings; the friend sees the timetable.
    const ownerCtx = await newContext(390, 844);
    const owner = await ownerCtx.newPage();
    await owner.goto('/login');
    await owner.fill('input[name="code"]', student.code);
    await owner.fill('input[name="password"]', PASSWORD);
    await owner.click('form button[type="submit"]');
    await owner.waitForURL(/\/settings$/);
    assert.match((await owner.textContent('#access-requests')) ?? '', /等待处理/);
    await owner.screenshot({ path: join(ARTIFACTS, 'access-requests-phone.png'), fullPage: true });
    await owner.click('#access-requests button:has-text("同意")');
    await owner.waitForURL(/\/settings/);
    assert.match((await owner.textContent('#access-requests')) ?? '', /已同意/);
    const seen = await friend.goto(`/student/${student.id}?week=0`);
    assert.equal(seen?.status(), 200, 'accepted: visible to the friend');

    // The friend plans a group schedule with the teacher and the student.
    await friend.click('nav a:has-text("多人日程")');
    await friend.fill('input[name="q"]', student.teacherName);
    await friend.click('form.search button');
    await friend.click('ul.found li:first-child a.add');
    await friend.fill('input[name="q"]', student.code);
    await friend.click('form.search button');
    await friend.click('ul.found a.add');
    assert.equal(await friend.locator('ul.people li').count(), 2);
    await friend.selectOption('select[name="week"]', '2');
    await friend.click('form.switcher button');
    await friend.waitForURL(/week=2/);
    assert.ok(await friend.locator('table.grid.together').isVisible());
    assert.ok((await friend.locator('.busy').count()) > 0, 'someone has class in week 2');
    assert.ok((await friend.locator('.free').count()) > 0, 'and some slots are free for all');
    const share = ((await friend.textContent('#share-url')) ?? '').trim();
    assert.equal(share, friend.url(), 'the shareable link is the page');
    await friend.screenshot({ path: join(ARTIFACTS, 'together-desktop.png'), fullPage: true });
    // Shared with someone who may not see the student: the student counts as unknown.
    const shared = await visitor.newPage();
    await shared.setViewportSize({ width: 390, height: 844 });
    await shared.goto(share);
    assert.ok(await shared.locator('.daylist.together').isVisible(), 'days listed at phone width');
    assert.ok(
      (await shared.locator('.daylist.together .unknown').count()) > 0,
      'unknown to an anonymous viewer',
    );
    for (const course of student.courses)
      assert.ok(!((await shared.textContent('main')) ?? '').includes(course));
    const overflow = (await shared.evaluate(
      'document.documentElement.scrollWidth - window.innerWidth',
    )) as number;
    assert.ok(overflow <= 1, `no horizontal scrolling at phone width (${overflow}px)`);
    await shared.screenshot({ path: join(ARTIFACTS, 'together-phone.png'), fullPage: true });
    assert.deepEqual(dialogs, [], 'no script ran');
  });

  it('free rooms now, a room found by its alias, the about page, and maintenance (desktop and phone)', async () => {
    const sem = stack.data[0]!;
    for (const [width, height, tag] of [
      [1280, 900, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      const ctx = await newContext(width, height);
      const page = await ctx.newPage();
      // Free rooms: the page opens on now, from the navigation.
      await page.goto('/');
      await page.click('nav a:has-text("空教室")');
      await page.waitForURL(/\/rooms\/free$/);
      const when = (await page.textContent('p.when-now, p.notice')) ?? '';
      assert.ok(/现在|不在任何学期/.test(when), when);
      const campus = sem.rooms![0]!.campus!;
      await page.selectOption('select[name="semester"]', sem.semester!.name!);
      await page.selectOption('select[name="week"]', '2');
      await page.selectOption('select[name="weekday"]', '2');
      await page.click('form.switcher button');
      await page.waitForURL(/\/rooms\/free\?/);
      await page.selectOption('select[name="campus"]', campus);
      await page.click('form.switcher button');
      await page.waitForURL(/campus=/);
      const groups = await page.locator('section.group h2').allTextContents();
      const onCampus = new Set(sem.rooms!.filter((r) => r.campus === campus).map((r) => r.building!));
      assert.ok(
        groups.length > 0 && groups.every((b) => onCampus.has(b)),
        `buildings of ${campus}: ${groups}`,
      );
      await page.screenshot({ path: join(ARTIFACTS, `free-rooms-now-${tag}.png`), fullPage: true });

      // A room by its old building name goes straight to the room, which lists its aliases.
      const room = sem.rooms!.find((r) => (r.aliases ?? []).length > 1)!;
      await page.goto('/');
      await page.fill('input[name="q"]', room.aliases![1]!);
      await page.click('form.search button');
      await page.waitForURL(/\/room\//);
      assert.ok(((await page.textContent('main')) ?? '').includes(`又名 ${room.aliases!.join('、')}`));

      // The footer: data date, version, the about page.
      assert.match((await page.textContent('footer')) ?? '', /数据更新于 \d{4}-\d{2}-\d{2}.*版本 /);
      await page.click('footer a:has-text("关于与帮助")');
      await page.waitForURL(/\/about$/);
      assert.ok(await page.locator('#subscribe dl.howto').isVisible());
      assert.ok(await page.locator('#privacy ul').isVisible());
      const overflow = (await page.evaluate(
        'document.documentElement.scrollWidth - window.innerWidth',
      )) as number;
      assert.ok(overflow <= 1, `no horizontal scrolling (${overflow}px)`);
      await page.screenshot({ path: join(ARTIFACTS, `about-${tag}.png`), fullPage: true });

      // Maintenance: every page is the maintenance page with Retry-After; lifted, the site is back.
      stack.setMaintenance({ enabled: true, message: '数据导入中，预计 22:00 恢复' });
      let r = await page.goto('/');
      for (let i = 0; i < 50 && r?.status() !== 503; i++) {
        await new Promise((ok) => setTimeout(ok, 100));
        r = await page.goto('/');
      }
      assert.equal(r?.status(), 503);
      assert.equal(r?.headers()['retry-after'], '300');
      assert.ok(((await page.textContent('main')) ?? '').includes('数据导入中，预计 22:00 恢复'));
      await page.screenshot({ path: join(ARTIFACTS, `maintenance-${tag}.png`), fullPage: true });
      stack.setMaintenance({ enabled: false, message: '' });
      for (let i = 0; i < 50 && r?.status() !== 200; i++) {
        await new Promise((ok) => setTimeout(ok, 100));
        r = await page.goto('/');
      }
      assert.equal(r?.status(), 200, 'served again without a restart');
      await ctx.close();
    }
  });
});
