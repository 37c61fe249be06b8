import assert from 'node:assert/strict';
import type { V1Deployment, V1StatefulSet } from '@kubernetes/client-node';
import { conditionOf, mergeConditions } from '../api/conditions.ts';
import { resolve } from '../desired/defaults.ts';
import { resolveMirror, sample } from '../desired/fixtures.test-support.ts';
import { crashLoop, pod } from './pods.test-support.ts';
import { computeStatus, type Observed } from './status.ts';

const t0 = new Date('2026-11-24T10:00:00Z');
const t1 = new Date('2026-11-24T10:05:00Z');

function deployment(
  replicas: number,
  ready: number,
  extra: Partial<V1Deployment['status']> = {},
  version = '2.3.1',
): V1Deployment {
  return {
    metadata: { generation: 2 },
    spec: {
      replicas,
      selector: {},
      template: {
        spec: { containers: [{ name: 'svc', image: `ghcr.io/everyclass/everyclass:${version}` }] },
      },
    },
    status: {
      observedGeneration: 2,
      replicas,
      updatedReplicas: ready,
      readyReplicas: ready,
      availableReplicas: ready,
      ...extra,
    },
  };
}
const mongo: V1StatefulSet = {
  metadata: { generation: 1 },
  status: { observedGeneration: 1, replicas: 1, readyReplicas: 1 },
};

function observedAll(ready: boolean): Observed {
  const env = sample('testing');
  const deployments: Observed['deployments'] = {};
  for (const s of resolve(env).services)
    deployments[s.name] = { current: true, object: deployment(1, ready ? 1 : 0) };
  return {
    deployments,
    mongo: { current: true, object: mongo },
    failures: [],
    mirror: { plan: resolveMirror(env, undefined, { gatewayApi: false }), proxyRuns: false },
    pods: [],
  };
}

describe('environment status', () => {
  const env = sample('testing');
  const r = resolve(env);

  it('is Ready once every service and MongoDB are ready at the desired version', () => {
    const s = computeStatus(env, r, observedAll(true), t0);
    assert.equal(conditionOf(s.conditions, 'Ready')?.status, 'True');
    assert.equal(conditionOf(s.conditions, 'Progressing')?.reason, 'RolloutComplete');
    assert.equal(s.services?.web?.runningVersion, '2.3.1');
    assert.equal(s.version, '2.3.1');
    assert.equal(s.observedGeneration, 1);
    assert.deepEqual(
      s.history?.map((h) => [h.version, h.outcome]),
      [['2.3.1', 'Complete']],
    );
  });

  it('is Progressing and not Ready while pods come up, or while the cache lags the desired object', () => {
    const s = computeStatus(env, r, observedAll(false), t0);
    assert.equal(conditionOf(s.conditions, 'Ready')?.status, 'False');
    assert.match(conditionOf(s.conditions, 'Ready')?.message ?? '', /web/);
    assert.equal(conditionOf(s.conditions, 'Progressing')?.status, 'True');
    const stale = observedAll(true);
    stale.deployments.web = { current: false, object: deployment(1, 1) };
    assert.equal(conditionOf(computeStatus(env, r, stale, t0).conditions, 'Ready')?.status, 'False');
  });

  it('reports Degraded on failures and on an exceeded progress deadline', () => {
    const o = observedAll(false);
    o.failures = ['apply Deployment testing-web: boom'];
    assert.equal(conditionOf(computeStatus(env, r, o, t0).conditions, 'Degraded')?.reason, 'ApplyFailed');
    const late = observedAll(false);
    late.deployments.web = {
      current: true,
      object: deployment(1, 0, {
        conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }],
      }),
    };
    const s = computeStatus(env, r, late, t0);
    // The first rollout: no version ever completed, so there is nothing to roll back to.
    assert.equal(conditionOf(s.conditions, 'Degraded')?.reason, 'NoKnownGoodVersion');
    assert.match(
      conditionOf(s.conditions, 'Degraded')?.message ?? '',
      /2\.3\.1 failed: web, entity, identity, calendar did not become ready/,
    );
    assert.equal(s.rollout?.phase, 'Failed');
    assert.equal(s.history?.[0]?.outcome, 'Failed');
  });

  it('reports failing containers in Degraded, Ready and status.problems, within the pass that sees them', () => {
    const o = observedAll(false);
    o.pods = [pod('testing-web-1', 'web', [crashLoop(4)]), pod('testing-entity-1', 'entity', [crashLoop(1)])];
    const s = computeStatus(env, r, o, t0);
    const degraded = conditionOf(s.conditions, 'Degraded');
    assert.deepEqual([degraded?.status, degraded?.reason], ['True', 'CrashLoopBackOff']);
    assert.match(
      degraded?.message ?? '',
      /^web: CrashLoopBackOff in 1\/1 pod \(testing-web-1: 4 restarts, exit 1: everyclass-web: bad configuration: .*emailDomain.*\); entity: /,
    );
    assert.match(
      conditionOf(s.conditions, 'Ready')?.message ?? '',
      /not ready: web \(CrashLoopBackOff\), entity \(CrashLoopBackOff\), identity, calendar/,
    );
    assert.deepEqual(
      s.problems?.map((p) => [p.component, p.reason, p.restarts, p.since]),
      [
        ['web', 'CrashLoopBackOff', 4, t0.toISOString()],
        ['entity', 'CrashLoopBackOff', 1, t0.toISOString()],
      ],
    );
    // Later restarts update the figures, not `since`; recovery clears it all.
    o.pods = [pod('testing-web-1', 'web', [crashLoop(5)])];
    const later = computeStatus({ ...env, status: s }, r, o, t1);
    assert.deepEqual(
      later.problems?.map((p) => [p.component, p.restarts, p.since]),
      [['web', 5, t0.toISOString()]],
    );
    const healed = computeStatus({ ...env, status: later }, r, observedAll(true), t1);
    assert.equal(healed.problems, undefined);
    assert.deepEqual(
      [
        conditionOf(healed.conditions, 'Degraded')?.status,
        conditionOf(healed.conditions, 'Degraded')?.reason,
      ],
      ['False', 'AsExpected'],
    );
  });

  it('keeps a failed rollout as the reason of Degraded and adds what fails now', () => {
    const late = observedAll(false);
    late.deployments.web = {
      current: true,
      object: deployment(1, 0, {
        conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }],
      }),
    };
    late.pods = [pod('testing-web-1', 'web', [crashLoop(3)])];
    const s = computeStatus(env, r, late, t0);
    const degraded = conditionOf(s.conditions, 'Degraded');
    assert.equal(degraded?.reason, 'NoKnownGoodVersion');
    assert.match(
      degraded?.message ?? '',
      /did not become ready within 600s \[web: CrashLoopBackOff in 1\/1 pod/,
    );
    assert.match(degraded?.message ?? '', /; failing now: web: CrashLoopBackOff/);
    assert.deepEqual(s.rollout?.failure?.reason, 'ProgressDeadlineExceeded');
  });

  it('names a missing mirror target in the Mirroring condition', () => {
    const o = observedAll(true);
    const mirroring = sample('testing');
    mirroring.spec.mirror = { target: 'staging' };
    o.mirror = { plan: resolveMirror(mirroring, undefined, { gatewayApi: false }), proxyRuns: false };
    const c = conditionOf(computeStatus(env, r, o, t0).conditions, 'Mirroring');
    assert.deepEqual([c?.status, c?.reason], ['False', 'TargetNotFound']);
    assert.match(c?.message ?? '', /ns\/staging/);
  });

  it('is identical when recomputed later from the same world (no status churn)', () => {
    const first = computeStatus(env, r, observedAll(true), t0);
    const again = computeStatus({ ...env, status: first }, r, observedAll(true), t1);
    assert.deepEqual(again, first);
  });

  it('moves lastTransitionTime only when a condition flips', () => {
    const a = mergeConditions(
      undefined,
      [{ type: 'Ready', status: 'False', reason: 'ServicesNotReady', message: 'x' }],
      1,
      t0,
    );
    const b = mergeConditions(
      a,
      [{ type: 'Ready', status: 'False', reason: 'MongoNotReady', message: 'y' }],
      2,
      t1,
    );
    assert.equal(b[0]?.lastTransitionTime, t0.toISOString());
    const c = mergeConditions(
      b,
      [{ type: 'Ready', status: 'True', reason: 'AllReady', message: 'z' }],
      2,
      t1,
    );
    assert.equal(c[0]?.lastTransitionTime, t1.toISOString());
  });
});
