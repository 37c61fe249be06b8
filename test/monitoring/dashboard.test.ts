// The Grafana dashboard of config/monitoring: valid JSON Grafana can load, every query reading
// metrics the code exports (test/monitoring/metric-names.ts derives them from the registries).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { exportedSeries, metricNamesIn } from './metric-names.ts';

const file = 'config/monitoring/dashboards/everyclass.json';
/** Grafana's reference to the dashboard's datasource variable. */
const datasourceVariable = ['$', '{datasource}'].join('');

interface Panel {
  id: number;
  type: string;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  datasource?: { type: string; uid: string };
  targets?: Array<{ refId: string; expr: string; datasource?: { uid: string } }>;
}
interface Dashboard {
  uid: string;
  title: string;
  schemaVersion: number;
  panels: Panel[];
  templating: { list: Array<{ name: string; type: string; query?: string | { query: string } }> };
}

describe('Grafana dashboard (config/monitoring)', () => {
  const text = readFileSync(file, 'utf8');
  const dash = JSON.parse(text) as Dashboard;
  const panels = dash.panels.filter((p) => p.type !== 'row');

  it('is a dashboard with a stable uid, unique panel ids and panels inside the 24-column grid', () => {
    assert.equal(dash.uid, 'everyclass');
    assert.ok(dash.schemaVersion >= 36);
    const ids = dash.panels.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length, 'panel ids are unique');
    for (const p of dash.panels) {
      assert.ok(p.gridPos.x >= 0 && p.gridPos.x + p.gridPos.w <= 24, `${p.title} fits the grid`);
    }
  });

  it('queries through the datasource variable, and each panel has a query', () => {
    assert.ok(dash.templating.list.some((v) => v.name === 'datasource' && v.type === 'datasource'));
    for (const p of panels) {
      assert.equal(p.datasource?.uid, datasourceVariable, `${p.title} uses the chosen datasource`);
      assert.ok(p.targets?.length, `${p.title} has a query`);
      const refs = p.targets.map((t) => t.refId);
      assert.equal(new Set(refs).size, refs.length, `${p.title}: refIds are unique`);
    }
  });

  it('covers rollouts, the mismatch rate, and request rates and latencies per service', () => {
    const exprs = panels.flatMap((p) => p.targets?.map((t) => t.expr) ?? []);
    const reads = (metric: string) => exprs.some((e) => metricNamesIn(e).includes(metric));
    assert.ok(reads('everyclass_environment_rollout_phase'));
    assert.ok(reads('everyclass_environment_mirror_mismatches_total'));
    assert.ok(exprs.some((e) => /sum by \(namespace, service\) \(rate\(http_requests_total/.test(e)));
    assert.ok(exprs.some((e) => /histogram_quantile\(0\.95, sum by \(namespace, service, le\)/.test(e)));
  });

  it('reads only metrics the operator and the services export', async () => {
    const exported = await exportedSeries();
    const queries = [
      ...panels.flatMap((p) => (p.targets ?? []).map((t) => [p.title, t.expr] as const)),
      ...dash.templating.list
        .filter((v) => v.type === 'query')
        .map(
          (v) =>
            [`variable ${v.name}`, typeof v.query === 'string' ? v.query : (v.query?.query ?? '')] as const,
        ),
    ];
    assert.ok(queries.length > 10);
    for (const [where, expr] of queries) {
      const names = metricNamesIn(expr);
      assert.ok(names.length > 0, `${where}: ${expr} selects a metric`);
      for (const n of names) assert.ok(exported.has(n), `${where}: ${n} is not exported by the code`);
    }
  });

  it('is the data of the ConfigMap config/monitoring generates for Grafana', () => {
    const k = parse(readFileSync('config/monitoring/kustomization.yaml', 'utf8')) as {
      configMapGenerator: Array<{ files: string[]; options: { labels: Record<string, string> } }>;
    };
    const gen = k.configMapGenerator[0];
    assert.deepEqual(gen?.files, ['dashboards/everyclass.json']);
    assert.equal(gen?.options.labels.grafana_dashboard, '1');
  });
});
