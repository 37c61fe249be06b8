// Search like the original: one result, or one exact match, goes straight to its page.
import assert from 'node:assert/strict';
import { inject } from 'light-my-request';
import { everyclass } from '../../proto/generated/everyclass.js';
import type { EntityApi } from './backend.ts';
import { entity, stand, standinApp } from './standins.test-support.ts';

const E = everyclass.entity.v1;
const ref = (kind: number, id: string, name: string) => ({ kind, id, code: id, name });

describe('web search', () => {
  let answer: everyclass.entity.v1.ISearchResponse = {};
  const backend = stand<EntityApi>({
    ListSemesters: entity.ListSemesters,
    Search: async () => E.SearchResponse.create(answer),
  });
  const app = standinApp({ backend: { entity: backend, identity: stand({}) } });
  const get = (url: string) => inject(app.callback(), { method: 'GET', url });

  it('goes straight to the page of the only result', async () => {
    answer = { groups: [{ kind: E.Kind.ROOM, total: 1, items: [ref(E.Kind.ROOM, 'r1', 'A座101')] }] };
    const r = await get(`/search?q=${encodeURIComponent('民主楼101')}`);
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, '/room/r1');
  });

  it('goes straight to the one exact match among several results', async () => {
    answer = {
      groups: [{ kind: E.Kind.STUDENT, total: 12, items: [ref(E.Kind.STUDENT, 's2', '王小明2')] }],
      exact: ref(E.Kind.STUDENT, 's1', '王小明'),
    };
    const r = await get(`/search?q=${encodeURIComponent('王小明')}`);
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, '/student/s1');
  });

  it('lists several results, and a list asked for by kind stays a list', async () => {
    answer = {
      groups: [
        { kind: E.Kind.STUDENT, total: 1, items: [ref(E.Kind.STUDENT, 's1', '李雷')] },
        { kind: E.Kind.TEACHER, total: 1, items: [ref(E.Kind.TEACHER, 't1', '李雷')] },
      ],
    };
    assert.equal((await get('/search?q=lilei')).statusCode, 200);
    answer = { groups: [{ kind: E.Kind.STUDENT, total: 1, items: [ref(E.Kind.STUDENT, 's1', '李雷')] }] };
    const r = await get('/search?q=lilei&kind=student');
    assert.equal(r.statusCode, 200);
    assert.match(r.payload, /href="\/student\/s1"/);
  });

  it('finds nothing: a list saying so, no redirect', async () => {
    answer = { groups: [{ kind: E.Kind.STUDENT, total: 0, items: [] }] };
    const r = await get('/search?q=nobody');
    assert.equal(r.statusCode, 200);
    assert.match(r.payload, /没有找到/);
  });
});
