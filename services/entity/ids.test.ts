import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { IdCipher, idKinds } from './ids.ts';

describe('encrypted identifiers', () => {
  const ids = new IdCipher(randomBytes(32));

  it('round-trips and is deterministic', () => {
    const a = ids.seal('student', '3901160407');
    assert.equal(ids.seal('student', '3901160407'), a);
    assert.match(a, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(ids.open(a), { kind: 'student', code: '3901160407' });
    assert.deepEqual(ids.open(a, 'student'), { kind: 'student', code: '3901160407' });
  });

  it('does not reveal neighbouring codes', () => {
    const a = ids.seal('student', '3901160407');
    const b = ids.seal('student', '3901160408');
    assert.notEqual(a.slice(0, 16), b.slice(0, 16));
    assert.ok(!a.includes('3901160407'));
  });

  it('refuses a tampered id, one of another kind, or one sealed under another key', () => {
    const a = ids.seal('room', 'A-101');
    for (let i = 0; i < a.length; i++) {
      const c = a[i] === 'A' ? 'B' : 'A';
      const t = a.slice(0, i) + c + a.slice(i + 1);
      assert.equal(ids.open(t), undefined, `changed at ${i}: ${t}`);
    }
    assert.equal(ids.open(a, 'student'), undefined);
    assert.equal(new IdCipher(randomBytes(32)).open(a), undefined);
    assert.equal(ids.open(''), undefined);
    assert.equal(ids.open('not an id at all!'), undefined);
  });

  it('handles non-ASCII codes', () => {
    const code = '2026-2027-1/计算机0001';
    assert.deepEqual(ids.open(ids.seal('card', code)), { kind: 'card', code });
  });

  // One id, one spelling: a privacy check or a visit keyed by the id must never see a second
  // spelling of the same student (base64url decoding is lenient about unused bits and extra
  // characters, so every candidate spelling is checked against the canonical one).
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const kinds = Object.keys(idKinds) as (keyof typeof idKinds)[];
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('replace' as const), at: fc.nat(), c: fc.constantFrom(...alphabet) }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), c: fc.constantFrom(...alphabet) }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), c: fc.constant('') }),
    fc.record({
      op: fc.constant('append' as const),
      at: fc.constant(0),
      c: fc.constantFrom(...alphabet, '=', '=='),
    }),
    fc.record({ op: fc.constant('last' as const), at: fc.constant(0), c: fc.constantFrom(...alphabet) }),
  );
  function mutate(id: string, m: { op: string; at: number; c: string }): string {
    const at = m.at % (id.length + 1);
    if (m.op === 'replace') return id.slice(0, at) + m.c + id.slice(at + 1);
    if (m.op === 'insert') return id.slice(0, at) + m.c + id.slice(at);
    if (m.op === 'delete') return id.slice(0, at) + id.slice(at + 1);
    if (m.op === 'append') return id + m.c;
    return id.slice(0, -1) + m.c;
  }

  it('has exactly one spelling per id: every other string opens to nothing (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (kind, code, ms) => {
          const id = ids.seal(kind, code);
          assert.deepEqual(ids.open(id, kind), { kind, code });
          const other = ms.reduce(mutate, id);
          if (other === id) return;
          assert.equal(ids.open(other), undefined, `${id} -> ${other}`);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses every variant of the last character but the one it was sealed with', () => {
    for (const code of ['3901160407', '3901160408', 'A-101', 'T100001', '2026-2027-1/20262027100001']) {
      const id = ids.seal('student', code);
      const accepted = [...alphabet].map((c) => id.slice(0, -1) + c).filter((v) => ids.open(v) !== undefined);
      assert.deepEqual(accepted, [id]);
      assert.equal(ids.open(`${id}A`), undefined);
      assert.equal(ids.open(`${id}=`), undefined);
    }
  });
});
