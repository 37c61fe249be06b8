import assert from 'node:assert/strict';
import { defaultAppConfig } from '../kit/config.ts';
import { freeBusy, MAX_PEOPLE, parsePeople, personParam } from './together.ts';

describe('web: multi-person schedule (free/busy of a week)', () => {
  const slots = defaultAppConfig.lessonSlots;
  const card = (weekday: number, first: number, last: number, weeks: number[]) => ({
    weekday,
    firstPeriod: first,
    lastPeriod: last,
    weeks,
  });

  it('reads people from the URL: kind letter and id, deduplicated and bounded', () => {
    const ps = parsePeople(['s.abc', 't.T-1_x', 's.abc', 'x.nope', 's.bad id', 't.']);
    assert.deepEqual(ps, [
      { kind: 'student', id: 'abc' },
      { kind: 'teacher', id: 'T-1_x' },
    ]);
    assert.equal(parsePeople('s.one').length, 1);
    assert.equal(parsePeople(Array.from({ length: 20 }, (_, i) => `s.id${i}`)).length, MAX_PEOPLE);
    assert.equal(personParam(ps[1]!), 't.T-1_x');
  });

  it('marks a slot busy for whoever has class then, free when everyone is known free', () => {
    const fb = freeBusy(
      [
        { ref: { kind: 'student', id: 'a' }, name: 'A', cards: [card(1, 1, 2, [1, 2]), card(3, 3, 4, [2])] },
        { ref: { kind: 'teacher', id: 'b' }, name: 'B', cards: [card(1, 2, 3, [1])] },
      ],
      slots,
      1,
    );
    assert.deepEqual(fb.days, [1, 2, 3, 4, 5]);
    assert.deepEqual(fb.rows[0]!.cells[0]!.busy, ['A', 'B'], 'periods 2-3 touch slot 1');
    assert.deepEqual(fb.rows[1]!.cells[0]!.busy, ['B']);
    assert.equal(fb.rows[1]!.cells[2]!.free, true, 'A has class on Wednesday in week 2 only');
    assert.equal(fb.rows[2]!.cells[0]!.free, true);
  });

  it('never frees a slot of someone unknown, and never says why', () => {
    const fb = freeBusy(
      [
        { ref: { kind: 'student', id: 'a' }, name: 'A', cards: [] },
        { ref: { kind: 'student', id: 'h' }, name: 'H', cards: undefined },
      ],
      slots,
      1,
    );
    for (const row of fb.rows)
      for (const cell of row.cells) {
        assert.equal(cell.free, false);
        assert.deepEqual(cell.unknown, ['H']);
        assert.deepEqual(cell.busy, []);
      }
  });

  it('adds the weekend only when someone has class then', () => {
    const p = { ref: { kind: 'student' as const, id: 'a' }, name: 'A', cards: [card(6, 1, 2, [3])] };
    assert.deepEqual(freeBusy([p], slots, 3).days, [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(freeBusy([p], slots, 4).days, [1, 2, 3, 4, 5]);
  });
});
