// The identity service's RPC methods, driven in-process (no port) against the real FerretDB
// store, with a stand-in for the entity service's student directory.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { inject } from 'light-my-request';
import mongoose from 'mongoose';
import { createApp } from '../../services/identity/app.ts';
import type { Limits, StudentInfo } from '../../services/identity/deps.ts';
import { outboxMailer } from '../../services/identity/mailer.ts';
import { CalendarTokens } from '../../services/identity/secrets.ts';
import { IdentityStore } from '../../services/identity/store.ts';
import type { KitApp } from '../../services/kit/app.ts';
import { silentLogger } from '../../services/kit/log.ts';
import { createMetrics } from '../../services/kit/metrics.ts';
import { useStore } from '../support/localenv.ts';

const students: Record<string, StudentInfo> = {
  'sid-alice': { id: 'sid-alice', code: '3901160407', name: '王小明' },
  'sid-bob': { id: 'sid-bob', code: '3901160408', name: '李华' },
  'sid-carol': { id: 'sid-carol', code: '3901160409', name: '张三' },
  'sid-dave': { id: 'sid-dave', code: '3901160410', name: '赵六' },
};
const GOOD = 'Lighthouse-cat-drinks-3-coffees';

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

describe('identity RPC (in-process, FerretDB)', function () {
  this.timeout(60_000);
  let store: IdentityStore;
  let app: KitApp;
  let db: string;

  async function rpc(method: string, body: object, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await inject(app.callback(), {
      method: 'POST',
      url: `/twirp/everyclass.identity.v1.Identity/${method}`,
      headers: { 'content-type': 'application/json', ...headers },
      payload: JSON.stringify(body),
    });
    return { status: res.statusCode, body: JSON.parse(res.payload) as Record<string, unknown> };
  }

  async function ok(method: string, body: object): Promise<Record<string, unknown>> {
    const r = await rpc(method, body);
    assert.equal(r.status, 200, `${method}: ${JSON.stringify(r.body)}`);
    return r.body;
  }

  async function lastMailLink(code: string): Promise<string> {
    const mail = await store.m.outbox
      .findOne({ to: `${code}@csu.edu.cn` })
      .sort({ createdAt: -1 })
      .lean()
      .exec();
    assert.ok(mail, `a mail to ${code}`);
    const m = /token=([\w-]+)/.exec(mail.text);
    assert.ok(m?.[1], mail.text);
    return m[1];
  }

  async function register(id: string): Promise<string> {
    await ok('StartRegistration', { student_id: id });
    const link = await lastMailLink(students[id]!.code);
    const { form_token: token } = await ok('ExchangeRegistration', { token: link });
    const session = await ok('CompleteRegistration', { token, password: GOOD });
    return session.token as string;
  }

  let clock = Date.now();
  const build = (limits: Partial<Limits>) =>
    createApp({
      store,
      directory: { student: async (id) => students[id] },
      mailer: outboxMailer(store, () => new Date(clock)),
      tokens: new CalendarTokens(randomBytes(32)),
      schoolName: '中南大学',
      emailDomain: 'csu.edu.cn',
      publicUrl: 'https://everyclass.example.edu',
      kdf: { logN: 12, r: 8, p: 1 },
      limits,
      now: () => new Date(clock),
      logger: silentLogger(),
      metrics: createMetrics('identity', { defaults: false }),
    });

  before(async () => {
    const { url } = await useStore();
    db = `identity_rpc_${process.pid}_${Date.now()}`;
    store = await IdentityStore.connect(url, db);
    app = build({ loginFailuresPerAccount: 3, loginFailuresPerAddress: 100 });
  });

  after(async () => {
    await store?.conn.dropDatabase().catch(() => {});
    await store?.close();
    await mongoose.disconnect();
  });

  it('registers by school e-mail: the link arrives in the outbox, the token is stored hashed', async () => {
    const start = await ok('StartRegistration', { student_id: 'sid-alice' });
    assert.equal(start.email, '3901160407@csu.edu.cn');
    const link = await lastMailLink('3901160407');
    const mail = await store.m.outbox.findOne({ to: '3901160407@csu.edu.cn' }).lean().exec();
    assert.match(mail!.text, /https:\/\/everyclass\.example\.edu\/register\/verify\?token=/);
    assert.equal(await store.m.registrations.countDocuments({ _id: link }), 0, 'token not stored in clear');

    // The mailed token travelled in a URL: it only buys a form token, once.
    assert.equal((await rpc('CheckRegistration', { token: link })).status, 404, 'not a form token');
    assert.equal((await rpc('CompleteRegistration', { token: link, password: GOOD })).status, 404);
    const shadowed = await rpc('ExchangeRegistration', { token: link }, { 'x-everyclass-shadow': '1' });
    assert.equal(shadowed.status, 412, 'shadow traffic uses nothing up');
    const exchanged = await ok('ExchangeRegistration', { token: link });
    assert.equal((exchanged.account as Record<string, unknown>).name, '王小明');
    const token = exchanged.form_token as string;
    assert.match(token, /^[\w-]{43}$/);
    assert.notEqual(token, link);
    const lifetime = Date.parse(exchanged.expires_at as string) - clock;
    assert.ok(lifetime > 0 && lifetime <= 30 * 60_000, `the form token is short-lived (${lifetime} ms)`);
    assert.equal((await rpc('ExchangeRegistration', { token: link })).status, 404, 'a link works once');

    const check = await ok('CheckRegistration', { token });
    assert.deepEqual((check.account as Record<string, unknown>).name, '王小明');

    const weak = await rpc('CompleteRegistration', { token, password: 'password' });
    assert.equal(weak.status, 400);
    assert.equal((weak.body.meta as Record<string, string>).reason, 'topTen');
    const mine = await rpc('CompleteRegistration', { token, password: '3901160407' });
    assert.equal(mine.status, 400);

    const session = await ok('CompleteRegistration', { token, password: GOOD });
    assert.match(session.token as string, /^[\w-]{43}$/);
    const again = await rpc('CompleteRegistration', { token, password: GOOD });
    assert.equal(again.status, 404, 'a form token works once');

    const acct = await store.account('sid-alice');
    assert.ok(acct?.passwordHash.startsWith('scrypt$'));
    assert.ok(!JSON.stringify(acct).includes(GOOD));
    const me = await ok('GetSession', { session: session.token });
    assert.equal((me.account as Record<string, unknown>).student_code, '3901160407');
  });

  it('answers not_found for an unknown student and refuses shadow registrations', async () => {
    assert.equal((await rpc('StartRegistration', { student_id: 'nobody' })).status, 404);
    const before = await store.m.outbox.countDocuments();
    const shadow = await rpc('StartRegistration', { student_id: 'sid-bob' }, { 'x-everyclass-shadow': '1' });
    assert.equal(shadow.status, 412);
    assert.equal(await store.m.outbox.countDocuments(), before, 'no mail for shadow traffic');
  });

  it('logs in and out; wrong passwords are unauthenticated, then delayed for that account and address', async () => {
    const s = await ok('Login', { student_code: '3901160407', password: GOOD, client_address: '10.0.0.1' });
    await ok('Logout', { session: s.token });
    assert.equal((await rpc('GetSession', { session: s.token })).status, 401);

    for (let i = 0; i < 3; i++) {
      const r = await rpc('Login', {
        student_code: '3901160407',
        password: `wrong${i}`,
        client_address: '10.0.0.2',
      });
      assert.equal(r.status, 401);
    }
    assert.equal(
      (await rpc('Login', { student_code: '3901160407', password: 'w', client_address: '10.0.0.2' })).status,
      401,
    );
    const limited = await rpc('Login', {
      student_code: '3901160407',
      password: GOOD,
      client_address: '10.0.0.2',
    });
    assert.equal(limited.status, 429, 'past the free attempts, the guessing address waits');
    assert.equal(limited.body.code, 'resource_exhausted');
    assert.match((limited.body.meta as Record<string, string>).retry_after_seconds ?? '', /^\d+$/);
    const owner = await rpc('Login', {
      student_code: '3901160407',
      password: GOOD,
      client_address: '10.0.0.3',
    });
    assert.equal(owner.status, 200, 'the owner elsewhere is never locked out');
    assert.equal((await rpc('Login', { student_code: '0000', password: 'x' })).status, 401);
    assert.equal((await rpc('Login', { student_code: 'x'.repeat(65), password: 'x' })).status, 400);
  });

  it('keeps privacy levels; students without an account are public', async () => {
    const session = (await ok('Login', { student_code: '3901160407', password: GOOD })).token;
    const levels0 = await ok('GetPrivacy', { student_ids: ['sid-alice', 'sid-bob'] });
    assert.deepEqual(levels0.levels, { 'sid-alice': 'PUBLIC', 'sid-bob': 'PUBLIC' });
    assert.equal((await rpc('SetPrivacy', { session: 'forged', privacy: 2 })).status, 401);
    assert.equal((await rpc('SetPrivacy', { session, privacy: 7 })).status, 400);
    await ok('SetPrivacy', { session, privacy: 'PRIVATE' });
    const levels = await ok('GetPrivacy', { student_ids: ['sid-alice'] });
    assert.deepEqual(levels.levels, { 'sid-alice': 'PRIVATE' });
    await ok('SetPrivacy', { session, privacy: 0 });
  });

  it('creates, lists, resolves, revokes and resets calendar tokens', async () => {
    const session = (await ok('Login', { student_code: '3901160407', password: GOOD })).token;
    const t1 = await ok('CreateCalendarToken', { session, semester: '2026-2027-1' });
    assert.equal(t1.path, `/calendar/ics/${t1.token}.ics`);
    const same = await ok('CreateCalendarToken', { session, semester: '2026-2027-1' });
    assert.equal(same.token, t1.token, 'one token per semester');
    const t2 = await ok('CreateCalendarToken', { session, semester: '2026-2027-2' });
    assert.equal(((await ok('ListCalendarTokens', { session })).tokens as unknown[]).length, 2);
    assert.equal(
      await store.m.tokens.countDocuments({ _id: t1.token as string }),
      0,
      'the token is not stored',
    );

    assert.deepEqual(await ok('ResolveCalendarToken', { token: t1.token }), {
      student_id: 'sid-alice',
      semester: '2026-2027-1',
      hidden: false,
    });
    await ok('RevokeCalendarToken', { session, id: t1.id });
    assert.equal((await rpc('ResolveCalendarToken', { token: t1.token })).status, 404);
    assert.equal((await rpc('ResolveCalendarToken', { token: 'nope' })).status, 404);

    const reset = (await ok('ResetCalendarTokens', { session })).tokens as Array<Record<string, string>>;
    assert.deepEqual(
      reset.map((t) => t.semester),
      ['2026-2027-2'],
    );
    assert.notEqual(reset[0]!.token, t2.token);
    assert.equal(
      (await rpc('ResolveCalendarToken', { token: t2.token })).status,
      404,
      'old link dead at once',
    );
    await ok('ResolveCalendarToken', { token: reset[0]!.token });

    const bob = await register('sid-bob');
    assert.equal(Array.isArray((await ok('ListCalendarTokens', { session: bob })).tokens), true);
    await ok('RevokeCalendarToken', { session: bob, id: reset[0]!.id });
    await ok('ResolveCalendarToken', { token: reset[0]!.token }); // bob cannot revoke alice's
  });

  it('records who viewed a timetable, and never in shadow', async () => {
    const alice = (await ok('Login', { student_code: '3901160407', password: GOOD })).token;
    const bob = (await ok('Login', { student_code: '3901160408', password: GOOD })).token;
    const carol = await register('sid-carol');
    const before = (await ok('ListVisitors', { session: alice })).anonymous_count as number;
    await ok('RecordView', { student_id: 'sid-alice', session: bob });
    await ok('RecordView', { student_id: 'sid-alice', session: bob });
    await ok('RecordView', { student_id: 'sid-alice', session: alice }); // herself: not a visit
    await ok('RecordView', { student_id: 'sid-alice' });
    await ok('RecordView', { student_id: 'sid-alice', session: carol });
    const seen = await ok('ViewTimetable', { student_id: 'sid-alice', session: bob });
    assert.equal((seen.viewer as Record<string, unknown>).name, '李华');
    assert.equal(seen.privacy, 'PUBLIC');
    const anonymous = await ok('ViewTimetable', { student_id: 'sid-alice', session: 'expired-or-forged' });
    assert.equal(anonymous.viewer, null, 'no viewer for a bad session');
    await ok('SetPrivacy', { session: carol, privacy: 2 });
    await rpc('RecordView', { student_id: 'sid-alice' }, { 'x-everyclass-shadow': '1' });
    const v = await ok('ListVisitors', { session: alice });
    const visitors = v.visitors as Array<Record<string, unknown>>;
    assert.deepEqual(
      visitors.map((x) => [x.name, x.count]),
      [['李华', 3]],
      'a private visitor is not named',
    );
    assert.equal(v.anonymous_count, before + 1 + 1 + 1);
  });

  it('serves mirrored reads of other timetables, refuses mirrored access requests and answers', async () => {
    const shadow = { 'x-everyclass-shadow': '1' };
    const alice = (await ok('Login', { student_code: '3901160407', password: GOOD })).token;
    const bob = (await ok('Login', { student_code: '3901160408', password: GOOD })).token;
    await ok('SetPrivacy', { session: alice, privacy: 2 });
    try {
      const feed = { owner_id: 'VGVhY2hlcg', semester: '2026-2027-1' }; // a teacher's id (no account)
      const link = await ok('CreateFeedLink', feed);
      const mirrored = await rpc('CreateFeedLink', feed, shadow);
      assert.equal(mirrored.status, 200, 'a subscription page in shadow traffic gets its link');
      assert.equal(mirrored.body.token, link.token, 'the same link: nothing was stored');
      const seen = await rpc('CheckVisibility', { session: bob, student_ids: ['sid-alice'] }, shadow);
      assert.equal(seen.status, 200);
      assert.deepEqual(seen.body.visible, { 'sid-alice': false });
      const asked = await rpc('RequestAccess', { session: bob, owner_id: 'sid-alice' }, shadow);
      assert.equal(asked.status, 412, 'a mirrored ask writes nothing');
      const listed = await rpc('ListAccessRequests', { session: alice }, shadow);
      assert.equal(listed.status, 200);
      assert.deepEqual(listed.body.requests, [], 'no request stored by the mirrored ask');
      await ok('RequestAccess', { session: bob, owner_id: 'sid-alice' });
      const answer = { session: alice, asker_id: 'sid-bob', answer: 'ACCEPT' };
      assert.equal((await rpc('AnswerAccessRequest', answer, shadow)).status, 412);
      const page = await rpc('ViewTimetable', { student_id: 'sid-alice', session: bob }, shadow);
      assert.equal(page.status, 200, 'a mirrored timetable page is served');
      assert.equal(page.body.request, 'PENDING', 'the mirrored answer accepted nothing');
      assert.equal(page.body.granted, false);
    } finally {
      await ok('SetPrivacy', { session: alice, privacy: 0 });
    }
  });

  it('limits registration mails per student', async () => {
    let last = 0;
    for (let i = 0; i < 5; i++) last = (await rpc('StartRegistration', { student_id: 'sid-carol' })).status;
    assert.equal(last, 429);
  });

  it('expires sessions and registration links', async () => {
    const session = (await ok('Login', { student_code: '3901160407', password: GOOD })).token;
    await ok('StartRegistration', { student_id: 'sid-alice' });
    const link = await lastMailLink('3901160407');
    clock += 1000; // the newest mail is dave's
    await ok('StartRegistration', { student_id: 'sid-dave' });
    const { form_token: token } = await ok('ExchangeRegistration', {
      token: await lastMailLink('3901160410'),
    });
    clock += 31 * 60_000;
    assert.equal(
      (await rpc('CheckRegistration', { token })).status,
      404,
      'the form token expired after 30 min',
    );
    clock += 7 * 24 * 3600_000 + 1000;
    try {
      assert.equal((await rpc('GetSession', { session })).status, 401, 'a week later the session is gone');
      assert.equal(
        (await rpc('ExchangeRegistration', { token: link })).status,
        404,
        'the link expired after 24 h',
      );
      await store.sweep(new Date(clock));
      assert.equal(await store.m.sessions.countDocuments({ studentId: 'sid-alice' }), 0);
    } finally {
      clock = Date.now();
    }
  });

  it('rate-limits failed logins per client address across accounts', async () => {
    const saved = app;
    app = build({ loginFailuresPerAccount: 100, loginFailuresPerAddress: 4 });
    try {
      const statuses = [];
      for (const code of ['3901160407', '3901160408', '3901160409', '0001', '0002', '0003']) {
        statuses.push(
          (await rpc('Login', { student_code: code, password: 'nope', client_address: '192.0.2.7' })).status,
        );
      }
      assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429]);
      const elsewhere = await rpc('Login', {
        student_code: '3901160408',
        password: GOOD,
        client_address: '192.0.2.8',
      });
      assert.equal(elsewhere.status, 200, 'another address is not affected');
    } finally {
      app = saved;
    }
  });

  it('limits registration mails per client address, whichever the students', async () => {
    const saved = app;
    app = build({ registrationsPerAddressHour: 2 });
    try {
      const statuses = [];
      for (const id of ['sid-alice', 'sid-bob', 'sid-dave']) {
        statuses.push(
          (await rpc('StartRegistration', { student_id: id, client_address: '198.51.100.9' })).status,
        );
      }
      assert.deepEqual(statuses, [200, 200, 429], 'dave has had no mail: the address is the limit');
    } finally {
      app = saved;
    }
  });
});
