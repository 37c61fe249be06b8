import assert from 'node:assert/strict';
import { parseLesson } from '../entity/lesson.ts';
import { parseWeeks } from '../entity/weeks.ts';
import { generateUniversity } from './generate.ts';
import { asRosters, chunkRequest } from './import.ts';

describe('data generator', () => {
  const small = generateUniversity({ seed: 3, scale: 0.05 });

  it('is deterministic for a seed and differs for another', () => {
    assert.deepEqual(generateUniversity({ seed: 3, scale: 0.05 }), small);
    assert.notDeepEqual(generateUniversity({ seed: 4, scale: 0.05 })[0]!.students, small[0]!.students);
  });

  it('scales to the sizes the issue asks for', () => {
    const full = generateUniversity({ seed: 2026, scale: 1 });
    assert.equal(full.length, 2);
    assert.equal(full[0]!.students!.length, 30_000);
    assert.equal(full[0]!.teachers!.length, 2_000);
    assert.equal(full[0]!.rooms!.length, 400);
    assert.equal(full[0]!.cards!.length + full[1]!.cards!.length, 5_000);
    assert.equal(full[0]!.enrollments!.length + full[1]!.enrollments!.length, 300_000);
    assert.equal(new Set(full[0]!.students!.map((s) => s.code)).size, 30_000, 'unique student numbers');
  });

  it('writes valid lesson codes and week lists, and never double-books a room or a student', () => {
    for (const sem of small) {
      const slot = new Map(sem.cards!.map((c) => [c.code!, c]));
      const roomAt = new Set<string>();
      for (const c of sem.cards!) {
        const l = parseLesson(c.lesson!);
        assert.ok(parseWeeks(c.weeks!).length > 0);
        const key = `${c.roomCode}/${l.weekday}/${l.firstPeriod}`;
        assert.ok(!roomAt.has(key), `room ${key} booked twice`);
        roomAt.add(key);
      }
      const studentAt = new Set<string>();
      for (const e of sem.enrollments!) {
        const key = `${e.studentCode}/${slot.get(e.cardCode!)!.lesson}`;
        assert.ok(!studentAt.has(key), `student ${key} in two places`);
        studentAt.add(key);
      }
    }
  });
});

describe('import chunks', () => {
  it('folds enrollments into rosters and cuts calls by weight', () => {
    const req = {
      semester: { name: '2026-2027-1' },
      students: Array.from({ length: 5 }, (_, i) => ({ code: `s${i}`, name: `n${i}` })),
      enrollments: [
        { studentCode: 's1', cardCode: 'c1' },
        { studentCode: 's2', cardCode: 'c1' },
        { studentCode: 's1', cardCode: 'c2' },
      ],
    };
    const rosters = asRosters(req);
    assert.equal(rosters.enrollments, undefined);
    assert.deepEqual(rosters.rosters, [
      { cardCode: 'c1', studentCodes: ['s1', 's2'] },
      { cardCode: 'c2', studentCodes: ['s1'] },
    ]);
    const calls = chunkRequest(rosters, 2);
    assert.ok(
      calls.every((c) => c.semester?.name === '2026-2027-1'),
      'every call names the semester',
    );
    assert.deepEqual(
      calls.map((c) => [c.students?.length ?? 0, c.rosters?.length ?? 0]),
      [
        [0, 0],
        [2, 0],
        [2, 0],
        [1, 0],
        [0, 1],
        [0, 1],
      ],
    );
  });
});
