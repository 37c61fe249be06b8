// Loads a semester into a running entity service over Twirp (protobuf), in chunks small
// enough for its body limit. Every call is an idempotent upsert, so an interrupted import is
// simply run again. Reference data (rooms, teachers, cards) goes first, enrollments last.
import { readFileSync } from 'node:fs';
import { everyclass } from '../../proto/generated/everyclass.js';
import { camelKeys, type TwirpClient } from '../kit/twirp.ts';
import type { ImportRequest } from './generate.ts';

const pb = everyclass.entity.v1;
export const importMethod = {
  input: pb.ImportSemesterRequest,
  output: pb.ImportSemesterResponse,
  idempotent: true,
};

export interface ImportTotals {
  students: number;
  teachers: number;
  rooms: number;
  cards: number;
  enrollments: number;
  calls: number;
}

type Part = 'rooms' | 'teachers' | 'cards' | 'students' | 'enrollments';
const order: Part[] = ['rooms', 'teachers', 'cards', 'students', 'enrollments'];

/** The import requests of one semester, each with at most `chunk` records. */
export function chunkRequest(req: ImportRequest, chunk = 10_000): ImportRequest[] {
  const out: ImportRequest[] = [{ semester: req.semester }];
  for (const part of order) {
    const items = (req[part] ?? []) as unknown[];
    for (let i = 0; i < items.length; i += chunk)
      out.push({ semester: req.semester, [part]: items.slice(i, i + chunk) });
  }
  return out;
}

export async function importSemester(
  client: TwirpClient,
  req: ImportRequest,
  opts: { chunk?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportTotals> {
  const totals: ImportTotals = { students: 0, teachers: 0, rooms: 0, cards: 0, enrollments: 0, calls: 0 };
  const calls = chunkRequest(req, opts.chunk);
  for (const [i, part] of calls.entries()) {
    const res = await client.call('ImportSemester', importMethod, part, { timeoutMs: 600_000 });
    for (const k of order) totals[k] += res[k] ?? 0;
    totals.calls++;
    opts.onProgress?.(i + 1, calls.length);
  }
  return totals;
}

/** Reads an import file: the JSON form of ImportSemesterRequest (snake_case or camelCase keys). */
export function readImportFile(path: string): ImportRequest {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new Error(`${path}: expected a JSON object`);
  return pb.ImportSemesterRequest.fromObject(camelKeys(doc) as { [k: string]: unknown });
}
