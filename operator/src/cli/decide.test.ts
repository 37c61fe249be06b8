import assert from 'node:assert/strict';
import {
  compareFiguresFor,
  decidePromote,
  formatDuration,
  type MirrorFigures,
  parseDuration,
  parseRate,
  parseRef,
  waitOutcome,
} from './decide.ts';
import { CliError, Exit } from './errors.ts';
import { cond, ece, readyConditions, t0 } from './fixtures.test-support.ts';

const usageError = (e: unknown) => e instanceof CliError && e.exitCode === Exit.Usage;

describe('cli decisions', () => {
  describe('parseDuration', () => {
    it('reads Go-style durations', () => {
      assert.equal(parseDuration('10m'), 600_000);
      assert.equal(parseDuration('90s'), 90_000);
      assert.equal(parseDuration('1h'), 3_600_000);
      assert.equal(parseDuration('1h30m'), 5_400_000);
      assert.equal(parseDuration('1.5s'), 1500);
      assert.equal(parseDuration('250ms'), 250);
    });
    it('refuses bare numbers, unknown units and zero with a usage error', () => {
      for (const bad of ['', '10', '10x', 'm', '0s', '5m ', '-1s', '1d']) {
        assert.throws(() => parseDuration(bad), usageError, bad);
      }
    });
  });

  describe('parseRef and parseRate', () => {
    it('takes name or namespace/name', () => {
      assert.deepEqual(parseRef('production', 'ec'), { namespace: 'ec', name: 'production' });
      assert.deepEqual(parseRef('prod/production', 'ec'), { namespace: 'prod', name: 'production' });
      for (const bad of ['', 'a/b/c', 'Prod', '/x', 'x/'])
        assert.throws(() => parseRef(bad, 'ec'), usageError, bad);
    });
    it('takes a fraction or a percentage', () => {
      assert.equal(parseRate('0.05'), 0.05);
      assert.equal(parseRate('5%'), 0.05);
      assert.equal(parseRate('0'), 0);
      for (const bad of ['', '2', '-0.1', 'x', '150%']) assert.throws(() => parseRate(bad), usageError, bad);
    });
  });

  describe('waitOutcome', () => {
    it('succeeds when the observed generation is Ready and runs the version', () => {
      const o = waitOutcome(ece('production', { tier: 'production' }), '2.4.0');
      assert.equal(o.state, 'succeeded');
      assert.equal(o.reason, 'ec/production runs 2.4.0 and is Ready (rolled out in 1m5s)');
    });

    it('waits while the operator has not observed the generation, even if the old status looks Ready', () => {
      const env = ece('production');
      env.metadata.generation = 4;
      const o = waitOutcome(env, '2.4.0');
      assert.equal(o.state, 'pending');
      assert.match(o.reason, /not observed generation 4 .*observed: 3/);
    });

    it('waits through a crash loop, saying what Degraded reports', () => {
      const env = ece('production', {
        status: {
          observedGeneration: 3,
          conditions: [
            cond('Ready', 'False', 'ServicesNotReady', 'not ready: web (CrashLoopBackOff)'),
            cond('Progressing', 'True', 'RollingOut', 'rolling out 2.4.0'),
            cond(
              'Degraded',
              'True',
              'CrashLoopBackOff',
              'web: CrashLoopBackOff in 1/1 pod (p: 2 restarts, exit 1)',
            ),
          ],
          history: [{ version: '2.4.0', startedAt: t0, outcome: 'Progressing' }],
        },
      });
      const o = waitOutcome(env, '2.4.0');
      assert.equal(o.state, 'pending');
      assert.match(
        o.reason,
        /; Degraded=True CrashLoopBackOff: web: CrashLoopBackOff in 1\/1 pod \(p: 2 restarts, exit 1\)$/,
      );
    });

    it('waits while the version rolls out, saying what Ready and Progressing report', () => {
      const env = ece('production', {
        status: {
          observedGeneration: 3,
          version: '2.3.1',
          conditions: [
            cond('Ready', 'False', 'ServicesNotReady', 'not ready: web'),
            cond('Progressing', 'True', 'RollingOut', 'rolling out 2.4.0'),
          ],
          history: [{ version: '2.4.0', startedAt: t0, outcome: 'Progressing' }],
        },
      });
      const o = waitOutcome(env, '2.4.0');
      assert.equal(o.state, 'pending');
      assert.equal(
        o.reason,
        'Ready=False ServicesNotReady: not ready: web; Progressing=True RollingOut: rolling out 2.4.0; running 2.3.1',
      );
    });

    it('fails on Degraded=True RolloutFailed, naming reason and message', () => {
      const env = ece('production', {
        status: {
          observedGeneration: 3,
          version: '2.3.1',
          conditions: [
            cond('Ready', 'True', 'AllReady'),
            cond('Degraded', 'True', 'RolloutFailed', '2.4.0 failed in web; rolled back to 2.3.1'),
          ],
        },
      });
      const o = waitOutcome(env, '2.4.0');
      assert.deepEqual(o, {
        state: 'failed',
        reason:
          'rollout of 2.4.0 to ec/production failed: RolloutFailed: 2.4.0 failed in web; rolled back to 2.3.1; running 2.3.1',
      });
    });

    it('fails on the operator\u2019s current ProgressDeadlineExceeded', () => {
      const env = ece('production', {
        status: {
          observedGeneration: 3,
          conditions: [cond('Degraded', 'True', 'ProgressDeadlineExceeded', 'web')],
        },
      });
      assert.equal(waitOutcome(env, '2.4.0').state, 'failed');
    });

    it('fails on Degraded=True NoKnownGoodVersion (the first rollout failed)', () => {
      const env = ece('production', {
        status: { observedGeneration: 3, conditions: [cond('Degraded', 'True', 'NoKnownGoodVersion', 'x')] },
      });
      assert.equal(waitOutcome(env, '2.4.0').state, 'failed');
    });

    it('does not take Ready=True/RolledBack for success (a per-service override was rolled back)', () => {
      const env = ece('production', {
        status: {
          observedGeneration: 3,
          version: '2.4.0',
          conditions: [
            cond('Ready', 'True', 'RolledBack', 'running the last good version'),
            cond('Progressing', 'True', 'RollingBack', 'rolling back calendar'),
          ],
        },
      });
      assert.equal(waitOutcome(env, '2.4.0').state, 'pending');
      env.status?.conditions?.push(
        cond('Degraded', 'True', 'RolloutFailed', 'calendar 2.4.1 never became ready'),
      );
      assert.deepEqual(waitOutcome(env, '2.4.0'), {
        state: 'failed',
        reason:
          'rollout of 2.4.0 to ec/production failed: RolloutFailed: calendar 2.4.1 never became ready; running 2.4.0',
      });
      env.status!.history = [{ version: '2.4.0', startedAt: t0, outcome: 'RolledBack' }];
      assert.equal(
        waitOutcome(env, '2.4.0').reason,
        'rollout of 2.4.0 to ec/production was rolled back; running 2.4.0',
      );
    });

    it('does not fail on other Degraded reasons (a transient apply failure)', () => {
      const env = ece('production', {
        status: { observedGeneration: 3, conditions: [cond('Degraded', 'True', 'ApplyFailed', 'conflict')] },
      });
      assert.equal(waitOutcome(env, '2.4.0').state, 'pending');
    });

    for (const outcome of ['RolledBack', 'Failed'] as const) {
      it(`fails when the newest history entry of the version is ${outcome}`, () => {
        const env = ece('production', {
          status: {
            observedGeneration: 3,
            version: '2.3.1',
            conditions: [cond('Ready', 'True', 'AllReady')],
            history: [
              { version: '2.4.0', startedAt: t0, outcome, message: 'web never became ready' },
              { version: '2.3.1', startedAt: '2026-11-23T10:00:00Z', outcome: 'Complete' },
            ],
          },
        });
        const o = waitOutcome(env, '2.4.0');
        assert.equal(o.state, 'failed');
        assert.equal(
          o.reason,
          `rollout of 2.4.0 to ec/production ${outcome === 'RolledBack' ? 'was rolled back' : 'failed'}: web never became ready; running 2.3.1`,
        );
      });
    }

    it('looks only at the newest entry of the version: an old failure of it does not count once it is running', () => {
      const env = ece('production');
      env.status?.history?.push({ version: '2.4.0', startedAt: '2026-11-20T10:00:00Z', outcome: 'Failed' });
      assert.equal(waitOutcome(env, '2.4.0').state, 'succeeded');
    });

    it('fails when spec.version moved to another version, and when the environment is gone', () => {
      const o = waitOutcome(ece('production', { version: '2.5.0' }), '2.4.0');
      assert.deepEqual(o, {
        state: 'failed',
        reason: 'spec.version of ec/production changed to 2.5.0 while waiting for 2.4.0',
      });
      assert.equal(waitOutcome(undefined, '2.4.0').state, 'failed');
    });
  });

  describe('decidePromote', () => {
    const production = () => ece('production', { tier: 'production', version: '2.3.1' });

    it('allows a Ready staging that runs its spec version, and names the version', () => {
      assert.deepEqual(decidePromote(ece('staging'), production(), undefined, undefined), {
        allowed: true,
        version: '2.4.0',
        noop: false,
        reason: 'promoted 2.4.0 from ec/staging to ec/production (was 2.3.1)',
        warnings: [],
      });
    });

    it('warns that per-service version overrides are not promoted', () => {
      const staging = ece('staging');
      staging.spec.services = { web: {}, calendar: { version: '2.4.1' } };
      const prod = production();
      prod.spec.services = { calendar: { replicas: 2, version: '2.3.2' } };
      const d = decidePromote(staging, prod, undefined, undefined);
      assert.deepEqual(d.allowed && d.warnings, [
        'ec/staging runs calendar 2.4.1 (spec.services.calendar.version); promotion does not copy it',
        'ec/production keeps calendar at 2.3.2 (spec.services.calendar.version overrides spec.version)',
      ]);
    });

    it('is a no-op when production already asks for the version', () => {
      const d = decidePromote(
        ece('staging'),
        ece('production', { tier: 'production' }),
        undefined,
        undefined,
      );
      assert.equal(d.allowed && d.noop, true);
    });

    it('refuses when staging is not Ready', () => {
      const staging = ece('staging', {
        status: {
          observedGeneration: 3,
          version: '2.4.0',
          conditions: [cond('Ready', 'False', 'ServicesNotReady', 'not ready: web')],
        },
      });
      assert.deepEqual(decidePromote(staging, production(), undefined, undefined), {
        allowed: false,
        reason:
          'refusing to promote ec/staging to ec/production: ec/staging is not Ready (False ServicesNotReady: not ready: web)',
      });
    });

    it('refuses when staging is Ready only because it was rolled back', () => {
      const staging = ece('staging');
      staging.status!.conditions = [cond('Ready', 'True', 'RolledBack', 'calendar runs 2.4.0, not 2.4.1')];
      assert.deepEqual(decidePromote(staging, production(), undefined, undefined), {
        allowed: false,
        reason:
          'refusing to promote ec/staging to ec/production: ec/staging was rolled back to its last good version (RolledBack: calendar runs 2.4.0, not 2.4.1)',
      });
    });

    it('refuses when staging is still rolling out or rolled back (status.version differs from spec)', () => {
      const staging = ece('staging', {
        status: { observedGeneration: 3, version: '2.3.1', conditions: readyConditions() },
      });
      const d = decidePromote(staging, production(), undefined, undefined);
      assert.equal(d.allowed, false);
      assert.match(d.reason, /asks for 2\.4\.0 but runs 2\.3\.1/);
    });

    it('refuses when Degraded, and before the operator observed the generation', () => {
      const degraded = ece('staging');
      degraded.status?.conditions?.push(cond('Degraded', 'True', 'ApplyFailed', 'x'));
      degraded.status!.conditions = degraded.status?.conditions?.filter(
        (c) => !(c.type === 'Degraded' && c.status === 'False'),
      );
      assert.match(
        decidePromote(degraded, production(), undefined, undefined).reason,
        /is Degraded \(ApplyFailed: x\)/,
      );
      const unobserved = ece('staging');
      unobserved.metadata.generation = 4;
      assert.match(
        decidePromote(unobserved, production(), undefined, undefined).reason,
        /not observed generation 4/,
      );
    });

    it('checks the mismatch rate of traffic mirrored into staging against the limit', () => {
      const prod = ece('production', {
        tier: 'production',
        version: '2.3.1',
        mirror: { target: 'staging', compare: true, percent: 10 },
      });
      prod.status!.mirror = { target: 'ec/staging', mirroredRequests: 1000, mismatches: 30 };
      const figures = compareFiguresFor([prod, ece('staging')], { namespace: 'ec', name: 'staging' });
      assert.deepEqual(figures, { sources: ['ec/production'], requests: 1000, mismatches: 30, rate: 0.03 });
      const refused = decidePromote(ece('staging'), prod, figures, 0.01);
      assert.equal(refused.allowed, false);
      assert.match(
        refused.reason,
        /mismatch rate of traffic mirrored to ec\/staging is 3% \(30\/1000 from ec\/production\), above --max-mismatch-rate 1%/,
      );
      const allowed = decidePromote(ece('staging'), prod, figures, 0.05);
      assert.equal(allowed.allowed, true);
      assert.match(allowed.reason, /mismatch rate 3% \(30\/1000\)$/);
      assert.equal(decidePromote(ece('staging'), prod, figures, undefined).allowed, true, 'no limit given');
    });

    it('counts the rate against compared answers once the proxy reports them', () => {
      const prod = ece('production', { mirror: { target: 'staging', compare: true } });
      const figures: MirrorFigures = { mirroredRequests: 1200, comparedRequests: 1000, mismatches: 30 };
      prod.status!.mirror = figures;
      assert.deepEqual(compareFiguresFor([prod], { namespace: 'ec', name: 'staging' }), {
        sources: ['ec/production'],
        requests: 1000,
        mismatches: 30,
        rate: 0.03,
      });
    });

    it('finds no compare figures without compare, without requests, or for another target', () => {
      const prod = ece('production', { mirror: { target: 'other/staging', compare: true } });
      prod.status!.mirror = { mirroredRequests: 10, mismatches: 10 };
      assert.equal(compareFiguresFor([prod], { namespace: 'ec', name: 'staging' }), undefined);
      const noCompare = ece('production', { mirror: { target: 'staging', compare: false } });
      noCompare.status!.mirror = { mirroredRequests: 10, mismatches: 10 };
      assert.equal(compareFiguresFor([noCompare], { namespace: 'ec', name: 'staging' }), undefined);
      const none = ece('production', { mirror: { target: 'staging', compare: true } });
      assert.equal(compareFiguresFor([none], { namespace: 'ec', name: 'staging' }), undefined);
    });
  });

  it('formats durations compactly', () => {
    assert.deepEqual([0, 45_000, 125_000, 3_600_000, 3_720_000, 50 * 3_600_000].map(formatDuration), [
      '0s',
      '45s',
      '2m5s',
      '1h',
      '1h2m',
      '2d2h',
    ]);
  });
});
