import assert from 'node:assert/strict';
import { defaultAppConfig } from '../kit/config.ts';
import { buildGrid, canSee, defaultSemester, schoolDate, weekOf } from './timetable.ts';

const s1 = { name: '2026-2027-1', start: '2026-09-07', weeks: 18 };
const s2 = { name: '2026-2027-2', start: '2027-03-01', weeks: 18 };

describe('web timetable helpers', () => {
  it('finds the week of a date and today in Shanghai', () => {
    assert.equal(weekOf(s1, '2026-09-07'), 1);
    assert.equal(weekOf(s1, '2026-09-13'), 1);
    assert.equal(weekOf(s1, '2026-09-14'), 2);
    assert.equal(weekOf(s1, '2027-01-10'), 18);
    assert.equal(weekOf(s1, '2027-01-11'), undefined);
    assert.equal(weekOf(s1, '2026-09-06'), undefined);
    assert.equal(schoolDate(new Date('2026-09-06T16:30:00Z'), 'Asia/Shanghai'), '2026-09-07');
  });

  it('picks the running semester, else the latest begun', () => {
    assert.equal(defaultSemester([s2, s1], '2026-10-01')?.name, s1.name);
    assert.equal(defaultSemester([s1, s2], '2027-02-01')?.name, s1.name);
    assert.equal(defaultSemester([s1, s2], '2027-08-01')?.name, s2.name);
    assert.equal(defaultSemester([s1, s2], '2020-01-01')?.name, s1.name);
    assert.equal(defaultSemester([], '2020-01-01'), undefined);
  });

  it('lays cards out by weekday and slot, filtered by week', () => {
    const math = { id: 'm', weekday: 1, firstPeriod: 1, lastPeriod: 2, weeks: [1, 3, 5] };
    const lab = { id: 'l', weekday: 3, firstPeriod: 3, lastPeriod: 6, weeks: [2, 4] };
    const sat = { id: 's', weekday: 6, firstPeriod: 9, lastPeriod: 10, weeks: [1] };
    const late = { id: 'x', weekday: 2, firstPeriod: 13, lastPeriod: 14, weeks: [1] };
    const g = buildGrid([math, lab, sat, late], defaultAppConfig.lessonSlots);
    assert.deepEqual(g.days, [1, 2, 3, 4, 5, 6]);
    assert.equal(g.rows.length, 6);
    assert.deepEqual(g.rows[0]!.cells[0], [math]);
    assert.deepEqual(g.rows[1]!.cells[2], [lab], 'periods 3-6 span two slots');
    assert.deepEqual(g.rows[2]!.cells[2], [lab]);
    assert.deepEqual(g.rows[4]!.cells[5], [sat]);
    assert.deepEqual(g.other, [late]);
    const week2 = buildGrid([math, lab, sat], defaultAppConfig.lessonSlots, 2);
    assert.deepEqual(week2.days, [1, 2, 3, 4, 5]);
    assert.deepEqual(week2.rows[0]!.cells[0], []);
    assert.deepEqual(week2.rows[1]!.cells[2], [lab]);
  });

  it('honours privacy levels', () => {
    assert.equal(canSee(0, 'a', undefined), true);
    assert.equal(canSee(1, 'a', undefined), false);
    assert.equal(canSee(1, 'a', 'b'), true);
    assert.equal(canSee(2, 'a', 'b'), false);
    assert.equal(canSee(2, 'a', 'a'), true);
  });
});
