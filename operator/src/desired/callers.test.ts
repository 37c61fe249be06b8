// What the operator gives the services to authenticate each other (issue 13, findings 6, 8 and
// 11): an RPC key and a shadow key per environment, an admin key only entity checks, the
// target's shadow key for the mirror proxy, and cross-namespace mirroring only where the target
// accepts the source.
import assert from 'node:assert/strict';
import type { V1Deployment, V1EnvVar, V1Secret } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { resolve } from './defaults.ts';
import { ready, sample } from './fixtures.test-support.ts';
import { buildReferenceGrant } from './httproute.ts';
import { buildDesired } from './index.ts';
import { resolveMirror } from './mirror.ts';

const deployment = (objs: readonly { kind?: string; metadata?: { name?: string } }[], name: string) =>
  objs.find((o) => o.kind === 'Deployment' && o.metadata?.name === name) as V1Deployment | undefined;
const envOf = (d: V1Deployment | undefined): Record<string, V1EnvVar> =>
  Object.fromEntries((d?.spec?.template.spec?.containers[0]?.env ?? []).map((e) => [e.name, e]));
const ref = (e: V1EnvVar | undefined) =>
  e?.valueFrom?.secretKeyRef ? `${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}` : e?.value;

describe('callers: keys the services authenticate each other with', () => {
  it('generates an RPC and a shadow key, and a separate admin key', () => {
    const env = sample('testing', 'ns');
    const secrets = Object.fromEntries(
      buildDesired(env).secrets.map((s) => [s.name, Object.keys(s.keys).sort()]),
    );
    assert.deepEqual(secrets['testing-callers'], ['rpcKey', 'shadowKey']);
    assert.deepEqual(secrets['testing-admin'], ['adminKey']);
  });

  it('gives every service RPC_KEY, entity alone ADMIN_KEY, web SHADOW_KEY', () => {
    const env = sample('testing', 'ns');
    const { objects } = buildDesired(env);
    for (const svc of ['web', 'entity', 'identity', 'calendar']) {
      const e = envOf(deployment(objects, `testing-${svc}`));
      assert.equal(ref(e.RPC_KEY), 'testing-callers/rpcKey', svc);
      assert.equal(ref(e.ADMIN_KEY), svc === 'entity' ? 'testing-admin/adminKey' : undefined, svc);
      assert.equal(ref(e.SHADOW_KEY), svc === 'web' ? 'testing-callers/shadowKey' : undefined, svc);
    }
  });
});

describe('callers: mirroring signs its copies with the target\u2019s shadow key', () => {
  const pair = (targetNs: string, accept?: string[]) => {
    const source = sample('production', 'prod');
    source.spec.mirror = { target: `${targetNs}/staging`, percent: 10 };
    const target: EveryClassEnvironment = ready(sample('staging', targetNs));
    if (accept) target.spec.acceptMirrorFrom = accept;
    else delete target.spec.acceptMirrorFrom;
    return { source, target };
  };

  it('in one namespace: the proxy reads the target\u2019s own callers Secret', () => {
    const { source, target } = pair('prod');
    const plan = resolveMirror(source, target, { gatewayApi: false });
    assert.equal(plan.state, 'active');
    const { objects } = buildDesired(source, { mirror: plan });
    assert.equal(
      ref(envOf(deployment(objects, 'production-mirror')).MIRROR_SHADOW_KEY),
      'staging-callers/shadowKey',
    );
  });

  it('across namespaces: only where the target accepts the source, with a copy of the key beside the proxy', () => {
    const refused = pair('stg');
    const no = resolveMirror(refused.source, refused.target, { gatewayApi: false });
    assert.equal(no.state, 'notAccepted', 'the target has not agreed');
    assert.equal(no.percent, 0);
    const other = pair('stg', ['elsewhere/production']);
    assert.equal(resolveMirror(other.source, other.target, { gatewayApi: false }).state, 'notAccepted');
    const noGrant = pair('stg');
    noGrant.source.spec.mirror = { target: 'stg/staging', mode: 'gateway', gateway: { name: 'public' } };
    const gw = resolveMirror(noGrant.source, noGrant.target, { gatewayApi: true });
    assert.equal(
      buildReferenceGrant(noGrant.source, resolve(noGrant.source), gw),
      undefined,
      'no grant written',
    );

    const { source, target } = pair('stg', ['prod/production']);
    const plan = resolveMirror(source, target, { gatewayApi: false }, 'c2hhZG93');
    assert.equal(plan.state, 'active');
    const { objects } = buildDesired(source, { mirror: plan });
    const e = envOf(deployment(objects, 'production-mirror'));
    assert.equal(ref(e.MIRROR_SHADOW_KEY), 'production-mirror-shadow/shadowKey');
    const copy = objects.find((o) => o.kind === 'Secret') as V1Secret | undefined;
    assert.equal(copy?.metadata?.name, 'production-mirror-shadow');
    assert.equal(copy?.metadata?.namespace, 'prod');
    assert.deepEqual(copy?.data, { shadowKey: 'c2hhZG93' });
  });

  it('across namespaces, without the target\u2019s key yet: paused', () => {
    const { source, target } = pair('stg', ['prod/production']);
    assert.equal(resolveMirror(source, target, { gatewayApi: false }).state, 'notReady');
  });
});
