// Free rooms as a student uses them: now by default, campus and building filters, holiday notes.
import assert from 'node:assert/strict';
import { inject } from 'light-my-request';
import { everyclass } from '../../proto/generated/everyclass.js';
import { defaultAppConfig } from '../kit/config.ts';
import type { EntityApi } from './backend.ts';
import { freeRoomsNow, schoolClock, slotAt } from './free-rooms.ts';
import { entity, stand, standinApp } from './standins.test-support.ts';

const E = everyclass.entity.v1;
const slots = defaultAppConfig.lessonSlots;

describe('free rooms', () => {
  it('reads the school clock in its zone', () => {
    assert.deepEqual(schoolClock(new Date('2026-09-15T17:30:00Z'), 'Asia/Shanghai'), {
      date: '2026-09-16',
      time: '01:30',
    });
    assert.deepEqual(schoolClock(new Date('2026-09-15T00:05:00Z'), 'UTC'), {
      date: '2026-09-15',
      time: '00:05',
    });
  });

  it('picks the slot running now, else the next, else tomorrow\u2019s first', () => {
    assert.deepEqual(slotAt(slots, '07:00'), { slot: 0, tomorrow: false });
    assert.deepEqual(slotAt(slots, '09:00'), { slot: 0, tomorrow: false }, 'running');
    assert.deepEqual(slotAt(slots, '12:30'), { slot: 2, tomorrow: false }, 'lunch: the afternoon slot');
    assert.deepEqual(slotAt(slots, '22:39'), { slot: 5, tomorrow: false });
    assert.deepEqual(slotAt(slots, '22:40'), { slot: 0, tomorrow: true });
    // 23:00 in Shanghai on the 15th: the 16th, first slot.
    assert.deepEqual(freeRoomsNow(new Date('2026-09-15T15:00:00Z'), 'Asia/Shanghai', slots), {
      date: '2026-09-16',
      slot: 0,
    });
  });

  describe('page', () => {
    const asked: everyclass.entity.v1.IFreeRoomsRequest[] = [];
    const rooms = [
      { id: 'r1', name: 'A座101', building: 'A座', campus: '校本部', capacity: 60 },
      { id: 'r2', name: 'B座201', building: 'B座', campus: '校本部', capacity: 90 },
      { id: 'r3', name: 'K座101', building: 'K座', campus: '铁道校区', capacity: 40 },
    ];
    const holidays: Record<string, string> = { '2026-10-01': '国庆节' };
    const backend = stand<EntityApi>({
      ListSemesters: entity.ListSemesters,
      FreeRooms: async (req) => {
        asked.push(req);
        const date = req.date || '2026-09-15';
        return E.FreeRoomsResponse.create({
          rooms: req.period === 4 ? rooms.filter((r) => r.id !== 'r2') : rooms,
          date,
          week: req.week || 2,
          weekday: req.weekday || 2,
          holiday: holidays[date] ?? '',
          makeupFor: date === '2026-10-10' ? [{ date: '2026-10-07', name: '国庆节', makeupDate: date }] : [],
        });
      },
    });
    const appAt = (iso: string) =>
      standinApp({ backend: { entity: backend, identity: stand({}) }, now: () => new Date(iso) });
    const get = (iso: string, url: string) => inject(appAt(iso).callback(), { method: 'GET', url });

    it('shows now with nothing asked: today, the next slot, rooms free in both its periods', async () => {
      asked.length = 0;
      // 2026-09-15 12:30 in Shanghai: a Tuesday of week 2, the afternoon slot (periods 5-6) is next.
      const r = await get('2026-09-15T04:30:00Z', '/rooms/free');
      assert.equal(r.statusCode, 200);
      assert.deepEqual(
        asked.map((a) => [a.date, a.period]),
        [
          ['2026-09-15', 5],
          ['2026-09-15', 6],
        ],
      );
      assert.match(r.payload, /<strong>现在<\/strong> 2026-09-15（第2周 周二）第5-6节 14:00–15:40/);
      assert.match(r.payload, /<option value="3" selected>第5-6节/);
      assert.match(r.payload, /共有 3 间空教室/);
    });

    it('filters by campus, and the building choices follow the campus', async () => {
      const r = await get('2026-09-15T04:30:00Z', `/rooms/free?campus=${encodeURIComponent('铁道校区')}`);
      assert.match(r.payload, /共有 1 间空教室/);
      assert.match(r.payload, /K座101/);
      assert.doesNotMatch(r.payload, /<option value="A座"/, 'buildings of that campus only');
      assert.match(r.payload, /<option value="铁道校区" selected>/);
    });

    it('a room busy in one of the two periods is not free for the slot', async () => {
      const r = await get('2026-09-15T04:30:00Z', '/rooms/free?semester=2026-2027-1&week=3&weekday=1&slot=2');
      assert.match(r.payload, /共有 2 间空教室/);
      assert.doesNotMatch(r.payload, /B座201/);
      assert.match(r.payload, /回到现在/);
    });

    it('says when the day is a holiday or a makeup day', async () => {
      const h = await get('2026-10-01T02:00:00Z', '/rooms/free');
      assert.match(h.payload, /2026-10-01 是国庆节假期，不上课/);
      const m = await get('2026-10-10T02:00:00Z', '/rooms/free');
      assert.match(m.payload, /2026-10-10 是国庆节调休上课日：补上 2026-10-07 的课/);
    });

    it('outside every semester asks for a day instead of guessing', async () => {
      asked.length = 0;
      const r = await get('2027-08-01T02:00:00Z', '/rooms/free');
      assert.equal(r.statusCode, 200);
      assert.equal(asked.length, 0);
      assert.match(r.payload, /今天不在任何学期的教学周内/);
    });
  });
});
