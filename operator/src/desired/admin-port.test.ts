// Web's /readyz and /metrics live on its admin port, which no Service exposes: the Ingress cannot
// reach them (issue 13, finding 9).
import assert from 'node:assert/strict';
import type { V1Deployment, V1Service } from '@kubernetes/client-node';
import { sample } from './fixtures.test-support.ts';
import { buildDesired } from './index.ts';

describe('web admin port', () => {
  const { objects } = buildDesired(sample('testing', 'ns'));
  const find = <T>(kind: string, name: string) =>
    objects.find((o) => o.kind === kind && o.metadata?.name === name) as T | undefined;

  it('probes web readiness on its admin port, which the Service does not expose', () => {
    const c = find<V1Deployment>('Deployment', 'testing-web')?.spec?.template.spec?.containers[0];
    assert.deepEqual(
      c?.ports?.map((p) => `${p.name}:${p.containerPort}`),
      ['http:8080', 'admin:9090'],
    );
    assert.deepEqual(
      [c?.readinessProbe?.httpGet?.path, c?.readinessProbe?.httpGet?.port],
      ['/readyz', 'admin'],
    );
    assert.equal(c?.env?.find((e) => e.name === 'ADMIN_PORT')?.value, '9090');
    const svc = find<V1Service>('Service', 'testing-web');
    assert.deepEqual(
      svc?.spec?.ports?.map((p) => p.targetPort),
      ['http'],
    );
  });

  it('leaves the other services as they are', () => {
    const c = find<V1Deployment>('Deployment', 'testing-entity')?.spec?.template.spec?.containers[0];
    assert.deepEqual(c?.readinessProbe?.httpGet?.port, 'http');
    assert.equal(
      c?.env?.find((e) => e.name === 'ADMIN_PORT'),
      undefined,
    );
  });
});
