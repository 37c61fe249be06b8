// Against scraping (issue 13, finding 5): search is rate-limited per client, and classmates who
// keep their timetable private are only counted, never listed (no surname, no sorted position).
import assert from 'node:assert/strict';
import { inject } from 'light-my-request';
import type { KitApp } from '../kit/app.ts';
import { privacy, standinApp } from './standins.test-support.ts';

describe('web: no listing the school', () => {
  let app: KitApp;
  before(() => {
    app = standinApp({ searchesPerMinute: 5 });
  });
  const search = (q: string, from: string) =>
    inject(app.callback(), {
      method: 'GET',
      url: `/search?q=${q}&kind=student&page=2`,
      headers: { 'x-forwarded-for': from },
    });

  it('rate-limits search per client (an IPv6 /64 is one client) with 429 and Retry-After', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await search(`20${i}`, `2001:db8:5:5::${i + 1}`)).statusCode);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
    const limited = await search('2020', '2001:db8:5:5::99');
    assert.equal(limited.statusCode, 429);
    assert.match(String(limited.headers['retry-after']), /^\d+$/);
    assert.equal((await search('2020', '192.0.2.1')).statusCode, 200, 'another client is not affected');
  });

  it('counts private classmates apart: no surname, no place in the list', async () => {
    privacy.alice = 2;
    try {
      const r = await inject(app.callback(), { method: 'GET', url: '/card/card1' });
      assert.equal(r.statusCode, 200);
      assert.doesNotMatch(r.payload, /王/, 'not even the surname');
      assert.doesNotMatch(r.payload, /class="masked"/);
      assert.match(r.payload, /1 位同学/, 'counted');
    } finally {
      privacy.alice = 0;
    }
  });
});
