import assert from 'node:assert/strict';
import { normaliseQuery, searchKeys } from './search-keys.ts';

describe('search keys', () => {
  it('gives full pinyin and initials of a Chinese name', () => {
    assert.equal(searchKeys('王小明'), 'wangxiaoming wxm');
    assert.equal(searchKeys('吕布'), 'lvbu lb');
  });
  it('keeps Latin names as they are, lower-cased', () => {
    assert.equal(searchKeys('Alice Smith'), 'alicesmith');
  });
  it('normalises queries', () => {
    assert.equal(normaliseQuery('  Wang Xiao '), 'wangxiao');
    assert.equal(normaliseQuery('ＷＸＭ'), 'wxm');
    assert.equal(normaliseQuery('   '), undefined);
  });
});
