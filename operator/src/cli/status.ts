// everyclass status [env]: every environment as a table, or one environment in detail.
import { Command, Option } from 'commander';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { parseRef } from './args.ts';
import { CliError } from './errors.ts';
import { compareFiguresFor } from './figures.ts';
import { statusDetail, statusTable } from './format.ts';
import { connect, type GlobalOptions } from './kube.ts';

export function statusCommand(): Command {
  return new Command('status')
    .summary('every environment, or one in detail')
    .description(
      'Summarise environments: tier, running and desired version, Ready/Progressing/Degraded, mirror and ' +
        'mismatch rate, last rollout. Without [env]: every namespace (only -n\u2019s when given).',
    )
    .argument('[env]', 'an environment: name (in -n or the context namespace) or namespace/name')
    .addOption(
      new Option('-o, --output <format>', 'output format').choices(['table', 'json']).default('table'),
    )
    .action(async (envArg: string | undefined, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { output: 'table' | 'json' }>();
      const cluster = connect(opts);
      const now = new Date();
      if (envArg) {
        const ref = parseRef(envArg, cluster.namespace);
        const env = await cluster.get(ref);
        if (opts.output === 'json') return print(JSON.stringify(env, null, 2));
        // Figures of the traffic other environments mirror into this one (needs list on every namespace).
        const all = await cluster.list(undefined).catch((err: unknown) => {
          if (err instanceof CliError && !err.transient) return [] as EveryClassEnvironment[];
          throw err;
        });
        return print(statusDetail(env, now, compareFiguresFor(all, ref)));
      }
      const envs = await cluster
        .list(cluster.namespaceGiven ? cluster.namespace : undefined)
        .catch((err: unknown) => {
          // Without the right to list every namespace, the context's namespace is what one may see.
          if (!(err instanceof CliError && err.httpStatus === 403)) throw err;
          process.stderr.write(`everyclass: ${err.message}; showing namespace ${cluster.namespace}\n`);
          return cluster.list(cluster.namespace);
        });
      if (opts.output === 'json') return print(JSON.stringify(envs, null, 2));
      if (!envs.length) {
        process.stderr.write(
          `no EveryClassEnvironments found${cluster.namespaceGiven ? ` in namespace ${cluster.namespace}` : ''}\n`,
        );
        return;
      }
      print(statusTable(envs, now));
    });
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
