// everyclass rollout history <env>: the rollouts recorded in status.history, newest first.
import { Command, Option } from 'commander';
import { parseRef } from './args.ts';
import { historyTable, sortHistory } from './format.ts';
import { connect, type GlobalOptions } from './kube.ts';

export function rolloutHistoryCommand(): Command {
  return new Command('history')
    .summary('recorded rollouts, newest first')
    .description('List the recorded rollouts of an environment (at most 10), newest first.')
    .argument('<env>', 'an environment: name (in -n or the context namespace) or namespace/name')
    .addOption(
      new Option('-o, --output <format>', 'output format').choices(['table', 'json']).default('table'),
    )
    .action(async (envArg: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { output: 'table' | 'json' }>();
      const cluster = connect(opts);
      const env = await cluster.get(parseRef(envArg, cluster.namespace));
      process.stdout.write(
        opts.output === 'json'
          ? `${JSON.stringify(sortHistory(env.status?.history ?? []), null, 2)}\n`
          : historyTable(env, new Date()),
      );
    });
}
