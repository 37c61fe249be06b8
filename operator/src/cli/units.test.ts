import assert from 'node:assert/strict';
import { formatDuration } from './units.ts';

describe('cli units', () => {
  it('formats durations compactly', () => {
    assert.deepEqual([0, 45_000, 125_000, 3_600_000, 3_720_000, 50 * 3_600_000].map(formatDuration), [
      '0s',
      '45s',
      '2m5s',
      '1h',
      '1h2m',
      '2d2h',
    ]);
  });
});
