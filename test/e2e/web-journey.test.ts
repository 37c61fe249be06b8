// A student's journey in a real browser (Debian's Chromium driven by playwright-core) against the
// real stack on loopback: search themselves, open their timetable, register through the outbox
// e-mail, log in, make the timetable private and check another browser no longer sees it,
// subscribe to the calendar, reset the link and see the old one answer 404. Screenshots of the
// timetable (desktop and phone width) and the subscription page go to test/artifacts/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { everyclass } from '../../proto/generated/everyclass.js';
import { type Stack, startStack } from '../integration/web-stack.ts';

const E = everyclass.entity.v1;
const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const PASSWORD = 'Paper-lantern-over-Yuelu-1926';

function chromiumPath(): string {
  for (const c of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (c && existsSync(c)) return c;
  }
  throw new Error(
    'the browser journey needs Chromium: `apt-get install -y chromium` (or `hack/ensure-chromium.sh`), or set CHROMIUM_PATH',
  );
}

describe('web: a student journey in a real browser (Chromium)', function () {
  this.timeout(300_000);
  let stack: Stack;
  let browser: Browser;
  const dialogs: string[] = [];
  let student: { code: string; name: string; courses: string[] };

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
    const executablePath = chromiumPath();
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
      if (tt.cards.length >= 4) {
        student = { code: s.code!, name: s.name!, courses: tt.cards.map((c) => c.courseName!) };
        break;
      }
    }
    assert.ok(student, 'a student with four classes');
    // launch() gives every run a fresh, temporary user-data-dir.
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await stack?.stop();
  });

  it('searches, registers, goes private, subscribes and resets the calendar link', async () => {
    const me = await newContext();
    const page: Page = await me.newPage();

    // Search themselves from the home page and open the timetable.
    await page.goto('/');
    await page.fill('input[name="q"]', student.code);
    await page.click('form.search button');
    await page.waitForURL(/\/search\?/);
    await page.click(`a:has-text("${student.name}")`);
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
});
