import assert from 'node:assert/strict';
import { CalendarCache } from './cache.ts';

describe('calendar cache', () => {
  it('returns what was stored', () => {
    const c = new CalendarCache(1000);
    c.set('a', 'hello');
    assert.equal(c.get('a')?.body, 'hello');
    assert.equal(c.get('b'), undefined);
  });

  it('stays within its byte budget, evicting the least recently used', () => {
    const c = new CalendarCache(30);
    c.set('a', 'x'.repeat(10));
    c.set('b', 'y'.repeat(10));
    c.get('a'); // a is now the most recent
    c.set('c', 'z'.repeat(15));
    assert.ok(c.bytes <= 30);
    assert.equal(c.get('b'), undefined);
    assert.ok(c.get('a'));
    assert.ok(c.get('c'));
  });

  it('does not keep an entry larger than the budget', () => {
    const c = new CalendarCache(5);
    c.set('big', 'x'.repeat(6));
    assert.equal(c.size, 0);
    assert.equal(c.bytes, 0);
  });

  it('counts bytes, not characters', () => {
    const c = new CalendarCache(100);
    c.set('k', '课表');
    assert.equal(c.bytes, 6);
  });
});
