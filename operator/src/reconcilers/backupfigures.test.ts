import assert from 'node:assert/strict';
import { sample } from '../desired/fixtures.test-support.ts';
import { withBackup } from './backup.test-support.ts';
import { backupFigures } from './backupfigures.ts';

describe('backup figures from the environment', () => {
  it('reads the last success from status.backup.lastSuccessTime and the interval from the schedule', () => {
    const f = backupFigures(
      withBackup({ schedule: '0 */6 * * *' }, { lastSuccessTime: '2026-11-24T09:00:00Z' }),
    );
    assert.deepEqual(f, { intervalSeconds: 6 * 3600, lastSuccess: new Date('2026-11-24T09:00:00Z') });
  });

  it('takes the default schedule (daily) where the object omits it, and no last success before the first', () => {
    assert.deepEqual(backupFigures(withBackup({ retention: 7 })), { intervalSeconds: 86400 });
    assert.deepEqual(backupFigures(withBackup({}, { lastSuccessTime: 'not a time' })), {
      intervalSeconds: 86400,
    });
  });

  it('gives nothing without spec.mongo.backup, while suspended, or for a schedule that never runs', () => {
    assert.equal(backupFigures(sample('production')), undefined, 'the schema of this branch: no backup');
    assert.equal(
      backupFigures(withBackup(undefined, { lastSuccessTime: '2026-11-24T09:00:00Z' })),
      undefined,
    );
    assert.equal(backupFigures(withBackup({ suspend: true })), undefined);
    assert.equal(backupFigures(withBackup({ schedule: '0 0 30 2 *' })), undefined);
  });
});
