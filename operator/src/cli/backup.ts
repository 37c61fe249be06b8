// everyclass backup list ENV | backup restore ENV ARCHIVE: the archives spec.mongo.backup writes,
// read and restored by Jobs of the image's data role that mount the backup volume.
import { Command, Option } from 'commander';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { backupClaim, buildListJob, buildRestoreJob } from '../desired/datajobs.ts';
import { resolve } from '../desired/defaults.ts';
import { parseDuration, parseRef, type Ref } from './args.ts';
import { served } from './data-served.ts';
import { usage } from './errors.ts';
import { table } from './format.ts';
import { formatBytes, jobId, parseArchives } from './job-progress.ts';
import { type Cluster, connect, type GlobalOptions, loadConfig } from './kube.ts';
import { progressOf, runDataJob } from './run-job.ts';

interface JobCliOptions extends GlobalOptions {
  timeout: number;
  quiet?: boolean;
}

interface RestoreOptions extends JobCliOptions {
  from?: string;
  yes?: boolean;
}

const archivePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*\.ndjson\.gz$/;

const refText = (env: EveryClassEnvironment) => `${env.metadata.namespace}/${env.metadata.name}`;

/** The environment, which must have spec.mongo.backup (its archives' volume). */
async function withBackups(cluster: Cluster, ref: Ref): Promise<EveryClassEnvironment> {
  const env = await cluster.get(ref);
  if (!env.spec.mongo?.backup)
    throw usage(`environment ${refText(env)} has no spec.mongo.backup: no backup volume to read`);
  return env;
}

const timeoutOption = () =>
  new Option('--timeout <duration>', 'give up waiting for the Job after this long')
    .default(600_000, '10m')
    .argParser(parseDuration);

/** `data list` prints one JSON line per archive: here a table, newest first. */
export function archiveTable(output: string): string {
  const archives = parseArchives(output).reverse();
  if (!archives.length) return 'no archives yet (the first backup runs on spec.mongo.backup.schedule)\n';
  return table(
    ['ARCHIVE', 'SIZE'],
    archives.map((a) => [a.name, formatBytes(a.bytes)]),
  );
}

function listCommand(): Command {
  return new Command('list')
    .summary('the archives of an environment\u2019s backup volume, newest first')
    .argument('<env>', 'an environment: name (in -n or the context namespace) or namespace/name')
    .addOption(timeoutOption())
    .option('-q, --quiet', 'print only the outcome')
    .action(async (envArg: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<JobCliOptions>();
      const cluster = connect(opts);
      const env = await withBackups(cluster, parseRef(envArg, cluster.namespace));
      const job = buildListJob(env, resolve(env), jobId(new Date()));
      const res = await runDataJob(
        loadConfig(opts).kc,
        { job },
        {
          kind: 'list',
          timeoutMs: opts.timeout,
          tailLines: 1000,
          progress: progressOf('backup list', opts),
        },
      );
      process.stdout.write(archiveTable(res.output));
    });
}

function restoreCommand(): Command {
  return new Command('restore')
    .summary('replace an environment\u2019s database with an archive (a Job)')
    .description(
      'Replace every collection of the environment\u2019s MongoDB with the archive\u2019s documents (accounts, ' +
        'feeds and course data alike), as a Job of the data role; the archive\u2019s trailer is checked before ' +
        'anything is touched. Exit 1 when the Job failed (with what to fix), 3 on timeout. Then waits until every ' +
        'entity pod serves the restored data version (as data import does).',
    )
    .argument('<env>', 'the environment to restore into: name or namespace/name')
    .argument('<archive>', 'an archive name, as backup list prints it')
    .option('--from <env>', 'read the archive from another environment\u2019s backup volume (same namespace)')
    .option('--yes', 'needed to restore into a tier-production environment')
    .addOption(timeoutOption())
    .option('-q, --quiet', 'print only the outcome')
    .action(async (envArg: string, archive: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<RestoreOptions>();
      if (!archivePattern.test(archive))
        throw usage(
          `archive "${archive}": expected a name such as everyclass-20261124T030000Z.ndjson.gz (backup list)`,
        );
      const cluster = connect(opts);
      const ref = parseRef(envArg, cluster.namespace);
      const env = opts.from ? await cluster.get(ref) : await withBackups(cluster, ref);
      const source = opts.from ? await withBackups(cluster, parseRef(opts.from, ref.namespace)) : env;
      if (source.metadata.namespace !== env.metadata.namespace)
        throw usage(
          `--from ${refText(source)}: a backup volume is read in its own namespace, ${env.metadata.namespace} here`,
        );
      if (env.spec.tier === 'production' && !opts.yes)
        throw usage(
          `environment ${refText(env)} is tier production: pass --yes to replace its data with ${archive}`,
        );
      const job = buildRestoreJob(env, resolve(env), jobId(new Date()), archive, backupClaim(source));
      const progress = progressOf('backup restore', opts);
      const res = await runDataJob(
        loadConfig(opts).kc,
        { job },
        { kind: 'restore', timeoutMs: opts.timeout, progress },
      );
      process.stdout.write(`${res.output || res.outcome.reason}\n`);
      await served(cluster, env, res.output, progress);
    });
}

export function backupCommand(): Command {
  return new Command('backup')
    .description('Backups of an environment\u2019s MongoDB (spec.mongo.backup)')
    .addCommand(listCommand())
    .addCommand(restoreCommand());
}
