// Privacy checks and visits use the student's canonical id as entity returns it, never the
// spelling in the URL: identity keys accounts by the exact id, so a second spelling would be a
// student with no privacy setting and no visitors (issue 13, finding 1).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { inject } from 'light-my-request';
import { everyclass } from '../../proto/generated/everyclass.js';
import type { KitApp } from '../kit/app.ts';
import { defaultAppConfig } from '../kit/config.ts';
import { silentLogger } from '../kit/log.ts';
import { createMetrics } from '../kit/metrics.ts';
import { createApp } from './app.ts';
import type { EntityApi, IdentityApi } from './backend.ts';
import { entity, identity, stand } from './standins.test-support.ts';

const E = everyclass.entity.v1;
const I = everyclass.identity.v1;

describe('web: privacy by the canonical id', () => {
  const carol = E.Student.create({ id: 'carol', code: '1003', name: '张三', semesters: ['2026-2027-1'] });
  const asked: string[] = [];
  let app: KitApp;

  before(() => {
    // An entity that (wrongly) accepts several spellings of one id, answering with the canonical one.
    const lenient = stand<EntityApi>({
      ...entity,
      GetStudent: async (req, call) => (req.id?.startsWith('carol') ? carol : entity.GetStudent(req, call)),
    });
    const recording = stand<IdentityApi>({
      ...identity,
      ViewTimetable: async (req, call) => {
        asked.push(req.studentId ?? '');
        if (req.studentId === 'carol')
          return I.ViewTimetableResponse.create({
            privacy: 2,
            viewer: req.session === 'carol-session' ? { studentId: 'carol', name: '张三' } : null,
          });
        return identity.ViewTimetable(req, call);
      },
      Login: async (req, call) =>
        req.password === 'carol'
          ? I.Session.create({
              token: 'carol-session',
              account: { studentId: 'carol', name: '张三', studentCode: '1003' },
              expiresAt: new Date(Date.now() + 3600_000).toISOString(),
            })
          : identity.Login(req, call),
      GetSession: async (req, call) =>
        req.session === 'carol-session'
          ? I.Session.create({ account: { studentId: 'carol', name: '张三', studentCode: '1003' } })
          : identity.GetSession(req, call),
    });
    app = createApp({
      backend: { entity: lenient, identity: recording },
      app: defaultAppConfig,
      sessionKey: randomBytes(32),
      now: () => new Date('2026-09-15T02:00:00Z'),
      logger: silentLogger(),
      metrics: createMetrics('web', { defaults: false }),
    });
  });

  it('hides a private timetable under every spelling of its id, and asks identity for the canonical one', async () => {
    for (const spelling of ['carol', 'carolA', 'carol_', 'carol-x']) {
      asked.length = 0;
      const r = await inject(app.callback(), {
        method: 'GET',
        url: `/student/${spelling}?semester=2026-2027-1`,
      });
      assert.equal(r.statusCode, 403, `${spelling} is hidden`);
      assert.doesNotMatch(r.payload, /数据结构/);
      assert.deepEqual(asked, ['carol'], `the privacy check and the visit for ${spelling}`);
    }
  });

  it('recognises the owner by the canonical id too', async () => {
    const login = await inject(app.callback(), { method: 'GET', url: '/login' });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(login.payload)?.[1] ?? '';
    const post = await inject(app.callback(), {
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      payload: `code=1003&password=carol&_csrf=${csrf}`,
    });
    assert.equal(post.statusCode, 303);
    const session = post.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const r = await inject(app.callback(), {
      method: 'GET',
      url: '/student/carolB?semester=2026-2027-1',
      headers: { cookie: `${cookie}; ${session}` },
    });
    assert.equal(r.statusCode, 200, 'the owner sees their own private timetable');
    assert.match(r.payload, /数据结构/);
  });

  it('refuses an id entity does not know with the friendly 404', async () => {
    const r = await inject(app.callback(), { method: 'GET', url: '/student/nobody' });
    assert.equal(r.statusCode, 404);
  });
});
