// everyclass data import ENV FILE... | --generate: loads semesters into an environment through
// its entity service, as a Job of the image's data role (one per file, in order). A file travels
// gzipped in ConfigMaps the Job mounts (desired/datajobs.ts); --generate sends no data at all.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Command, Option } from 'commander';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { buildImportConfigMaps, buildImportJob } from '../desired/datajobs.ts';
import { resolve } from '../desired/defaults.ts';
import { formatRef, parseDuration, parseRef } from './args.ts';
import { served } from './data-served.ts';
import { usage } from './errors.ts';
import { jobId } from './job-progress.ts';
import { connect, type GlobalOptions, loadConfig } from './kube.ts';
import { progressOf, runDataJob } from './run-job.ts';

interface ImportOptions extends GlobalOptions {
  generate?: boolean;
  scale: string;
  seed: string;
  timeout: number;
  quiet?: boolean;
}

/** The gzipped bytes of an import file, checked here so that a bad file never reaches a Job. */
export function importPayload(file: string, bytes: Buffer): { gz: Buffer; semester: string } {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  let doc: unknown;
  try {
    doc = JSON.parse((gzipped ? gunzipSync(bytes) : bytes).toString('utf8'));
  } catch (err) {
    throw usage(
      `${file}: not a JSON import file (${(err as Error).message}); the CLI sends JSON files (.json or .json.gz, ` +
        'the JSON form of ImportSemesterRequest); convert a CSV folder first with the data role\u2019s generate/import tools',
    );
  }
  const semester = (doc as { semester?: { name?: unknown } } | null)?.semester?.name;
  if (
    typeof doc !== 'object' ||
    doc === null ||
    Array.isArray(doc) ||
    typeof semester !== 'string' ||
    !semester
  )
    throw usage(`${file}: an import file is one semester: a JSON object with semester.name`);
  return { gz: gzipped ? bytes : gzipSync(bytes, { level: 9 }), semester };
}

const scalePattern = /^(0(\.[0-9]+)?|1(\.0+)?|[1-9][0-9]*(\.[0-9]+)?)$/;

function checkImportable(env: EveryClassEnvironment): void {
  if (!resolve(env).services.some((s) => s.name === 'entity'))
    throw usage(
      `environment ${formatRef({ namespace: env.metadata.namespace, name: env.metadata.name })} runs no entity ` +
        '(spec.services.entity): imports go through it',
    );
  if (env.spec.data?.from)
    throw usage(
      `environment ${env.metadata.namespace}/${env.metadata.name} copies its course data from ${env.spec.data.from} ` +
        '(spec.data.from): import into that one instead; the next copy would replace this import',
    );
}

export function dataCommand(): Command {
  const importCmd = new Command('import')
    .summary('load semesters into an environment (a Job through its entity service)')
    .description(
      'Load import files (one semester each: .json, or gzipped .json.gz, at most ~14 MiB gzipped) or a generated ' +
        'university (--generate) into the environment, through its entity service, as a Job of the image\u2019s ' +
        'data role. Waits for the Job; progress on stderr, the Job\u2019s figures on stdout; exit 1 when it failed ' +
        '(with what to fix), 3 on timeout. Then waits until every entity pod serves the imported data version ' +
        '(they reload within seconds; needs list pods and get pods/proxy, else it says so and ends).',
    )
    .argument('<env>', 'an environment: name (in -n or the context namespace) or namespace/name')
    .argument('[files...]', 'import files, imported in order (one Job each)')
    .option('--generate', 'import a generated university instead of files')
    .option('--scale <x>', 'with --generate: size, 1 = ~30,000 students', '0.1')
    .option('--seed <n>', 'with --generate: random seed', '2026')
    .addOption(
      new Option('--timeout <duration>', 'give up waiting for each Job after this long')
        .default(1_800_000, '30m')
        .argParser(parseDuration),
    )
    .option('-q, --quiet', 'print only the outcome')
    .action(async (envArg: string, files: string[], _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ImportOptions>();
      if (opts.generate === files.length > 0)
        throw usage('data import: name import files, or pass --generate');
      if (!scalePattern.test(opts.scale)) throw usage(`--scale: "${opts.scale}" is not a positive number`);
      if (!/^\d+$/.test(opts.seed)) throw usage(`--seed: "${opts.seed}" is not a whole number`);
      // Files are read and checked before anything is created.
      const payloads = files.map((f) => ({ file: f, ...importPayload(f, readBytes(f)) }));
      const cluster = connect(opts);
      const env = await cluster.get(parseRef(envArg, cluster.namespace));
      checkImportable(env);
      const { kc } = loadConfig(opts);
      const r = resolve(env);
      const progress = progressOf('import', opts);
      const run = { kind: 'import' as const, timeoutMs: opts.timeout, progress };
      if (opts.generate) {
        const job = buildImportJob(env, r, jobId(new Date()), {
          generate: { scale: opts.scale, seed: opts.seed },
        });
        const res = await runDataJob(kc, { job }, run);
        process.stdout.write(`${res.output || res.outcome.reason}\n`);
        await served(cluster, env, res.output, progress);
        return;
      }
      let last = '';
      for (const [i, p] of payloads.entries()) {
        const id = `${jobId(new Date())}${i}`;
        const needs = configMapsOf(env, id, p.file, p.gz);
        const job = buildImportJob(env, r, id, { configMaps: needs.map((c) => c.metadata?.name ?? '') });
        progress(
          `${basename(p.file)}: semester ${p.semester}, ${p.gz.length} bytes gzipped in ${needs.length} ConfigMap(s)`,
        );
        const res = await runDataJob(kc, { needs, job }, run);
        process.stdout.write(`${basename(p.file)}: ${res.output || res.outcome.reason}\n`);
        last = res.output;
      }
      await served(cluster, env, last, progress);
    });
  return new Command('data').description('Course data of an environment').addCommand(importCmd);
}

function configMapsOf(env: EveryClassEnvironment, id: string, file: string, gz: Buffer) {
  try {
    return buildImportConfigMaps(env, id, gz);
  } catch (err) {
    throw usage(
      `${file}: ${(err as Error).message}; split it by semester, or import it with the data role from a volume`,
    );
  }
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw usage(
      `${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
    );
  }
}
