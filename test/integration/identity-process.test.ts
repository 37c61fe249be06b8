// identity and web as processes: a bad configuration is one line and exit 1; identity over
// Twirp protobuf with the entity service as a process (registration by e-mail into the outbox,
// login, calendar token resolution); SIGTERM drains both.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { waitFor } from '../../hack/localenv/processes.ts';
import { everyclass } from '../../proto/generated/everyclass.js';
import { EntityService, IdentityService } from '../../proto/generated/services.ts';
import { generateUniversity } from '../../services/data/generate.ts';
import { importSemester } from '../../services/data/import.ts';
import { TwirpClient, TwirpError } from '../../services/kit/twirp/client.ts';
import { useStore } from '../support/localenv.ts';
import { type RunningService, startService } from './services/support.ts';

const E = everyclass.entity.v1;
const cli = join(import.meta.dirname, '../../services/cli.ts');
const key = randomBytes(32).toString('hex');

function run(service: string, env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(MONGO_URL|ENTITY_URL|IDENTITY_URL|SESSION_KEY|PORT)$/.test(k),
    ),
  );
  return spawnSync(process.execPath, [cli, service], {
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('identity and web processes', function () {
  this.timeout(180_000);

  const bad: Array<[string, string, Record<string, string>, RegExp]> = [
    [
      'identity without SESSION_KEY',
      'identity',
      { MONGO_URL: 'mongodb://x/y', ENTITY_URL: 'http://x' },
      /SESSION_KEY is required/,
    ],
    [
      'identity with a bad SMTP_PORT',
      'identity',
      {
        MONGO_URL: 'mongodb://x/y',
        ENTITY_URL: 'http://x',
        SESSION_KEY: key,
        SMTP_HOST: 'mail',
        SMTP_PORT: 'x',
      },
      /SMTP_PORT must be a whole number/,
    ],
    [
      'web without IDENTITY_URL',
      'web',
      { ENTITY_URL: 'http://x', SESSION_KEY: key },
      /IDENTITY_URL is required/,
    ],
    [
      'web with an unknown locale',
      'web',
      { ENTITY_URL: 'http://x', IDENTITY_URL: 'http://y', SESSION_KEY: key, WEB_LOCALE: 'fr' },
      /WEB_LOCALE must be one of/,
    ],
  ];
  for (const [what, service, env, message] of bad) {
    it(`exits 1 with one clear line: ${what}`, () => {
      const r = run(service, env);
      assert.equal(r.status, 1);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    });
  }

  describe('identity over protobuf, with entity', () => {
    let entity: RunningService;
    let identity: RunningService;
    let mongo: MongoClient;
    const db = `identity_proc_${process.pid}_${Date.now()}`;

    before(async () => {
      const store = await useStore();
      entity = await startService('entity', { MONGO_URL: `${store.url}/${db}_entity` });
      const data = generateUniversity({ seed: 3, scale: 0.005 });
      await importSemester(new TwirpClient(entity.url, EntityService), data[0]!, {
        chunk: 2000,
      });
      identity = await startService('identity', {
        MONGO_URL: `${store.url}/${db}`,
        ENTITY_URL: entity.url,
        SESSION_KEY: key,
        PUBLIC_URL: 'https://everyclass.example.edu',
        LOG_LEVEL: 'info',
      });
      mongo = await MongoClient.connect(store.url);
    });
    after(async () => {
      await identity?.stop();
      await entity?.stop();
      await mongo?.close();
    });

    it('registers through the outbox, logs in, resolves a calendar token; drains on SIGTERM', async () => {
      const entityClient = new TwirpClient(entity.url, EntityService);
      const client = new TwirpClient(identity.url, IdentityService);
      // The entity service loads its catalog after the import: wait until it serves a student.
      const student = await waitFor('a student served by entity', async () => {
        const found = await entityClient.call('Search', { query: '20', kinds: [E.Kind.STUDENT] });
        return found.groups[0]?.items?.[0];
      });
      assert.ok(student?.id);
      const sent = await client.call('StartRegistration', { studentId: student.id });
      assert.equal(sent.email, `${student.code}@example.org`);
      const mail = await mongo
        .db(db)
        .collection<{ to: string; text: string }>('outbox')
        .findOne({ to: sent.email });
      const token = /token=([\w-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
      assert.ok(mail?.text.includes('https://everyclass.example.edu/register/verify?token='));
      const password = 'Quiet-river-under-Orange-Isle-7';
      const { formToken } = await client.call('ExchangeRegistration', { token });
      await client.call('CompleteRegistration', { token: formToken, password });
      const session = await client.call('Login', {
        studentCode: student.code ?? '',
        password,
        clientAddress: '127.0.0.1',
      });
      assert.equal(session.account?.studentId, student.id);
      const cal = await client.call('CreateCalendarToken', {
        session: session.token,
        semester: '2026-2027-1',
      });
      const resolved = await client.call('ResolveCalendarToken', {
        token: cal.token,
      });
      assert.deepEqual([resolved.studentId, resolved.semester], [student.id, '2026-2027-1']);
      // One character changed (a token may already end in x: then it becomes y).
      const tampered = `${cal.token.slice(0, -1)}${cal.token.endsWith('x') ? 'y' : 'x'}`;
      await assert.rejects(
        client.call('ResolveCalendarToken', { token: tampered }),
        (err: unknown) => err instanceof TwirpError && err.code === 'not_found',
      );
      const wrong = await client
        .call('Login', { studentCode: student.code ?? '', password: 'nope' })
        .catch((e: unknown) => e);
      assert.ok(wrong instanceof TwirpError && wrong.code === 'unauthenticated' && wrong.status === 401);

      process.kill(identity.pid, 'SIGTERM');
      assert.equal(await identity.exited, 0);
      const { readFileSync } = await import('node:fs');
      const log = readFileSync(identity.logFile, 'utf8');
      assert.match(log, /"msg":"stopped"/);
      assert.ok(
        !log.includes(password) && !log.includes(token) && !log.includes(session.token),
        'no secret in the logs',
      );
    });
  });
});
