import assert from 'node:assert/strict';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

const cheap = { logN: 10, r: 8, p: 1 };

describe('identity passwords', () => {
  it('hashes with a per-user salt and verifies', async () => {
    const a = await hashPassword('correct horse battery staple', cheap);
    const b = await hashPassword('correct horse battery staple', cheap);
    assert.match(a, /^scrypt\$10\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    assert.notEqual(a, b, 'two hashes of one password differ (salt)');
    assert.ok(!a.includes('horse'));
    assert.equal(await verifyPassword('correct horse battery staple', a), true);
    assert.equal(await verifyPassword('correct horse battery stapl', a), false);
  });

  it('refuses an unknown account after doing the same work', async () => {
    assert.equal(await verifyPassword('anything', undefined), false);
  });

  it('refuses garbage hashes', async () => {
    assert.equal(await verifyPassword('x', 'md5$abc'), false);
  });

  it('gives a reason for weak passwords', () => {
    assert.equal(passwordProblem('short', []), 'too_short');
    assert.equal(passwordProblem('password', []), 'topTen');
    assert.equal(passwordProblem('3901160407', ['3901160407']), 'userInputs');
    assert.equal(passwordProblem('x'.repeat(129), []), 'too_long');
    assert.ok(passwordProblem('aaaaaaaaaa', []));
    assert.equal(passwordProblem('Tr0ub4dor&3-purple', []), undefined);
    assert.equal(passwordProblem('灯塔下的猫喝了三杯咖啡', []), undefined);
  });
});
