// What the pods of an environment say about its containers, as `kubectl describe pod` would: a
// pure function of the pods (metadata and status) and the clock. A container fails when it is not
// ready and waits for a reason the kubelet gives only to failures (CrashLoopBackOff, an image it
// cannot pull, a configuration it cannot create), has exited with an error, or runs again unready
// after a crash of the last ten minutes (the kubelet's own back-off memory): so a crash loop is
// reported continuously, not only while the kubelet backs off. A ready container never fails.
import type { V1ContainerState, V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import { type ProblemReason, problemReasons, Reason } from '../api/conditions.ts';
import { labelKeys } from '../desired/labels.ts';

/** Waiting reasons the kubelet gives only to failures (ContainerCreating and PodInitializing are not). */
export const waitingFailures: ReadonlySet<string> = new Set(
  problemReasons.filter((r) => r !== Reason.OOMKilled),
);

/** The kubelet forgets a crash loop once a container ran this long; so does this module. */
export const crashMemoryMs = 10 * 60_000;

/** Longest termination message kept (one short line). */
export const summaryLength = 200;

/** One failing container. */
export interface ContainerFailure {
  reason: ProblemReason;
  pod: string;
  container: string;
  restarts: number;
  /** What happened, one short line: `exit 1: <last line of its termination message>`. */
  detail: string;
  /** Whether it exited (restart-based: counts for rollout.failFastRestarts). */
  crashed: boolean;
}

/** The failures of one component (a service, mongo, mirror): what status.problems holds. */
export interface ComponentProblem {
  component: string;
  reason: ProblemReason;
  message: string;
  /** Failing pods and all pods of the component. */
  failingPods: number;
  pods: number;
  /** Restarts of the failing container shown in the message (the one restarted most). */
  restarts: number;
}

const live = (p: V1Pod) =>
  !p.metadata?.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';

/** The pods of one environment (by its instance label), grouped by component. */
export function podsByComponent(envName: string, pods: readonly V1Pod[]): Map<string, V1Pod[]> {
  const out = new Map<string, V1Pod[]>();
  for (const p of pods) {
    const l = p.metadata?.labels ?? {};
    const component = l[labelKeys.component];
    if (l[labelKeys.instance] !== envName || !component || !live(p)) continue;
    out.set(component, [...(out.get(component) ?? []), p]);
  }
  return out;
}

/** Whether a termination is a failure (a crash, an OOM kill), not a clean exit. */
function failed(t: V1ContainerState['terminated']): t is NonNullable<V1ContainerState['terminated']> {
  return !!t && (t.exitCode !== 0 || t.reason === 'OOMKilled');
}

function crashReason(t: V1ContainerState['terminated']): ProblemReason {
  return t?.reason === 'OOMKilled' ? Reason.OOMKilled : Reason.CrashLoopBackOff;
}

/** `exit 1: <summary>` or `OOMKilled (exit 137)`, from a termination. */
export function exitDetail(t: V1ContainerState['terminated'] | undefined): string {
  if (!t) return 'no exit recorded';
  const code = t.signal ? `exit ${t.exitCode}, signal ${t.signal}` : `exit ${t.exitCode}`;
  const head = t.reason === 'OOMKilled' ? `OOMKilled (${code})` : code;
  const msg = summarize(t.message ?? '');
  return msg ? `${head}: ${msg}` : head;
}

/** The failure of one container status, if it fails (`now` bounds the memory of a crash). */
export function containerFailure(pod: V1Pod, cs: V1ContainerStatus, now: Date): ContainerFailure | undefined {
  if (cs.ready) return undefined;
  const base = { pod: pod.metadata?.name ?? '', container: cs.name, restarts: cs.restartCount ?? 0 };
  const last = cs.lastState?.terminated;
  const { waiting, terminated, running } = cs.state ?? {};
  if (waiting?.reason && waitingFailures.has(waiting.reason)) {
    if (waiting.reason === Reason.CrashLoopBackOff)
      return { ...base, reason: crashReason(last), detail: exitDetail(last), crashed: true };
    const detail = summarize(waiting.message ?? '') || waiting.reason;
    return { ...base, reason: waiting.reason as ProblemReason, detail, crashed: false };
  }
  if (failed(terminated))
    return { ...base, reason: crashReason(terminated), detail: exitDetail(terminated), crashed: true };
  if ((running || waiting) && base.restarts > 0 && failed(last)) {
    const at = Date.parse(last.finishedAt ? String(last.finishedAt) : '');
    if (!Number.isNaN(at) && now.getTime() - at < crashMemoryMs)
      return { ...base, reason: crashReason(last), detail: exitDetail(last), crashed: true };
  }
  return undefined;
}

/** Every failing container of a pod (init containers first). */
export function podFailures(pod: V1Pod, now: Date): ContainerFailure[] {
  const all = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  return all.flatMap((cs) => containerFailure(pod, cs, now) ?? []);
}

/**
 * The problems of every component that has failing containers, in the order of `components`
 * (then any other, by name). The message names the component, the share of failing pods, the pod
 * restarted most, its restart count and what its container last said.
 */
export function componentProblems(
  envName: string,
  pods: readonly V1Pod[],
  now: Date,
  components: readonly string[] = [],
): ComponentProblem[] {
  const byComponent = podsByComponent(envName, pods);
  const order = (c: string) => (components.includes(c) ? components.indexOf(c) : components.length);
  const out: ComponentProblem[] = [];
  const sorted = [...byComponent.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  for (const component of sorted) {
    const all = byComponent.get(component) ?? [];
    const failing = all.map((p) => podFailures(p, now)).filter((f) => f.length > 0);
    const worst = failing
      .flat()
      .sort(
        (a, b) =>
          b.restarts - a.restarts || a.pod.localeCompare(b.pod) || a.container.localeCompare(b.container),
      )[0];
    if (!worst) continue;
    const times = worst.restarts === 1 ? 'restart' : 'restarts';
    const where = worst.container === component ? worst.pod : `${worst.pod} container ${worst.container}`;
    out.push({
      component,
      reason: worst.reason,
      message:
        `${component}: ${worst.reason} in ${failing.length}/${all.length} pod${all.length === 1 ? '' : 's'} ` +
        `(${where}: ${worst.restarts} ${times}, ${worst.detail})`,
      failingPods: failing.length,
      pods: all.length,
      restarts: worst.restarts,
    });
  }
  return out;
}

/**
 * Whether every pod of a service at `version` (its version label) has crashed at least `restarts`
 * times and is not ready now: the evidence rollout.failFastRestarts acts on. False without such pods.
 */
export function crashLooped(pods: readonly V1Pod[], version: string, restarts: number, now: Date): boolean {
  const at = pods.filter((p) => p.metadata?.labels?.[labelKeys.version] === version);
  return (
    at.length > 0 && at.every((p) => podFailures(p, now).some((f) => f.crashed && f.restarts >= restarts))
  );
}

/**
 * When the memory of a crash (a running, unready container's last failure) runs out, so that a
 * reconcile then clears the problem; undefined when no such crash is remembered.
 */
export function recheckAt(pods: readonly V1Pod[], now: Date): Date | undefined {
  let first: number | undefined;
  for (const p of pods) {
    for (const cs of p.status?.containerStatuses ?? []) {
      const last = cs.lastState?.terminated;
      if (cs.ready || !failed(last) || !last.finishedAt) continue;
      const end = Date.parse(String(last.finishedAt)) + crashMemoryMs;
      if (end > now.getTime() && (first === undefined || end < first)) first = end;
    }
  }
  return first === undefined ? undefined : new Date(first);
}

/**
 * What of a pod the status reads (labels, phase, deletion, container states and restart counts):
 * pod updates that leave it unchanged (IPs, probe times, conditions) need no reconcile.
 */
export function podSignature(p: V1Pod): string {
  const states = [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])].map(
    (cs) => [cs.name, cs.ready, cs.restartCount, stateOf(cs.state), stateOf(cs.lastState)],
  );
  return JSON.stringify([p.metadata?.labels, !!p.metadata?.deletionTimestamp, p.status?.phase, states]);
}

function stateOf(s: V1ContainerState | undefined): unknown {
  if (s?.waiting) return ['waiting', s.waiting.reason, s.waiting.message];
  if (s?.terminated)
    return ['terminated', s.terminated.exitCode, s.terminated.reason, s.terminated.finishedAt];
  return s?.running ? 'running' : undefined;
}

/**
 * One short line from a termination message: the kubelet gives either what the program wrote to
 * its termination message file (our services: one line) or the tail of its log. Takes the last line
 * that says something (skipping stack frames, `Node.js vX`, lone brackets), the `msg` of a JSON log
 * line, masks credentials, and cuts it to summaryLength.
 */
export function summarize(message: string): string {
  const lines = message
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^at\s/.test(l) && !/^Node\.js v\d/.test(l) && /[A-Za-z]{2}/.test(l));
  const picked = [...lines]
    .reverse()
    .find((l) => /error|fatal|fail|refus|denied|cannot|invalid|bad /i.test(l));
  const line = fromJson(picked ?? lines.at(-1) ?? '');
  const clean = redact(line.replace(/\s+/g, ' '));
  return clean.length > summaryLength ? `${clean.slice(0, summaryLength - 1)}…` : clean;
}

function fromJson(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const o = JSON.parse(line) as { msg?: unknown; err?: { message?: unknown }; attr?: { error?: unknown } };
    const msg = typeof o.msg === 'string' ? o.msg : line;
    const cause = typeof o.err?.message === 'string' ? o.err.message : undefined;
    return cause ? `${msg}: ${cause}` : msg;
  } catch {
    return line;
  }
}

/**
 * Masks what could be a secret: the user information of URLs (scheme://user:password@host),
 * `password=…`-style pairs, and what looks like a key: 32 or more hex digits (not an image digest),
 * 40 or more base64 characters mixing cases and digits.
 */
export function redact(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@"'\s]*(?:\s[^/@"'\s]*)?@/gi, '$1***@')
    .replace(/\b(password|passwd|secret|token|key)(["']?\s*[=:]\s*["']?)[^\s"',;&]+/gi, '$1$2***')
    .replace(/(?<![A-Za-z0-9:])[A-Fa-f0-9]{32,}(?![A-Za-z0-9])/g, '***')
    .replace(/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}={0,2}/g, (m) =>
      /[a-z]/.test(m) && /[A-Z]/.test(m) && /[0-9]/.test(m) ? '***' : m,
    );
}
