// Fast checks of the reconcile pass with in-memory caches and a recording client. The same
// behaviours are proven against a real API server in test/e2e/operator-reconcile.test.ts.
import assert from 'node:assert/strict';
import type { KubernetesObject, ObjectCache, V1Pod } from '@kubernetes/client-node';
import type { EveryClassEnvironment, EveryClassEnvironmentStatus } from '../api/environment.ts';
import { ready, sample } from '../desired/fixtures.test-support.ts';
import { createLogger } from '../runtime/log.ts';
import { onTheWire } from '../runtime/objects.ts';
import { RecentKeys } from '../runtime/recent.ts';
import type { EnvironmentDeps } from './deps.ts';
import { environmentKeys, reconcileEnvironment } from './environment.ts';
import { crashLoop, pod } from './pods.test-support.ts';
import { crashMemoryMs } from './pods.ts';

class MemCache<T extends KubernetesObject> implements ObjectCache<T> {
  readonly items = new Map<string, T>();
  put(o: T): void {
    this.items.set(`${o.metadata?.namespace}/${o.metadata?.name}`, structuredClone(o));
  }
  get(name: string, namespace?: string): T | undefined {
    return this.items.get(`${namespace}/${name}`);
  }
  list(namespace?: string): T[] {
    return [...this.items.values()].filter((o) => !namespace || o.metadata?.namespace === namespace);
  }
}

function world(env: EveryClassEnvironment) {
  const environments = new MemCache<EveryClassEnvironment>();
  environments.put(env);
  const children: Record<string, MemCache<KubernetesObject>> = {};
  for (const k of [
    'ConfigMap',
    'Secret',
    'Service',
    'Deployment',
    'StatefulSet',
    'PodDisruptionBudget',
    'Ingress',
    'NetworkPolicy',
    'HTTPRoute',
    'ReferenceGrant',
  ]) {
    children[k] = new MemCache();
  }
  const calls: string[] = [];
  const pods = new MemCache<V1Pod>();
  const deps: EnvironmentDeps = {
    environments,
    children,
    pods,
    clock: { now: () => new Date('2026-11-24T10:00:00Z') },
    log: createLogger('test', 'silent'),
    randomHex: (n) => 'ab'.repeat(n),
    mirrorStats: async () => undefined,
    gatewayApi: () => false,
    mirrorStatsIntervalMs: 30_000,
    client: {
      apply: async <T extends KubernetesObject>(o: T) => {
        calls.push(`apply ${o.kind}/${o.metadata?.name}`);
        // As the API server stores it (and a watch returns it): in the API's spelling.
        children[o.kind ?? '']?.put(onTheWire(o));
        return o;
      },
      createIfAbsent: async (o) => {
        calls.push(`create ${o.kind}/${o.metadata?.name}`);
        children[o.kind ?? '']?.put(o);
        return true;
      },
      setOwnerReferences: async (o, refs) => {
        calls.push(`own ${o.kind}/${o.metadata?.name} ${refs.map((r) => r.uid).join(',') || '-'}`);
        const have = children[o.kind ?? '']?.get(o.metadata?.name ?? '', o.metadata?.namespace);
        if (have)
          children[o.kind ?? '']?.put({ ...have, metadata: { ...have.metadata, ownerReferences: refs } });
      },
      delete: async (o) => {
        calls.push(`delete ${o.kind}/${o.metadata?.name}`);
        children[o.kind ?? '']?.items.delete(`${o.metadata?.namespace}/${o.metadata?.name}`);
      },
      replaceStatus: async (_ref, _kind, status) => {
        calls.push('status');
        const e = environments.get(env.metadata.name, env.metadata.namespace);
        if (e) environments.put({ ...e, status: status as EveryClassEnvironmentStatus });
      },
      event: async (e) => {
        calls.push(`event ${e.reason}`);
      },
    },
  };
  return { deps, calls, children, environments, pods };
}

const key = 'ns/production';

describe('reconcileEnvironment', () => {
  it('creates everything once, then a second pass over the same world writes nothing', async () => {
    const { deps, calls } = world(sample('production'));
    await reconcileEnvironment(deps, key);
    assert.equal(
      calls.filter((c) => c.startsWith('apply')).length,
      27,
      '16 + the mirror proxy (the sample mirrors) + 8 NetworkPolicies',
    );
    assert.deepEqual(calls.filter((c) => c.startsWith('create')).sort(), [
      'create Secret/production-admin',
      'create Secret/production-callers',
      'create Secret/production-keys',
      'create Secret/production-mongo-credentials',
    ]);
    assert.equal(calls.filter((c) => c === 'status').length, 1, 'one status write per pass');
    calls.length = 0;
    await reconcileEnvironment(deps, key);
    assert.deepEqual(calls, []);
  });

  it('adds the metrics NetworkPolicies with --metrics-namespace, and prunes them without it', async () => {
    const { deps, calls, children } = world(sample('production'));
    deps.network = { operatorNamespace: 'ops', metricsNamespace: 'monitoring' };
    await reconcileEnvironment(deps, key);
    const metrics = ['calendar', 'entity', 'identity', 'mirror', 'web'].map(
      (c) => `NetworkPolicy/production-${c}-metrics`,
    );
    assert.deepEqual(
      calls.filter((c) => c.startsWith('apply NetworkPolicy') && c.endsWith('-metrics')).sort(),
      metrics.map((m) => `apply ${m}`),
    );
    const admin = children.NetworkPolicy?.get('production-mirror-admin', 'ns') as KubernetesObject & {
      spec: { ingress: Array<{ from: unknown[] }> };
    };
    assert.deepEqual(JSON.parse(JSON.stringify(admin.spec.ingress[0]?.from)), [
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ops' } } },
    ]);
    calls.length = 0;
    deps.network = { operatorNamespace: 'ops' };
    await reconcileEnvironment(deps, key);
    assert.deepEqual(
      calls.filter((c) => c.startsWith('delete')).sort(),
      metrics.map((m) => `delete ${m}`),
    );
    assert.ok(!calls.some((c) => c.startsWith('apply')), 'the other policies stay as they are');
  });

  it('re-applies only a child whose owned field drifted', async () => {
    const { deps, calls, children } = world(sample('production'));
    await reconcileEnvironment(deps, key);
    const dep = children.Deployment?.get('production-web', 'ns') as KubernetesObject & {
      spec: { replicas: number };
    };
    dep.spec.replicas = 7;
    calls.length = 0;
    await reconcileEnvironment(deps, key);
    assert.deepEqual(calls, ['apply Deployment/production-web', 'event Updated']);
  });

  it('prunes owned children no longer desired and leaves unowned ones', async () => {
    const { deps, calls, children, environments } = world(sample('production'));
    await reconcileEnvironment(deps, key);
    const env = environments.get('production', 'ns');
    assert.ok(env);
    const { calendar: _, ...rest } = env.spec.services ?? {};
    environments.put({ ...env, spec: { ...env.spec, services: rest } });
    const stranger = structuredClone(children.ConfigMap?.get('production-config', 'ns')) as KubernetesObject;
    stranger.metadata = { ...stranger.metadata, name: 'not-ours', ownerReferences: [] };
    children.ConfigMap?.put(stranger);
    calls.length = 0;
    await reconcileEnvironment(deps, key);
    const deletes = calls.filter((c) => c.startsWith('delete')).sort();
    assert.deepEqual(deletes, [
      'delete Deployment/production-calendar',
      'delete NetworkPolicy/production-calendar-public',
      'delete PodDisruptionBudget/production-calendar',
      'delete Service/production-calendar',
    ]);
    assert.ok(children.ConfigMap?.get('not-ours', 'ns'), 'an object without our owner reference stays');
  });

  it('does not regenerate a Secret that exists', async () => {
    const { deps, calls } = world(sample('testing'));
    await reconcileEnvironment(deps, 'ns/testing');
    calls.length = 0;
    await reconcileEnvironment(deps, 'ns/testing');
    assert.ok(!calls.some((c) => c.startsWith('create')));
  });

  it("keeps the generated Secrets out of the garbage collector's reach while mongo.retainOnDelete", async () => {
    // The keys open the retained data (encrypted ids, sessions, calendar tokens): they go with it.
    const { deps, calls, children } = world(sample('testing'));
    await reconcileEnvironment(deps, 'ns/testing');
    for (const name of ['testing-keys', 'testing-mongo-credentials'])
      assert.deepEqual(children.Secret?.get(name, 'ns')?.metadata?.ownerReferences, undefined, name);
    assert.ok(!calls.some((c) => c.startsWith('own')));
  });

  it('adopts retained Secrets when retainOnDelete is turned off, and releases them when it is turned on', async () => {
    const env = sample('testing');
    const { deps, calls, children, environments } = world(env);
    await reconcileEnvironment(deps, 'ns/testing');
    const keys = children.Secret?.get('testing-keys', 'ns');
    calls.length = 0;
    environments.put({ ...env, spec: { ...env.spec, mongo: { retainOnDelete: false } } });
    await reconcileEnvironment(deps, 'ns/testing');
    assert.deepEqual(calls.filter((c) => c.startsWith('own')).sort(), [
      'own Secret/testing-keys uid-testing',
      'own Secret/testing-mongo-credentials uid-testing',
    ]);
    assert.ok(!calls.some((c) => c.startsWith('create')), 'the same Secrets: adopted, not made again');
    assert.deepEqual(
      children.Secret?.get('testing-keys', 'ns')?.metadata?.ownerReferences?.[0]?.controller,
      true,
    );
    assert.ok(calls.includes('event SecretAdopted'));
    calls.length = 0;
    await reconcileEnvironment(deps, 'ns/testing');
    assert.ok(!calls.some((c) => c.startsWith('own')), 'adopted once');
    environments.put({ ...env, spec: { ...env.spec, mongo: { retainOnDelete: true } } });
    calls.length = 0;
    await reconcileEnvironment(deps, 'ns/testing');
    assert.deepEqual(calls.filter((c) => c.startsWith('own')).sort(), [
      'own Secret/testing-keys -',
      'own Secret/testing-mongo-credentials -',
    ]);
    assert.ok(calls.includes('event SecretReleased'));
    const data = (o: KubernetesObject | undefined) => (o as { stringData?: object } | undefined)?.stringData;
    assert.ok(data(keys));
    assert.deepEqual(data(children.Secret?.get('testing-keys', 'ns')), data(keys), 'never regenerated');
  });

  it('never takes a Secret over from another controller', async () => {
    const env = sample('testing');
    env.spec.mongo = { retainOnDelete: false };
    const { deps, calls, children } = world(env);
    const foreign = {
      apiVersion: 'v1',
      kind: 'EveryClassEnvironment',
      name: 'testing',
      uid: 'uid-old',
      controller: true,
    };
    children.Secret?.put({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'testing-keys', namespace: 'ns', ownerReferences: [foreign] },
    });
    await reconcileEnvironment(deps, 'ns/testing');
    assert.ok(!calls.some((c) => c.startsWith('own Secret/testing-keys')), calls.join('\n'));
  });

  it('changes nothing while paused, but still reports status', async () => {
    const env = sample('testing');
    env.spec.paused = true;
    const { deps, calls } = world(env);
    await reconcileEnvironment(deps, 'ns/testing');
    assert.deepEqual(
      calls.filter((c) => !c.startsWith('event')),
      ['status'],
    );
  });

  it('reports failing containers with one Warning event per service and reason, not one per restart', async () => {
    const { deps, calls, pods, environments } = world(sample('testing'));
    deps.reported = new RecentKeys({ ttlMs: crashMemoryMs });
    await reconcileEnvironment(deps, 'ns/testing');
    const warnings = () => calls.filter((c) => /^event (CrashLoopBackOff|OOMKilled)/.test(c));
    assert.deepEqual(warnings(), []);
    pods.put({ ...pod('testing-web-1', 'web', [crashLoop(1)]) });
    await reconcileEnvironment(deps, 'ns/testing');
    assert.deepEqual(warnings(), ['event CrashLoopBackOff']);
    const degraded = environments
      .get('testing', 'ns')
      ?.status?.conditions?.find((c) => c.type === 'Degraded');
    assert.equal(degraded?.reason, 'CrashLoopBackOff');
    for (const restarts of [2, 3, 4]) {
      pods.put(pod('testing-web-1', 'web', [crashLoop(restarts)]));
      await reconcileEnvironment(deps, 'ns/testing');
    }
    assert.deepEqual(warnings(), ['event CrashLoopBackOff'], 'restarts update the status, not the events');
    assert.match(
      environments.get('testing', 'ns')?.status?.problems?.[0]?.message ?? '',
      /testing-web-1: 4 restarts/,
    );
    // Another service failing, or another reason, is news; a reason that comes back soon is not.
    const oom = crashLoop(5);
    oom.lastState = { terminated: { exitCode: 137, reason: 'OOMKilled' } };
    pods.put(pod('testing-web-1', 'web', [oom]));
    pods.put(pod('testing-entity-1', 'entity', [crashLoop(1)]));
    await reconcileEnvironment(deps, 'ns/testing');
    pods.put(pod('testing-web-1', 'web', [crashLoop(6)]));
    await reconcileEnvironment(deps, 'ns/testing');
    assert.deepEqual(warnings(), ['event CrashLoopBackOff', 'event OOMKilled', 'event CrashLoopBackOff']);
    assert.equal(
      calls.filter((c) => c === 'event CrashLoopBackOff').length,
      2,
      'web once, entity once: no Degraded transition event on top',
    );
  });

  it('looks again when the memory of a crash runs out', async () => {
    const { deps, pods } = world(sample('testing'));
    const finishedAt = new Date(deps.clock.now().getTime() - 60_000);
    pods.put(
      pod('testing-web-1', 'web', [
        {
          restartCount: 2,
          state: { running: { startedAt: new Date(deps.clock.now()) } },
          lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt } },
        },
      ]),
    );
    assert.deepEqual(await reconcileEnvironment(deps, 'ns/testing'), {
      requeueAfterMs: crashMemoryMs - 60_000 + 1000,
    });
  });

  it('reads the proxy figures into status.mirror and requeues while mirroring through the proxy', async () => {
    const prod = sample('production');
    prod.spec.mirror = { target: 'staging', compare: true };
    const { deps, environments } = world(prod);
    const staging = ready(sample('staging'));
    environments.put(staging);
    const asked: string[] = [];
    deps.mirrorStats = async (env) => {
      asked.push(env.metadata.name);
      return { mirrored: 10, dropped: 1, compared: 10, mismatches: 1, routes: [] };
    };
    const result = await reconcileEnvironment(deps, key);
    assert.deepEqual(result, { requeueAfterMs: 30_000 });
    assert.deepEqual(asked, ['production']);
    const mirror = environments.get('production', 'ns')?.status?.mirror;
    assert.deepEqual(
      [mirror?.target, mirror?.mirroredRequests, mirror?.mismatchRate],
      ['ns/staging', 10, '10.00%'],
    );
    environments.put({ ...staging, status: {} });
    assert.equal(await reconcileEnvironment(deps, key), undefined, 'paused: no figures to read');
    assert.equal(asked.length, 1);
  });

  it('deletes the ReferenceGrants made for an environment that is gone (they have no owner reference)', async () => {
    const { deps, calls, children } = world(sample('testing'));
    const grant = (source: string) => ({
      apiVersion: 'gateway.networking.k8s.io/v1beta1',
      kind: 'ReferenceGrant',
      metadata: {
        name: `everyclass-mirror-ns-${source}`,
        namespace: 'stg',
        labels: {
          'app.kubernetes.io/managed-by': 'everyclass-operator',
          'everyclass.io/mirror-source-namespace': 'ns',
          'everyclass.io/mirror-source-name': source,
        },
      },
    });
    children.ReferenceGrant?.put(grant('gone'));
    children.ReferenceGrant?.put(grant('testing'));
    await reconcileEnvironment(deps, 'ns/gone');
    assert.deepEqual(calls, ['delete ReferenceGrant/everyclass-mirror-ns-gone']);
    calls.length = 0;
    await reconcileEnvironment(deps, 'ns/testing');
    assert.ok(
      calls.includes('delete ReferenceGrant/everyclass-mirror-ns-testing'),
      'not desired: testing does not mirror',
    );
  });

  it('records a rollback in status before it changes any child, then rolls the children back', async () => {
    const { deps, calls, children, environments } = world(sample('testing'));
    /** The Deployment controller's report on every Deployment in the cache. */
    const settle = (deadline: boolean) => {
      for (const d of children.Deployment?.list() ?? []) {
        const dep = d as KubernetesObject & { status?: object };
        dep.metadata = { ...dep.metadata, generation: 1 };
        dep.status = deadline
          ? {
              observedGeneration: 1,
              replicas: 2,
              updatedReplicas: 1,
              readyReplicas: 1,
              availableReplicas: 1,
              conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }],
            }
          : {
              observedGeneration: 1,
              replicas: 1,
              updatedReplicas: 1,
              readyReplicas: 1,
              availableReplicas: 1,
            };
        children.Deployment?.put(dep);
      }
    };
    type WithImage = { spec?: { template?: { spec?: { containers?: Array<{ image?: string }> } } } };
    const image = () =>
      (children.Deployment?.get('testing-web', 'ns') as WithImage | undefined)?.spec?.template?.spec
        ?.containers?.[0]?.image;
    const env = () => {
      const e = environments.get('testing', 'ns');
      assert.ok(e);
      return e;
    };
    await reconcileEnvironment(deps, 'ns/testing');
    settle(false);
    await reconcileEnvironment(deps, 'ns/testing');
    assert.equal(env().status?.rollout?.phase, 'Complete');
    environments.put({ ...env(), spec: { ...env().spec, version: '2.5.0-never-ready' } });
    await reconcileEnvironment(deps, 'ns/testing');
    assert.equal(image(), 'ghcr.io/everyclass/everyclass:2.5.0-never-ready');
    settle(true);
    calls.length = 0;
    assert.deepEqual(await reconcileEnvironment(deps, 'ns/testing'), { requeueAfterMs: 1000 });
    assert.deepEqual(
      calls.filter((c) => !c.startsWith('event')),
      ['status'],
      'the decision is written, no child touched',
    );
    assert.ok(calls.includes('event RolloutFailed'), 'a Warning event names the failure');
    assert.equal(env().status?.rollout?.phase, 'RollingBack');
    assert.equal(env().spec.version, '2.5.0-never-ready', 'the spec is not rewritten');
    calls.length = 0;
    await reconcileEnvironment(deps, 'ns/testing');
    assert.equal(image(), 'ghcr.io/everyclass/everyclass:2.3.1');
    assert.ok(calls.includes('apply Deployment/testing-web'));
    settle(false);
    await reconcileEnvironment(deps, 'ns/testing');
    assert.equal(env().status?.rollout?.phase, 'RolledBack');
    assert.equal(env().status?.version, '2.3.1');
    calls.length = 0;
    await reconcileEnvironment(deps, 'ns/testing');
    assert.deepEqual(calls, [], 'rolled back: the failed version is not retried, nothing is written');
  });

  it('maps a change of an environment to itself and to environments mirroring into it', () => {
    const staging = sample('staging', 'everyclass-staging');
    const prod = sample('production');
    assert.deepEqual(environmentKeys(staging, [prod, staging]), [
      'everyclass-staging/staging',
      'ns/production',
    ]);
  });
});

describe('reconcileEnvironment: the operator-level image allowlist (--allowed-image-prefixes)', () => {
  it('applies nothing of an environment whose image is not allowed, and says which', async () => {
    const env = sample('production');
    env.spec.image = 'evil.example.org/everyclass';
    const { deps, calls, environments } = world(env);
    deps.allowedImagePrefixes = ['ghcr.io/everyclass/', 'mongo:'];
    await assert.rejects(
      reconcileEnvironment(deps, key),
      /evil\.example\.org\/everyclass:2\.3\.1 is not allowed/,
    );
    assert.deepEqual(
      calls.filter((c) => c.startsWith('apply Deployment') || c.startsWith('apply StatefulSet')),
      [],
    );
    assert.ok(calls.includes('event ImageNotAllowed'));
    const status = environments.get('production', 'ns')?.status;
    const degraded = status?.conditions?.find((c) => c.type === 'Degraded');
    assert.match(degraded?.message ?? '', /not allowed/);
  });

  it('allows what the prefixes allow, the Mongo image included', async () => {
    const env = sample('production');
    env.spec.mongo = { ...env.spec.mongo, image: 'docker.io/someone/mongo:7' };
    const { deps } = world(env);
    deps.allowedImagePrefixes = ['ghcr.io/everyclass/', 'mongo:'];
    await assert.rejects(reconcileEnvironment(deps, key), /docker\.io\/someone\/mongo:7 is not allowed/);
    const fine = world(sample('production'));
    fine.deps.allowedImagePrefixes = ['ghcr.io/everyclass/', 'mongo:'];
    await reconcileEnvironment(fine.deps, key);
    assert.ok(fine.calls.some((c) => c.startsWith('apply Deployment')));
  });
});
