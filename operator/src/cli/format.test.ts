import assert from 'node:assert/strict';
import { cond, ece, t0 } from './fixtures.test-support.ts';
import { age, historyTable, mirrorCell, statusDetail, statusTable, table, versionCell } from './format.ts';

const now = new Date('2026-11-24T10:06:05Z');

describe('cli formatting', () => {
  it('aligns columns like kubectl get', () => {
    assert.equal(
      table(
        ['A', 'BB'],
        [
          ['long', 'x'],
          ['s', ''],
        ],
      ),
      'A      BB\nlong   x\ns\n',
    );
  });

  it('shows ages kubectl style', () => {
    assert.deepEqual(
      [
        '2026-11-24T10:05:20Z',
        '2026-11-24T09:06:05Z',
        '2026-11-23T10:06:05Z',
        '2026-11-20T10:06:05Z',
        undefined,
      ].map((t) => age(t, now)),
      ['45s', '60m', '24h', '4d', '-'],
    );
  });

  it('prints one row per environment: tier, versions, conditions, mirror, last rollout', () => {
    const staging = ece('staging', { namespace: 'ec-staging' });
    const production = ece('production', {
      namespace: 'ec-prod',
      tier: 'production',
      version: '2.4.0',
      mirror: { target: 'ec-staging/staging', percent: 10, compare: true },
      status: {
        observedGeneration: 3,
        version: '2.3.1',
        conditions: [
          cond('Ready', 'False', 'ServicesNotReady'),
          cond('Progressing', 'True', 'RollingOut'),
          cond('Degraded', 'False', 'AsExpected'),
        ],
        history: [{ version: '2.4.0', startedAt: '2026-11-24T10:04:05Z', outcome: 'Progressing' }],
        mirror: { target: 'ec-staging/staging', mirroredRequests: 800, mismatches: 2 },
      },
    });
    assert.equal(
      statusTable([staging, production], now),
      [
        'NAMESPACE    NAME         TIER         VERSION        READY                    PROGRESSING       DEGRADED   MIRROR                                          LAST ROLLOUT',
        'ec-prod      production   production   2.3.1->2.4.0   False/ServicesNotReady   True/RollingOut   False      ec-staging/staging 10% mismatch 0.25% (2/800)   2.4.0 Progressing 2m ago',
        'ec-staging   staging      staging      2.4.0          True                     False             False      -                                               2.4.0 Complete 5m ago',
        '',
      ].join('\n'),
    );
  });

  it('marks missing figures, unknown versions, the Mirroring state and a rolled-back Ready', () => {
    const fresh = ece('testing', {
      tier: 'testing',
      mirror: { target: 'staging', compare: true },
      status: {},
    });
    assert.equal(versionCell(fresh), '-->2.4.0');
    assert.equal(mirrorCell(fresh), 'staging 10% mismatch -');
    assert.equal(mirrorCell(ece('x', { mirror: { target: 'staging', percent: 5 } })), 'staging 5%');
    const notReady = ece('x', { mirror: { target: 'staging', percent: 5 } });
    notReady.status?.conditions?.push(cond('Mirroring', 'False', 'TargetNotReady'));
    assert.equal(mirrorCell(notReady), 'staging 5% False/TargetNotReady');
    const rolledBack = ece('x');
    rolledBack.status!.conditions = [
      cond('Ready', 'True', 'RolledBack'),
      cond('Degraded', 'True', 'RolloutFailed'),
    ];
    assert.match(
      statusTable([rolledBack], now),
      /^ec +x +staging +2\.4\.0 +True\/RolledBack +- +True\/RolloutFailed /m,
    );
  });

  it('details one environment: conditions, services, figures mirrored into it', () => {
    const env = ece('staging');
    env.status!.services = {
      web: { replicas: 2, readyReplicas: 1, updatedReplicas: 1, version: '2.4.0', runningVersion: '2.3.1' },
    };
    const text = statusDetail(env, now, {
      routes: {},
      sources: ['ec/production'],
      requests: 100,
      mismatches: 1,
      rate: 0.01,
    });
    assert.match(text, /^Version: +2\.4\.0 running, 2\.4\.0 desired$/m);
    assert.match(text, /^Mirrored in: 100 requests from ec\/production, mismatch rate 1% \(1\)$/m);
    assert.match(text, /^ {2}Ready +True +AllReady +6m +all services and MongoDB are ready$/m);
    assert.match(text, /^ {2}web +1\/2 +1 +2\.4\.0 +2\.3\.1$/m);
    assert.doesNotMatch(text, /Failing:/, 'nothing fails');
  });

  it('details failing containers: component, reason, pods, restarts, since and the message', () => {
    const env = ece('staging');
    env.status!.problems = [
      {
        component: 'web',
        reason: 'CrashLoopBackOff',
        message: 'web: CrashLoopBackOff in 1/2 pods (staging-web-1: 4 restarts, exit 1: bad configuration)',
        failingPods: 1,
        pods: 2,
        restarts: 4,
        since: t0,
      },
    ];
    const text = statusDetail(env, now, undefined);
    assert.match(text, /^Failing:\n {2}COMPONENT +REASON +PODS +RESTARTS +SINCE +MESSAGE$/m);
    assert.match(
      text,
      /^ {2}web +CrashLoopBackOff +1\/2 +4 +6m +web: CrashLoopBackOff in 1\/2 pods \(staging-web-1: 4 restarts, exit 1: bad configuration\)$/m,
    );
  });

  it('lists the history newest first, with durations and messages', () => {
    const env = ece('production', {
      status: {
        history: [
          {
            version: '2.3.1',
            startedAt: '2026-11-23T10:00:00Z',
            completedAt: '2026-11-23T10:02:00Z',
            outcome: 'Complete',
          },
          {
            version: '2.4.0',
            startedAt: t0,
            completedAt: '2026-11-24T10:05:00Z',
            outcome: 'RolledBack',
            message: 'web not ready',
          },
        ],
      },
    });
    assert.equal(
      historyTable(env, now),
      [
        'VERSION   OUTCOME      STARTED                AGE   DURATION   MESSAGE',
        '2.4.0     RolledBack   2026-11-24T10:00:00Z   6m    5m         web not ready',
        '2.3.1     Complete     2026-11-23T10:00:00Z   24h   2m',
        '',
      ].join('\n'),
    );
    assert.equal(historyTable(ece('x', { status: {} }), now), 'no rollouts recorded for ec/x\n');
  });
});
