// Issue 15 items 4-7 through the real services (entity, identity, calendar and web as processes
// on loopback, FerretDB): maintenance mode, free rooms as a student uses them, search that goes
// straight to a single match, room aliases, the footer and the about page.
import assert from 'node:assert/strict';
import { waitFor } from '../../hack/localenv/processes.ts';
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
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    assert.ok(home.body.includes(`数据更新于 ${today}`), 'the data was imported today');
    assert.match(home.body, /<a href="\/about">关于与帮助<\/a>/);
    const about = await c.get('/about');
    assert.equal(about.status, 200);
    for (const s of ['iPhone / iPad', 'Android', 'Outlook', '仅登录的同学', '仅自己'])
      assert.ok(about.body.includes(s), s);
    assert.doesNotMatch(about.body, /class="tier-banner"/, 'no tier in APP_CONFIG: no banner');
  });
});
