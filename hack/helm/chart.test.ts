import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chartPath, committedFiles, renderChart } from './chart.ts';

describe('Helm chart (config/helm/everyclass)', () => {
  it('is what `npm run gen:helm` writes from config/ (run it after changing config/)', () => {
    const files = renderChart();
    assert.deepEqual(
      committedFiles(),
      [...files.keys()].sort(),
      'the chart has other files than the generator writes',
    );
    for (const [file, text] of files)
      assert.equal(readFileSync(chartPath(file), 'utf8'), text, `${file} drifted`);
  });

  it('takes the defaults of its values from config/manager', () => {
    const values = parse(renderChart().get('values.yaml')!) as {
      image: { repository: string };
      replicaCount: number;
      resources: object;
      podSecurityContext: object;
    };
    const manager = parse(readFileSync('config/manager/manager.yaml', 'utf8').split(/^---$/m)[1]!) as {
      spec: {
        replicas: number;
        template: { spec: { securityContext: object; containers: [{ image: string; resources: object }] } };
      };
    };
    const pod = manager.spec.template.spec;
    assert.equal(`${values.image.repository}:0.1.0`, pod.containers[0].image);
    assert.equal(values.replicaCount, manager.spec.replicas);
    assert.deepEqual(values.resources, pod.containers[0].resources);
    assert.deepEqual(values.podSecurityContext, pod.securityContext);
  });

  describe('on a changed config/', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'everyclass-chart-'));
      for (const p of ['config', 'crds', 'package.json']) cpSync(p, join(root, p), { recursive: true });
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

    it('carries a new RBAC rule and a new image tag into the chart', () => {
      edit(
        'config/rbac/role.yaml',
        (t) => `${t}  - apiGroups: [batch]\n    resources: [jobs]\n    verbs: [create]\n`,
      );
      edit('config/manager/manager.yaml', (t) => t.replace('everyclass:0.1.0', 'everyclass:0.2.0'));
      const files = renderChart(root);
      assert.match(files.get('templates/clusterrole.yaml')!, /- batch\n {4}resources:\n {6}- jobs/);
      assert.equal((parse(files.get('Chart.yaml')!) as { appVersion: string }).appVersion, '0.2.0');
    });

    it('refuses a kustomize feature it does not translate', () => {
      edit('config/default/kustomization.yaml', (t) => `${t}commonLabels: {team: a}\n`);
      assert.throws(() => renderChart(root), /config\/default\/kustomization\.yaml uses commonLabels/);
    });

    it('refuses a kind it does not know', () => {
      edit(
        'config/rbac/service_account.yaml',
        (t) => `${t}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: everyclass-operator-x}\n`,
      );
      assert.throws(() => renderChart(root), /kind ConfigMap is new to hack\/helm\/chart\.ts/);
    });

    it('refuses the namespace written where it would not follow the release', () => {
      edit('config/manager/manager.yaml', (t) =>
        t.replace('--probe-port=8081', '--lease-namespace=everyclass-system'),
      );
      assert.throws(() => renderChart(root), /names the namespace everyclass-system/);
    });

    it('refuses a second container', () => {
      edit('config/manager/manager.yaml', (t) =>
        t.replace('      containers:\n', '      containers:\n        - {name: sidecar, image: busybox:1}\n'),
      );
      assert.throws(() => renderChart(root), /has 2 containers/);
    });
  });
});
