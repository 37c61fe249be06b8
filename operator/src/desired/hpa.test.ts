import assert from 'node:assert/strict';
import type {
  KubernetesObject,
  V1Deployment,
  V1PodDisruptionBudget,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { resolve } from './defaults.ts';
import { sample } from './fixtures.test-support.ts';
import { buildHpa } from './hpa.ts';
import { buildDesired } from './index.ts';

const find = <T extends KubernetesObject>(objs: KubernetesObject[], kind: string, name: string) =>
  objs.find((o) => o.kind === kind && o.metadata?.name === name) as T | undefined;

function withAutoscale(
  autoscale: NonNullable<NonNullable<EveryClassEnvironment['spec']['services']>['web']>['autoscale'],
) {
  const env = sample('production');
  const { replicas: _fixed, ...web } = env.spec.services?.web ?? {};
  return { ...env, spec: { ...env.spec, services: { ...env.spec.services, web: { ...web, autoscale } } } };
}

describe('HorizontalPodAutoscaler (spec.services.<name>.autoscale)', () => {
  it('scales the service Deployment on CPU use between min and max', () => {
    const env = withAutoscale({ minReplicas: 2, maxReplicas: 8, targetCPUUtilizationPercentage: 65 });
    const { objects } = buildDesired(env);
    const hpa = find<V2HorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler', 'production-web');
    assert.ok(hpa);
    assert.equal(hpa.apiVersion, 'autoscaling/v2');
    assert.deepEqual(hpa.spec?.scaleTargetRef, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'production-web',
    });
    assert.equal(hpa.spec?.minReplicas, 2);
    assert.equal(hpa.spec?.maxReplicas, 8);
    assert.deepEqual(hpa.spec?.metrics, [
      {
        type: 'Resource',
        resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 65 } },
      },
    ]);
    assert.equal(hpa.metadata?.ownerReferences?.[0]?.uid, 'uid-production');
    assert.equal(hpa.metadata?.labels?.['app.kubernetes.io/managed-by'], 'everyclass-operator');
  });

  it('leaves replicas out of the Deployment it scales, and only of that one', () => {
    const { objects } = buildDesired(withAutoscale({ maxReplicas: 4 }));
    const web = find<V1Deployment>(objects, 'Deployment', 'production-web');
    assert.ok(web?.spec);
    assert.ok(!('replicas' in web.spec), 'server-side apply must not send replicas: the HPA owns them');
    assert.equal(find<V1Deployment>(objects, 'Deployment', 'production-entity')?.spec?.replicas, 2);
    assert.equal(
      objects.filter((o) => o.kind === 'HorizontalPodAutoscaler').length,
      1,
      'services of fixed replicas get no autoscaler',
    );
  });

  it('defaults minReplicas to 1 and the CPU target to 80%; a PDB only where minReplicas > 1', () => {
    const one = withAutoscale({ maxReplicas: 4 });
    const svc = resolve(one).services.find((s) => s.name === 'web');
    assert.deepEqual(svc?.autoscale, { minReplicas: 1, maxReplicas: 4, targetCPUUtilizationPercentage: 80 });
    assert.equal(svc?.replicas, 1);
    assert.equal(buildHpa(one, svc!)?.spec?.metrics?.[0]?.resource?.target.averageUtilization, 80);
    assert.equal(
      find<V1PodDisruptionBudget>(buildDesired(one).objects, 'PodDisruptionBudget', 'production-web'),
      undefined,
    );
    const three = buildDesired(withAutoscale({ minReplicas: 3, maxReplicas: 6 })).objects;
    assert.ok(find<V1PodDisruptionBudget>(three, 'PodDisruptionBudget', 'production-web'));
  });

  it('builds nothing for a service of fixed replicas', () => {
    const env = sample('testing');
    for (const svc of resolve(env).services) assert.equal(buildHpa(env, svc), undefined);
  });
});
