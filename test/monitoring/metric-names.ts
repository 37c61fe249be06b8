// What the code exports and what a PromQL expression reads, for the tests of config/monitoring:
// every metric an alert or a dashboard panel queries must be one the operator or the services
// register. The names come from the real registries, never a hand-kept list.
import type { Registry } from 'prom-client';
import { registerEnvironmentMetrics } from '../../operator/src/reconcilers/envmetrics.ts';
import { Metrics } from '../../operator/src/runtime/metrics.ts';
import { createMetrics } from '../../services/kit/metrics.ts';
import { createMirrorMetrics } from '../../services/mirror/metrics.ts';

/** Series names a scrape can carry for each registered metric (a histogram's _bucket, _sum, _count). */
async function seriesNames(registry: Registry): Promise<string[]> {
  const metrics = await registry.getMetricsAsJSON();
  return metrics.flatMap((m) => {
    const type = String(m.type);
    if (type === 'histogram') return [`${m.name}_bucket`, `${m.name}_sum`, `${m.name}_count`];
    if (type === 'summary') return [m.name, `${m.name}_sum`, `${m.name}_count`];
    return [m.name];
  });
}

/** Every series name the operator (runtime and per-environment) and the services export. */
export async function exportedSeries(): Promise<Set<string>> {
  const operator = new Metrics();
  registerEnvironmentMetrics(operator.registry, { environments: () => [], pods: () => [] });
  const service = createMetrics('web');
  const mirror = createMetrics('mirror');
  createMirrorMetrics(mirror.registry, () => ({
    inflight: 0,
    queued: 0,
    inflightHighWater: 0,
    queueHighWater: 0,
  }));
  const names = await Promise.all([operator.registry, service.registry, mirror.registry].map(seriesNames));
  return new Set(names.flat());
}

const keywords = new Set([
  'and',
  'or',
  'unless',
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'offset',
  'inf',
  'nan',
]);

/**
 * The metric names a PromQL expression selects: identifiers that are not functions, aggregations,
 * keywords, label names (inside {…}, by/without/on/ignoring (…)) or durations ([5m]).
 * Grafana's label_values(metric, label) counts its metric. Template variables ($x) are dropped.
 */
export function metricNamesIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\$\{?\w+\}?/g, ' ')
    .replace(/\blabel_values\s*\(\s*([a-zA-Z_:][\w:]*)\s*,[^)]*\)/g, ' $1 ');
  const names: string[] = [];
  for (const m of bare.matchAll(/(?<![\w.])([a-zA-Z_:][\w:]*)(\s*\()?/g)) {
    const [, name, call] = m;
    if (!name || call || keywords.has(name.toLowerCase())) continue;
    names.push(name);
  }
  return [...new Set(names)];
}
