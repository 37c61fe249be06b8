import assert from 'node:assert/strict';
import { dateOfClassDay, dayPlan, weekOfDate } from './class-days.ts';

describe('class days (holidays and makeup days)', () => {
  // 2026-09-07 is a Monday; 国庆节 2026-10-01 (Thu, week 4) moved to Sunday 2026-10-11 (week 5).
  const semester = {
    start: '2026-09-07',
    holidays: [
      { date: '2026-10-01', name: '国庆节', makeupDate: '2026-10-11' },
      { date: '2026-10-02', name: '国庆节', makeupDate: '' },
    ],
  };

  it('maps dates to teaching weeks and back, also for a semester starting mid-week', () => {
    assert.deepEqual(weekOfDate('2026-09-07', '2026-09-07'), { week: 1, weekday: 1 });
    assert.deepEqual(weekOfDate('2026-09-07', '2026-09-20'), { week: 2, weekday: 7 });
    assert.equal(weekOfDate('2026-09-07', '2026-09-06').week, 0);
    // Starting on a Wednesday: week 1's Monday is the Monday after.
    assert.deepEqual(weekOfDate('2026-09-09', '2026-09-09'), { week: 1, weekday: 3 });
    assert.deepEqual(weekOfDate('2026-09-09', '2026-09-14'), { week: 1, weekday: 1 });
    assert.deepEqual(weekOfDate('2026-09-09', '2026-09-16'), { week: 2, weekday: 3 });
    for (const start of ['2026-09-07', '2026-09-09', '2026-09-13'])
      for (const [week, weekday] of [
        [1, 1],
        [3, 5],
        [18, 7],
      ] as const)
        assert.deepEqual(weekOfDate(start, dateOfClassDay(start, week, weekday)), { week, weekday });
  });

  it('an ordinary day holds its own classes', () => {
    const p = dayPlan(semester, '2026-09-15');
    assert.deepEqual(p.held, [{ week: 2, weekday: 2 }]);
    assert.equal(p.holiday, undefined);
  });

  it('a holiday holds none; its makeup day holds its own and the moved ones', () => {
    const h = dayPlan(semester, '2026-10-01');
    assert.deepEqual(h.held, []);
    assert.equal(h.holiday?.name, '国庆节');
    assert.deepEqual([h.week, h.weekday], [4, 4]);
    assert.deepEqual(dayPlan(semester, '2026-10-02').held, []);
    const m = dayPlan(semester, '2026-10-11');
    assert.deepEqual(m.held, [
      { week: 5, weekday: 7 },
      { week: 4, weekday: 4 },
    ]);
    assert.deepEqual(
      m.makeupFor.map((x) => x.date),
      ['2026-10-01'],
    );
  });

  it('before the semester nothing is held', () => {
    assert.deepEqual(dayPlan(semester, '2026-08-01').held, []);
  });
});
