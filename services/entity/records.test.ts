import assert from 'node:assert/strict';
import { AppError } from '../kit/errors.ts';
import { toImportBatch } from './records.ts';

const semester = { name: '2026-2027-1', start: '2026-09-07' };
const card = {
  code: 'c1',
  courseCode: 'C1',
  courseName: '高等数学',
  lesson: '10506',
  weeks: '1-15单周',
  roomCode: 'A-101',
  teacherCodes: ['T1'],
};

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof AppError);
    assert.equal(err.code, 'invalid_argument');
    return err.meta.field;
  }
  return undefined;
}

describe('import records', () => {
  it('turns a card into a document with parsed lesson and weeks', () => {
    const b = toImportBatch({ semester, cards: [card] }, null);
    const c = b.cards[0]!;
    assert.equal(c._id, '2026-2027-1/c1');
    assert.deepEqual([c.weekday, c.firstPeriod, c.lastPeriod], [1, 5, 6]);
    assert.deepEqual(c.weeks, [1, 3, 5, 7, 9, 11, 13, 15]);
    assert.equal(c.weekText, '1-15单周');
    assert.equal(b.semester?.weeks, 15);
  });

  it('groups enrollments per card as additions, and keeps rosters whole', () => {
    const b = toImportBatch(
      {
        semester,
        enrollments: [
          { studentCode: 's2', cardCode: 'c1' },
          { studentCode: 's1', cardCode: 'c1' },
        ],
        rosters: [{ cardCode: 'c2', studentCodes: ['s3', 's3', 's1'] }],
      },
      null,
    );
    assert.deepEqual(b.additions, [
      { _id: '2026-2027-1/c1', semester: '2026-2027-1', students: ['s2', 's1'] },
    ]);
    assert.deepEqual(b.rosters[0]!.students, ['s1', 's3']);
  });

  it('takes the start date and holidays of the stored semester when left out', () => {
    const stored = {
      _id: '2026-2027-1',
      start: '2026-09-07',
      weeks: 18,
      holidays: [{ date: '2026-10-01', name: '国庆', makeupDate: '' }],
    };
    const b = toImportBatch({ semester: { name: '2026-2027-1' } }, stored);
    assert.equal(b.semester?.start, '2026-09-07');
    assert.equal(b.semester?.holidays.length, 1);
    assert.equal(b.semester?.weeks, 18);
  });

  it('names the offending field', () => {
    assert.equal(
      fieldOf(() => toImportBatch({ semester: { name: 'autumn', start: '2026-09-07' } }, null)),
      'semester.name',
    );
    assert.equal(
      fieldOf(() => toImportBatch({ semester: { name: '2026-2027-1' } }, null)),
      'semester.start',
    );
    assert.equal(
      fieldOf(() => toImportBatch({ semester, cards: [{ ...card, lesson: '80102' }] }, null)),
      'cards[0]',
    );
    assert.equal(
      fieldOf(() => toImportBatch({ semester, cards: [{ ...card, weeks: '16-1周' }] }, null)),
      'cards[0]',
    );
    assert.equal(
      fieldOf(() => toImportBatch({ semester, cards: [{ ...card, roomCode: ' ' }] }, null)),
      'cards[0].room_code',
    );
    assert.equal(
      fieldOf(() => toImportBatch({ semester, students: [{ code: 's1' }] }, null)),
      'students[0].name',
    );
    assert.equal(
      fieldOf(() => toImportBatch({ semester: { ...semester, holidays: [{ date: '2026-13-01' }] } }, null)),
      'semester.holidays[0].date',
    );
  });
});
