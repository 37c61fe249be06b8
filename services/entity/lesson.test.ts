import assert from 'node:assert/strict';
import { LessonCodeError, parseLesson, renderLesson } from './lesson.ts';

describe('lesson codes', () => {
  it('reads 10506 as Monday, periods 5 to 6', () => {
    assert.deepEqual(parseLesson('10506'), { weekday: 1, firstPeriod: 5, lastPeriod: 6 });
    assert.deepEqual(parseLesson('71112'), { weekday: 7, firstPeriod: 11, lastPeriod: 12 });
  });
  it('renders what it parses', () => {
    for (const code of ['10102', '30304', '50912', '71111'])
      assert.equal(renderLesson(parseLesson(code)), code);
  });
  it('refuses bad codes', () => {
    for (const bad of ['', '1050', '80102', '00102', '10605', '10015', '1a506', '105060']) {
      assert.throws(() => parseLesson(bad), LessonCodeError, bad);
    }
  });
});
