// Pure text output of the everyclass command line: the status table and detail, the rollout
// history. The clock comes in as `now`.
import { conditionOf, Reason } from '../api/conditions.ts';
import {
  type Condition,
  defaultedSpec,
  type EveryClassEnvironment,
  type HistoryEntry,
} from '../api/environment.ts';
import { formatRef } from './args.ts';
import { type CompareFigures, compareFiguresOf, mirrorTarget } from './figures.ts';
import { formatDuration, formatRate } from './units.ts';

/** Left-aligned columns separated by three spaces, like kubectl get. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('   ')
      .trimEnd();
  return `${[header, ...rows].map(line).join('\n')}\n`;
}

/** How long ago `iso` was, kubectl style (45s, 5m, 3h, 2d); "-" when unknown. */
export function age(iso: string | undefined, now: Date): string {
  if (!iso) return '-';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '-';
  const s = Math.max(0, Math.floor((now.getTime() - t) / 1000));
  if (s < 120) return `${s}s`;
  if (s < 120 * 60) return `${Math.floor(s / 60)}m`;
  if (s < 48 * 3600) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86_400)}d`;
}

/** Healthy states print the status alone; anything else prints status/reason. */
const healthy: Record<'Ready' | 'Progressing' | 'Degraded', (c: Condition) => boolean> = {
  Ready: (c) => c.status === 'True' && c.reason !== Reason.RolledBack,
  Progressing: (c) => c.status === 'False' && c.reason === Reason.RolloutComplete,
  Degraded: (c) => c.status === 'False',
};

function conditionCell(env: EveryClassEnvironment, type: 'Ready' | 'Progressing' | 'Degraded'): string {
  const c = conditionOf(env.status?.conditions, type);
  if (!c) return '-';
  return healthy[type](c) ? c.status : `${c.status}/${c.reason}`;
}

/** Running version, and the desired one when it differs ("2.3.1->2.4.0"). */
export function versionCell(env: EveryClassEnvironment): string {
  const running = env.status?.version;
  const desired = env.spec.version;
  if (running === desired) return desired;
  return `${running ?? '-'}->${desired}`;
}

/** Target and share; the Mirroring condition when it is not True; the mismatch rate when compare is on. */
export function mirrorCell(env: EveryClassEnvironment): string {
  const m = defaultedSpec(env.spec).mirror;
  if (!m) return '-';
  const t = mirrorTarget(env);
  const target = t ? (t.namespace === env.metadata.namespace ? t.name : formatRef(t)) : m.target;
  const c = conditionOf(env.status?.conditions, 'Mirroring');
  const base =
    `${target} ${env.status?.mirror?.percent ?? m.percent}%` +
    (c && c.status !== 'True' ? ` ${c.status}/${c.reason}` : '');
  if (!m.compare) return base;
  const f = compareFiguresOf(env);
  return f ? `${base} mismatch ${formatRate(f.rate)} (${f.mismatches}/${f.requests})` : `${base} mismatch -`;
}

export function lastRolloutCell(env: EveryClassEnvironment, now: Date): string {
  const h = env.status?.history?.[0];
  if (!h) return '-';
  return `${h.version} ${h.outcome} ${age(h.completedAt ?? h.startedAt, now)} ago`;
}

/** One row per environment, sorted by namespace and name. */
export function statusTable(envs: readonly EveryClassEnvironment[], now: Date): string {
  const sorted = [...envs].sort(
    (a, b) =>
      a.metadata.namespace.localeCompare(b.metadata.namespace) ||
      a.metadata.name.localeCompare(b.metadata.name),
  );
  return table(
    ['NAMESPACE', 'NAME', 'TIER', 'VERSION', 'READY', 'PROGRESSING', 'DEGRADED', 'MIRROR', 'LAST ROLLOUT'],
    sorted.map((e) => [
      e.metadata.namespace,
      e.metadata.name,
      e.spec.tier,
      versionCell(e),
      conditionCell(e, 'Ready'),
      conditionCell(e, 'Progressing'),
      conditionCell(e, 'Degraded'),
      mirrorCell(e),
      lastRolloutCell(e, now),
    ]),
  );
}

/**
 * The table row of one environment, then its conditions, services, failing containers
 * (status.problems) and the figures of traffic mirrored into it.
 */
export function statusDetail(
  env: EveryClassEnvironment,
  now: Date,
  mirroredIn: CompareFigures | undefined,
): string {
  const st = env.status;
  const generation = env.metadata.generation ?? 0;
  const lines = [statusTable([env], now).trimEnd(), ''];
  lines.push(
    `Version:     ${st?.version ?? '-'} running, ${env.spec.version} desired` +
      (st?.observedGeneration === generation
        ? ''
        : ` (generation ${generation} not yet observed by the operator: ${st?.observedGeneration ?? 'none'})`),
  );
  if (env.spec.paused) lines.push('Paused:      true (spec.paused)');
  if (mirroredIn) {
    lines.push(
      `Mirrored in: ${mirroredIn.requests} requests from ${mirroredIn.sources.join(', ')}, ` +
        `mismatch rate ${formatRate(mirroredIn.rate)} (${mirroredIn.mismatches})`,
    );
  }
  lines.push('', 'Conditions:');
  lines.push(
    ...indent(
      table(
        ['TYPE', 'STATUS', 'REASON', 'SINCE', 'MESSAGE'],
        (st?.conditions ?? []).map((c) => [
          c.type,
          c.status,
          c.reason,
          age(c.lastTransitionTime, now),
          c.message,
        ]),
      ),
    ),
  );
  lines.push('', 'Services:');
  lines.push(
    ...indent(
      table(
        ['SERVICE', 'READY', 'UPDATED', 'VERSION', 'RUNNING'],
        Object.entries(st?.services ?? {}).map(([name, s]) => [
          name,
          `${s.readyReplicas ?? 0}/${s.replicas ?? 0}`,
          String(s.updatedReplicas ?? 0),
          s.version ?? '-',
          s.runningVersion ?? '-',
        ]),
      ),
    ),
  );
  const problems = st?.problems ?? [];
  if (problems.length) {
    // What `kubectl describe pod` would say, per component: the reason, restarts, the last words.
    lines.push('', 'Failing:');
    lines.push(
      ...indent(
        table(
          ['COMPONENT', 'REASON', 'PODS', 'RESTARTS', 'SINCE', 'MESSAGE'],
          problems.map((p) => [
            p.component,
            p.reason,
            `${p.failingPods ?? '-'}/${p.pods ?? '-'}`,
            String(p.restarts ?? 0),
            age(p.since, now),
            p.message,
          ]),
        ),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

const indent = (text: string): string[] =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `  ${l}`);

/** Rollout history, newest first (by startedAt; the stored order breaks ties). */
export function sortHistory(history: readonly HistoryEntry[]): HistoryEntry[] {
  return history
    .map((h, i) => ({ h, i }))
    .sort((a, b) => Date.parse(b.h.startedAt) - Date.parse(a.h.startedAt) || a.i - b.i)
    .map(({ h }) => h);
}

export function historyTable(env: EveryClassEnvironment, now: Date): string {
  const history = sortHistory(env.status?.history ?? []);
  if (!history.length)
    return `no rollouts recorded for ${formatRef({ namespace: env.metadata.namespace, name: env.metadata.name })}\n`;
  return table(
    ['VERSION', 'OUTCOME', 'STARTED', 'AGE', 'DURATION', 'MESSAGE'],
    history.map((h) => [
      h.version,
      h.outcome,
      h.startedAt,
      age(h.startedAt, now),
      h.completedAt ? formatDuration(Date.parse(h.completedAt) - Date.parse(h.startedAt)) : '-',
      h.message ?? '',
    ]),
  );
}
