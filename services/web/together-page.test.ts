// The multi-person schedule page on stand-ins: people from the URL, a hidden person "unknown"
// without any of their classes, search results with "add" links, the shareable address.
import assert from 'node:assert/strict';
import { inject } from 'light-my-request';
import { everyclass } from '../../proto/generated/everyclass.js';
import type { EntityApi, IdentityApi } from './backend.ts';
import { card, entity, identity, privacy, stand, standinApp } from './standins.test-support.ts';

const E = everyclass.entity.v1;
const I = everyclass.identity.v1;

describe('web: the multi-person schedule page', () => {
  const timetablesAsked: string[] = [];
  const app = standinApp({
    now: () => new Date('2026-09-08T02:00:00Z'), // week 1
    backend: {
      entity: stand<EntityApi>({
        ...entity,
        GetTimetable: async ({ id }) => {
          timetablesAsked.push(id ?? '');
          return E.Timetable.create({ cards: id === 'alice' ? [card] : [] });
        },
        Search: async () =>
          E.SearchResponse.create({
            groups: [
              {
                kind: E.Kind.STUDENT,
                total: 1,
                items: [{ kind: E.Kind.STUDENT, id: 'alice', name: '王小明' }],
              },
            ],
          }),
      }),
      identity: stand<IdentityApi>({
        ...identity,
        CheckVisibility: async ({ studentIds }) =>
          I.CheckVisibilityResponse.create({
            visible: Object.fromEntries((studentIds ?? []).map((id) => [id, (privacy[id] ?? 0) === 0])),
          }),
      }),
    },
  });
  const get = (url: string) => inject(app.callback(), { method: 'GET', url });

  it('shows busy and all-free slots of the chosen week, and the shareable address', async () => {
    const r = await get('/together?p=s.alice&semester=2026-2027-1&week=1');
    assert.equal(r.statusCode, 200);
    // The card is on Tuesday, periods 3-4 (slot 2), weeks 1-3.
    assert.match(r.body, /<td class="">[^<]*<span class="busy">有课：王小明<\/span>/);
    assert.match(r.body, /<td class="all-free"><span class="free">都有空<\/span>/);
    assert.match(r.body, /id="share-url">[^<]*\/together\?p=s\.alice&amp;semester=2026-2027-1&amp;week=1</);
    const later = await get('/together?p=s.alice&semester=2026-2027-1&week=5');
    assert.doesNotMatch(later.body, /class="busy"/, 'not held in week 5');
  });

  it('counts a hidden person as unknown and never reads their timetable', async () => {
    privacy.bob = 2;
    try {
      timetablesAsked.length = 0;
      const r = await get('/together?p=s.alice&p=s.bob&week=1');
      assert.equal(r.statusCode, 200);
      assert.deepEqual(timetablesAsked, ['alice']);
      assert.match(r.body, /class="unknown">未知：&lt;script&gt;/, 'named (escaped), as unknown');
      assert.doesNotMatch(r.body, /class="free"/, 'no slot is free for sure');
    } finally {
      privacy.bob = 0;
    }
  });

  it('lists search results with links that add them, keeping the chosen people', async () => {
    const r = await get('/together?p=s.bob&q=%E7%8E%8B');
    assert.match(r.body, /<a class="add" href="\/together\?p=s\.bob&amp;p=s\.alice[^"]*">添加<\/a>/);
    assert.match(r.body, /<a class="remove" href="\/together\?semester=[^"]*">移除<\/a>/);
  });
});
