import assert from 'node:assert/strict';
import { mayAcquire } from './leader.ts';

describe('leader election decision', () => {
  const seen = { holder: 'a', renewTime: '2026-01-01T00:00:00.000Z', seenAtMs: 1000 };
  it('takes a free lease or one it already holds', () => {
    assert.equal(mayAcquire(undefined, 'b', undefined, 0, 15_000), true);
    assert.equal(mayAcquire('', 'b', undefined, 0, 15_000), true);
    assert.equal(mayAcquire('b', 'b', undefined, 0, 15_000), true);
  });
  it('waits a whole lease duration after last seeing another holder renew', () => {
    assert.equal(
      mayAcquire('a', 'b', undefined, 99_999, 15_000),
      false,
      'never observed: must observe first',
    );
    assert.equal(mayAcquire('a', 'b', seen, 15_999, 15_000), false);
    assert.equal(mayAcquire('a', 'b', seen, 16_000, 15_000), true);
  });
});
