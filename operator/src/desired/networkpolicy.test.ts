import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { V1Deployment } from '@kubernetes/client-node';
// The serializer KubernetesObjectApi (our client's apply) sends objects through.
import { ObjectSerializer } from '@kubernetes/client-node/dist/serializer.js';
import { parseAllDocuments } from 'yaml';
import { resolve } from './defaults.ts';
import { sample } from './fixtures.test-support.ts';
import { buildDesired } from './index.ts';
import { buildNetworkPolicies, metricsPorts, type NetworkPolicy } from './networkpolicy.ts';

describe('network policies', () => {
  const prod = sample('production');
  const policies = buildNetworkPolicies(prod, resolve(prod), 'everyclass-system');
  const byName = (n: string) => policies.find((p) => p.metadata.name === `production-${n}`) as NetworkPolicy;
  const callers = (p: NetworkPolicy) =>
    (p.spec.ingress?.[0]?._from ?? []).map(
      (f) =>
        (f.podSelector as { matchLabels: Record<string, string> }).matchLabels['app.kubernetes.io/component'],
    );

  it('denies all ingress to every pod of the environment unless a policy allows it', () => {
    const deny = byName('default-deny');
    assert.deepEqual(deny.spec.podSelector.matchLabels, { 'app.kubernetes.io/instance': 'production' });
    assert.equal(
      deny.spec.ingress,
      undefined,
      'no rules at all: deny (an empty list is dropped by the API server)',
    );
    assert.deepEqual(deny.spec.policyTypes, ['Ingress']);
  });

  it('lets only this environment callers reach entity, identity and MongoDB, by the variables they read', () => {
    // `data`: the data role's Jobs (imports through entity; backups and copies on MongoDB).
    assert.deepEqual(callers(byName('entity')).sort(), ['calendar', 'data', 'identity', 'web']);
    assert.deepEqual(callers(byName('identity')).sort(), ['calendar', 'web']);
    assert.deepEqual(callers(byName('mongo')).sort(), ['calendar', 'data', 'entity', 'identity']);
    assert.equal(byName('mongo').spec.ingress?.length, 1, 'nobody from another namespace');
    for (const n of ['entity', 'identity', 'mongo'])
      for (const f of byName(n).spec.ingress?.[0]?._from ?? []) {
        assert.equal(f.namespaceSelector, undefined, `${n}: no other namespace`);
        assert.equal(
          (f.podSelector as { matchLabels: Record<string, string> }).matchLabels[
            'app.kubernetes.io/instance'
          ],
          'production',
        );
      }
  });

  it('opens the public doors on their HTTP port only, and the proxy admin port to the operator only', () => {
    for (const door of ['web-public', 'calendar-public', 'mirror-public'])
      assert.deepEqual(byName(door).spec.ingress, [{ ports: [{ protocol: 'TCP', port: 8080 }] }]);
    assert.deepEqual(byName('mirror-admin').spec.ingress?.[0]?._from, [
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'everyclass-system' } } },
    ]);
  });

  it('reaches the API with its peers: client-node serializes `_from` as `from` (else: allow-all)', () => {
    const wire = ObjectSerializer.serialize(byName('entity'), 'V1NetworkPolicy') as {
      spec: { ingress: Array<{ from?: unknown[] }> };
    };
    assert.equal(wire.spec.ingress[0]?.from?.length, 4);
  });

  it('lets the data Jobs of the environments listed in data.shareWith reach MongoDB, and nothing else', () => {
    const shared = sample('production');
    shared.spec.data = { shareWith: ['everyclass-staging/staging'] };
    const mongo = buildNetworkPolicies(shared, resolve(shared), 'x').find(
      (p) => p.metadata.name === 'production-mongo',
    ) as NetworkPolicy;
    assert.deepEqual(mongo.spec.ingress?.[1], {
      _from: [
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'everyclass-staging' } },
          podSelector: {
            matchLabels: { 'app.kubernetes.io/instance': 'staging', 'app.kubernetes.io/component': 'data' },
          },
        },
      ],
      ports: [{ protocol: 'TCP', port: 27017 }],
    });
    const entity = buildNetworkPolicies(shared, resolve(shared), 'x').find(
      (p) => p.metadata.name === 'production-entity',
    ) as NetworkPolicy;
    assert.equal(entity.spec.ingress?.length, 1, 'entity stays this environment’s own');
  });

  it('has no mirror policies without a proxy', () => {
    const testing = sample('testing');
    const names = buildNetworkPolicies(testing, resolve(testing), 'x').map((p) => p.metadata.name);
    assert.ok(!names.some((n) => n?.includes('mirror')));
  });
});

describe('network policies with --metrics-namespace', () => {
  const prod = sample('production');
  const without = buildNetworkPolicies(prod, resolve(prod), 'everyclass-system');
  const policies = buildNetworkPolicies(prod, resolve(prod), 'everyclass-system', 'monitoring');
  const added = policies.filter((p) => !without.some((w) => w.metadata.name === p.metadata.name));
  const component = (p: NetworkPolicy) => p.spec.podSelector.matchLabels['app.kubernetes.io/component'];
  const monitoring = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } };

  it('only adds policies: the ones without the flag stay as they were', () => {
    assert.deepEqual(
      policies.filter((p) => without.some((w) => w.metadata.name === p.metadata.name)),
      without,
    );
    assert.deepEqual(
      added.map((p) => p.metadata.name),
      ['web', 'entity', 'identity', 'calendar', 'mirror'].map((c) => `production-${c}-metrics`),
    );
  });

  it('admits that namespace alone, on each component metrics port alone', () => {
    const ports = Object.fromEntries(
      added.map((p) => {
        assert.equal(p.spec.podSelector.matchLabels['app.kubernetes.io/instance'], 'production');
        assert.equal(p.spec.ingress?.length, 1, `${p.metadata.name}: one rule`);
        assert.deepEqual(
          p.spec.ingress?.[0]?._from,
          [monitoring],
          `${p.metadata.name}: from monitoring only`,
        );
        return [component(p), p.spec.ingress?.[0]?.ports];
      }),
    );
    assert.deepEqual(ports, {
      web: [{ protocol: 'TCP', port: 9090 }],
      entity: [{ protocol: 'TCP', port: 8080 }],
      identity: [{ protocol: 'TCP', port: 8080 }],
      calendar: [{ protocol: 'TCP', port: 8080 }],
      mirror: [{ protocol: 'TCP', port: 9090 }],
    });
    assert.ok(!added.some((p) => component(p) === 'mongo'), 'MongoDB serves no metrics');
  });

  it('reaches the API with its peer: the namespace selector survives client-node serialization', () => {
    const entity = added.find((p) => component(p) === 'entity');
    const wire = ObjectSerializer.serialize(entity, 'V1NetworkPolicy') as {
      spec: { ingress: Array<{ from?: unknown[]; ports?: unknown[] }> };
    };
    // As JSON goes on the wire (the serializer leaves unset fields undefined).
    assert.deepEqual(JSON.parse(JSON.stringify(wire.spec.ingress)), [
      { from: [monitoring], ports: [{ protocol: 'TCP', port: 8080 }] },
    ]);
  });

  it('reaches buildDesired through its context, and only the running components', () => {
    const testing = sample('testing', 'ns');
    const names = buildDesired(testing, { metricsNamespace: 'monitoring' })
      .objects.filter((o) => o.kind === 'NetworkPolicy' && o.metadata?.name?.endsWith('-metrics'))
      .map((o) => o.metadata?.name);
    const running = resolve(testing).services.map((s) => `testing-${s.name}-metrics`);
    assert.deepEqual(names, running, 'no proxy in testing: no mirror-metrics');
    assert.ok(
      !buildDesired(testing).objects.some((o) => o.metadata?.name?.endsWith('-metrics')),
      'none without the flag',
    );
  });

  it('opens the ports config/monitoring/podmonitor.yaml scrapes, as the Deployments name them', () => {
    interface PodMonitor {
      metadata: { name: string };
      spec: {
        podMetricsEndpoints: Array<{
          port: string;
          relabelings?: Array<{ regex?: string; action?: string }>;
        }>;
      };
    }
    const monitors = parseAllDocuments(readFileSync('config/monitoring/podmonitor.yaml', 'utf8')).map(
      (d) => d.toJSON() as PodMonitor,
    );
    const services = monitors.find((m) => m.metadata.name === 'everyclass-operator-services');
    assert.ok(services);
    /** The port names the PodMonitor scrapes on a component's pods (relabelings dropping it aside). */
    const scraped = (c: string) =>
      services.spec.podMetricsEndpoints
        .filter(
          (e) =>
            !(e.relabelings ?? []).some((r) => r.action === 'drop' && new RegExp(`^(?:${r.regex})$`).test(c)),
        )
        .map((e) => e.port);
    const workloads = buildDesired(prod).objects.filter((o) => o.kind === 'Deployment') as V1Deployment[];
    for (const [c, port] of Object.entries(metricsPorts)) {
      const pod = workloads.find(
        (d) => d.spec?.template.metadata?.labels?.['app.kubernetes.io/component'] === c,
      )?.spec?.template.spec;
      assert.ok(pod, `a Deployment of ${c}`);
      const named = (pod.containers[0]?.ports ?? [])
        .filter((p) => scraped(c).includes(p.name ?? ''))
        .map((p) => p.containerPort);
      assert.deepEqual(named, [port], `${c}: the PodMonitor scrapes port ${named.join(',')}`);
    }
  });
});
