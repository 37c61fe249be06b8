import assert from 'node:assert/strict';
import type {
  KubernetesObject,
  V1Deployment,
  V1Ingress,
  V1Secret,
  V1StatefulSet,
} from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { buildSecret } from './config.ts';
import { resolve } from './defaults.ts';
import { sample } from './fixtures.test-support.ts';
import { buildDesired } from './index.ts';
import { managedBy } from './labels.ts';

const find = <T extends KubernetesObject>(objs: KubernetesObject[], kind: string, name: string) =>
  objs.find((o) => o.kind === kind && o.metadata?.name === name) as T | undefined;

describe('desired state', () => {
  const prod = sample('production');
  const { objects } = buildDesired(prod);

  it('builds a Deployment and a Service per service, plus config, mongo, ingress and the mirror proxy', () => {
    const kinds = objects.map((o) => `${o.kind}/${o.metadata?.name}`).sort();
    assert.deepEqual(kinds, [
      'ConfigMap/production-config',
      'Deployment/production-calendar',
      'Deployment/production-entity',
      'Deployment/production-identity',
      'Deployment/production-mirror',
      'Deployment/production-web',
      'Ingress/production',
      'NetworkPolicy/production-calendar-public',
      'NetworkPolicy/production-default-deny',
      'NetworkPolicy/production-entity',
      'NetworkPolicy/production-identity',
      'NetworkPolicy/production-mirror-admin',
      'NetworkPolicy/production-mirror-public',
      'NetworkPolicy/production-mongo',
      'NetworkPolicy/production-web-public',
      'PodDisruptionBudget/production-calendar',
      'PodDisruptionBudget/production-entity',
      'PodDisruptionBudget/production-identity',
      'PodDisruptionBudget/production-mirror',
      'PodDisruptionBudget/production-web',
      'Service/production-calendar',
      'Service/production-entity',
      'Service/production-identity',
      'Service/production-mirror',
      'Service/production-mongo',
      'Service/production-web',
      'StatefulSet/production-mongo',
    ]);
  });

  it('labels and owns every object', () => {
    for (const o of objects) {
      assert.equal(o.metadata?.labels?.['app.kubernetes.io/managed-by'], managedBy, `${o.kind}`);
      assert.equal(o.metadata?.labels?.['app.kubernetes.io/instance'], 'production');
      assert.equal(o.metadata?.namespace, 'ns');
      assert.deepEqual(
        o.metadata?.ownerReferences?.map((r) => [r.kind, r.uid, r.controller]),
        [['EveryClassEnvironment', 'uid-production', true]],
      );
    }
  });

  it('makes production-grade Deployments', () => {
    const web = find<V1Deployment>(objects, 'Deployment', 'production-web');
    const cal = find<V1Deployment>(objects, 'Deployment', 'production-calendar');
    assert.equal(web?.spec?.replicas, 3);
    assert.equal(cal?.spec?.replicas, 2);
    const c = web?.spec?.template.spec?.containers[0];
    assert.equal(c?.image, 'ghcr.io/everyclass/everyclass:2.3.1');
    assert.equal(cal?.spec?.template.spec?.containers[0]?.image, 'ghcr.io/everyclass/everyclass:2.3.2');
    assert.deepEqual(c?.args, ['web']);
    assert.equal(c?.readinessProbe?.httpGet?.path, '/readyz');
    assert.equal(c?.livenessProbe?.httpGet?.path, '/healthz');
    // Seen on the real node: 25 pods starting on two busy cores took 61 s to listen, and a
    // liveness probe counting from 10 s killed every one of them into CrashLoopBackOff.
    assert.equal(c?.livenessProbe?.initialDelaySeconds, undefined, 'liveness waits for the startup probe');
    const startup = c?.startupProbe;
    assert.equal(startup?.httpGet?.path, '/healthz');
    assert.ok(
      (startup?.periodSeconds ?? 0) * (startup?.failureThreshold ?? 0) >= 120,
      'a start of up to two minutes is waited for',
    );
    for (const name of ['production-web', 'production-entity', 'production-identity', 'production-mirror']) {
      const pod = find<V1Deployment>(objects, 'Deployment', name)?.spec?.template.spec;
      assert.ok(pod?.containers[0]?.startupProbe, `${name} has a startup probe`);
      // Seen on the real node: a promotion's request loop got ECONNREFUSED from old pods that
      // stopped accepting before kube-proxy had dropped them (no preStop on the services, 5 s on
      // the proxy). They keep serving 10 s, within their grace period.
      const pause = pod?.containers[0]?.lifecycle?.preStop?.sleep?.seconds ?? 0;
      assert.ok(pause >= 10, `${name} keeps serving ${pause} s after it is told to stop`);
      assert.ok(
        (pod?.terminationGracePeriodSeconds ?? 30) >= pause + 10,
        `${name}: room to drain after the pause`,
      );
    }
    assert.deepEqual(c?.resources, {
      requests: { cpu: '200m', memory: '256Mi' },
      limits: { cpu: '1', memory: '512Mi' },
    });
    assert.equal(c?.securityContext?.readOnlyRootFilesystem, true);
    assert.equal(c?.securityContext?.allowPrivilegeEscalation, false);
    assert.equal(web?.spec?.template.spec?.securityContext?.runAsNonRoot, true);
    assert.deepEqual(web?.spec?.strategy?.rollingUpdate?.maxUnavailable, 0);
    assert.equal(
      web?.spec?.template.spec?.topologySpreadConstraints?.[0]?.topologyKey,
      'kubernetes.io/hostname',
    );
    const env = Object.fromEntries(
      (c?.env ?? []).map((e) => [e.name, e.value ?? e.valueFrom?.secretKeyRef?.name]),
    );
    assert.equal(env.ENTITY_URL, 'http://production-entity.ns.svc:80');
    assert.equal(env.APP_CONFIG, '/etc/everyclass/app.json');
    assert.equal(env.SESSION_KEY, 'production-keys');
    assert.equal(env.MONGO_URL, undefined, 'web is given only what it reads (services/kit/contract.ts)');
    assert.equal(env.ID_ENCRYPTION_KEY, undefined);
    const entity = find<V1Deployment>(objects, 'Deployment', 'production-entity')?.spec?.template.spec
      ?.containers[0]?.env;
    assert.match(
      entity?.find((e) => e.name === 'MONGO_URL')?.value ?? '',
      /^mongodb:\/\/\$\(MONGO_USERNAME\):\$\(MONGO_PASSWORD\)@production-mongo-0\.production-mongo\.ns\.svc:27017\//,
    );
  });

  it('has every container report the tail of its log as termination message when it fails', () => {
    const pods = objects.flatMap((o) => {
      const spec = (o as V1Deployment).spec?.template?.spec;
      return spec ? [[`${o.kind}/${o.metadata?.name}`, spec] as const] : [];
    });
    assert.ok(pods.some(([k]) => k === 'StatefulSet/production-mongo'));
    assert.ok(pods.some(([k]) => k === 'Deployment/production-mirror'));
    for (const [k, spec] of pods)
      for (const c of [...(spec.initContainers ?? []), ...spec.containers])
        assert.equal(c.terminationMessagePolicy, 'FallbackToLogsOnError', `${k} container ${c.name}`);
  });

  it('routes the host to web (through the mirror proxy: the sample mirrors) and only the feed path /calendar/ics/ to calendar, with TLS', () => {
    const ing = find<V1Ingress>(objects, 'Ingress', 'production');
    const paths = ing?.spec?.rules?.[0]?.http?.paths.map((p) => [p.path, p.backend.service?.name]);
    assert.deepEqual(paths, [
      ['/calendar/ics/', 'production-calendar'],
      ['/', 'production-mirror'],
    ]);
    assert.equal(ing?.spec?.ingressClassName, 'nginx');
    assert.deepEqual(ing?.spec?.tls, [{ hosts: ['everyclass.example.edu'], secretName: 'everyclass-tls' }]);
  });

  it('keeps MongoDB data on delete by default and deletes it when asked', () => {
    const sts = find<V1StatefulSet>(objects, 'StatefulSet', 'production-mongo');
    assert.equal(sts?.spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted, 'Retain');
    const vct = sts?.spec?.volumeClaimTemplates?.[0]?.spec;
    assert.deepEqual([vct?.storageClassName, vct?.resources?.requests?.storage], ['nfs-client', '20Gi']);
    assert.ok(sts?.spec?.template.spec?.containers[0]?.readinessProbe);
    const drop = sample('testing');
    drop.spec.mongo = { retainOnDelete: false };
    const d = buildDesired(drop);
    const s2 = find<V1StatefulSet>(d.objects, 'StatefulSet', 'testing-mongo');
    assert.equal(s2?.spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted, 'Delete');
    assert.equal(
      s2?.spec?.volumeClaimTemplates?.[0]?.spec?.resources?.requests?.storage,
      '1Gi',
      'tier default size',
    );
    assert.equal(d.secrets.find((s) => s.name === 'testing-mongo-credentials')?.owned, true);
    const kept = buildDesired(sample('testing')).secrets.find((s) => s.name === 'testing-mongo-credentials');
    assert.equal(kept?.owned, false, 'retained credentials outlive the environment with the data');
    const keys = (e: EveryClassEnvironment) => buildDesired(e).secrets.find((s) => s.name.endsWith('-keys'));
    assert.equal(keys(sample('testing'))?.owned, false, 'the keys that open the retained data are kept too');
    assert.equal(keys(drop)?.owned, true);
  });

  it('drops a service removed from the spec, and the PDB of a single replica', () => {
    const env = sample('testing');
    env.spec.services = { web: {}, entity: {}, identity: {} };
    const names = buildDesired(env).objects.map((o) => `${o.kind}/${o.metadata?.name}`);
    assert.ok(!names.some((n) => n.includes('calendar')), names.join());
    assert.ok(!names.some((n) => n.startsWith('PodDisruptionBudget/')), 'one replica: no PDB');
    assert.ok(!names.some((n) => n.startsWith('Ingress/')), 'no ingress in the spec');
  });

  it('applies tier defaults and overrides', () => {
    const env = sample('staging');
    env.spec.services = { web: { replicas: 4, resources: { limits: { cpu: '2' } } } };
    const [web] = resolve(env).services;
    assert.equal(web?.replicas, 4);
    assert.deepEqual(web?.resources, {
      requests: { cpu: '100m', memory: '128Mi' },
      limits: { cpu: '2', memory: '256Mi' },
    });
  });

  it('is deterministic and carries the config hash on the pod template', () => {
    assert.deepEqual(buildDesired(prod), buildDesired(prod));
    const changed = sample('production');
    changed.spec.app = { ...changed.spec.app, schoolName: 'Other' };
    const hash = (e: typeof prod) =>
      find<V1Deployment>(buildDesired(e).objects, 'Deployment', 'production-web')?.spec?.template.metadata
        ?.annotations?.['everyclass.io/config-hash'];
    assert.notEqual(hash(prod), hash(changed));
  });

  it('builds generated Secrets from the values it is given', () => {
    const spec = buildDesired(prod).secrets.find((s) => s.name === 'production-keys');
    assert.ok(spec);
    const s: V1Secret = buildSecret(prod, spec, { idEncryptionKey: 'a', sessionKey: 'b' });
    assert.deepEqual(s.stringData, { idEncryptionKey: 'a', sessionKey: 'b' });
  });
});
