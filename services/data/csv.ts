// The CSV form of an import: a folder with `semester.json` (the semester object of the JSON
// form) and any of students.csv, teachers.csv, rooms.csv, cards.csv, enrollments.csv. The first
// row names the columns with the JSON form's field names; `teacher_codes` (and a room's `aliases`)
// list values separated by `;`. RFC 4180 quoting (double quotes, "" inside), UTF-8 with or without a BOM.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityService } from '../../proto/generated/services.ts';
import { fromProtoNames } from '../kit/twirp/codec.ts';

/** Rows of a CSV text, quoted fields and line breaks inside quotes included. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** CSV rows as objects keyed by the header row. */
export function csvRecords(text: string, file: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r, i) => {
    if (r.length !== header.length)
      throw new Error(`${file}: row ${i + 2} has ${r.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h.trim(), r[j]!.trim()]));
  });
}

const numeric = new Set(['year', 'capacity']);
const lists = new Set(['teacher_codes', 'aliases']);

function typed(rec: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(rec).map(([k, v]) => [
      k,
      numeric.has(k)
        ? Number(v || 0)
        : lists.has(k)
          ? v
              .split(';')
              .map((x) => x.trim())
              .filter(Boolean)
          : v,
    ]),
  );
}

/** Reads an import folder into the request form (the same as readImportFile gives for JSON). */
export function readImportFolder(dir: string): Record<string, unknown> {
  const semesterFile = join(dir, 'semester.json');
  if (!existsSync(semesterFile)) throw new Error(`${dir}: semester.json is missing`);
  const doc: Record<string, unknown> = { semester: JSON.parse(readFileSync(semesterFile, 'utf8')) };
  for (const part of ['students', 'teachers', 'rooms', 'cards', 'enrollments'] as const) {
    const file = join(dir, `${part}.csv`);
    if (existsSync(file)) doc[part] = csvRecords(readFileSync(file, 'utf8'), file).map(typed);
  }
  return fromProtoNames(EntityService, EntityService.methods.ImportSemester.inputType, doc);
}
