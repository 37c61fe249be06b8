import assert from 'node:assert/strict';
import { ConfigError } from '../kit/config.ts';
import { loadConfig, mirroringEnabled } from './config.ts';

const base = { UPSTREAM_URL: 'http://web.production.svc:8080' };

describe('mirror configuration', () => {
  it('has safe defaults: forwarding only, GET and HEAD, credentials stripped', () => {
    const c = loadConfig(base);
    assert.equal(c.port, 8080);
    assert.equal(c.adminPort, 9090);
    assert.equal(c.upstreamUrl, 'http://web.production.svc:8080');
    assert.equal(c.mirror.targetUrl, undefined);
    assert.equal(mirroringEnabled(c.mirror), false);
    assert.deepEqual([...c.mirror.methods], ['GET', 'HEAD']);
    assert.deepEqual(c.mirror.sticky, { kind: 'none' });
    assert.equal(c.mirror.keepCredentials, false);
    assert.equal(c.mirror.compare, false);
    assert.equal(c.mirror.ignoreDefaults, true);
    assert.equal(c.mirror.noisePercent, 1);
    assert.equal(c.mirror.noiseMaxPerSecond, 2);
    assert.equal(c.mirror.upstreamShadowKey, undefined, 'no noise learning without it');
  });

  it('reads a full mirroring policy', () => {
    const c = loadConfig({
      ...base,
      PORT: '8000',
      ADMIN_PORT: '8001',
      MIRROR_TARGET_URL: 'http://web.staging.svc:8080/',
      MIRROR_PERCENT: '12.5',
      MIRROR_METHODS: 'get, head,OPTIONS',
      MIRROR_STICKY: 'cookie:everyclass_session',
      MIRROR_KEEP_CREDENTIALS: 'true',
      MIRROR_COMPARE: '1',
      MIRROR_MAX_INFLIGHT: '8',
      MIRROR_QUEUE: '0',
      MIRROR_TIMEOUT_MS: '500',
      MIRROR_IGNORE: '["nonce=\\"[^\\"]*\\"", "(?i:rendered in \\\\d+ ms)"]',
      MIRROR_SAMPLES: '5',
    });
    assert.equal(c.mirror.targetUrl, 'http://web.staging.svc:8080');
    assert.equal(mirroringEnabled(c.mirror), true);
    assert.equal(c.mirror.percent, 12.5);
    assert.deepEqual([...c.mirror.methods], ['GET', 'HEAD', 'OPTIONS']);
    assert.deepEqual(c.mirror.sticky, { kind: 'cookie', name: 'everyclass_session' });
    assert.equal(c.mirror.keepCredentials, true);
    assert.equal(c.mirror.compare, true);
    assert.equal(c.mirror.queue, 0);
    assert.equal(c.mirror.ignore.length, 2);
    assert.equal('Rendered in 12 ms'.replace(c.mirror.ignore[1] as RegExp, ''), '');
  });

  it('an empty target or 0 percent means mirroring off', () => {
    assert.equal(
      mirroringEnabled(loadConfig({ ...base, MIRROR_TARGET_URL: '', MIRROR_PERCENT: '50' }).mirror),
      false,
    );
    assert.equal(
      mirroringEnabled(loadConfig({ ...base, MIRROR_TARGET_URL: 'http://s:1', MIRROR_PERCENT: '0' }).mirror),
      false,
    );
  });

  const bad: Array<[Record<string, string>, RegExp]> = [
    [{}, /UPSTREAM_URL is required/],
    [{ UPSTREAM_URL: 'https://web' }, /UPSTREAM_URL must be a http: URL/],
    [{ ...base, MIRROR_TARGET_URL: 'not a url' }, /MIRROR_TARGET_URL must be a URL/],
    [{ ...base, MIRROR_PERCENT: '101' }, /MIRROR_PERCENT must be a number from 0 to 100/],
    [{ ...base, MIRROR_PERCENT: '-1' }, /MIRROR_PERCENT/],
    [{ ...base, MIRROR_METHODS: 'GET,,POST' }, /MIRROR_METHODS/],
    [{ ...base, MIRROR_STICKY: 'header:x' }, /MIRROR_STICKY must be none, client-ip or cookie:<name>/],
    [{ ...base, MIRROR_KEEP_CREDENTIALS: 'maybe' }, /MIRROR_KEEP_CREDENTIALS must be true or false/],
    [{ ...base, MIRROR_MAX_INFLIGHT: '0' }, /MIRROR_MAX_INFLIGHT must be between 1/],
    [{ ...base, MIRROR_IGNORE: '(unclosed' }, /MIRROR_IGNORE must be a JSON array/],
    [{ ...base, MIRROR_IGNORE: '["(unclosed"]' }, /MIRROR_IGNORE\[0\] is not a valid regular expression/],
    [{ ...base, PORT: '9000', ADMIN_PORT: '9000' }, /ADMIN_PORT must differ from PORT/],
    [{ ...base, MIRROR_NOISE_PERCENT: '200' }, /MIRROR_NOISE_PERCENT must be a number from 0 to 100/],
    [{ ...base, MIRROR_NOISE_MAX_PER_SECOND: '-1' }, /MIRROR_NOISE_MAX_PER_SECOND/],
    [{ ...base, MIRROR_UPSTREAM_SHADOW_KEY: 'short' }, /MIRROR_UPSTREAM_SHADOW_KEY must be 32 bytes/],
  ];
  for (const [env, message] of bad) {
    it(`rejects ${JSON.stringify(env)} naming the variable`, () => {
      assert.throws(
        () => loadConfig(env),
        (err: unknown) => err instanceof ConfigError && message.test(err.message),
      );
    });
  }
});
