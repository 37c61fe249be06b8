import assert from 'node:assert/strict';
import { cond, ece, t0 } from './fixtures.test-support.ts';
import { waitOutcome } from './rollout-state.ts';

describe('cli: where a rollout stands', () => {
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
});
