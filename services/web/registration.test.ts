// The mailed registration link's token never stays in a URL (issue 13, finding 2): the link is
// exchanged once for a form token kept in a cookie, and the browser lands on a URL without it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { inject, type Response } from 'light-my-request';
import { everyclass } from '../../proto/generated/everyclass.js';
import type { KitApp } from '../kit/app.ts';
import { defaultAppConfig } from '../kit/config.ts';
import { silentLogger } from '../kit/log.ts';
import { createMetrics } from '../kit/metrics.ts';
import { TwirpError } from '../kit/twirp/client.ts';
import { createApp } from './app.ts';
import type { IdentityApi } from './backend.ts';
import { entity, identity, stand } from './standins.test-support.ts';

const I = everyclass.identity.v1;
const MAIL_TOKEN = 'mailed-token-0123456789-abcdefghijklmnopqrstu';
const FORM_TOKEN = 'form-token-0123456789-abcdefghijklmnopqrstuvw';

describe('web: registration links are used once and leave no token in the URL', () => {
  let app: KitApp;
  const exchanged: string[] = [];
  const completed: string[] = [];

  before(() => {
    const ids = stand<IdentityApi>({
      ...identity,
      ExchangeRegistration: async ({ token }) => {
        exchanged.push(token ?? '');
        if (token !== MAIL_TOKEN || exchanged.length > 1) throw new TwirpError('not_found', 'used');
        return I.ExchangeRegistrationResponse.create({
          formToken: FORM_TOKEN,
          account: { studentId: 'alice', name: '王小明' },
          expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
        });
      },
      CheckRegistration: async ({ token }) => {
        if (token !== FORM_TOKEN) throw new TwirpError('not_found', 'no');
        return I.CheckRegistrationResponse.create({ account: { studentId: 'alice', name: '王小明' } });
      },
      CompleteRegistration: async ({ token }) => {
        completed.push(token ?? '');
        if (token !== FORM_TOKEN) throw new TwirpError('not_found', 'no');
        return I.Session.create({
          token: 'tok',
          account: { studentId: 'alice', name: '王小明' },
          expiresAt: new Date(Date.now() + 3600_000).toISOString(),
        });
      },
    });
    app = createApp({
      backend: { entity, identity: ids },
      app: defaultAppConfig,
      sessionKey: randomBytes(32),
      logger: silentLogger(),
      metrics: createMetrics('web', { defaults: false }),
    });
  });

  const cookies = (...rs: Response[]) =>
    rs.flatMap((r) => r.cookies.filter((c) => c.value).map((c) => `${c.name}=${c.value}`)).join('; ');

  it('exchanges the link once, redirects to a URL without the token, and sets the password from the form', async () => {
    const link = await inject(app.callback(), { method: 'GET', url: `/register/verify?token=${MAIL_TOKEN}` });
    assert.equal(link.statusCode, 303);
    const location = String(link.headers.location);
    assert.ok(!location.includes(MAIL_TOKEN) && !location.includes(FORM_TOKEN), location);
    assert.ok(!location.includes('token'), location);
    assert.equal(link.headers['cache-control'], 'private, no-store');
    assert.ok(!link.payload.includes(FORM_TOKEN));
    assert.deepEqual(exchanged, [MAIL_TOKEN]);

    const page = await inject(app.callback(), {
      method: 'GET',
      url: location,
      headers: { cookie: cookies(link) },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.payload, /王小明/);
    assert.ok(
      !page.payload.includes(FORM_TOKEN) && !page.payload.includes(MAIL_TOKEN),
      'no token in the page',
    );
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.payload)?.[1] ?? '';
    const action =
      /<form method="post" action="([^"]+)">\s*<input type="hidden" name="_csrf"[^>]*>\s*<label>[^<]*<input type="password"/.exec(
        page.payload,
      )?.[1];
    assert.ok(action && !action.includes('token'), `the form posts to ${action}`);

    const done = await inject(app.callback(), {
      method: 'POST',
      url: action,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies(link, page) },
      payload: `_csrf=${csrf}&password=Lighthouse-cat-drinks-3-coffees`,
    });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/settings');
    assert.deepEqual(completed, [FORM_TOKEN]);
  });

  it('answers the friendly "link used" page when the link is opened again', async () => {
    const again = await inject(app.callback(), {
      method: 'GET',
      url: `/register/verify?token=${MAIL_TOKEN}`,
    });
    assert.equal(again.statusCode, 404);
    const none = await inject(app.callback(), { method: 'GET', url: '/register/password' });
    assert.equal(none.statusCode, 404, 'no form token, no form');
  });
});
