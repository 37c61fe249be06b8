// The shadow proxy between a client and a real production stack (entity, identity, calendar, web),
// copying every request into a real staging stack: staging answers, but mirrored traffic writes
// nothing there (no recorded visits), registration is never copied, while production works as usual.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type MirrorProcess, startMirrorProcess } from '../../services/mirror/harness.ts';
import { type Stack, startStack, WebClient } from './web-stack.ts';

describe('mirror: production and staging stacks behind the shadow proxy', function () {
  this.timeout(300_000);
  let production: Stack;
  let staging: Stack;
  let mirror: MirrorProcess;
  const logs = mkdtempSync(join(tmpdir(), 'everyclass-mirror-stack-'));

  before(async () => {
    // One web key for both, so that staging would accept production's forms (CSRF): the
    // registration POST below stays out of staging because the proxy never copies it.
    const webKey = randomBytes(32).toString('hex');
    // Staging believes the shadow flag only with the proxy's signature under its SHADOW_KEY.
    const shadowKey = randomBytes(32).toString('hex');
    [production, staging] = await Promise.all([
      startStack({ seed: 5, webKey }),
      startStack({ seed: 5, webKey, shadowKey }),
    ]);
    mirror = await startMirrorProcess(
      {
        UPSTREAM_URL: production.web.url,
        MIRROR_TARGET_URL: staging.web.url,
        MIRROR_PERCENT: '100',
        // The strongest policy a user could choose: every method, credentials kept.
        MIRROR_METHODS: 'GET,HEAD,POST',
        MIRROR_KEEP_CREDENTIALS: 'true',
        MIRROR_COMPARE: 'true',
        MIRROR_SHADOW_KEY: shadowKey,
      },
      logs,
    );
  });

  after(async () => {
    await mirror?.stop();
    await Promise.all([production?.stop(), staging?.stop()]);
    rmSync(logs, { recursive: true, force: true });
  });

  /** Anonymous timetable views recorded on the accounts of a stack's identity service. */
  const anonymousViews = async (stack: Stack) => {
    const accounts = await stack.identityDb
      .collection<{ anonymousViews?: number }>('accounts')
      .find()
      .toArray();
    return accounts.reduce((n, a) => n + (a.anonymousViews ?? 0), 0);
  };

  it('records a timetable visit in production only', async () => {
    const student = production.data[0]?.students?.[3];
    assert.ok(student?.code);
    // The student has an account in both environments, so a visit could be recorded in either.
    for (const stack of [production, staging]) {
      const direct = new WebClient(stack.web.url);
      await direct.get('/register');
      assert.equal((await direct.post('/register', { code: student.code })).status, 200);
      const done = await direct.setPassword(await stack.mailLink(student.code), 'Correct-Horse-Battery-9');
      assert.equal(done.status, 303, 'the account exists');
    }
    const client = new WebClient(mirror.url);
    const search = await client.get(`/search?q=${student.code}`);
    assert.equal(search.status, 303, 'an exact student number goes straight to the student');
    const link = search.location ?? '';
    assert.ok(link.startsWith('/student/'), 'search leads to the student');
    const before = { production: await anonymousViews(production), staging: await anonymousViews(staging) };
    const mirroredBefore = (await mirror.settled()).mirrored;
    const page = await client.get(link);
    assert.equal(page.status, 200);
    assert.match(page.body, /<table class="grid">/);
    const stats = await mirror.settled();
    assert.ok(stats.mirrored > mirroredBefore, `the view was copied to staging (${JSON.stringify(stats)})`);
    assert.equal(await anonymousViews(production), before.production + 1, 'production counts the visit');
    assert.equal(
      await anonymousViews(staging),
      before.staging,
      'staging records nothing from shadow traffic',
    );
  });

  it('never copies registration to staging: production mails the student, staging sees nothing', async () => {
    const student = production.data[0]?.students?.[7];
    assert.ok(student?.code);
    const client = new WebClient(mirror.url);
    await client.get('/register');
    const sampledBefore = (await mirror.settled()).sampled;
    const answer = await client.post('/register', { code: student.code });
    assert.equal(answer.status, 200);
    const stats = await mirror.settled();
    assert.equal(stats.sampled, sampledBefore, 'an auth-flow path is never sampled');
    const to = { to: `${student.code}@csu.edu.cn` };
    assert.equal(
      await production.identityDb.collection('outbox').countDocuments(to),
      1,
      'production mails the student',
    );
    assert.equal(await staging.identityDb.collection('outbox').countDocuments(to), 0, 'staging mails nobody');
    assert.ok(!(await mirror.mismatches()).some((m) => m.path.startsWith('/register')));
  });
});
