import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { type CachedCalendar, CalendarCache, encodeCalendar } from './cache.ts';

const entry = (etag: string, bytes: number): CachedCalendar => ({
  etag,
  body: Buffer.alloc(bytes),
  gzip: Buffer.alloc(0),
  bytes,
});

describe('calendar cache', () => {
  it('returns what was stored, plain and gzipped', () => {
    const c = new CalendarCache(10_000);
    c.set(encodeCalendar('a', '课表 hello'));
    const hit = c.get('a')!;
    assert.equal(hit.body.toString('utf8'), '课表 hello');
    assert.equal(gunzipSync(hit.gzip).toString('utf8'), '课表 hello');
    assert.equal(hit.bytes, hit.body.length + hit.gzip.length);
    assert.equal(c.get('b'), undefined);
  });

  it('stays within its byte budget, evicting the least recently used', () => {
    const c = new CalendarCache(30);
    c.set(entry('a', 10));
    c.set(entry('b', 10));
    c.get('a'); // a is now the most recent
    c.set(entry('c', 15));
    assert.ok(c.bytes <= 30);
    assert.equal(c.get('b'), undefined);
    assert.ok(c.get('a'));
    assert.ok(c.get('c'));
  });

  it('does not keep an entry larger than the budget', () => {
    const c = new CalendarCache(5);
    c.set(entry('big', 6));
    assert.equal(c.size, 0);
    assert.equal(c.bytes, 0);
  });

  it('replaces an entry under the same key without counting it twice', () => {
    const c = new CalendarCache(100);
    c.set(entry('k', 10));
    c.set(entry('k', 20));
    assert.equal(c.size, 1);
    assert.equal(c.bytes, 20);
  });
});
