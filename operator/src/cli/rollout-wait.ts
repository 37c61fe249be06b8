// everyclass rollout wait <env>: waits (watching the environment) until the rollout of its
// spec.version succeeds (exit 0), fails or is rolled back (exit 1), or --timeout passes (exit 3);
// the last line says why.
import { Command, Option } from 'commander';
import { parseDuration, parseRef } from './args.ts';
import { CliError, Exit } from './errors.ts';
import { connect, type GlobalOptions } from './kube.ts';
import { type WaitOutcome, waitOutcome } from './rollout-state.ts';
import { formatDuration } from './units.ts';

interface WaitOptions extends GlobalOptions {
  timeout: number;
  version?: string;
  quiet?: boolean;
}

export function rolloutWaitCommand(): Command {
  return new Command('wait')
    .summary('wait until the rollout succeeds (0), fails (1) or times out (3)')
    .description(
      'Wait until the environment runs its spec.version and is Ready (exit 0); exit 1 when the rollout ' +
        'fails or is rolled back, 3 on timeout. Progress goes to stderr, the outcome is one line.',
    )
    .argument('<env>', 'an environment: name (in -n or the context namespace) or namespace/name')
    .addOption(
      new Option('--timeout <duration>', 'give up after this long: 90s, 10m, 1h, 1h30m')
        .default(600_000, '10m')
        .argParser(parseDuration),
    )
    .option(
      '--version <version>',
      'the version to wait for (default: spec.version when the wait starts); another spec.version fails',
    )
    .option('-q, --quiet', 'print only the outcome')
    .action(async (envArg: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<WaitOptions>();
      const progress = (line: string) => {
        if (!opts.quiet) process.stderr.write(`waiting: ${line}\n`);
      };
      const cluster = connect(opts, (m) => progress(`retrying: ${m}`));
      const ref = parseRef(envArg, cluster.namespace);
      const first = await cluster.get(ref);
      const version = opts.version ?? first.spec.version;
      let last: WaitOutcome = waitOutcome(first, version);
      if (last.state === 'pending') progress(last.reason);
      const timer = new AbortController();
      const t = setTimeout(() => timer.abort(), opts.timeout);
      try {
        await cluster.watch(
          ref,
          (env) => {
            const o = waitOutcome(env, version);
            if (o.state === 'pending' && o.reason !== last.reason) progress(o.reason);
            last = o;
            return o.state !== 'pending';
          },
          timer.signal,
        );
      } finally {
        clearTimeout(t);
      }
      if (last.state === 'succeeded') {
        process.stdout.write(`${last.reason}\n`);
        return;
      }
      if (last.state === 'failed') throw new CliError(Exit.Failed, last.reason);
      throw new CliError(
        Exit.Timeout,
        `timed out after ${formatDuration(opts.timeout)} waiting for ${ref.namespace}/${ref.name} to run ${version}: ${last.reason}`,
      );
    });
}
