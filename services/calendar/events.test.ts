import assert from 'node:assert/strict';
import { defaultAppConfig } from '../kit/config.ts';
import { type CardInfo, classEvents, dateOf, periodTimes, type SemesterInfo } from './events.ts';

const slots = defaultAppConfig.lessonSlots;
const semester: SemesterInfo = {
  name: '2026-2027-1',
  start: '2026-09-07', // a Monday
  holidays: [
    { date: '2026-10-01', name: '国庆节', makeupDate: '' }, // Thursday of week 4
    { date: '2026-10-07', name: '国庆节', makeupDate: '2026-10-10' }, // Wednesday of week 5 → Saturday
  ],
};
const card = (over: Partial<CardInfo>): CardInfo => ({
  code: 'C1',
  courseName: '数据结构',
  weekday: 1,
  firstPeriod: 5,
  lastPeriod: 6,
  weeks: [1, 2, 3],
  weekText: '1-3周',
  room: 'A-101',
  teachers: ['张三'],
  ...over,
});

describe('calendar events', () => {
  it('maps weeks and weekdays to dates from the semester start', () => {
    assert.equal(dateOf('2026-09-07', 1, 1), '2026-09-07');
    assert.equal(dateOf('2026-09-07', 1, 7), '2026-09-13');
    assert.equal(dateOf('2026-09-07', 2, 3), '2026-09-16');
    // A Sunday start: week 1 runs Sunday to Saturday.
    assert.equal(dateOf('2026-09-06', 1, 7), '2026-09-06');
    assert.equal(dateOf('2026-09-06', 1, 1), '2026-09-07');
  });

  it('maps periods to the configured slots', () => {
    assert.deepEqual(periodTimes(slots, 5, 6), { start: '14:00', end: '15:40' });
    assert.deepEqual(periodTimes(slots, 1, 4), { start: '08:00', end: '11:40' });
    assert.throws(() => periodTimes(slots, 13, 14), /outside/);
  });

  it('gives one event per occurrence at local times, with summary course@room', () => {
    const events = classEvents(semester, [card({})], slots);
    assert.equal(events.length, 3);
    assert.deepEqual(events[0]!.start, { year: 2026, month: 9, day: 7, hour: 14, minute: 0 });
    assert.deepEqual(events[0]!.end, { year: 2026, month: 9, day: 7, hour: 15, minute: 40 });
    assert.equal(events[0]!.summary, '数据结构@A-101');
    assert.match(events[0]!.description, /1-3周/);
    assert.match(events[0]!.description, /张三/);
  });

  it('keeps odd weeks only for 单周 and drops a holiday', () => {
    const odd = card({ weekday: 4, weeks: [1, 3, 5, 7], weekText: '1-7单周' });
    const days = classEvents(semester, [odd], slots).map((e) => e.start.day + e.start.month * 100);
    // weeks 1, 3, 5, 7 on Thursdays: 09-10, 09-24, 10-08, 10-22; week 4 (10-01) is even anyway
    assert.deepEqual(days, [910, 924, 1008, 1022]);
    const weekly = card({ weekday: 4, weeks: [3, 4, 5], weekText: '3-5周' });
    const dates = classEvents(semester, [weekly], slots).map((e) => `${e.start.month}-${e.start.day}`);
    assert.deepEqual(dates, ['9-24', '10-8'], 'the holiday on 10-01 has no class');
  });

  it('moves a holiday with a makeup date there, keeping its uid stable', () => {
    const wed = card({ code: 'W', weekday: 3, weeks: [5], weekText: '5周' });
    const [e] = classEvents(semester, [wed], slots);
    assert.deepEqual([e!.start.month, e!.start.day], [10, 10]);
    assert.match(e!.description, /调课/);
    const again = classEvents(semester, [wed], slots);
    assert.equal(again[0]!.uid, e!.uid);
  });

  it('gives distinct, stable uids', () => {
    const events = classEvents(semester, [card({}), card({ code: 'C2', weekday: 2 })], slots);
    assert.equal(new Set(events.map((e) => e.uid)).size, events.length);
    assert.deepEqual(
      classEvents(semester, [card({}), card({ code: 'C2', weekday: 2 })], slots).map((e) => e.uid),
      events.map((e) => e.uid),
    );
  });
});
