// The alert rules of config/monitoring: promtool (built from its Go module at PROMETHEUS_VERSION)
// checks them and runs their unit tests (config/monitoring/rules-test.yaml); every alert has a
// runbook section, a test in which it fires, and reads only metrics the code exports.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { tool } from '../../hack/localenv/tools.ts';
import { exportedSeries, metricNamesIn } from './metric-names.ts';

interface Rule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
interface PrometheusRule {
  kind: string;
  spec: { groups: Array<{ name: string; rules: Rule[] }> };
}
interface RuleTests {
  tests: Array<{ alert_rule_test?: Array<{ alertname: string; exp_alerts: unknown[] }> }>;
}

const dir = 'config/monitoring';
const source = parse(readFileSync(join(dir, 'prometheusrule.yaml'), 'utf8')) as PrometheusRule;
const alerts = source.spec.groups.flatMap((g) => g.rules).filter((r) => r.alert);

/** promtool on the PrometheusRule's spec written as a plain rule file, with the unit tests beside it. */
function promtool(args: string[], rules: PrometheusRule['spec'] = source.spec) {
  const work = mkdtempSync(join(tmpdir(), 'everyclass-rules-'));
  try {
    writeFileSync(join(work, 'rules.yaml'), stringify(rules));
    copyFileSync(join(dir, 'rules-test.yaml'), join(work, 'rules-test.yaml'));
    const r = spawnSync(tool('promtool', 'promtool'), args, { cwd: work, encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('alert rules (config/monitoring, promtool)', function () {
  this.timeout(600_000); // promtool is built on first use (minutes, once)

  it('pass promtool check rules', () => {
    assert.equal(source.kind, 'PrometheusRule');
    const r = promtool(['check', 'rules', 'rules.yaml']);
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, new RegExp(`SUCCESS: ${alerts.length} rules found`));
  });

  it('pass their promtool unit tests', () => {
    const r = promtool(['test', 'rules', 'rules-test.yaml']);
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, /SUCCESS/);
  });

  it('fail those unit tests when an alert stops firing (the tests can fail)', () => {
    const broken = structuredClone(source.spec);
    const rule = broken.groups.flatMap((g) => g.rules).find((x) => x.alert === 'EveryClassRolloutFailed');
    assert.ok(rule);
    rule.expr = rule.expr.replace('phase="Failed"', 'phase="NoSuchPhase"');
    const r = promtool(['test', 'rules', 'rules-test.yaml'], broken);
    assert.notEqual(r.status, 0);
    assert.match(r.output, /alertname: EveryClassRolloutFailed/);
  });

  it('each fire in at least one unit test', () => {
    const tests = parse(readFileSync(join(dir, 'rules-test.yaml'), 'utf8')) as RuleTests;
    const firing = new Set(
      tests.tests.flatMap((t) =>
        (t.alert_rule_test ?? []).filter((a) => a.exp_alerts.length > 0).map((a) => a.alertname),
      ),
    );
    for (const a of alerts) assert.ok(firing.has(a.alert ?? ''), `${a.alert} fires in rules-test.yaml`);
  });

  it('each have a severity, a summary and a runbook section that exists', () => {
    const runbook = readFileSync(join(dir, 'runbook.md'), 'utf8');
    const anchors = new Set([...runbook.matchAll(/^## (\S+)$/gm)].map((m) => (m[1] ?? '').toLowerCase()));
    for (const a of alerts) {
      assert.match(a.labels?.severity ?? '', /^(critical|warning)$/, `${a.alert}: severity`);
      assert.ok(a.annotations?.summary, `${a.alert}: summary`);
      const anchor = /runbook\.md#(\S+)$/.exec(a.annotations?.runbook_url ?? '')?.[1];
      assert.ok(anchor && anchors.has(anchor), `${a.alert}: runbook_url names a section of runbook.md`);
    }
  });

  it('read only metrics the operator and the services export', async () => {
    const exported = await exportedSeries();
    for (const a of alerts) {
      const names = metricNamesIn(a.expr);
      assert.ok(names.length > 0, `${a.alert} selects a metric`);
      for (const n of names) assert.ok(exported.has(n), `${a.alert}: ${n} is not exported by the code`);
    }
  });
});
