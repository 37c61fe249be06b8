import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { CalendarTokens, randomToken, tokenHash } from './secrets.ts';

describe('identity secrets', () => {
  it('stores only a hash of random tokens', () => {
    const t = randomToken();
    assert.match(t, /^[\w-]{43}$/);
    assert.notEqual(tokenHash(t), t);
    assert.equal(tokenHash(t), tokenHash(t));
  });

  it('calendar tokens open only under their key, and not when tampered', () => {
    const key = randomBytes(32);
    const tokens = new CalendarTokens(key);
    const { id, token } = tokens.issue();
    assert.match(token, /^[\w-]{32}$/);
    assert.ok(!token.includes(id) || token.length > id.length);
    assert.equal(tokens.open(token), id);
    assert.equal(tokens.tokenOf(id), token, 'the link can be shown again');
    assert.equal(new CalendarTokens(randomBytes(32)).open(token), undefined, 'another key');
    const flipped = (token[5] === 'A' ? 'B' : 'A') as string;
    assert.equal(tokens.open(token.slice(0, 5) + flipped + token.slice(6)), undefined, 'tampered');
    assert.equal(tokens.open(`${token}x`), undefined);
    assert.equal(tokens.open('../../etc/passwd'), undefined);
  });

  it('rotates: the first key issues, every key of the list still opens (issue 13, finding 13)', () => {
    const old = randomBytes(32);
    const fresh = randomBytes(32);
    const before = new CalendarTokens(old).issue();
    const rotated = new CalendarTokens([fresh, old]);
    assert.equal(rotated.open(before.token), before.id, 'a subscribed phone keeps its feed');
    const now = rotated.issue();
    assert.equal(new CalendarTokens(fresh).open(now.token), now.id, 'new tokens under the new key');
    assert.equal(new CalendarTokens(old).open(now.token), undefined);
    assert.equal(
      new CalendarTokens(fresh).open(before.token),
      undefined,
      'dropping the old key ends its tokens',
    );
  });
});
