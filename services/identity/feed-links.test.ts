import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { decodeGrant, encodeGrant, FeedLinks } from './feed-links.ts';
import { visibleTo } from './visibility.ts';

// Ids as entity spells them: canonical base64url of 40 bytes.
const id = () => randomBytes(40).toString('base64url');

describe('identity: feed links (capabilities of any timetable)', () => {
  const key = randomBytes(32);
  const owner = id();
  const subscriber = id();

  it('seals owner, semester and subscriber, and opens them back', () => {
    const links = new FeedLinks(key);
    for (const g of [
      { ownerId: owner, semester: '2026-2027-1', subscriber },
      { ownerId: owner, semester: '2026-2027-2', subscriber: '' },
    ]) {
      const token = links.seal(g);
      assert.ok(token);
      assert.match(token, /^[A-Za-z0-9_-]+$/);
      assert.ok(token.length > 32 && token.length <= 256, `length ${token.length}`);
      assert.deepEqual(links.open(token), g);
      assert.equal(links.seal(g), token, 'deterministic: the same viewer gets the same link');
      assert.ok(!token.includes(owner.slice(0, 12)), 'the owner id is not readable in the link');
    }
  });

  it('refuses links of another key, tampered links and malformed grants', () => {
    const links = new FeedLinks(key);
    const token = links.seal({ ownerId: owner, semester: '2026-2027-1', subscriber: '' }) ?? '';
    assert.equal(new FeedLinks(randomBytes(32)).open(token), undefined, 'another key');
    for (let i = 0; i < token.length; i += 7) {
      const c = token[i] === 'A' ? 'B' : 'A';
      assert.equal(links.open(token.slice(0, i) + c + token.slice(i + 1)), undefined, `changed at ${i}`);
    }
    assert.equal(links.open(`${token}A`), undefined, 'a dangling character');
    assert.equal(links.open('x'.repeat(32)), undefined);
    assert.equal(links.seal({ ownerId: 'not an id!', semester: '2026-2027-1', subscriber: '' }), undefined);
    assert.equal(links.seal({ ownerId: owner, semester: 'next term', subscriber: '' }), undefined);
    // Another spelling of the same bytes (an unused low bit of the last character set).
    const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const spelled = owner.slice(0, -1) + abc[abc.indexOf(owner.at(-1) ?? 'A') ^ 1];
    assert.equal(links.seal({ ownerId: spelled, semester: '2026-2027-1', subscriber: '' }), undefined);
  });

  it('keeps links made under an old key working after rotation', () => {
    const old = randomBytes(32);
    const before = new FeedLinks(old).seal({ ownerId: owner, semester: '2026-2027-1', subscriber }) ?? '';
    const rotated = new FeedLinks([randomBytes(32), old]);
    assert.equal(rotated.open(before)?.ownerId, owner);
  });

  it('encodes grants as length-prefixed fields and refuses trailing bytes', () => {
    const g = { ownerId: owner, semester: '2026-2027-1', subscriber };
    const b = encodeGrant(g);
    assert.ok(b);
    assert.deepEqual(decodeGrant(b), g);
    assert.equal(decodeGrant(Buffer.concat([b, Buffer.from([0])])), undefined);
    assert.equal(decodeGrant(b.subarray(0, b.length - 1)), undefined);
  });
});

describe('identity: who may see a timetable', () => {
  it('follows the level, the owner and accepted requests', () => {
    assert.equal(visibleTo(0, 'a', '', false), true);
    assert.equal(visibleTo(1, 'a', '', false), false);
    assert.equal(visibleTo(1, 'a', 'b', false), true);
    assert.equal(visibleTo(2, 'a', 'b', false), false);
    assert.equal(visibleTo(2, 'a', 'b', true), true, 'an accepted request');
    assert.equal(visibleTo(2, 'a', '', true), false, 'never anonymous');
    assert.equal(visibleTo(2, 'a', 'a', false), true, 'the owner');
  });
});
