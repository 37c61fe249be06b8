// Loads a semester into a running entity service over Twirp (protobuf), in chunks small
// enough for its body limit. Every call is an idempotent upsert, so an interrupted import is
// simply run again. Reference data (rooms, teachers, cards) goes first, rosters last. The
// enrollments of a file are the complete rosters of the cards they name: they are sent as
// rosters, so running a corrected file again also removes students.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { everyclass } from '../../proto/generated/everyclass.js';
import { EntityService } from '../../proto/generated/services.ts';
import type { TwirpClient } from '../kit/twirp/client.ts';
import { fromProtoNames } from '../kit/twirp/codec.ts';
import { readImportFolder } from './csv.ts';
import type { ImportRequest } from './generate.ts';

const pb = everyclass.entity.v1;

export interface ImportTotals {
  students: number;
  teachers: number;
  rooms: number;
  cards: number;
  rosters: number;
  enrollments: number;
  calls: number;
  dataVersion: string;
}

type Part = 'rooms' | 'teachers' | 'cards' | 'students' | 'rosters';
const order: Part[] = ['rooms', 'teachers', 'cards', 'students', 'rosters'];

/** The calls of one semester, each with at most `chunk` records (a roster weighs its students). */
export function chunkRequest(req: ImportRequest, chunk = 10_000): ImportRequest[] {
  const out: ImportRequest[] = [{ semester: req.semester }];
  for (const part of order) {
    let batch: unknown[] = [];
    let size = 0;
    for (const item of (req[part] ?? []) as unknown[]) {
      const weight =
        part === 'rosters'
          ? Math.max(1, (item as { studentCodes?: unknown[] }).studentCodes?.length ?? 0)
          : 1;
      if (size > 0 && size + weight > chunk) {
        out.push({ semester: req.semester, [part]: batch });
        batch = [];
        size = 0;
      }
      batch.push(item);
      size += weight;
    }
    if (batch.length > 0) out.push({ semester: req.semester, [part]: batch });
  }
  return out;
}

/** Folds a request's enrollments into whole rosters (added to any rosters it already has). */
export function asRosters(req: ImportRequest): ImportRequest {
  const rosters = new Map<string, Set<string>>();
  for (const r of req.rosters ?? []) rosters.set(r.cardCode ?? '', new Set(r.studentCodes ?? []));
  for (const e of req.enrollments ?? []) {
    const card = e.cardCode ?? '';
    rosters.set(card, (rosters.get(card) ?? new Set()).add(e.studentCode ?? ''));
  }
  const { enrollments: _, ...rest } = req;
  return {
    ...rest,
    rosters: [...rosters].map(([cardCode, s]) => ({ cardCode, studentCodes: [...s].sort() })),
  };
}

export async function importSemester(
  client: TwirpClient<typeof EntityService>,
  req: ImportRequest,
  opts: { chunk?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportTotals> {
  const totals: ImportTotals = {
    students: 0,
    teachers: 0,
    rooms: 0,
    cards: 0,
    rosters: 0,
    enrollments: 0,
    calls: 0,
    dataVersion: '',
  };
  const calls = chunkRequest(asRosters(req), opts.chunk);
  for (const [i, part] of calls.entries()) {
    const res = await client.call('ImportSemester', part, { timeoutMs: 600_000 });
    for (const k of [...order, 'enrollments'] as const) totals[k] += res[k];
    totals.dataVersion = res.dataVersion;
    totals.calls++;
    opts.onProgress?.(i + 1, calls.length);
  }
  return totals;
}

/** First part of an import cut into parts (a Job's ConfigMaps, see operator/src/desired/datajobs.ts). */
export const firstPart = 'part-000';

/** An import's JSON text: a file, gzipped when it ends in .gz, or a folder of gzipped parts. */
function importText(path: string): string {
  if (statSync(path).isDirectory()) {
    const parts = readdirSync(path)
      .filter((f) => /^part-\d{3}$/.test(f))
      .sort();
    return gunzipSync(Buffer.concat(parts.map((f) => readFileSync(join(path, f))))).toString('utf8');
  }
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * Reads an import: a JSON file (the JSON form of ImportSemesterRequest, snake_case or camelCase
 * keys; gzipped as .json.gz), a folder of its gzipped parts (part-000, part-001, …) or a folder
 * in the CSV form (see csv.ts).
 */
export function readImportFile(path: string): ImportRequest {
  const csv = statSync(path).isDirectory() && !existsSync(join(path, firstPart));
  let doc: unknown;
  try {
    doc = csv ? readImportFolder(path) : (JSON.parse(importText(path)) as unknown);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new Error(`${path}: expected a JSON object`);
  return pb.ImportSemesterRequest.fromObject(
    fromProtoNames(
      EntityService,
      EntityService.methods.ImportSemester.inputType,
      doc as { [k: string]: unknown },
    ),
  );
}
