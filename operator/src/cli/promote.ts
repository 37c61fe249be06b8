// everyclass promote --from staging --to production: copies the version `from` runs successfully
// to `to`'s spec.version (a merge patch of that one field), or refuses with a one-line reason.
import { Command, Option } from 'commander';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { formatRef, type MismatchBudget, parseBudget, parseRef } from './args.ts';
import { CliError, Exit, usage } from './errors.ts';
import { compareFiguresFor } from './figures.ts';
import { connect, type GlobalOptions } from './kube.ts';
import { decidePromote } from './promotion.ts';

interface PromoteOptions extends GlobalOptions {
  from: string;
  to: string;
  maxMismatchRate?: MismatchBudget;
  dryRun?: boolean;
}

export function promoteCommand(): Command {
  return new Command('promote')
    .summary('copy the version --from runs successfully to --to')
    .description(
      'Copy the version the --from environment runs successfully to the --to environment\u2019s spec.version. ' +
        'Refused (exit 1) unless --from is Ready, not Degraded, observed at its current generation and runs ' +
        'the version its spec asks for; with --max-mismatch-rate, also when the compare figures of traffic ' +
        'mirrored into --from (all answers, or a route named) exceed it.',
    )
    .requiredOption('--from <env>', 'environment to promote from: name or namespace/name')
    .requiredOption('--to <env>', 'environment to promote to: name or namespace/name')
    .addOption(
      new Option(
        '--max-mismatch-rate <limits>',
        'refuse when mirrored traffic compared against --from mismatches more often than this: ' +
          '0.01 or 1% for all answers, /route=0.5% for one route (status.mirror.routes), comma-separated ' +
          'or repeated (e.g. 1%,/timetable=0.5%); not checked when omitted or when no figures were reported',
      ).argParser(parseBudget),
    )
    .option('--dry-run', 'decide and print, but do not patch')
    .action(async (_opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<PromoteOptions>();
      const cluster = connect(opts);
      const fromRef = parseRef(opts.from, cluster.namespace);
      const toRef = parseRef(opts.to, cluster.namespace);
      if (formatRef(fromRef) === formatRef(toRef)) throw usage('--from and --to name the same environment');
      const from = await cluster.get(fromRef);
      const to = await cluster.get(toRef);
      // Compare figures live on the environments that mirror into --from (usually --to itself).
      const all = await cluster.list(undefined).catch((err: unknown) => {
        if (err instanceof CliError && !err.transient) return [to] as EveryClassEnvironment[];
        throw err;
      });
      const decision = decidePromote(from, to, compareFiguresFor(all, fromRef), opts.maxMismatchRate);
      if (!decision.allowed) throw new CliError(Exit.Failed, decision.reason);
      for (const w of decision.warnings) process.stderr.write(`everyclass: note: ${w}\n`);
      if (!decision.noop && !opts.dryRun) await cluster.patchVersion(toRef, decision.version);
      process.stdout.write(
        `${opts.dryRun && !decision.noop ? `dry run: would have ${decision.reason}` : decision.reason}\n`,
      );
    });
}
