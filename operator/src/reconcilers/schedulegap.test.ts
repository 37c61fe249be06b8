import assert from 'node:assert/strict';
import { longestGapSeconds } from './schedulegap.ts';

const h = 3600;
const day = 24 * h;

describe('longest gap of a CronJob schedule', () => {
  it('is the period of a regular schedule', () => {
    assert.equal(longestGapSeconds('0 3 * * *'), day, 'the backup default');
    assert.equal(longestGapSeconds('@daily'), day);
    assert.equal(longestGapSeconds('@hourly'), h);
    assert.equal(longestGapSeconds('*/15 * * * *'), 15 * 60);
    assert.equal(longestGapSeconds('0 2,14 * * *'), 12 * h);
    assert.equal(longestGapSeconds('@weekly'), 7 * day);
    assert.equal(longestGapSeconds('@every 90m'), 90 * 60);
    assert.equal(longestGapSeconds('@every 1h30m'), 90 * 60);
  });

  it('is the longest of uneven gaps: over the night, the weekend, the longest month, a leap year', () => {
    assert.equal(longestGapSeconds('0 1,5 * * *'), 20 * h);
    assert.equal(longestGapSeconds('0 3 * * 1-5'), 3 * day, 'Friday 03:00 to Monday 03:00');
    assert.equal(longestGapSeconds('0 0 * * mon,FRI'), 4 * day, 'names, any case');
    assert.equal(longestGapSeconds('@monthly'), 31 * day);
    assert.equal(longestGapSeconds('30 4 1 jan *'), 366 * day);
    assert.equal(longestGapSeconds('0 0 29 2 *'), (4 * 365 + 1) * day, 'Feb 29 only');
    assert.equal(
      longestGapSeconds('0 0 1-31/2 * *'),
      2 * day,
      'odd days: 31st to the 1st is 1 day, the 29th to the 31st 2',
    );
  });

  it('ORs day of month and day of week when both are restricted, ANDs them when one is *', () => {
    assert.equal(longestGapSeconds('0 0 1-7 * 1'), 7 * day, 'the first seven days, or any Monday');
    assert.equal(longestGapSeconds('0 0 13 * 5'), 7 * day, 'every Friday and every 13th');
    assert.equal(longestGapSeconds('0 0 * * 1'), 7 * day, 'ORed, * would run it every day');
    assert.equal(longestGapSeconds('0 0 ? * 1'), 7 * day, '? is *');
    // A step makes the field restricted (robfig/cron): odd days or Mondays, not Mondays on odd days.
    assert.equal(longestGapSeconds('0 0 */2 * 1'), 2 * day);
  });

  it('is undefined for what is no schedule, or never runs', () => {
    for (const bad of [
      'nonsense',
      '61 * * * *',
      '* * * *',
      '0 0 30 2 *',
      '0 0 * * 7',
      '*/0 * * * *',
      '@every',
      '@every 0s',
    ])
      assert.equal(longestGapSeconds(bad), undefined, bad);
  });
});
