import assert from 'node:assert/strict';
import { downstreamHeaders, headerValue, shadowHeaders, stripHeaders, upstreamHeaders } from './headers.ts';

const client = [
  'Host',
  'everyclass.example.edu',
  'Cookie',
  'sid=abc',
  'Authorization',
  'Bearer t',
  'Connection',
  'keep-alive, X-Hop',
  'X-Hop',
  'drop me',
  'Accept-Encoding',
  'gzip',
  'X-Request-Id',
  'r-1',
  'X-EveryClass-Shadow',
  '1',
  'Accept',
  'text/html',
];

describe('header rewriting', () => {
  it('drops hop-by-hop headers and those named by Connection, keeps order and spelling', () => {
    assert.deepEqual(
      stripHeaders(['Keep-Alive', 'timeout=5', 'X-A', '1', 'Transfer-Encoding', 'chunked', 'x-B', '2']),
      ['X-A', '1', 'x-B', '2'],
    );
    assert.equal(headerValue(stripHeaders(client), 'x-hop'), undefined);
  });

  it('to production: the Host and credentials are kept, a forged shadow flag is not, the peer is appended', () => {
    const h = upstreamHeaders([...client, 'X-Forwarded-For', '203.0.113.7'], '10.0.0.9');
    assert.equal(headerValue(h, 'host'), 'everyclass.example.edu');
    assert.equal(headerValue(h, 'cookie'), 'sid=abc');
    assert.equal(headerValue(h, 'authorization'), 'Bearer t');
    assert.equal(headerValue(h, 'x-everyclass-shadow'), undefined);
    assert.equal(headerValue(h, 'x-forwarded-for'), '203.0.113.7, 10.0.0.9');
    assert.equal(headerValue(h, 'connection'), undefined);
  });

  it('to the target: shadow flag, original Host in X-Forwarded-Host, credentials stripped', () => {
    const h = shadowHeaders([...client, 'X-EveryClass-Timeout-Ms', '99999'], {
      targetHost: 'web.staging.svc:8080',
      keepCredentials: false,
      peer: '10.0.0.9',
      timeoutMs: 1234.5,
    });
    assert.equal(headerValue(h, 'host'), 'web.staging.svc:8080');
    assert.equal(headerValue(h, 'x-forwarded-host'), 'everyclass.example.edu');
    assert.equal(headerValue(h, 'x-everyclass-shadow'), '1');
    assert.equal(headerValue(h, 'cookie'), undefined);
    assert.equal(headerValue(h, 'authorization'), undefined);
    assert.equal(headerValue(h, 'accept-encoding'), undefined);
    assert.equal(headerValue(h, 'x-request-id'), 'r-1');
    assert.equal(headerValue(h, 'accept'), 'text/html');
    assert.equal(headerValue(h, 'x-everyclass-timeout-ms'), '1235');
    assert.equal(h.filter((_, i) => i % 2 === 0 && h[i]?.toLowerCase() === 'x-everyclass-shadow').length, 1);
  });

  it('to the target: credentials kept when the policy says so; an existing X-Forwarded-Host wins', () => {
    const h = shadowHeaders([...client, 'X-Forwarded-Host', 'edge.example.edu'], {
      targetHost: 't',
      keepCredentials: true,
      peer: undefined,
      timeoutMs: 100,
    });
    assert.equal(headerValue(h, 'cookie'), 'sid=abc');
    assert.equal(headerValue(h, 'authorization'), 'Bearer t');
    assert.equal(headerValue(h, 'x-forwarded-host'), 'edge.example.edu');
  });

  it("back to the client: production's headers, repeated Set-Cookie included, minus hop-by-hop", () => {
    const raw = [
      'Set-Cookie',
      'a=1',
      'Set-Cookie',
      'b=2',
      'Connection',
      'close',
      'Content-Type',
      'text/html',
    ];
    assert.deepEqual(downstreamHeaders(raw), [
      'Set-Cookie',
      'a=1',
      'Set-Cookie',
      'b=2',
      'Content-Type',
      'text/html',
    ]);
  });
});
