import assert from 'node:assert/strict';
import type { V1Deployment, V1Ingress, V1Service } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { resolve } from './defaults.ts';
import { ready, resolveMirror, sample } from './fixtures.test-support.ts';
import { buildHttpRoute, buildReferenceGrant, grantSourceKey } from './httproute.ts';
import { buildDesired } from './index.ts';
import { buildMirrorProxy, mirrorTargetKey } from './mirror.ts';
import { mirrorProxySelector } from './names.ts';

/** production in namespace prod mirroring into staging in namespace stg. */
function pair(mirror: NonNullable<EveryClassEnvironment['spec']['mirror']> = { target: 'stg/staging' }) {
  const source = sample('production', 'prod');
  source.spec.mirror = mirror;
  const target = ready(sample('staging', 'stg'));
  return { source, target };
}

const envOf = (d: V1Deployment | undefined) =>
  Object.fromEntries((d?.spec?.template.spec?.containers[0]?.env ?? []).map((e) => [e.name, e.value]));

describe('mirror: target resolution', () => {
  it('resolves a bare name in the same namespace and namespace/name as given', () => {
    const { source } = pair({ target: 'staging' });
    assert.equal(mirrorTargetKey(source), 'prod/staging');
    source.spec.mirror = { target: 'other/staging' };
    assert.equal(mirrorTargetKey(source), 'other/staging');
  });

  it('is active only for an existing, non-production, Ready target with web', () => {
    const { source, target } = pair({ target: 'stg/staging', percent: 25 });
    const active = resolveMirror(source, target, { gatewayApi: false });
    assert.equal(active.state, 'active');
    assert.equal(active.percent, 25);
    assert.deepEqual(active.targetService, { namespace: 'stg', name: 'staging-web', port: 80 });

    assert.equal(resolveMirror(source, undefined, { gatewayApi: false }).state, 'missing');
    const prodTarget = ready(sample('production', 'stg'));
    assert.equal(resolveMirror(source, prodTarget, { gatewayApi: false }).state, 'production');
    const notReady = { ...target, status: {} };
    const paused = resolveMirror(source, notReady, { gatewayApi: false });
    assert.deepEqual([paused.state, paused.percent, paused.targetService], ['notReady', 0, undefined]);
    const noWeb = ready(sample('staging', 'stg'));
    noWeb.spec.services = { entity: {} };
    assert.equal(resolveMirror(source, noWeb, { gatewayApi: false }).state, 'targetNoWeb');
  });

  it('refuses itself when spelled namespace/name (CEL refuses only the bare name)', () => {
    const { source } = pair({ target: 'prod/production' });
    assert.equal(resolveMirror(source, source, { gatewayApi: false }).state, 'self');
  });

  it('is disabled without spec.mirror, and reports a missing Gateway API in mode gateway', () => {
    const plain = sample('staging', 'stg');
    assert.equal(resolveMirror(plain, undefined, { gatewayApi: false }).state, 'disabled');
    const { source, target } = pair({ target: 'stg/staging', mode: 'gateway', gateway: { name: 'public' } });
    assert.equal(resolveMirror(source, target, { gatewayApi: false }).state, 'gatewayApiMissing');
    assert.equal(resolveMirror(source, target, { gatewayApi: true }).state, 'active');
  });

  it('ignores everything in the target but its tier, web service and readiness (the target cannot pull traffic)', () => {
    const { source, target } = pair();
    target.spec.mirror = { target: 'prod/production', percent: 100 };
    const plan = resolveMirror(source, target, { gatewayApi: false });
    assert.equal(plan.percent, 10, 'the source decides the share');
    const unasked = resolveMirror(target, ready(source), { gatewayApi: false });
    assert.equal(unasked.state, 'production', 'a staging environment cannot mirror into production');
  });
});

describe('mirror: the proxy (mode proxy)', () => {
  it('runs the proxy in front of web with the contract of services/mirror/README.md', () => {
    const { source, target } = pair({ target: 'stg/staging', percent: 10, methods: ['GET'], compare: true });
    const plan = resolveMirror(source, target, { gatewayApi: false });
    const objs = buildMirrorProxy(source, resolve(source), plan);
    assert.deepEqual(
      objs.map((o) => `${o.kind}/${o.metadata?.name}`),
      [
        // The target (another namespace, accepting us) signs with its shadow key: a copy beside the proxy.
        'Secret/production-mirror-shadow',
        'Service/production-mirror',
        'Deployment/production-mirror',
        'PodDisruptionBudget/production-mirror',
      ],
    );
    const d = objs.find((o) => o.kind === 'Deployment') as V1Deployment;
    const podLabels = d.spec?.template.metadata?.labels ?? {};
    const selected = mirrorProxySelector('production')
      .split(',')
      .map((kv) => kv.split('='));
    for (const [k, v] of selected)
      assert.equal(podLabels[k ?? ''], v, `the contract's proxy selector (the CLI's) selects ${k}`);
    const c = d.spec?.template.spec?.containers[0];
    assert.equal(c?.image, 'ghcr.io/everyclass/everyclass:2.3.1');
    assert.deepEqual(c?.args, ['mirror']);
    assert.deepEqual(envOf(d), {
      PORT: '8080',
      ADMIN_PORT: '9090',
      UPSTREAM_URL: 'http://production-web.prod.svc:80',
      MIRROR_TARGET_URL: 'http://staging-web.stg.svc:80',
      MIRROR_PERCENT: '10',
      MIRROR_METHODS: 'GET',
      MIRROR_COMPARE: 'true',
      MIRROR_SHADOW_KEY: undefined, // from a Secret:
      MIRROR_UPSTREAM_SHADOW_KEY: undefined, // from a Secret too:
      DRAIN_GRACE_MS: '10000',
    });
    const shadowKey = c?.env?.find((e) => e.name === 'MIRROR_SHADOW_KEY')?.valueFrom?.secretKeyRef;
    assert.deepEqual(shadowKey, { name: 'production-mirror-shadow', key: 'shadowKey' });
    const own = c?.env?.find((e) => e.name === 'MIRROR_UPSTREAM_SHADOW_KEY')?.valueFrom?.secretKeyRef;
    assert.deepEqual(own, { name: 'production-callers', key: 'shadowKey' }, "production's own key");
    assert.deepEqual(
      [c?.readinessProbe?.httpGet?.path, c?.readinessProbe?.httpGet?.port],
      ['/readyz', 'admin'],
    );
    assert.deepEqual(
      [c?.livenessProbe?.httpGet?.path, c?.livenessProbe?.httpGet?.port],
      ['/healthz', 'admin'],
    );
    assert.deepEqual(
      c?.ports?.map((p) => [p.name, p.containerPort]),
      [
        ['http', 8080],
        ['admin', 9090],
      ],
    );
    assert.ok(c?.resources?.requests && c.resources.limits);
    assert.equal(c?.securityContext?.readOnlyRootFilesystem, true);
    assert.equal(d.spec?.template.spec?.securityContext?.runAsNonRoot, true);
    assert.equal(d.spec?.strategy?.rollingUpdate?.maxUnavailable, 0);
    assert.equal(d.spec?.replicas, 2, 'production tier: two proxies');
    const svc = objs.find((o) => o.kind === 'Service') as V1Service;
    assert.deepEqual(
      svc.spec?.ports?.map((p) => p.name),
      ['http'],
      'the admin port is never behind the Service',
    );
  });

  it('pauses by configuration when the target is not usable: no target URL, percent 0', () => {
    const { source } = pair();
    const plan = resolveMirror(source, undefined, { gatewayApi: false });
    const d = buildMirrorProxy(source, resolve(source), plan).find(
      (o) => o.kind === 'Deployment',
    ) as V1Deployment;
    const e = envOf(d);
    assert.deepEqual([e.MIRROR_TARGET_URL, e.MIRROR_PERCENT], [undefined, '0']);
    assert.equal(e.UPSTREAM_URL, 'http://production-web.prod.svc:80', 'production keeps being served');
  });

  it('routes the Ingress / through the proxy while spec.mirror is set, and straight to web without it', () => {
    const { source, target } = pair();
    const paths = (env: EveryClassEnvironment, t?: EveryClassEnvironment) => {
      const d = buildDesired(env, { mirror: resolveMirror(env, t, { gatewayApi: false }) });
      const ing = d.objects.find((o) => o.kind === 'Ingress') as V1Ingress;
      return ing.spec?.rules?.[0]?.http?.paths.map((p) => `${p.path}=${p.backend.service?.name}`);
    };
    assert.deepEqual(paths(source, target), ['/calendar/ics/=production-calendar', '/=production-mirror']);
    assert.deepEqual(paths(source, undefined), ['/calendar/ics/=production-calendar', '/=production-mirror']);
    const plain = sample('production', 'prod');
    delete plain.spec.mirror;
    assert.deepEqual(paths(plain), ['/calendar/ics/=production-calendar', '/=production-web']);
    assert.ok(!buildDesired(plain).objects.some((o) => o.metadata?.name === 'production-mirror'));
  });

  it('tells web how many X-Forwarded-For entries its own proxies append (2 with the mirror proxy in front)', () => {
    const { source, target } = pair();
    const hops = (env: EveryClassEnvironment, t?: EveryClassEnvironment) => {
      const d = buildDesired(env, { mirror: resolveMirror(env, t, { gatewayApi: false }) });
      const web = d.objects.find(
        (o) => o.kind === 'Deployment' && o.metadata?.name === 'production-web',
      ) as V1Deployment;
      return web.spec?.template.spec?.containers[0]?.env?.find((e) => e.name === 'TRUSTED_PROXY_HOPS')?.value;
    };
    assert.equal(hops(source, target), '2');
    assert.equal(hops(source, undefined), '2', 'a paused proxy still stands in front of web');
    const plain = sample('production', 'prod');
    delete plain.spec.mirror;
    assert.equal(hops(plain), '1');
  });
});

describe('mirror: mode gateway', () => {
  const gw = {
    target: 'stg/staging',
    mode: 'gateway' as const,
    gateway: { name: 'public', namespace: 'gw' },
    percent: 5,
  };

  it('builds an HTTPRoute with a RequestMirror filter on the allowed methods and a ReferenceGrant', () => {
    const { source, target } = pair(gw);
    const r = resolve(source);
    const plan = resolveMirror(source, target, { gatewayApi: true });
    const route = buildHttpRoute(source, r, plan);
    assert.deepEqual(route?.spec.parentRefs, [
      { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'public', namespace: 'gw' },
    ]);
    assert.deepEqual(route?.spec.hostnames, ['everyclass.example.edu']);
    assert.deepEqual(
      route?.spec.rules.map((rule) => [
        rule.matches.map((m) => `${m.method ?? '*'} ${m.path.value}`).join(' '),
        rule.backendRefs.map((b) => b.name).join(),
        rule.filters?.[0]?.requestMirror.percent,
      ]),
      [
        ['* /calendar/ics/', 'production-calendar', undefined],
        ['GET / HEAD /', 'production-web', 5],
        ['* /', 'production-web', undefined],
      ],
    );
    assert.deepEqual(route?.spec.rules[1]?.filters?.[0]?.requestMirror.backendRef, {
      name: 'staging-web',
      namespace: 'stg',
      port: 80,
    });
    assert.equal(route?.metadata.ownerReferences?.[0]?.kind, 'EveryClassEnvironment');

    const grant = buildReferenceGrant(source, r, plan);
    assert.equal(grant?.metadata.namespace, 'stg');
    assert.equal(grant?.metadata.ownerReferences, undefined, 'no owner reference across namespaces');
    assert.deepEqual(grant?.spec, {
      from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'prod' }],
      to: [{ group: '', kind: 'Service', name: 'staging-web' }],
    });
    assert.equal(grant && grantSourceKey(grant), 'prod/production');
    const d = buildDesired(source, { mirror: plan });
    assert.ok(!d.objects.some((o) => o.kind === 'Deployment' && o.metadata?.name === 'production-mirror'));
    assert.ok(d.objects.some((o) => o.kind === 'ReferenceGrant'));
  });

  it('drops the filter and the grant while paused, and builds nothing without the Gateway API', () => {
    const { source, target } = pair(gw);
    const r = resolve(source);
    const paused = resolveMirror(source, { ...target, status: {} }, { gatewayApi: true });
    const route = buildHttpRoute(source, r, paused);
    assert.ok(route?.spec.rules.every((rule) => !rule.filters));
    assert.equal(buildReferenceGrant(source, r, paused), undefined);
    const missing = resolveMirror(source, target, { gatewayApi: false });
    assert.equal(buildHttpRoute(source, r, missing), undefined);
    assert.equal(buildReferenceGrant(source, r, missing), undefined);
  });

  it('needs no ReferenceGrant for a target in the same namespace', () => {
    const source = sample('production', 'same');
    source.spec.mirror = { ...gw, target: 'staging' };
    const target = ready(sample('staging', 'same'));
    const plan = resolveMirror(source, target, { gatewayApi: true });
    assert.ok(buildHttpRoute(source, resolve(source), plan));
    assert.equal(buildReferenceGrant(source, resolve(source), plan), undefined);
  });
});
