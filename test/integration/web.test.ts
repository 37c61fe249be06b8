// The web service with entity, identity and calendar as real processes on loopback, on the
// FerretDB store with a generated university: pages, registration through the outbox mail,
// XSS escaping, CSRF, brute force, tampered ids, privacy levels and calendar links.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { waitFor } from '../../hack/localenv/processes.ts';
import { everyclass } from '../../proto/generated/everyclass.js';
import { signRpc, signShadow } from '../../services/kit/callers.ts';
import type { RunningService } from './services/support.ts';
import { type Stack, startStack, WebClient } from './web-stack.ts';

const E = everyclass.entity.v1;
const PASSWORD = 'Lighthouse-cat-drinks-3-coffees';
const XSS_NAME = '<img src=x onerror=alert(1)>';

describe('web (real processes: entity, identity, calendar, web)', function () {
  this.timeout(300_000);
  let stack: Stack;
  let semester: string;
  let alice: { code: string; name: string; id: string; courses: string[]; card: string };
  let bob: { code: string; name: string; id: string };
  let carol: { code: string; name: string };

  async function studentId(code: string): Promise<string> {
    const res = await stack.entityClient.call('Search', {
      query: code,
      kinds: [E.Kind.STUDENT],
    });
    const hit = res.groups[0]?.items?.find((r) => r.code === code);
    assert.ok(hit?.id, `student ${code} found`);
    return hit.id;
  }

  async function register(client: WebClient, code: string): Promise<void> {
    await client.get('/register');
    const sent = await client.post('/register', { code });
    assert.equal(sent.status, 200, sent.body);
    assert.match(sent.body, new RegExp(`${code}@csu\\.edu\\.cn`));
    const done = await client.setPassword(await stack.mailLink(code), PASSWORD);
    assert.equal(done.status, 303, done.body);
    assert.equal(done.location, '/settings');
    assert.ok(client.cookies.has('ec_session'));
  }

  async function login(client: WebClient, code: string): Promise<void> {
    await client.get('/login');
    const r = await client.post('/login', { code, password: PASSWORD });
    assert.equal(r.status, 303, r.body);
  }

  async function setPrivacy(client: WebClient, level: number): Promise<void> {
    await client.get('/settings');
    const r = await client.post('/settings/privacy', { privacy: String(level) });
    assert.equal(r.status, 303);
  }

  const shadowKey = randomBytes(32).toString('hex');

  before(async () => {
    stack = await startStack({ scale: 0.01, shadowKey });
    const sem = stack.data[0]!;
    semester = sem.semester!.name!;
    // Alice: a student with at least three classes (asked of entity, the source of truth).
    for (const s of sem.students!) {
      const id = await studentId(s.code!);
      const tt = await stack.entityClient.call('GetTimetable', { id, semester });
      if (tt.cards.length < 3) continue;
      const card = tt.cards[0]!;
      alice = {
        code: s.code!,
        name: s.name!,
        id,
        courses: tt.cards.map((c) => c.courseName!),
        card: card.code!,
      };
      const mates = await stack.entityClient.call('ListClassmates', {
        cardId: card.id!,
        pageSize: 100,
      });
      const b = mates.students.find((x) => x.code !== s.code)!;
      bob = { code: b.code!, name: b.name!, id: b.id! };
      break;
    }
    assert.ok(alice && bob, 'a student with three classes and a classmate');
    const c = sem.students!.find((x) => x.code !== alice.code && x.code !== bob.code)!;
    carol = { code: c.code!, name: c.name! };
    // A student whose name is an XSS payload, enrolled in alice's first class.
    await stack.adminClient.call('ImportSemester', {
      semester: sem.semester,
      students: [
        { code: '2099000001', name: XSS_NAME, klass: '<b>班</b>', major: 'x', department: 'y', year: 2099 },
      ],
      enrollments: [{ studentCode: '2099000001', cardCode: alice.card }],
    });
    // The entity service reloads its catalog after an import: wait until the student is served.
    await waitFor('the imported student', async () => {
      const r = await stack.entityClient.call('Search', {
        query: '2099000001',
        kinds: [E.Kind.STUDENT],
      });
      return r.groups[0]?.total ? true : undefined;
    });
  });

  after(async () => stack?.stop());

  it('closes internal RPC: unsigned calls are refused, ImportSemester wants the admin key', async () => {
    const body = JSON.stringify({ query: alice.code, kinds: ['STUDENT'] });
    const rpc = (
      service: RunningService,
      path: string,
      headers: Record<string, string> = {},
      payload = body,
    ) =>
      fetch(`${service.url}/twirp/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: payload,
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { code?: string } }));
    // Any pod in the cluster, without the environment's key:
    assert.equal((await rpc(stack.entity, 'everyclass.entity.v1.Entity/Search')).status, 401);
    const login = JSON.stringify({ student_code: alice.code, password: 'x', client_address: '203.0.113.1' });
    assert.equal((await rpc(stack.identity, 'everyclass.identity.v1.Identity/Login', {}, login)).status, 401);
    const resolve = JSON.stringify({ token: 'x'.repeat(32) });
    const cal = await rpc(
      stack.identity,
      'everyclass.identity.v1.Identity/ResolveCalendarToken',
      {},
      resolve,
    );
    assert.equal(cal.status, 401);
    // A service of the environment may search, but not rewrite the data.
    const asWeb = signRpc(
      { caller: 'web', key: Buffer.from(stack.keys.rpc, 'hex') },
      '/twirp/everyclass.entity.v1.Entity/ImportSemester',
      false,
      '{}',
    );
    const imported = await rpc(stack.entity, 'everyclass.entity.v1.Entity/ImportSemester', asWeb, '{}');
    assert.equal(imported.status, 403);
    assert.equal(imported.body.code, 'permission_denied');
    // The pages work: web signs its calls.
    const found = await new WebClient(stack.web.url).get(`/search?q=${alice.code}`);
    assert.equal(found.status, 303, 'an exact student number goes straight to the student');
    assert.equal(found.location, `/student/${alice.id}`);
  });

  it('searches by number and name, escaping payloads in the query and in names', async () => {
    const c = new WebClient(stack.web.url);
    const byCode = await c.get(`/search?q=${alice.code}`);
    assert.equal(byCode.status, 303, 'one exact match: straight to its page');
    assert.equal(byCode.location, `/student/${alice.id}`);
    const listed = await c.get(`/search?q=${alice.code}&kind=student`);
    assert.ok(listed.body.includes(`/student/${alice.id}`), 'a list asked for by kind stays a list');
    // A name: straight to the student when nobody else has it, else the list.
    const byName = await c.get(`/search?q=${encodeURIComponent(alice.name)}`);
    const namesakes = stack.data[0]!.students!.filter((x) => x.name === alice.name).length;
    if (namesakes === 1) assert.equal(byName.location, `/student/${alice.id}`);
    else assert.ok(byName.body.includes(`/student/${alice.id}`), 'alice among her namesakes');

    const q = `"><script>alert(1)</script>`;
    const evil = await c.get(`/search?q=${encodeURIComponent(q)}`);
    assert.equal(evil.status, 200);
    assert.ok(!evil.body.includes('<script>alert(1)</script>'));
    assert.ok(evil.body.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));

    const found = await c.get('/search?q=2099000001');
    assert.equal(found.status, 303);
    const named = await c.get(found.location ?? '');
    assert.ok(!named.body.includes(XSS_NAME), 'a name is never markup');
    assert.ok(named.body.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!named.body.includes('<b>班</b>'));
    const csp = named.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
  });

  it("shows a student's timetable and a class with its classmates", async () => {
    const c = new WebClient(stack.web.url);
    const tt = await c.get(`/student/${alice.id}?semester=${semester}&week=0`);
    assert.equal(tt.status, 200);
    for (const course of alice.courses) assert.ok(tt.body.includes(course), `${course} on the page`);
    assert.match(tt.body, /<table class="grid">/);
    const cardId = /href="\/card\/([\w-]+)"/.exec(tt.body)?.[1];
    assert.ok(cardId);
    const card = await c.get(`/card/${cardId}`);
    assert.equal(card.status, 200);
    assert.match(card.body, /上课同学/);
    const course = /<h1>([^<]+)<\/h1>/.exec(card.body)?.[1] ?? '';
    for (const kind of ['teacher', 'room']) {
      const link = new RegExp(`href="(/${kind}/[\\w-]+)"`).exec(card.body)?.[1];
      assert.ok(link, `a ${kind} link on the class page`);
      const owner = await c.get(`${link}?semester=${semester}&week=0`);
      assert.equal(owner.status, 200, link);
      assert.ok(owner.body.includes(course), `${course} on the ${kind}'s timetable`);
    }
  });

  it('finds free rooms', async () => {
    const c = new WebClient(stack.web.url);
    const form = await c.get('/rooms/free');
    assert.equal(form.status, 200);
    assert.match(form.body, /<form class="switcher" method="get" action="\/rooms\/free">/);
    const r = await c.get(`/rooms/free?semester=${semester}&week=1&weekday=1&slot=1`);
    assert.equal(r.status, 200);
    const rooms = [...r.body.matchAll(/href="(\/room\/[\w-]+)"/g)].map((m) => m[1]!);
    assert.ok(rooms.length > 0, 'some room is free on Monday morning of week 1');
    const building = /<section class="group"><h2>([^<]+)<\/h2>/.exec(r.body)?.[1];
    assert.ok(building, 'grouped by building');
    const one = await c.get(
      `/rooms/free?semester=${semester}&week=1&weekday=1&slot=1&building=${encodeURIComponent(building)}`,
    );
    const shown = [...one.body.matchAll(/<section class="group"><h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    assert.deepEqual(shown, [building], 'only that building');
  });

  it('answers a friendly 404 for tampered or foreign ids', async () => {
    const c = new WebClient(stack.web.url);
    const flipped = alice.id.slice(0, 10) + (alice.id[10] === 'A' ? 'B' : 'A') + alice.id.slice(11);
    for (const path of [
      `/student/${flipped}`,
      `/teacher/${alice.id}`,
      `/card/${alice.id}`,
      '/student/123',
      '/nope',
    ]) {
      const r = await c.get(path);
      assert.equal(r.status, 404, path);
      assert.match(r.body, /页面不存在/);
      assert.match(r.headers.get('content-type') ?? '', /text\/html/);
    }
  });

  it('refuses forms without a valid CSRF token', async () => {
    const c = new WebClient(stack.web.url);
    await c.get('/login');
    const none = await c.post('/login', { code: alice.code, password: 'x', _csrf: '' });
    assert.equal(none.status, 403);
    const forged = await c.post('/login', { code: alice.code, password: 'x', _csrf: 'forged' });
    assert.equal(forged.status, 403);
    const stranger = new WebClient(stack.web.url); // another browser: no CSRF cookie
    await c.get('/login');
    const token = c.csrf();
    const cross = await stranger.post('/login', { code: alice.code, password: 'x', _csrf: token });
    assert.equal(cross.status, 403);
    const logout = await c.request('/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    assert.equal(logout.status, 403);
  });

  it('registers through the school e-mail, logs in and out', async () => {
    const a = new WebClient(stack.web.url);
    await register(a, alice.code);
    const settings = await a.get('/settings');
    assert.equal(settings.status, 200);
    assert.ok(settings.body.includes(alice.name));
    await a.get('/');
    assert.equal((await a.post('/logout', {})).status, 303);
    assert.equal((await a.get('/settings')).status, 303, 'logged out: settings redirect to login');
    await login(a, alice.code);
    assert.equal((await a.get('/settings')).status, 200);

    const b = new WebClient(stack.web.url);
    await register(b, bob.code);
  });

  it('answers brute-force logins with 429', async () => {
    const c = new WebClient(stack.web.url);
    await c.get('/login');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await c.post('/login', { code: bob.code, password: `guess-${i}` });
      statuses.push(r.status);
    }
    assert.deepEqual(statuses.slice(0, 5), [401, 401, 401, 401, 401]);
    assert.equal(statuses[6], 429);
    assert.match(c.last?.body ?? '', /尝试次数过多/);
    const right = await c.post('/login', { code: bob.code, password: PASSWORD });
    assert.equal(right.status, 429, 'locked even with the right password until the window ends');
  });

  it('honours privacy levels in timetables and classmates lists', async () => {
    const a = new WebClient(stack.web.url);
    await login(a, alice.code);
    const anon = new WebClient(stack.web.url);
    const other = new WebClient(stack.web.url);
    await register(other, carol.code);
    const page = `/student/${alice.id}?semester=${semester}&week=0`;
    const course = alice.courses[0]!;

    await setPrivacy(a, 1);
    assert.equal((await anon.get(page)).status, 403);
    assert.ok(!anon.last!.body.includes(course));
    assert.equal((await other.get(page)).status, 200);
    assert.ok(other.last!.body.includes(course));

    await setPrivacy(a, 2);
    for (const c of [anon, other]) {
      const r = await c.get(page);
      assert.equal(r.status, 403);
      assert.ok(!r.body.includes(course), 'no class of a private timetable');
    }
    assert.equal((await a.get(page)).status, 200, 'the student still sees their own');
    // As a new user would try it (issue 13, finding 1): one-character variants of the id never
    // open the private timetable (base64url spellings of the same bytes, a dangling character).
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const variants = [
      ...[...alphabet].map((ch) => alice.id.slice(0, -1) + ch),
      `${alice.id}A`,
      `${alice.id}=`,
    ].filter((v) => v !== alice.id);
    for (const v of variants) {
      const r = await anon.get(`/student/${v}?semester=${semester}&week=0`);
      assert.equal(r.status, 404, `/student/${v} is no student`);
      assert.ok(!r.body.includes(course));
    }

    const tt = await a.get(page);
    const cardId = new RegExp(`href="/card/([\\w-]+)">${course}`).exec(tt.body)?.[1];
    assert.ok(cardId);
    for (const c of [anon, other]) {
      const card = await c.get(`/card/${cardId}`);
      assert.equal(card.status, 200);
      assert.ok(!card.body.includes(alice.name), 'a private name is masked');
      assert.ok(!card.body.includes(`/student/${alice.id}`), 'and not linked');
      assert.ok(!card.body.includes(`${[...alice.name][0]}同学`), 'not even her surname');
      assert.match(card.body, /另有 1 位同学/, 'she is counted');
    }
    assert.ok((await a.get(`/card/${cardId}`)).body.includes(alice.name), 'she sees herself');
    await setPrivacy(a, 0);
    assert.equal((await anon.get(page)).status, 200);
  });

  it('lists who viewed my timetable, never counting shadow traffic (the proxy-signed kind only)', async () => {
    const a = new WebClient(stack.web.url);
    await login(a, alice.code);
    const anonymous = async () => Number(/另有 (\d+) 次/.exec((await a.get('/settings')).body)?.[1] ?? 0);
    const before = await anonymous();
    const anon = new WebClient(stack.web.url);
    await anon.get(`/student/${alice.id}`);
    // A client's own shadow flag is ignored: it cannot browse without leaving a visit.
    await anon.request(`/student/${alice.id}`, { headers: { 'x-everyclass-shadow': '1' } });
    assert.equal(await anonymous(), before + 2);
    // The shadow proxy's copy, signed with web's SHADOW_KEY, is shadow traffic: no visit.
    const url = `/student/${alice.id}`;
    const signature = signShadow(Buffer.from(shadowKey, 'hex'), 'GET', url);
    const copy = await anon.request(url, {
      headers: { 'x-everyclass-shadow': '1', 'x-everyclass-shadow-signature': signature },
    });
    assert.equal(copy.status, 200);
    assert.equal(await anonymous(), before + 2);
    const viewer = new WebClient(stack.web.url);
    await login(viewer, carol.code);
    await viewer.get(`/student/${alice.id}`);
    const settings = await a.get('/settings');
    assert.ok(settings.body.includes(carol.name), 'a logged-in visitor is named');
  });

  it('subscribes to the calendar; resetting the link kills the old one at once', async () => {
    const a = new WebClient(stack.web.url);
    await login(a, alice.code);
    const empty = await a.get(`/calendar?semester=${semester}`);
    assert.equal(empty.status, 200);
    assert.equal((await a.post('/calendar/subscribe', { semester })).status, 303);
    const page = await a.get(`/calendar?semester=${semester}`);
    const feed = /<code class="url" id="feed-url">([^<]+)<\/code>/.exec(page.body)?.[1];
    assert.ok(feed?.startsWith(`${stack.calendar.url}/calendar/ics/`), feed);
    assert.match(page.body, /href="webcal:\/\/127\.0\.0\.1:\d+\/calendar\/ics\/[\w-]+\.ics"/);
    assert.match(page.body, /<svg[^>]*viewBox/);
    const ics = await fetch(feed!);
    assert.equal(ics.status, 200);
    assert.match(await ics.text(), new RegExp(`X-WR-CALNAME:${alice.name}的${semester}课表`));

    assert.equal((await a.post(`/calendar/reset?semester=${semester}`, {})).status, 303);
    assert.equal((await fetch(feed!)).status, 404, 'the old link answers 404');
    const fresh = /<code class="url" id="feed-url">([^<]+)<\/code>/.exec(
      (await a.get(`/calendar?semester=${semester}`)).body,
    )?.[1];
    assert.ok(fresh && fresh !== feed);
    assert.equal((await fetch(fresh)).status, 200);

    // Revoking the link from the settings page.
    const settings = await a.get('/settings');
    assert.ok(settings.body.includes(fresh), 'listed in the settings');
    const id = /name="id" value="([\w-]+)"/.exec(settings.body)?.[1];
    assert.ok(id);
    assert.equal((await a.post('/settings/tokens/revoke', { id })).status, 303);
    assert.equal((await fetch(fresh)).status, 404, 'a revoked link answers 404');
  });
});
