import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from './csv.ts';
import { readImportFile } from './import.ts';

describe('CSV import form', () => {
  it('parses quotes, doubled quotes, embedded commas and line breaks, CRLF and a BOM', () => {
    const text = '\uFEFFcode,name\r\n1,"王, 小明"\r\n2,"say ""hi"""\n3,"two\nlines"\n\n';
    assert.deepEqual(parseCsv(text), [
      ['code', 'name'],
      ['1', '王, 小明'],
      ['2', 'say "hi"'],
      ['3', 'two\nlines'],
    ]);
    assert.throws(() => parseCsv('a,"open'), /unterminated/);
  });

  it('reads a folder into the same request as the JSON form', () => {
    const dir = mkdtempSync(join(tmpdir(), 'everyclass-csv-'));
    try {
      writeFileSync(
        join(dir, 'semester.json'),
        JSON.stringify({
          name: '2026-2027-1',
          start: '2026-09-07',
          holidays: [{ date: '2026-10-01', name: '国庆节' }],
        }),
      );
      writeFileSync(
        join(dir, 'students.csv'),
        'code,name,klass,major,department,year\n3901160407,王小明,软件工程1601,软件工程,软件学院,2016\n',
      );
      writeFileSync(
        join(dir, 'cards.csv'),
        'code,course_code,course_name,lesson,weeks,room_code,teacher_codes\nc1,C1,"数据结构（上）",10506,"1-8,10-16周",A-101,T1; T2\n',
      );
      writeFileSync(join(dir, 'enrollments.csv'), 'student_code,card_code\n3901160407,c1\n');
      const req = readImportFile(dir);
      assert.equal(req.semester?.holidays?.[0]?.name, '国庆节');
      assert.equal(req.students?.[0]?.year, 2016);
      assert.equal(req.students?.[0]?.klass, '软件工程1601');
      assert.deepEqual(req.cards?.[0]?.teacherCodes, ['T1', 'T2']);
      assert.equal(req.cards?.[0]?.weeks, '1-8,10-16周');
      assert.equal(req.enrollments?.[0]?.cardCode, 'c1');
      assert.equal(req.rooms?.length ?? 0, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and row of a ragged line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'everyclass-csv-'));
    try {
      writeFileSync(join(dir, 'semester.json'), '{"name":"2026-2027-1","start":"2026-09-07"}');
      writeFileSync(join(dir, 'rooms.csv'), 'code,name\nA-101\n');
      assert.throws(() => readImportFile(dir), /rooms\.csv: row 2 has 1 fields/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
