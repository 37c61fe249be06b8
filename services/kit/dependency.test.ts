import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { runCheck } from './app.ts';
import { backoffDelay, Dependency } from './dependency.ts';
import { silentLogger } from './log.ts';
import { permanentMongoError } from './mongo.ts';

describe('dependency', () => {
  it('backs off exponentially, jittered, bounded', () => {
    const b = { baseMs: 500, maxMs: 5000 };
    const mid = () => 0.5;
    assert.deepEqual(
      [1, 2, 3, 4, 5, 20].map((n) => backoffDelay(n, b, mid)),
      [500, 1000, 2000, 4000, 5000, 5000],
    );
    assert.equal(
      backoffDelay(1, b, () => 0),
      400,
    );
    assert.equal(
      backoffDelay(2, b, () => 1),
      1200,
    );
    assert.equal(
      backoffDelay(9, b, () => 1),
      5000,
      'never past the bound',
    );
  });

  it('retries until it opens, naming what it waits for meanwhile, then checks it', async () => {
    let failures = 3;
    let healthy = true;
    const d = new Dependency({
      name: 'mongo',
      open: async () => {
        if (failures-- > 0) throw new Error('getaddrinfo EAI_AGAIN testing-mongo-0.testing-mongo.ns.svc');
      },
      check: async () => {
        if (!healthy) throw new Error('not connected');
      },
      fatal: () => assert.fail('no fatal error here'),
      logger: silentLogger(),
      backoff: { baseMs: 5, maxMs: 20 },
    });
    const ready = d.readiness();
    assert.match(await runCheck(ready), /^waiting for mongo for 0s \(0 attempts\)$/);
    d.start();
    await sleep(1);
    assert.match(
      await runCheck(ready),
      /^waiting for mongo for 0s \(1 attempt\): getaddrinfo EAI_AGAIN testing-mongo-0/,
    );
    await d.opened;
    assert.equal(d.isOpen, true);
    assert.equal(await runCheck(ready), 'ok');
    healthy = false;
    assert.equal(await runCheck(ready), 'not connected', 'after opening, readiness follows the check');
    d.stop();
  });

  it('calls fatal on an error no retry can fix, and stops', async () => {
    let attempts = 0;
    const fatal: string[] = [];
    const d = new Dependency({
      name: 'mongo',
      open: async () => {
        attempts++;
        throw Object.assign(new Error('option bogus is not supported'), { name: 'MongoParseError' });
      },
      permanent: permanentMongoError,
      fatal: (what) => void fatal.push(what),
      logger: silentLogger(),
      backoff: { baseMs: 1, maxMs: 1 },
    }).start();
    await sleep(20);
    assert.deepEqual(fatal, ['bad configuration: MONGO_URL: option bogus is not supported']);
    assert.equal(attempts, 1);
    assert.equal(d.isOpen, false);
  });

  it('stops retrying when stopped (draining)', async () => {
    let attempts = 0;
    const d = new Dependency({
      name: 'entity',
      open: async () => {
        attempts++;
        throw new Error('ECONNREFUSED');
      },
      fatal: () => assert.fail('retryable'),
      logger: silentLogger(),
      backoff: { baseMs: 5, maxMs: 5 },
    }).start();
    await sleep(30);
    d.stop();
    const seen = attempts;
    assert.ok(seen >= 2, `retried (${seen} attempts)`);
    await sleep(30);
    assert.equal(attempts, seen);
  });

  it('tells MongoDB errors that need a human from those that pass', () => {
    const err = (name: string, message: string, extra: object = {}) =>
      Object.assign(new Error(message), { name, ...extra });
    assert.match(
      permanentMongoError(err('MongoParseError', 'Invalid scheme')) ?? '',
      /^bad configuration: MONGO_URL/,
    );
    assert.match(
      permanentMongoError(err('MongoServerError', 'Authentication failed.', { code: 18 })) ?? '',
      /refused the credentials/,
    );
    for (const [name, message] of [
      ['MongooseServerSelectionError', 'getaddrinfo EAI_AGAIN testing-mongo-0.testing-mongo.ns.svc'],
      ['MongooseServerSelectionError', 'connect ECONNREFUSED 10.0.0.5:27017'],
      ['MongoNetworkError', 'connection 1 to 10.0.0.5:27017 closed'],
      ['MongoServerError', 'not primary'],
    ] as const)
      assert.equal(permanentMongoError(err(name, message)), undefined, `${name}: ${message} is retried`);
  });

  it('gives a readiness check 1.5 s, then reports it as unanswered', async () => {
    const slow = { name: 'peer', check: () => new Promise<void>(() => {}) };
    const started = Date.now();
    assert.equal(await runCheck(slow, 50), 'no answer within 50 ms');
    assert.ok(Date.now() - started < 1000);
  });
});
