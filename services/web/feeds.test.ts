// The subscription page of any timetable and the access-request block, on stand-ins: a link on
// every timetable page the viewer may see, a sealed feed link from identity, 403 for a hidden one.
import assert from 'node:assert/strict';
import { inject } from 'light-my-request';
import { everyclass } from '../../proto/generated/everyclass.js';
import type { EntityApi, IdentityApi } from './backend.ts';
import { en } from './i18n/en.ts';
import { entity, identity, privacy, stand, standinApp } from './standins.test-support.ts';

const E = everyclass.entity.v1;
const I = everyclass.identity.v1;

describe('web: subscribing to any timetable, asking for access', () => {
  const links: Array<{ ownerId: string; session: string }> = [];
  const teacherEntity = stand<EntityApi>({
    ...entity,
    GetTeacher: async () =>
      E.Teacher.create({ id: 't1', name: '李老师', title: '教授', semesters: ['2026-2027-1'] }),
  });
  const feedIdentity = stand<IdentityApi>({
    ...identity,
    CreateFeedLink: async ({ ownerId, session }) => {
      links.push({ ownerId: ownerId ?? '', session: session ?? '' });
      return I.FeedLink.create({ token: 'sealed', path: '/calendar/ics/sealed-capability.ics' });
    },
    CheckVisibility: async ({ studentIds }) =>
      I.CheckVisibilityResponse.create({
        visible: Object.fromEntries((studentIds ?? []).map((id) => [id, (privacy[id] ?? 0) === 0])),
      }),
  });
  const app = standinApp({
    backend: { entity: teacherEntity, identity: feedIdentity },
    calendarUrl: 'https://cal.example.edu',
  });
  const get = (url: string, cookie?: string) =>
    inject(app.callback(), { method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('offers "subscribe" on the timetable pages of others', async () => {
    for (const url of ['/teacher/t1?week=0', '/student/bob?week=0']) {
      const r = await get(url);
      assert.equal(r.statusCode, 200, url);
      assert.match(r.body, /href="\/subscribe\/(teacher\/t1|student\/bob)[^"]*">订阅到日历/, url);
    }
  });

  it('shows a sealed feed link with webcal and QR code for a visible timetable', async () => {
    const r = await get('/subscribe/teacher/t1?semester=2026-2027-1');
    assert.equal(r.statusCode, 200);
    assert.match(
      r.body,
      /<code class="url" id="feed-url">https:\/\/cal\.example\.edu\/calendar\/ics\/sealed-capability\.ics<\/code>/,
    );
    assert.match(r.body, /href="webcal:\/\/cal\.example\.edu\/calendar\/ics\/sealed-capability\.ics"/);
    assert.match(r.body, /<svg[^>]*viewBox/);
    assert.deepEqual(links.at(-1), { ownerId: 't1', session: '' }, 'anonymous: no session');
  });

  it('refuses the subscription page of a hidden timetable, and asks no link of identity', async () => {
    privacy.bob = 2;
    try {
      const before = links.length;
      const r = await get('/subscribe/student/bob');
      assert.equal(r.statusCode, 403);
      assert.equal(links.length, before);
      const page = await get('/student/bob?week=0');
      assert.equal(page.statusCode, 403);
      assert.doesNotMatch(page.body, /\/subscribe\//, 'no subscribe link on a hidden timetable');
      assert.doesNotMatch(page.body, /access\/request/, 'asking needs a login');
    } finally {
      privacy.bob = 0;
    }
  });

  it('answers 404 for an unknown kind', async () => {
    assert.equal((await get('/subscribe/card/x')).statusCode, 404);
  });

  it('has English texts', () => {
    assert.equal(en.people.feeds.subscribe, 'Subscribe in my calendar');
  });
});
