// spec.maintenance reaches web through its ConfigMap and rolls no pod; status and printer column.
import assert from 'node:assert/strict';
import type { KubernetesObject, V1ConfigMap } from '@kubernetes/client-node';
import { buildCrd } from '../api/crd.ts';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { resolve } from '../desired/defaults.ts';
import { sample } from '../desired/fixtures.test-support.ts';
import { buildDesired } from '../desired/index.ts';
import { maintenanceKey, maintenancePath } from '../desired/names.ts';
import { maintenanceCondition } from './status.ts';

const withMaintenance = (m: EveryClassEnvironment['spec']['maintenance']) => {
  const env = sample('production');
  env.spec.maintenance = m;
  return env;
};
const objectsOf = (env: EveryClassEnvironment) => buildDesired(env).objects;
const configMap = (objs: KubernetesObject[]) => objs.find((o) => o.kind === 'ConfigMap') as V1ConfigMap;

describe('maintenance mode (spec.maintenance)', () => {
  const off = objectsOf(sample('production'));
  const on = objectsOf(withMaintenance({ enabled: true, message: '今晚 22:00 恢复' }));

  it('writes the document into the ConfigMap web mounts, beside APP_CONFIG', () => {
    assert.deepEqual(JSON.parse(configMap(on).data?.[maintenanceKey] ?? ''), {
      enabled: true,
      message: '今晚 22:00 恢复',
    });
    assert.deepEqual(JSON.parse(configMap(off).data?.[maintenanceKey] ?? ''), {
      enabled: false,
      message: '',
    });
  });

  it('changes nothing but the ConfigMap: no pod template (and so no pod) changes', () => {
    const others = (objs: KubernetesObject[]) => objs.filter((o) => o.kind !== 'ConfigMap');
    assert.deepEqual(others(on), others(off));
    assert.notDeepEqual(configMap(on), configMap(off));
  });

  it('tells web where the file is (MAINTENANCE_FILE, inside the config volume)', () => {
    const web = on.find((o) => o.kind === 'Deployment' && o.metadata?.name === 'production-web') as {
      spec: { template: { spec: { containers: Array<{ env: Array<{ name: string; value?: string }> }> } } };
    };
    const env = web.spec.template.spec.containers[0]?.env ?? [];
    assert.equal(env.find((e) => e.name === 'MAINTENANCE_FILE')?.value, maintenancePath);
    const entity = on.find((o) => o.kind === 'Deployment' && o.metadata?.name === 'production-entity') as {
      spec: { template: { spec: { containers: Array<{ env: Array<{ name: string }> }> } } };
    };
    assert.ok(!entity.spec.template.spec.containers[0]?.env.some((e) => e.name === 'MAINTENANCE_FILE'));
  });

  it('reports the Maintenance condition: on, off, and asked for while paused', () => {
    const envOn = withMaintenance({ enabled: true, message: 'back at ten' });
    const c = maintenanceCondition(envOn, resolve(envOn));
    assert.equal(c.status, 'True');
    assert.equal(c.reason, 'MaintenanceEnabled');
    assert.match(c.message, /back at ten/);
    const envOff = withMaintenance({ enabled: false });
    assert.equal(maintenanceCondition(envOff, resolve(envOff)).status, 'False');
    const paused = withMaintenance({ enabled: true });
    paused.spec.paused = true;
    const p = maintenanceCondition(paused, resolve(paused));
    assert.deepEqual([p.status, p.reason], ['False', 'MaintenanceNotApplied']);
  });

  it('has a printer column for kubectl get ece', () => {
    const crd = buildCrd() as {
      spec: { versions: Array<{ additionalPrinterColumns: Array<{ name: string; jsonPath: string }> }> };
    };
    const col = crd.spec.versions[0]?.additionalPrinterColumns.find((c) => c.name === 'Maintenance');
    assert.equal(col?.jsonPath, '.status.conditions[?(@.type=="Maintenance")].status');
  });

  it('feedbackUrl reaches APP_CONFIG only when set (other environments keep their config hash)', () => {
    const env = sample('production');
    env.spec.app = { ...env.spec.app, feedbackUrl: 'https://example.edu/feedback' };
    const doc = (e: EveryClassEnvironment) =>
      JSON.parse(configMap(objectsOf(e)).data?.['app.json'] ?? '{}') as Record<string, unknown>;
    assert.equal(doc(env).feedbackUrl, 'https://example.edu/feedback');
    assert.ok(!('feedbackUrl' in doc(sample('production'))));
  });
});
