// everyclass-data: generate a seeded university, write it as import files, load files into a
// running entity service.
//   node services/data/cli.ts generate [--seed 2026] [--scale 1] [--out .cache/data]
//   node services/data/cli.ts import --entity http://127.0.0.1:8080 FILE_OR_FOLDER... | --generate
//   node services/data/cli.ts dump|restore|list|digest|copy ...   (commands.ts: backups, course-data copies)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { everyclass } from '../../proto/generated/everyclass.js';
import { EntityService } from '../../proto/generated/services.ts';
import { keyList } from '../kit/config.ts';
import { TwirpClient } from '../kit/twirp/client.ts';
import { toProtoNames } from '../kit/twirp/codec.ts';
import { addDatabaseCommands } from './commands.ts';
import { generateUniversity } from './generate.ts';
import { importSemester, readImportFile } from './import.ts';

const program = new Command('everyclass-data').description('generate and import EveryClass course data');

program
  .command('generate')
  .description('write one import file per semester (the JSON form of ImportSemesterRequest)')
  .option('--seed <n>', 'random seed', '2026')
  .option(
    '--scale <x>',
    '1 = ~30,000 students, 2,000 teachers, 400 rooms, 5,000 cards, 300,000 enrollments',
    '1',
  )
  .option('--out <dir>', 'output folder', '.cache/data')
  .action((o: { seed: string; scale: string; out: string }) => {
    const sets = generateUniversity({ seed: Number(o.seed), scale: Number(o.scale) });
    mkdirSync(o.out, { recursive: true });
    for (const set of sets) {
      const file = join(o.out, `${set.semester?.name}.json`);
      const doc = everyclass.entity.v1.ImportSemesterRequest.toObject(
        everyclass.entity.v1.ImportSemesterRequest.fromObject(set),
        { arrays: true },
      );
      writeFileSync(
        file,
        JSON.stringify(toProtoNames(EntityService, EntityService.methods.ImportSemester.inputType, doc)),
      );
      const enrollments =
        (set.enrollments?.length ?? 0) +
        (set.rosters ?? []).reduce((n, r) => n + (r.studentCodes?.length ?? 0), 0);
      process.stdout.write(
        `${file}: ${set.students?.length} students, ${set.teachers?.length} teachers, ${set.rooms?.length} rooms, ${set.cards?.length} cards, ${enrollments} enrollments\n`,
      );
    }
  });

program
  .command('import')
  .description('load import files into a running entity service over Twirp')
  .requiredOption('--entity <url>', 'base URL of the entity service')
  .option('--chunk <n>', 'records per call', '10000')
  .option('--generate', 'import a generated university instead of files (--seed, --scale)')
  .option('--seed <n>', 'random seed of --generate', '2026')
  .option('--scale <x>', 'size of --generate (1 = ~30,000 students)', '1')
  .argument('[files...]', 'import files (JSON, or gzipped JSON: .json.gz) or folders (CSV form)')
  .action(
    async (
      files: string[],
      o: { entity: string; chunk: string; generate?: boolean; seed: string; scale: string },
    ) => {
      if (!o.generate && files.length === 0) throw new Error('import: name import files, or pass --generate');
      // ImportSemester wants the environment's admin key where entity has one (the <env>-admin Secret).
      const [key] = keyList(process.env, 'EVERYCLASS_ADMIN_KEY');
      const client = new TwirpClient(o.entity, EntityService, {
        signer: key ? { caller: 'admin', key } : undefined,
      });
      const sets = o.generate
        ? generateUniversity({ seed: Number(o.seed), scale: Number(o.scale) }).map((req) => ({
            what: `generated ${req.semester?.name}`,
            req,
          }))
        : files.map((file) => ({ what: file, req: readImportFile(file) }));
      for (const { what, req } of sets) {
        const started = Date.now();
        const totals = await importSemester(client, req, { chunk: Number(o.chunk) });
        process.stdout.write(
          `${what}: ${JSON.stringify(totals)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
      }
    },
  );

addDatabaseCommands(program);

await program.parseAsync();
