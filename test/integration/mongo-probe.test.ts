// MongoDB's readiness probe, run exactly as the operator writes it (the StatefulSet's exec
// command, only the port replaced by a loopback one) against a real FerretDB with
// authentication, the same stopped, and servers that answer wrongly. The probe must be true for
// the official mongo image and for our FerretDB stand-in (no mongosh): a wire-protocol ping.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BSON, MongoClient } from 'mongodb';
import { freePort, type Started, startProcess, stopPid, waitFor } from '../../hack/localenv/processes.ts';
import { tool } from '../../hack/localenv/tools.ts';
import { resolve } from '../../operator/src/desired/defaults.ts';
import { sample } from '../../operator/src/desired/fixtures.test-support.ts';
import { buildMongoStatefulSet } from '../../operator/src/desired/mongo.ts';

/** The readiness command of the StatefulSet the operator builds. */
function operatorProbe(): string[] {
  const env = sample('production');
  const c = buildMongoStatefulSet(env, resolve(env)).spec?.template.spec?.containers[0];
  const command = c?.readinessProbe?.exec?.command;
  assert.ok(command, 'an exec readiness probe');
  return command;
}

/** Runs the probe against 127.0.0.1:port: exit code and how long it took. */
function runProbe(port: number): Promise<{ code: number | null; ms: number; stderr: string }> {
  const command = operatorProbe();
  // [bash, -c, script, $0, host, port]: the address is the script's arguments.
  assert.equal(command.at(-2), '127.0.0.1', 'the probe asks the pod itself');
  const [bin, ...args] = [...command.slice(0, -1), String(port)];
  const started = Date.now();
  return new Promise((done, fail) => {
    const p = spawn(bin ?? '', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    p.on('error', fail);
    p.on('exit', (code) => done({ code, ms: Date.now() - started, stderr }));
  });
}

/** A TCP server on loopback that answers every request with `reply(request)` (or never). */
async function fakeServer(
  reply: (request: Buffer) => Buffer | undefined,
): Promise<{ port: number; server: Server }> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {}); // the probe hangs up once it has decided
    s.once('data', (request) => {
      const out = reply(request);
      if (out) s.write(out);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  server.on('close', () => {
    for (const s of sockets) s.destroy();
  });
  const addr = server.address();
  return { port: typeof addr === 'object' && addr ? addr.port : 0, server };
}

/** An OP_MSG reply (opCode 2013) to `responseTo` carrying `doc`. */
function opMsgReply(responseTo: number, doc: object): Buffer {
  const body = Buffer.concat([Buffer.alloc(4), Buffer.from([0]), BSON.serialize(doc)]);
  const header = Buffer.alloc(16);
  header.writeInt32LE(16 + body.length, 0);
  header.writeInt32LE(99, 4);
  header.writeInt32LE(responseTo, 8);
  header.writeInt32LE(2013, 12);
  return Buffer.concat([header, body]);
}
const requestIdOf = (request: Buffer) => request.readInt32LE(4);

describe('MongoDB readiness probe (wire protocol, bash only)', function () {
  this.timeout(60_000);
  const user = 'everyclass';
  const password = 'Pr0be-pass';
  let dir: string;
  let port: number;
  let ferret: Started;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'everyclass-probe-'));
    for (const d of ['data', 'state', 'logs']) mkdirSync(join(dir, d));
    port = await freePort();
    // FerretDB as our stand-in image runs it: SQLite, authentication on, the root user of
    // MONGO_INITDB_ROOT_* (here fixed) in admin.
    ferret = startProcess(
      'ferretdb',
      tool('ferretdb', 'ferretdb'),
      [
        '--handler=sqlite',
        '--telemetry=disable',
        '--test-enable-new-auth',
        `--setup-username=${user}`,
        `--setup-password=${password}`,
        '--setup-database=admin',
        `--listen-addr=127.0.0.1:${port}`,
        `--debug-addr=127.0.0.1:${await freePort()}`,
        `--sqlite-url=file:${join(dir, 'data')}/`,
        `--state-dir=${join(dir, 'state')}`,
        '--log-level=warn',
      ],
      join(dir, 'logs'),
    );
    process.once('exit', () => {
      try {
        process.kill(ferret.pid, 'SIGKILL');
      } catch {
        /* already stopped */
      }
    });
    await waitFor(
      'FerretDB accepting its root user',
      async () => {
        const c = new MongoClient(`mongodb://${user}:${password}@127.0.0.1:${port}/?authSource=admin`, {
          serverSelectionTimeoutMS: 500,
        });
        try {
          await c.db('admin').command({ ping: 1 });
          return true;
        } catch {
          return undefined;
        } finally {
          await c.close();
        }
      },
      30_000,
    );
  });
  after(async () => {
    if (ferret) await stopPid(ferret.pid);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is an exec probe of bash, with no mongosh and no port check', () => {
    const command = operatorProbe();
    assert.deepEqual(command.slice(0, 2), ['bash', '-c']);
    assert.equal(command.at(-1), '27017', 'the container port');
    assert.doesNotMatch(command.join(' '), /mongosh/);
  });

  it('passes against FerretDB with authentication on (ping needs no login)', async () => {
    const anonymous = new MongoClient(`mongodb://127.0.0.1:${port}/`, { serverSelectionTimeoutMS: 2000 });
    try {
      await assert.rejects(
        anonymous.db('everyclass').collection('x').insertOne({ a: 1 }),
        /Unauthorized|authenticat/i,
        'this server really refuses the anonymous',
      );
    } finally {
      await anonymous.close();
    }
    const r = await runProbe(port);
    assert.equal(r.code, 0, r.stderr);
  });

  it('fails when the server answers ok: 0, or answers another request, or speaks another protocol', async () => {
    const cases: Array<[string, (req: Buffer) => Buffer]> = [
      ['ok: 0', (req) => opMsgReply(requestIdOf(req), { ok: 0, errmsg: 'not yet', code: 11600 })],
      ['a reply to another request', (req) => opMsgReply(requestIdOf(req) + 1, { ok: 1 })],
      ['HTTP', () => Buffer.from('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n')],
    ];
    for (const [what, reply] of cases) {
      const { port: p, server } = await fakeServer(reply);
      try {
        assert.notEqual((await runProbe(p)).code, 0, what);
      } finally {
        server.close();
      }
    }
    // The same fake server answering properly passes: the checks above failed on the answer.
    const { port: p, server } = await fakeServer((req) => opMsgReply(requestIdOf(req), { ok: 1 }));
    try {
      assert.equal((await runProbe(p)).code, 0);
    } finally {
      server.close();
    }
  });

  it('gives up on a server that accepts and never answers, within the probe timeout', async () => {
    const { port: p, server } = await fakeServer(() => undefined);
    try {
      const r = await runProbe(p);
      assert.notEqual(r.code, 0);
      assert.ok(r.ms < 5000, `took ${r.ms} ms (timeoutSeconds 5)`);
    } finally {
      server.close();
    }
  });

  it('fails against the same FerretDB once it is stopped', async () => {
    assert.equal((await runProbe(port)).code, 0, 'still up');
    await stopPid(ferret.pid);
    const r = await runProbe(port);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /Connection refused/);
  });
});
