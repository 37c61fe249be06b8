import assert from 'node:assert/strict';
import { parseWeeks, renderWeeks, WeekListError } from './weeks.ts';

const range = (a: number, b: number, step = 1) =>
  Array.from({ length: Math.floor((b - a) / step) + 1 }, (_, i) => a + i * step);

describe('week lists', () => {
  const cases: Array<[string, number[]]> = [
    ['1-16周', range(1, 16)],
    ['1-15单周', range(1, 15, 2)],
    ['2-16双周', range(2, 16, 2)],
    ['1-8,10-16周', [...range(1, 8), ...range(10, 16)]],
    ['5周', [5]],
    ['3,5-6,9周', [3, 5, 6, 9]],
    ['3-5单周', [3, 5]],
  ];
  for (const [text, weeks] of cases) {
    it(`renders and parses ${text}`, () => {
      assert.equal(renderWeeks(weeks), text);
      assert.deepEqual(parseWeeks(text), weeks);
    });
  }

  it('renders unsorted input with duplicates canonically', () => {
    assert.equal(renderWeeks([16, 1, 2, 2, 3]), '1-3,16周');
  });

  it('parses common variants', () => {
    assert.deepEqual(parseWeeks('第1-7单,10-12周'), [1, 3, 5, 7, 10, 11, 12]);
    assert.deepEqual(parseWeeks('1-4，6'), [1, 2, 3, 4, 6]);
    assert.deepEqual(parseWeeks('2-6周双'), [2, 4, 6]);
  });

  it('refuses nonsense with a WeekListError', () => {
    for (const bad of ['', '周', 'a-b周', '16-1周', '0-3周', '1-99周', '2-2单周']) {
      assert.throws(() => parseWeeks(bad), WeekListError, bad);
    }
  });

  it('is inverse for every subset of a small range (exhaustive)', () => {
    for (let mask = 1; mask < 1 << 10; mask++) {
      const weeks = range(1, 10).filter((w) => mask & (1 << (w - 1)));
      const text = renderWeeks(weeks);
      assert.deepEqual(parseWeeks(text), weeks, text);
      assert.equal(renderWeeks(parseWeeks(text)), text);
    }
  });
});
