// A sampled request's body is kept for its copy only once the dispatcher has reserved the copy a
// place (issue 13, finding 14): request bodies held at once stay within MIRROR_MAX_INFLIGHT +
// MIRROR_QUEUE, however many clients send slowly at the same time.
import assert from 'node:assert/strict';
import net from 'node:net';
import { type Mirrored, startMirrored } from './inprocess.test-support.ts';

describe('mirror: a place is reserved before a body is kept', () => {
  let m: Mirrored;
  before(async () => {
    m = await startMirrored({ MIRROR_METHODS: 'POST', MIRROR_MAX_INFLIGHT: '1', MIRROR_QUEUE: '0' });
  });
  after(() => m.close());

  it('drops the copies that have no place at once, while their bodies are still arriving', async () => {
    const body = 'a=1&b=2&c=3&d=4';
    const sockets = Array.from({ length: 4 }, () => net.connect(m.proxy.port, '127.0.0.1'));
    for (const s of sockets) {
      s.on('error', () => {});
      s.write(
        `POST /slow HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 3)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 300));
    const during = m.proxy.ledger.snapshot();
    assert.equal(during.sampled, 4);
    assert.equal(during.dropped.queue_full, 3, 'only one body is kept for a copy while they arrive');
    for (const s of sockets) s.end(body.slice(3));
    await new Promise((r) => setTimeout(r, 300));
    for (const s of sockets) s.destroy();
    const after = m.proxy.ledger.snapshot();
    assert.equal(after.dropped.queue_full, 3);
    assert.equal(after.mirrored, 1);
    assert.equal(m.proxy.dispatcher.stats().inflight, 0);
  });
});
