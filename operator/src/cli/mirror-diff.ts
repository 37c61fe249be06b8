// everyclass mirror diff <env>: the latest mismatches of the traffic mirrored into <env>, by route,
// each as a short unified diff (values redacted by the proxy), read from the mirror proxy pods of
// every environment that mirrors into it, through the API server's pod proxy (or --admin-url).
import { Command, Option } from 'commander';
import { mirrorProxySelector, paths, ports } from '../../../services/kit/contract.ts';
import { defaultedSpec, type EveryClassEnvironment } from '../api/environment.ts';
import { formatRef, parseRef, type Ref, refOf } from './args.ts';
import { CliError, Exit, usage } from './errors.ts';
import { mirrorTarget } from './figures.ts';
import { connect, type GlobalOptions } from './kube.ts';
import { reportText } from './mirror-format.ts';
import { maxSamplesPerRoute, type PodAnswer, type SourceReport, sourceReport } from './mirror-report.ts';

interface DiffOptions extends GlobalOptions {
  output: 'text' | 'json';
  samples: number;
  adminUrl?: string[];
}

const parseSamples = (text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > maxSamplesPerRoute)
    throw usage(`invalid --samples "${text}": expected a whole number from 0 to ${maxSamplesPerRoute}`);
  return n;
};

/** Environments whose traffic the proxy compares with `target`'s answers (spec.mirror.compare, mode proxy). */
export function comparingSources(
  all: readonly EveryClassEnvironment[],
  target: Ref,
): EveryClassEnvironment[] {
  return all.filter((env) => {
    const t = mirrorTarget(env);
    const m = defaultedSpec(env.spec).mirror;
    return (
      t?.namespace === target.namespace && t.name === target.name && m?.compare === true && m.mode === 'proxy'
    );
  });
}

/** An admin URL's /_mirror/diff, as one pod's answer. */
async function readAdminUrl(url: string): Promise<PodAnswer> {
  const at = `${url.replace(/\/+$/, '')}${paths.mirrorDiff}`;
  try {
    const res = await fetch(at, { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) return { pod: url, error: `HTTP ${res.status}` };
    return { pod: url, doc: await res.json() };
  } catch (err) {
    return { pod: url, error: (err as Error).message };
  }
}

async function fromCluster(opts: DiffOptions, envArg: string): Promise<[string, SourceReport[]]> {
  const cluster = connect(opts);
  const ref = parseRef(envArg, cluster.namespace);
  const target = formatRef(ref);
  await cluster.get(ref); // exists (a clear "not found" otherwise)
  const all = await cluster.list(undefined).catch((err: unknown) => {
    // Without the right to list every namespace: the sources in the target's own namespace.
    if (err instanceof CliError && err.httpStatus === 403) return cluster.list(ref.namespace);
    throw err;
  });
  const sources = comparingSources(all, ref);
  if (sources.length === 0)
    throw new CliError(
      Exit.Failed,
      `no environment mirrors into ${target} with spec.mirror.compare on (mode proxy): nothing is compared`,
    );
  const reports = await Promise.all(
    sources.map(async (env) => {
      const { namespace, name } = refOf(env);
      const answers = await cluster.podsGet(
        namespace,
        mirrorProxySelector(name),
        ports.mirrorAdmin,
        paths.mirrorDiff,
      );
      return sourceReport(formatRef(refOf(env)), answers);
    }),
  );
  return [target, reports];
}

export function mirrorDiffCommand(): Command {
  return new Command('diff')
    .summary('latest mismatches of the traffic mirrored into an environment, as diffs')
    .description(
      'Show the latest mismatches of the traffic mirrored into <env> (its answers compared with production\u2019s), ' +
        'grouped by route with their counts and the noise left out, each as a short unified diff of the parts ' +
        'that differ (production -, <env> +). Values are redacted by the proxy: no cookies, tokens, e-mail ' +
        'addresses or long numbers; paths without query strings and with identifying segments as :id. ' +
        'Reads every Ready mirror proxy pod of each environment that mirrors into <env>, through the API ' +
        'server\u2019s pod proxy (needs list pods and get pods/proxy in its namespace: config/rbac/mirror_diff_role.yaml).',
    )
    .argument('<env>', 'the environment traffic is mirrored into: name or namespace/name')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(
      new Option('--samples <n>', `mismatches shown per route (0-${maxSamplesPerRoute})`)
        .argParser(parseSamples)
        .default(3),
    )
    .addOption(
      new Option(
        '--admin-url <url...>',
        'read these proxies\u2019 admin ports instead (e.g. after kubectl port-forward deploy/production-mirror 9090)',
      ),
    )
    .action(async (envArg: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<DiffOptions>();
      const [target, reports] = opts.adminUrl
        ? [
            envArg,
            [sourceReport(opts.adminUrl.join(', '), await Promise.all(opts.adminUrl.map(readAdminUrl)))],
          ]
        : await fromCluster(opts, envArg);
      if (opts.output === 'json') {
        process.stdout.write(`${JSON.stringify({ target, sources: reports }, null, 2)}\n`);
      } else {
        process.stdout.write(reports.map((r) => reportText(target, r, opts.samples)).join('\n'));
      }
      if (reports.every((r) => r.pods === 0))
        throw new CliError(
          Exit.Cluster,
          `no mirror proxy answered: ${reports.flatMap((r) => r.unreadable).join('; ') || 'no Ready proxy pod'}`,
        );
    });
}
