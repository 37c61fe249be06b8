// Login and registration limits (issue 13, finding 3), in process against the real FerretDB
// store: counted atomically before the password is checked, growing delays rather than a lock
// anyone could set off, IPv6 clients bucketed by /64.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { inject } from 'light-my-request';
import { createApp } from '../../services/identity/app.ts';
import type { Limits } from '../../services/identity/deps.ts';
import { outboxMailer } from '../../services/identity/mailer.ts';
import { hashPassword } from '../../services/identity/passwords.ts';
import { CalendarTokens } from '../../services/identity/secrets.ts';
import { IdentityStore } from '../../services/identity/store.ts';
import { silentLogger } from '../../services/kit/log.ts';
import { createMetrics } from '../../services/kit/metrics.ts';
import { useStore } from '../support/localenv.ts';

const GOOD = 'Lighthouse-cat-drinks-3-coffees';
const kdf = { logN: 10, r: 8, p: 1 };

describe('identity: login and registration limits (FerretDB)', function () {
  this.timeout(60_000);
  let store: IdentityStore;
  let clock = Date.parse('2026-10-01T08:00:00Z');

  const app = (limits: Partial<Limits>) =>
    createApp({
      store,
      directory: { student: async (id) => ({ id, code: id.replace('sid-', ''), name: '王小明' }) },
      mailer: outboxMailer(store, () => new Date(clock)),
      tokens: new CalendarTokens(randomBytes(32)),
      schoolName: '中南大学',
      emailDomain: 'csu.edu.cn',
      publicUrl: 'https://everyclass.example.edu',
      kdf,
      limits,
      now: () => new Date(clock),
      logger: silentLogger(),
      metrics: createMetrics('identity', { defaults: false }),
    });

  async function call(a: ReturnType<typeof app>, method: string, body: object) {
    const res = await inject(a.callback(), {
      method: 'POST',
      url: `/twirp/everyclass.identity.v1.Identity/${method}`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
    return { status: res.statusCode, body: JSON.parse(res.payload) as { meta?: Record<string, string> } };
  }
  const login = (a: ReturnType<typeof app>, code: string, password: string, address: string) =>
    call(a, 'Login', { student_code: code, password, client_address: address });

  before(async () => {
    const { url } = await useStore();
    store = await IdentityStore.connect(url, `identity_limits_${process.pid}_${Date.now()}`);
    const passwordHash = await hashPassword(GOOD, kdf);
    for (const code of ['1001', '1002', '1003', '1004', '1005', '1006', '1007'])
      await store.setPassword(
        { studentId: `sid-${code}`, code, name: '王小明', passwordHash },
        new Date(clock),
      );
  });
  after(async () => {
    await store?.conn.dropDatabase().catch(() => {});
    await store?.close();
  });

  it("never locks the owner out: another address's wrong passwords only slow that address", async () => {
    const a = app({ loginFailuresPerAccount: 3 });
    for (let i = 0; i < 10; i++) await login(a, '1001', `wrong-${i}`, '203.0.113.66');
    assert.equal((await login(a, '1001', GOOD, '198.51.100.20')).status, 200, 'the owner logs in');
    assert.equal((await login(a, '1001', GOOD, '203.0.113.66')).status, 429, 'the guesser waits');
  });

  it('counts a concurrent burst atomically: at most the free attempts and one more are checked', async () => {
    const a = app({ loginFailuresPerAccount: 3 });
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(a, '1002', `wrong-${i}`, '203.0.113.7')),
    );
    const checked = burst.filter((r) => r.status === 401).length;
    assert.ok(checked <= 4, `${checked} of 20 concurrent guesses were checked`);
    assert.equal(burst.filter((r) => r.status === 429).length, 20 - checked);
  });

  it('delays grow after the free attempts, and the right password gets in after the wait', async () => {
    const a = app({ loginFailuresPerAccount: 2 });
    const from = '203.0.113.9';
    assert.equal((await login(a, '1003', 'w1', from)).status, 401);
    assert.equal((await login(a, '1003', 'w2', from)).status, 401);
    assert.equal((await login(a, '1003', 'w3', from)).status, 401, 'the first delayed slot is open');
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await login(a, '1003', `w${4 + i}`, from);
      assert.equal(r.status, 429);
      const wait = Number(r.body.meta?.retry_after_seconds);
      waits.push(wait);
      clock += wait * 1000;
      assert.equal((await login(a, '1003', `x${i}`, from)).status, 401, 'after the wait: one attempt');
    }
    assert.ok(waits[0]! < waits[1]! && waits[1]! < waits[2]!, `growing: ${waits}`);
    const last = await login(a, '1003', GOOD, from);
    clock += Number(last.body.meta?.retry_after_seconds ?? 0) * 1000;
    assert.equal((await login(a, '1003', GOOD, from)).status, 200);
  });

  it('buckets IPv6 clients by /64 (a host has a whole /64 to pick addresses from)', async () => {
    const a = app({ loginFailuresPerAccount: 100, loginFailuresPerAddress: 4 });
    const statuses = [];
    for (const [i, code] of ['1004', '1005', '1006', '1007', '1001', '1002'].entries())
      statuses.push((await login(a, code, 'nope', `2001:db8:1:2::${i + 1}`)).status);
    assert.deepEqual(statuses, [401, 401, 401, 401, 429, 429]);
    assert.equal((await login(a, '1004', 'nope', '2001:db8:1:2:ffff:1:2:3')).status, 429, 'same /64');
    assert.equal(
      (await login(a, '1004', 'nope', '2001:db8:1:3::1')).status,
      401,
      'the next /64 is another client',
    );
  });

  it('counts registration mails per address atomically and per /64', async () => {
    const a = app({ registrationsPerAddressHour: 3, registrationsPerHour: 100 });
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(a, 'StartRegistration', { student_id: `sid-9${i}`, client_address: `2001:db8:9:9::${i + 1}` }),
      ),
    );
    assert.equal(burst.filter((r) => r.status === 200).length, 3, burst.map((r) => r.status).join(' '));
  });

  it('keeps outbox mails (their links are live credentials) only as long as the link lives', async () => {
    const a = app({});
    const to = { to: '7001@csu.edu.cn' };
    assert.equal((await call(a, 'StartRegistration', { student_id: 'sid-7001' })).status, 200);
    const mail = await store.m.outbox.findOne(to).lean().exec();
    assert.ok(mail?.expiresAt, 'an outbox mail expires');
    assert.equal(mail.expiresAt.getTime() - mail.createdAt.getTime(), 24 * 3600_000, 'with its link');
    await store.sweep(new Date(clock + 24 * 3600_000 - 1000));
    assert.equal(await store.m.outbox.countDocuments(to), 1);
    await store.sweep(new Date(clock + 24 * 3600_000 + 1000));
    assert.equal(await store.m.outbox.countDocuments(to), 0, 'swept with the link it carried');
  });
});
