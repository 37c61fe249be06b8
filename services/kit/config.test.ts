import assert from 'node:assert/strict';
import { baseConfig, ConfigError, int, key32, keys32, parseAppConfig, url } from './config.ts';

describe('configuration from the environment', () => {
  it('applies defaults', () => {
    assert.deepEqual(baseConfig({}), {
      host: '0.0.0.0',
      port: 8080,
      logLevel: 'info',
      sentryDsn: undefined,
      trustedProxyHops: 1,
      rpcKeys: [],
      adminKeys: [],
      shadowKeys: [],
    });
    assert.equal(baseConfig({ TRUSTED_PROXY_HOPS: '2' }).trustedProxyHops, 2);
    const [a, b] = ['11'.repeat(32), Buffer.alloc(32, 2).toString('base64')];
    assert.deepEqual(baseConfig({ RPC_KEY: `${a}, ${b}` }).rpcKeys, [
      Buffer.alloc(32, 0x11),
      Buffer.alloc(32, 2),
    ]);
    assert.throws(() => baseConfig({ ADMIN_KEY: `${a},short` }), /ADMIN_KEY must be 32 bytes/);
    assert.deepEqual(keys32({ SESSION_KEY: `${a},${b}` }, 'SESSION_KEY').length, 2);
    assert.throws(() => keys32({}, 'SESSION_KEY'), /SESSION_KEY is required/);
    assert.throws(() => baseConfig({ TRUSTED_PROXY_HOPS: '0' }), /TRUSTED_PROXY_HOPS/);
  });
  it('names the bad variable', () => {
    assert.throws(
      () => baseConfig({ PORT: 'eighty' }),
      (e: unknown) => e instanceof ConfigError && /PORT/.test(e.message),
    );
    assert.throws(() => baseConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
    assert.throws(() => int({ N: '70000' }, 'N', 1, 0, 65535), /between/);
    assert.throws(() => url({}, 'ENTITY_URL', ['http:']), /ENTITY_URL is required/);
    assert.throws(() => url({ ENTITY_URL: 'ftp://x' }, 'ENTITY_URL', ['http:']), /http:/);
  });
  it('reads a 32-byte key as hex or base64', () => {
    const hex = 'ab'.repeat(32);
    assert.equal(key32({ K: hex }, 'K').length, 32);
    assert.equal(key32({ K: Buffer.alloc(32, 7).toString('base64') }, 'K').length, 32);
    assert.throws(() => key32({ K: 'short' }, 'K'), /32 bytes/);
  });
  it('validates APP_CONFIG', () => {
    const c = parseAppConfig({
      schoolName: '中南大学',
      semesters: [{ name: '2026-2027-1', start: '2026-09-06' }],
    });
    assert.equal(c.schoolName, '中南大学');
    assert.equal(c.lessonSlots.length, 6);
    assert.throws(
      () => parseAppConfig({ semesters: [{ name: 'autumn', start: '2026-09-06' }] }),
      /semesters\[0\]\.name/,
    );
    assert.throws(
      () => parseAppConfig({ lessonSlots: [{ start: '10:00', end: '09:00' }] }),
      /lessonSlots\[0\]/,
    );
    assert.throws(() => parseAppConfig([]), ConfigError);
  });
  it('reads the time zone of APP_CONFIG: an IANA zone, Asia/Shanghai by default', () => {
    assert.equal(parseAppConfig({}).timezone, 'Asia/Shanghai');
    assert.equal(parseAppConfig({ timezone: 'Europe/Berlin' }).timezone, 'Europe/Berlin');
    for (const bad of ['Mars/Olympus_Mons', '+08:00', '', 8])
      assert.throws(
        () => parseAppConfig({ timezone: bad }),
        /APP_CONFIG: timezone must be an IANA time zone/,
      );
  });
});
