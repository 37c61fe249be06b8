// Request smuggling through the shadow proxy (issue 13, finding 7): over raw sockets, a client
// sends one request whose body is framed so that production, reading the pooled keep-alive
// connection, would take part of it for a second request. Production must see exactly the
// requests clients sent: the next user's request arrives intact and alone.
import assert from 'node:assert/strict';
import net from 'node:net';
import { type InProcessProxy, startProxy } from './inprocess.test-support.ts';
import { type Standin, startStandin } from './standin.test-support.ts';

/** Writes `raw` on a fresh connection and reads until the server closes it or `idleMs` passes. */
function exchange(port: number, raw: string, idleMs = 300): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let got = '';
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(got);
    };
    const idle = () => {
      clearTimeout(timer);
      timer = setTimeout(done, idleMs);
    };
    socket.on('data', (c: Buffer) => {
      got += c.toString('latin1');
      idle();
    });
    socket.on('end', done);
    socket.on('error', reject);
    socket.write(raw);
    idle();
  });
}

const smuggled = 'GET /smuggled HTTP/1.1\r\nHost: production\r\nX-Smuggled: 1\r\n\r\n';
const chunked = (body: string) => `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;

describe('mirror: no request smuggling through the proxy', () => {
  let production: Standin;
  let proxy: InProcessProxy;

  before(async () => {
    production = await startStandin('ok');
    proxy = await startProxy({ UPSTREAM_URL: production.url });
  });
  after(async () => {
    await proxy.close();
    await production.close();
  });
  beforeEach(() => {
    production.received.length = 0;
  });

  /** The attempt, then another client's plain request: what production saw. */
  async function attempt(raw: string): Promise<{ first: string; seen: string[] }> {
    const first = await exchange(proxy.port, raw);
    const next = await exchange(
      proxy.port,
      'GET /next-user HTTP/1.1\r\nHost: production\r\nConnection: close\r\n\r\n',
    );
    assert.match(next, /^HTTP\/1\.1 200 /, 'the next user is answered');
    await new Promise((r) => setTimeout(r, 50));
    return { first, seen: production.received.map((r) => `${r.method} ${r.url}`) };
  }

  for (const method of ['GET', 'HEAD', 'DELETE', 'OPTIONS']) {
    it(`refuses a chunked body on ${method} and production sees only what clients sent`, async () => {
      const { first, seen } = await attempt(
        `${method} /first HTTP/1.1\r\nHost: production\r\nTransfer-Encoding: chunked\r\n\r\n${chunked(smuggled)}`,
      );
      assert.match(first, /^HTTP\/1\.1 400 /, 'a body where the method has none is refused');
      assert.deepEqual(seen, ['GET /next-user']);
      assert.ok(!production.received.some((r) => r.headers['x-smuggled']));
    });
  }

  it('refuses a Content-Length body on GET, even with Connection naming Content-Length', async () => {
    const { first, seen } = await attempt(
      `GET /first HTTP/1.1\r\nHost: production\r\nConnection: keep-alive, Content-Length\r\nContent-Length: ${smuggled.length}\r\n\r\n${smuggled}`,
    );
    assert.match(first, /^HTTP\/1\.1 400 /);
    assert.deepEqual(seen, ['GET /next-user']);
  });

  it('keeps the framing of a body where the method has one, whatever Connection names', async () => {
    const body = `a=1&smuggle=${encodeURIComponent(smuggled)}`;
    const { first, seen } = await attempt(
      `POST /form HTTP/1.1\r\nHost: production\r\nConnection: Content-Length, Transfer-Encoding\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n${chunked(body)}`,
    );
    assert.match(first, /^HTTP\/1\.1 200 /);
    assert.deepEqual(seen, ['POST /form', 'GET /next-user']);
    assert.equal(production.received[0]?.body.toString(), body, 'the body arrives whole');
    production.received.length = 0;
    const { seen: again } = await attempt(
      `PUT /put HTTP/1.1\r\nHost: production\r\nConnection: Content-Length\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    assert.deepEqual(again, ['PUT /put', 'GET /next-user']);
    assert.equal(production.received[0]?.body.toString(), body);
  });
});
