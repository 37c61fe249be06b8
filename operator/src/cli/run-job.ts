// Runs one data-role Job for the command line (data import, backup list|restore): applies its
// objects (server-side apply, field manager everyclass-cli), follows the Job until it ends
// (progress on stderr when it changes), and hands back its pod's output.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  BatchV1Api,
  CoreV1Api,
  type KubeConfig,
  type KubernetesObject,
  KubernetesObjectApi,
  PatchStrategy,
  type V1Job,
  type V1OwnerReference,
  type V1Pod,
} from '@kubernetes/client-node';
import { cliManager } from '../desired/datajobs.ts';
import { CliError, Exit } from './errors.ts';
import {
  type JobKind,
  type JobOutcome,
  jobOutcome,
  newestFirst,
  terminationMessage,
} from './job-progress.ts';
import { apiError } from './kube.ts';
import { formatDuration } from './units.ts';

export interface JobRun {
  outcome: JobOutcome;
  /** The pod's output: its log's last lines, else its termination message. */
  output: string;
}

export interface RunOptions {
  kind: JobKind;
  timeoutMs: number;
  /** Progress lines (stderr); not called with --quiet. */
  progress?: (line: string) => void;
  /** How often the Job is read again. */
  pollMs?: number;
  /** Lines of the pod's log printed at the end. */
  tailLines?: number;
}

const call = async <T>(what: string, op: () => Promise<T>): Promise<T> => {
  try {
    return await op();
  } catch (err) {
    const e = apiError(err, undefined);
    if (e.httpStatus === 404) throw new CliError(Exit.Cluster, `${what} not found`);
    throw new CliError(e.exitCode, e.message.replace(/^environments/, what));
  }
};

/** Server-side apply of each object, in order, as the command line's field manager. */
export async function applyAll(
  kc: KubeConfig,
  objects: readonly KubernetesObject[],
): Promise<KubernetesObject[]> {
  const api = KubernetesObjectApi.makeApiClient(kc);
  const out: KubernetesObject[] = [];
  for (const o of objects) {
    const what = `${o.kind} ${o.metadata?.namespace}/${o.metadata?.name}`;
    out.push(
      await call(what, () =>
        api.patch(o, undefined, undefined, cliManager, true, PatchStrategy.ServerSideApply),
      ),
    );
  }
  return out;
}

/** An owner reference to the Job: objects it alone needs (an import's ConfigMaps) go with it. */
export function ownedByJob(job: V1Job): V1OwnerReference {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    name: job.metadata?.name ?? '',
    uid: job.metadata?.uid ?? '',
    blockOwnerDeletion: false,
  };
}

/** Follows a Job until it completes, fails or the timeout passes (that one throws, exit 3). */
export async function followJob(kc: KubeConfig, job: V1Job, o: RunOptions): Promise<JobRun> {
  const batch = kc.makeApiClient(BatchV1Api);
  const core = kc.makeApiClient(CoreV1Api);
  const namespace = job.metadata?.namespace ?? '';
  const name = job.metadata?.name ?? '';
  const deadline = Date.now() + o.timeoutMs;
  let last = '';
  for (;;) {
    const current = await call(`Job ${namespace}/${name}`, () =>
      batch.readNamespacedJob({ namespace, name }),
    );
    const pods = await call(`pods of Job ${namespace}/${name}`, () =>
      core.listNamespacedPod({ namespace, labelSelector: `batch.kubernetes.io/job-name=${name}` }),
    );
    const outcome = jobOutcome(current, pods.items, o.kind);
    const line = outcome.hint ? `${outcome.reason} (${outcome.hint})` : outcome.reason;
    if (outcome.state !== 'pending') {
      const [pod] = newestFirst(pods.items);
      return { outcome, output: await outputOf(core, pod, o.tailLines ?? 20) };
    }
    if (line !== last) o.progress?.(line);
    last = line;
    if (Date.now() >= deadline)
      throw new CliError(
        Exit.Timeout,
        `timed out after ${formatDuration(o.timeoutMs)} waiting for Job ${namespace}/${name}: ${line}` +
          ` (the Job goes on; kubectl -n ${namespace} logs job/${name} follows it)`,
      );
    await sleep(o.pollMs ?? 1000);
  }
}

/** The pod's log tail when the node serves it, else what its container left as termination message. */
async function outputOf(core: CoreV1Api, pod: V1Pod | undefined, tailLines: number): Promise<string> {
  if (!pod?.metadata?.name) return '';
  const message = terminationMessage(pod);
  try {
    const log = await core.readNamespacedPodLog({
      namespace: pod.metadata.namespace ?? '',
      name: pod.metadata.name,
      tailLines,
    });
    return log.trim() || message;
  } catch {
    // The node is gone, the pod was never started, or logs are not served (a simulated node).
    return message;
  }
}

export interface DataJob {
  /** Objects only this Job needs (an import's ConfigMaps): applied first, then owned by the Job. */
  needs?: KubernetesObject[];
  job: V1Job;
}

/**
 * Applies a data Job (and what it needs) and follows it. A failure prints the pod's output on
 * stderr and ends the command (exit 1) with what happened and what to fix.
 */
export async function runDataJob(kc: KubeConfig, d: DataJob, o: RunOptions): Promise<JobRun> {
  const needs = d.needs ?? [];
  await applyAll(kc, needs);
  const [applied] = (await applyAll(kc, [d.job])) as V1Job[];
  const job = applied ?? d.job;
  // Owned by the Job, they go when its ttlSecondsAfterFinished deletes it.
  await applyAll(
    kc,
    needs.map((n) => ({ ...n, metadata: { ...n.metadata, ownerReferences: [ownedByJob(job)] } })),
  );
  o.progress?.(`started Job ${job.metadata?.namespace}/${job.metadata?.name}`);
  const run = await followJob(kc, job, o);
  if (run.outcome.state === 'failed') {
    if (run.output) process.stderr.write(`${indent(run.output)}\n`);
    throw new CliError(
      Exit.Failed,
      `${run.outcome.reason}${run.outcome.hint ? `\n  fix: ${run.outcome.hint}` : ''}`,
    );
  }
  return run;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => `  | ${l}`)
    .join('\n');

/** Progress lines of a command on stderr, unless --quiet. */
export const progressOf = (what: string, opts: { quiet?: boolean }) => (line: string) => {
  if (!opts.quiet) process.stderr.write(`${what}: ${line}\n`);
};
