// After an import or a restore: wait until every Ready entity pod of the environment serves the
// new data version. An import goes through the entity Service to one replica; the others reload at their
// next data-version poll (DATA_POLL_MS), and until then a student found on one replica is "no
// such student" on another.
import { setTimeout as sleep } from 'node:timers/promises';
import { paths, ports } from '../../../services/kit/contract.ts';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { selectorLabels } from '../desired/labels.ts';
import { CliError, Exit } from './errors.ts';
import type { Cluster } from './kube.ts';
import type { PodAnswer } from './mirror-report.ts';

/** How long the pods get to load the new data: several polls, and a large catalog's load. */
export const servedTimeoutMs = 120_000;

/**
 * The data version a data Job's output names last: the data role prints each imported semester's
 * totals (services/data/import.ts ImportTotals) and a restore's figures as JSON, `"dataVersion":"…"`.
 */
export function importedVersion(output: string): string | undefined {
  return [...output.matchAll(/"dataVersion":"([^"]+)"/g)].at(-1)?.[1];
}

/** The pods that do not serve `version` yet, each with what it serves or why it did not answer. */
export function notServing(answers: readonly PodAnswer[], version: string): string[] {
  return answers.flatMap((a) => {
    if ('error' in a) return [`${a.pod}: ${a.error}`];
    const served = (a.doc as { version?: unknown } | null)?.version;
    return served === version ? [] : [`${a.pod}: serves ${String(served)}`];
  });
}

/** Whether the answers say the caller may not read the pods (RBAC: get pods/proxy). */
const forbidden = (answers: readonly PodAnswer[]) =>
  answers.length > 0 && answers.every((a) => 'error' in a && /\b403\b|forbidden/i.test(a.error));

/**
 * Waits until every Ready entity pod serves `version`; returns how many do. Without the right to
 * read the pods (list pods, get pods/proxy) it says so and returns undefined: the data is stored
 * either way, and the pods load it within their poll.
 */
export async function untilEveryEntityServes(
  cluster: Pick<Cluster, 'podsGet'>,
  env: EveryClassEnvironment,
  version: string,
  o: { progress: (line: string) => void; timeoutMs?: number },
): Promise<number | undefined> {
  const namespace = env.metadata.namespace ?? '';
  const selector = Object.entries(selectorLabels(env, 'entity'))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const unreadable = (why: string) => {
    o.progress(`cannot read the entity pods (${why}); they load data version ${version} within their poll`);
    return undefined;
  };
  const timeoutMs = o.timeoutMs ?? servedTimeoutMs;
  const deadline = Date.now() + timeoutMs;
  let said = '';
  for (;;) {
    let answers: PodAnswer[];
    try {
      answers = await cluster.podsGet(namespace, selector, ports.http, paths.dataVersion);
    } catch (err) {
      if (err instanceof CliError && err.httpStatus === 403) return unreadable(err.message);
      throw err;
    }
    if (forbidden(answers)) return unreadable(answers.map((a) => ('error' in a ? a.error : '')).join('; '));
    const behind = notServing(answers, version);
    if (behind.length === 0) return answers.length;
    if (Date.now() >= deadline)
      throw new CliError(
        Exit.Timeout,
        `the data is stored, but not every entity pod serves data version ${version} after ` +
          `${Math.round(timeoutMs / 1000)} s: ${behind.join('; ')}` +
          `\n  fix: kubectl -n ${namespace} logs -l ${selector} (a pod that cannot load the data says why)`,
      );
    const line = `waiting for ${behind.length} of ${answers.length} entity pods to load data version ${version}`;
    if (line !== said) o.progress(line);
    said = line;
    await sleep(1000);
  }
}

/**
 * After a data Job (import, restore) stored a new data version: waits until every entity pod
 * serves it, so what the caller checks next sees it, and says so on the progress lines.
 */
export async function served(
  cluster: Pick<Cluster, 'podsGet'>,
  env: EveryClassEnvironment,
  output: string,
  progress: (line: string) => void,
): Promise<void> {
  const version = importedVersion(output);
  if (!version) {
    progress('the Job\u2019s output names no data version: not waiting for the entity pods to load it');
    return;
  }
  const pods = await untilEveryEntityServes(cluster, env, version, { progress });
  if (pods === 0) progress(`no entity pod is Ready: they load data version ${version} when they start`);
  else if (pods !== undefined) progress(`every entity pod (${pods}) serves data version ${version}`);
}
