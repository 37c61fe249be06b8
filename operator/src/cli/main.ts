#!/usr/bin/env node
// everyclass: the command line of EveryClass environments, for CI and people (wiring only).
import { Command, CommanderError } from 'commander';
import { backupCommand } from './backup.ts';
import { dataCommand } from './data-import.ts';
import { CliError, Exit } from './errors.ts';
import { mirrorDiffCommand } from './mirror-diff.ts';
import { promoteCommand } from './promote.ts';
import { rolloutHistoryCommand } from './rollout-history.ts';
import { rolloutWaitCommand } from './rollout-wait.ts';
import { statusCommand } from './status.ts';

const exitCodes = `
Exit codes:
  0  success: rollout done, promotion made (or already in place), listing printed
  1  the rollout failed or was rolled back; the promotion was refused; nothing mirrors into the
     environment; a data or backup Job failed
  2  usage: bad option, duration, environment reference, kubeconfig or context
  3  rollout wait (or a data or backup Job) reached --timeout
  4  the cluster could not answer: unreachable, forbidden, environment not found, no mirror proxy answered
`;

export function program(): Command {
  const rollout = new Command('rollout')
    .description('Follow rollouts of an environment\u2019s version')
    .addCommand(rolloutWaitCommand())
    .addCommand(rolloutHistoryCommand());
  const mirror = new Command('mirror')
    .description('Look at the traffic mirrored into an environment')
    .addCommand(mirrorDiffCommand());
  return new Command('everyclass')
    .description(
      'Status, promotion, rollouts, mirror diffs, data and backups of EveryClassEnvironments (everyclass.io/v1alpha1)',
    )
    .option(
      '--kubeconfig <path>',
      'kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster)',
    )
    .option('--context <name>', 'kubeconfig context to use (default: the current context)')
    .option(
      '-n, --namespace <namespace>',
      'namespace of environments named without one (default: the context\u2019s)',
    )
    .addHelpText('after', exitCodes)
    .showHelpAfterError('(add --help for usage)')
    .addCommand(statusCommand())
    .addCommand(promoteCommand())
    .addCommand(rollout)
    .addCommand(mirror)
    .addCommand(dataCommand())
    .addCommand(backupCommand());
}

async function main(argv: string[]): Promise<number> {
  const p = program();
  const override = (c: Command) => {
    c.exitOverride();
    for (const sub of c.commands) override(sub);
  };
  override(p);
  try {
    await p.parseAsync(argv);
    return Exit.Ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander has printed the message (or the help) already.
      return err.exitCode === 0 || err.code === 'commander.help' ? Exit.Ok : Exit.Usage;
    }
    if (err instanceof CliError) {
      process.stderr.write(`everyclass: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`everyclass: ${(err as Error).stack ?? String(err)}\n`);
    return Exit.Cluster;
  }
}

process.exitCode = await main(process.argv);
