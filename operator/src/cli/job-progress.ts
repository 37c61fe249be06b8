// Pure reading of a data-role Job the CLI started (data import, backup list|restore): where it
// is, how it ended, what its pod said, and what to fix when it failed.
import type { V1ContainerStatus, V1Job, V1Pod } from '@kubernetes/client-node';

export interface JobOutcome {
  state: 'pending' | 'succeeded' | 'failed';
  /** One line: where the Job is, or how it ended. */
  reason: string;
  /** What to fix, when something is stuck or failed. */
  hint?: string;
}

const isTrue = (job: V1Job, type: string) =>
  job.status?.conditions?.find((c) => c.type === type && c.status === 'True');

const created = (p: V1Pod) => Date.parse(String(p.metadata?.creationTimestamp ?? 0)) || 0;

/** The Job's pods, newest first. */
export function newestFirst(pods: readonly V1Pod[]): V1Pod[] {
  return [...pods].sort((a, b) => created(b) - created(a));
}

const containerOf = (pod: V1Pod): V1ContainerStatus | undefined => pod.status?.containerStatuses?.[0];

/**
 * What the pod's container said when it ended: the data role's JSON line of figures on success,
 * or (terminationMessagePolicy FallbackToLogsOnError) its log's tail on failure.
 */
export function terminationMessage(pod: V1Pod | undefined): string {
  return (pod && containerOf(pod)?.state?.terminated?.message?.trim()) ?? '';
}

const firstLine = (text: string) =>
  text
    .split('\n')
    .find((l) => l.trim())
    ?.trim() ?? '';

/** What usually fixes a data Job's failure, from what its pod said. */
export function hintFor(message: string, what: JobKind): string | undefined {
  const m = message.toLowerCase();
  if (/econnrefused|enotfound|eai_again|fetch failed|server selection|timed out/.test(m))
    return what === 'import'
      ? 'entity did not answer: is the environment Ready (everyclass status ENV)?'
      : 'MongoDB did not answer: is the environment Ready (everyclass status ENV)?';
  if (/unauthenticated|permission_denied|forbidden|admin key|signature/.test(m))
    return 'entity refused the admin key: the <env>-admin Secret and entity\u2019s pods disagree (restart entity after rotating it)';
  if (/authentication failed/.test(m)) return 'MongoDB refused the credentials of the <env>-mongo Secret';
  if (/enoent|no such file/.test(m))
    return what === 'restore'
      ? 'no such archive on the backup volume: everyclass backup list ENV names them'
      : 'the backup volume is empty or not mounted: has a backup run yet?';
  if (/invalid_argument|not valid|unexpected token|not extended json|trailer|cut off/.test(m))
    return what === 'import'
      ? 'the import file was refused: check it against the import format (services/data/README.md)'
      : 'the archive is damaged or not an everyclass archive: choose another one (everyclass backup list ENV)';
  return undefined;
}

export type JobKind = 'import' | 'restore' | 'list';

function waitingHint(c: V1ContainerStatus | undefined): { reason: string; hint?: string } | undefined {
  const w = c?.state?.waiting;
  if (!w?.reason || w.reason === 'ContainerCreating' || w.reason === 'PodInitializing') return undefined;
  const reason = `${w.reason}${w.message ? `: ${firstLine(w.message)}` : ''}`;
  if (/ImagePull|ErrImage|InvalidImageName/.test(w.reason))
    return {
      reason,
      hint: `image ${c?.image} cannot be pulled: check the environment\u2019s spec.image and spec.version`,
    };
  if (w.reason === 'CreateContainerConfigError')
    return {
      reason,
      hint: 'a Secret the Job reads is missing: is the environment reconciled (everyclass status ENV)?',
    };
  return { reason };
}

/** Where the Job is, from its status and its pods (newest first). */
export function jobOutcome(job: V1Job, pods: readonly V1Pod[], what: JobKind): JobOutcome {
  const name = job.metadata?.name ?? 'the Job';
  const [pod] = newestFirst(pods);
  const said = terminationMessage(pod);
  if (isTrue(job, 'Complete')) return { state: 'succeeded', reason: `Job ${name} completed` };
  const failed = isTrue(job, 'Failed');
  if (failed) {
    const why = failed.reason === 'DeadlineExceeded' ? 'ran out of time' : 'failed';
    return {
      state: 'failed',
      reason: `Job ${name} ${why}${said ? `: ${firstLine(said)}` : failed.message ? `: ${failed.message}` : ''}`,
      hint: hintFor(said, what),
    };
  }
  const attempts = (job.status?.failed ?? 0) + 1;
  const attempt = attempts > 1 ? ` (attempt ${attempts} of ${(job.spec?.backoffLimit ?? 6) + 1})` : '';
  if (!pod) return { state: 'pending', reason: `waiting for Job ${name} to start a pod` };
  const podName = pod.metadata?.name ?? '';
  const unscheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
  if (unscheduled)
    return {
      state: 'pending',
      reason: `pod ${podName} not scheduled: ${unscheduled.message ?? unscheduled.reason ?? 'no node yet'}`,
    };
  const stuck = waitingHint(containerOf(pod));
  if (stuck)
    return { state: 'pending', reason: `pod ${podName}: ${stuck.reason}${attempt}`, hint: stuck.hint };
  if (pod.status?.phase === 'Failed')
    return {
      state: 'pending',
      reason: `pod ${podName} failed${said ? `: ${firstLine(said)}` : ''}; the Job retries`,
      hint: hintFor(said, what),
    };
  if (pod.status?.phase === 'Running')
    return { state: 'pending', reason: `running in pod ${podName}${attempt}` };
  if (pod.status?.phase === 'Succeeded') return { state: 'pending', reason: `pod ${podName} succeeded` };
  return { state: 'pending', reason: `pod ${podName} starting${attempt}` };
}

/** A Job name's suffix: unique per second and short enough for `<env>-import-<id>-<part>`. */
export function jobId(now: Date): string {
  return now.getTime().toString(36).slice(-7);
}

export interface Archive {
  name: string;
  bytes: number;
}

/** `data list`'s lines (one JSON object per archive); other lines are ignored. */
export function parseArchives(text: string): Archive[] {
  const out: Archive[] = [];
  for (const line of text.split('\n')) {
    try {
      const v = JSON.parse(line) as Partial<Archive>;
      if (typeof v.name === 'string' && typeof v.bytes === 'number')
        out.push({ name: v.name, bytes: v.bytes });
    } catch {
      // a line of the log that is not an archive's
    }
  }
  return out;
}

/** 1.4 MiB, 812 KiB, 96 B. */
export function formatBytes(n: number): string {
  if (n >= 1048576) return `${(n / 1048576).toFixed(1)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} B`;
}
