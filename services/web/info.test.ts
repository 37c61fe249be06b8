// The frame every page shares (tier banner, footer facts) and the about page, in-process.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { inject } from 'light-my-request';
import { everyclass } from '../../proto/generated/everyclass.js';
import { SHADOW_HEADER } from '../kit/app.ts';
import { SHADOW_SIGNATURE_HEADER, signShadow } from '../kit/callers.ts';
import { defaultAppConfig, parseAppConfig } from '../kit/config.ts';
import type { EntityApi } from './backend.ts';
import { en } from './i18n/en.ts';
import { entity, stand, standinApp } from './standins.test-support.ts';

const E = everyclass.entity.v1;
const withData = stand<EntityApi>({
  ...Object.fromEntries(
    ['ListSemesters', 'Search', 'GetStudent'].map((m) => [m, entity[m as keyof EntityApi]]),
  ),
  GetDataVersion: async () => E.DataVersion.create({ version: 'v9', updatedAt: '2026-09-14T17:30:00Z' }),
});

describe('web frame and about page', () => {
  const get = (app: ReturnType<typeof standinApp>, url: string) =>
    inject(app.callback(), { method: 'GET', url });

  it('shows a banner on staging and testing only', async () => {
    for (const [tier, banner] of [
      ['staging', /class="tier-banner"[^>]*>这是预发布（staging）环境/],
      ['testing', /class="tier-banner"[^>]*>这是测试（testing）环境/],
    ] as const) {
      const r = await get(standinApp({ app: { ...defaultAppConfig, tier } }), '/');
      assert.match(r.payload, banner, tier);
    }
    for (const app of [{ ...defaultAppConfig, tier: 'production' }, defaultAppConfig]) {
      const r = await get(standinApp({ app }), '/');
      assert.doesNotMatch(r.payload, /tier-banner/);
    }
  });

  it('footer: data date in the school zone, running version, about and feedback links', async () => {
    const app = standinApp({
      backend: { entity: withData, identity: stand({}) },
      app: { ...defaultAppConfig, feedbackUrl: 'https://example.edu/issues?a=1&b=2' },
      version: '2.4.0',
    });
    const r = await get(app, '/');
    // 17:30 UTC is the next morning in Shanghai.
    assert.match(r.payload, /数据更新于 2026-09-15/);
    assert.match(r.payload, /版本 2\.4\.0/);
    assert.match(r.payload, /<a href="\/about">/);
    assert.match(
      r.payload,
      /<a href="https:\/\/example\.edu\/issues\?a=1&amp;b=2" rel="noopener">意见反馈<\/a>/,
    );
    const about = await get(app, '/about');
    assert.match(about.payload, /id="feedback"/);
  });

  it('a mirrored copy (signed by the shadow proxy) carries no tier banner and no version, the rest alike', async () => {
    const shadowKey = randomBytes(32);
    const app = standinApp({
      backend: { entity: withData, identity: stand({}) },
      app: { ...defaultAppConfig, tier: 'staging' },
      version: '2.5.0-rc.1',
      shadowKeys: [shadowKey],
    });
    const own = await get(app, '/about');
    const copy = await inject(app.callback(), {
      method: 'GET',
      url: '/about',
      headers: { [SHADOW_HEADER]: '1', [SHADOW_SIGNATURE_HEADER]: signShadow(shadowKey, 'GET', '/about') },
    });
    assert.match(own.payload, /tier-banner/);
    assert.match(own.payload, /版本 2\.5\.0-rc\.1/);
    assert.equal(copy.statusCode, 200);
    assert.doesNotMatch(copy.payload, /tier-banner|版本 /);
    assert.match(copy.payload, /数据更新于 2026-09-15/, 'what the answer says stays');
    // A forged flag (no signature) is an ordinary request: the banner stays.
    const forged = await inject(app.callback(), {
      method: 'GET',
      url: '/about',
      headers: { [SHADOW_HEADER]: '1' },
    });
    assert.match(forged.payload, /tier-banner/);
  });

  it('footer leaves out what it does not know: no data date while entity does not answer, no feedback link', async () => {
    const r = await get(standinApp(), '/');
    assert.equal(r.statusCode, 200);
    assert.doesNotMatch(r.payload, /数据更新于|意见反馈|版本 /);
  });

  it('about page in English: subscribing on three platforms, the three privacy levels', async () => {
    const r = await get(standinApp({ messages: en }), '/about');
    assert.equal(r.statusCode, 200);
    for (const s of ['iPhone / iPad', 'Android', 'Outlook', 'Everyone', 'Logged-in students', 'Only me'])
      assert.ok(r.payload.includes(s), s);
    // No subscribe button is above here: the steps say where it is.
    assert.doesNotMatch(r.payload, /“Subscribe” above/);
    assert.match(r.payload, /“Subscribe” on a timetable’s subscribe page/);
  });

  it('APP_CONFIG: tier and feedbackUrl are checked, naming the field', () => {
    assert.equal(
      parseAppConfig({ feedbackUrl: 'mailto:help@example.edu' }).feedbackUrl,
      'mailto:help@example.edu',
    );
    assert.equal(parseAppConfig({ tier: 'staging' }).tier, 'staging');
    assert.throws(() => parseAppConfig({ feedbackUrl: 'javascript:alert(1)' }), /feedbackUrl/);
    assert.throws(() => parseAppConfig({ feedbackUrl: 'https://x.y/"onmouseover' }), /feedbackUrl/);
    assert.throws(() => parseAppConfig({ tier: 'Prod uction' }), /tier/);
  });
});
