import assert from 'node:assert/strict';
import type { EveryClassEnvironmentStatus, Versions } from '../api/environment.ts';
import {
  decideRollout,
  type RolloutDecision,
  type RolloutInput,
  type ServiceRollout,
  serviceRollout,
} from './rollout.ts';

const t0 = new Date('2026-11-24T10:00:00Z');
const t1 = new Date('2026-11-24T10:01:00Z');
const t2 = new Date('2026-11-24T10:02:00Z');
const t3 = new Date('2026-11-24T10:03:00Z');

const all = (version: string, overrides: Record<string, string> = {}): Versions => ({
  version,
  services: { web: version, entity: version, identity: version, calendar: version, ...overrides },
});

/** Every service's Deployment at `v`, ready unless listed in `stuck` (then past its deadline). */
function world(v: Versions, stuck: string[] = []): Record<string, ServiceRollout> {
  return Object.fromEntries(
    Object.entries(v.services).map(([s, version]) => [
      s,
      { version, rolledOut: !stuck.includes(s), deadlineExceeded: stuck.includes(s) },
    ]),
  );
}

function input(over: Partial<RolloutInput>): RolloutInput {
  return {
    target: all('2.3.1'),
    paused: false,
    autoRollback: true,
    progressDeadlineSeconds: 30,
    status: undefined,
    observed: {},
    now: t0,
    ...over,
  };
}

/** The status a pass would store from a decision (what the next pass reads). */
const stored = (d: RolloutDecision): EveryClassEnvironmentStatus => ({
  ...(d.rollout ? { rollout: d.rollout } : {}),
  history: d.history,
});

/** 2.3.1 rolled out and complete. */
function completed(): EveryClassEnvironmentStatus {
  const start = decideRollout(input({}));
  return stored(decideRollout(input({ status: stored(start), observed: world(all('2.3.1')), now: t1 })));
}

describe('rollout decisions', () => {
  it('opens a rollout and a Progressing history entry for a new target, and runs the target', () => {
    const d = decideRollout(input({}));
    assert.equal(d.rollout?.phase, 'Progressing');
    assert.deepEqual(d.run, all('2.3.1'));
    assert.deepEqual(d.history, [{ version: '2.3.1', startedAt: t0.toISOString(), outcome: 'Progressing' }]);
    assert.equal(d.persistFirst, false);
  });

  it('completes once every service runs the target with all replicas ready', () => {
    const s = completed();
    assert.equal(s.rollout?.phase, 'Complete');
    assert.deepEqual(s.rollout?.lastGood, all('2.3.1'));
    assert.deepEqual(s.history, [
      { version: '2.3.1', startedAt: t0.toISOString(), completedAt: t1.toISOString(), outcome: 'Complete' },
    ]);
    const half = {
      ...world(all('2.3.1')),
      web: { version: '2.3.0', rolledOut: true, deadlineExceeded: false },
    };
    assert.equal(
      decideRollout(input({ status: stored(decideRollout(input({}))), observed: half })).rollout?.phase,
      'Progressing',
    );
  });

  it('rolls every service back to the last good versions when a service misses its deadline', () => {
    const bad = all('2.5.0-never-ready');
    const start = decideRollout(
      input({ target: bad, status: completed(), observed: world(all('2.3.1')), now: t2 }),
    );
    assert.equal(start.rollout?.phase, 'Progressing');
    assert.deepEqual(start.run, bad);
    assert.deepEqual(start.rollout?.lastGood, all('2.3.1'));

    const failing = decideRollout(
      input({ target: bad, status: stored(start), observed: world(bad, ['web', 'entity']), now: t3 }),
    );
    assert.equal(failing.rollout?.phase, 'RollingBack');
    assert.deepEqual(failing.rollout?.failedServices, ['web', 'entity']);
    assert.deepEqual(failing.run, all('2.3.1'), 'the children are built from the last good version');
    assert.equal(failing.persistFirst, true, 'the rollback is recorded in status before any child changes');
    const head = failing.history[0];
    assert.equal(head?.outcome, 'RolledBack');
    assert.equal(head?.completedAt, t3.toISOString());
    assert.match(
      head?.message ?? '',
      /2\.5\.0-never-ready failed: web, entity did not become ready within 30s/,
    );
    assert.deepEqual(
      failing.history.map((h) => [h.version, h.outcome]),
      [
        ['2.5.0-never-ready', 'RolledBack'],
        ['2.3.1', 'Complete'],
      ],
    );

    // A pass that finds the rollback already recorded (e.g. after a restart) applies it.
    const again = decideRollout(
      input({ target: bad, status: stored(failing), observed: world(bad, ['web', 'entity']), now: t3 }),
    );
    assert.equal(again.persistFirst, false);
    assert.deepEqual(again.run, all('2.3.1'));
    assert.deepEqual(again.rollout, failing.rollout);

    const back = decideRollout(
      input({ target: bad, status: stored(again), observed: world(all('2.3.1')), now: t3 }),
    );
    assert.equal(back.rollout?.phase, 'RolledBack');
    assert.match(back.history[0]?.message ?? '', /rolled back to 2\.3\.1/);

    // Not retried: later passes keep running the last good version while the spec asks for the same target.
    const later = decideRollout(
      input({ target: bad, status: stored(back), observed: world(all('2.3.1')), now: t3 }),
    );
    assert.deepEqual(later.rollout, back.rollout);
    assert.deepEqual(later.run, all('2.3.1'));
    assert.deepEqual(later.history, back.history);

    // A new target in the spec starts a new rollout from the same last good version.
    const next = decideRollout(
      input({ target: all('2.5.1'), status: stored(later), observed: world(all('2.3.1')) }),
    );
    assert.equal(next.rollout?.phase, 'Progressing');
    assert.deepEqual(next.run, all('2.5.1'));
    assert.deepEqual(next.rollout?.lastGood, all('2.3.1'));
  });

  it('fails fast when every new pod of a service crash-loops, only with rollout.failFastRestarts', () => {
    const bad = all('2.5.0');
    const start = decideRollout(
      input({ target: bad, status: completed(), observed: world(all('2.3.1')), now: t2 }),
    );
    const looping = world(bad, []);
    for (const s of Object.values(looping)) s.rolledOut = false;
    if (looping.web) {
      looping.web.crashLooped = true;
      looping.web.problem = 'web: CrashLoopBackOff in 1/1 pod (testing-web-1: 3 restarts, exit 1: boom)';
    }
    const off = decideRollout(input({ target: bad, status: stored(start), observed: looping, now: t3 }));
    assert.equal(
      off.rollout?.phase,
      'Progressing',
      'without failFastRestarts only the deadline fails a rollout',
    );
    const on = decideRollout(
      input({ target: bad, status: stored(start), observed: looping, now: t3, failFastRestarts: 3 }),
    );
    assert.equal(on.rollout?.phase, 'RollingBack');
    assert.deepEqual(on.rollout?.failure, {
      reason: 'CrashLooping',
      pods: 'web: CrashLoopBackOff in 1/1 pod (testing-web-1: 3 restarts, exit 1: boom)',
    });
    assert.deepEqual(on.run, all('2.3.1'));
    assert.equal(
      on.history[0]?.message,
      'rollout of 2.5.0 failed: web, entity, identity, calendar crash-looped before the deadline (every new ' +
        'pod restarted rollout.failFastRestarts times) [web: CrashLoopBackOff in 1/1 pod (testing-web-1: 3 ' +
        'restarts, exit 1: boom)]; rolling back to 2.3.1',
    );
    // The next target starts clean.
    const next = decideRollout(
      input({ target: all('2.5.1'), status: stored(on), observed: world(all('2.3.1')) }),
    );
    assert.equal(next.rollout?.failure, undefined);
  });

  it('stops with the target applied when autoRollback is false, and rolls back once it is turned on', () => {
    const bad = all('2.5.0-never-ready');
    const start = decideRollout(input({ target: bad, status: completed(), autoRollback: false }));
    const failed = decideRollout(
      input({ target: bad, status: stored(start), observed: world(bad, ['web']), autoRollback: false }),
    );
    assert.equal(failed.rollout?.phase, 'Failed');
    assert.deepEqual(failed.run, bad, 'the new pods stay for inspection');
    assert.equal(failed.persistFirst, false);
    assert.equal(failed.history[0]?.outcome, 'Failed');
    assert.match(failed.history[0]?.message ?? '', /autoRollback is false/);
    const on = decideRollout(input({ target: bad, status: stored(failed), observed: world(bad, ['web']) }));
    assert.equal(on.rollout?.phase, 'RollingBack');
    assert.deepEqual(on.run, all('2.3.1'));
    assert.equal(on.history[0]?.outcome, 'RolledBack');
  });

  it('fails without touching anything when the first rollout fails (no version to return to)', () => {
    const bad = all('2.5.0-never-ready');
    const start = decideRollout(input({ target: bad }));
    const failed = decideRollout(
      input({ target: bad, status: stored(start), observed: world(bad, ['calendar']) }),
    );
    assert.equal(failed.rollout?.phase, 'Failed');
    assert.equal(failed.rollout?.lastGood, undefined);
    assert.deepEqual(failed.run, bad);
    assert.match(failed.history[0]?.message ?? '', /calendar did not become ready.*nothing to roll back to/);
  });

  it('completes a failed rollout whose pods turn ready after all', () => {
    const bad = all('2.5.0');
    const start = decideRollout(input({ target: bad, status: completed(), autoRollback: false }));
    const failed = decideRollout(
      input({ target: bad, status: stored(start), observed: world(bad, ['web']), autoRollback: false }),
    );
    const late = decideRollout(
      input({ target: bad, status: stored(failed), observed: world(bad), autoRollback: false }),
    );
    assert.equal(late.rollout?.phase, 'Complete');
    assert.equal(late.rollout?.failedServices, undefined);
    assert.equal(late.history[0]?.outcome, 'Complete');
  });

  it('freezes while paused: no rollout starts, what ran keeps running', () => {
    const bad = all('2.5.0-never-ready');
    const start = decideRollout(input({ target: bad, status: completed() }));
    const rolledBack = stored(
      decideRollout(input({ target: bad, status: stored(start), observed: world(bad, ['web']) })),
    );
    const paused = decideRollout(input({ target: all('2.6.0'), status: rolledBack, paused: true }));
    assert.deepEqual(paused.rollout, rolledBack.rollout);
    assert.deepEqual(paused.history, rolledBack.history);
    assert.deepEqual(paused.run, all('2.3.1'));
    const fresh = decideRollout(input({ paused: true }));
    assert.equal(fresh.rollout, undefined);
    assert.deepEqual(fresh.history, []);
  });

  it('treats a per-service version as part of the target and names it', () => {
    const base = completed();
    const canary = all('2.3.1', { calendar: '2.4.0-never-ready' });
    const start = decideRollout(input({ target: canary, status: base }));
    assert.deepEqual(start.history[0]?.services, { calendar: '2.4.0-never-ready' });
    const failed = decideRollout(
      input({ target: canary, status: stored(start), observed: world(canary, ['calendar']) }),
    );
    assert.equal(failed.rollout?.phase, 'RollingBack');
    assert.deepEqual(failed.run, all('2.3.1'));
    assert.match(
      failed.history[0]?.message ?? '',
      /2\.3\.1 \(calendar 2\.4\.0-never-ready\) failed: calendar/,
    );
  });

  it('supersedes an unfinished rollout and keeps the newest ten entries', () => {
    let s: EveryClassEnvironmentStatus = {};
    for (let i = 0; i < 15; i++) s = stored(decideRollout(input({ target: all(`1.${i}.0`), status: s })));
    assert.equal(s.history?.length, 10);
    assert.deepEqual(
      s.history?.slice(0, 2).map((h) => [h.version, h.outcome]),
      [
        ['1.14.0', 'Progressing'],
        ['1.13.0', 'Superseded'],
      ],
    );
  });

  it('takes the last good version from a status written before status.rollout existed', () => {
    const d = decideRollout(
      input({
        target: all('2.4.0'),
        status: { version: '2.3.1', history: [] },
        observed: world(all('2.3.1')),
      }),
    );
    assert.equal(d.rollout?.phase, 'Progressing');
    assert.deepEqual(d.rollout?.lastGood, all('2.3.1'));
  });

  it('reads the image tag and progress of a Deployment', () => {
    const dep = (status: object, image = 'registry:5000/everyclass:2.4.0') => ({
      metadata: { generation: 3 },
      spec: { replicas: 2, selector: {}, template: { spec: { containers: [{ name: 'web', image }] } } },
      status: { observedGeneration: 3, ...status },
    });
    const ready = { replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2 };
    assert.deepEqual(serviceRollout(dep(ready), 'web'), {
      version: '2.4.0',
      rolledOut: true,
      deadlineExceeded: false,
    });
    assert.equal(serviceRollout(dep(ready, 'registry:5000/everyclass'), 'web').version, undefined);
    const stale = { ...dep(ready), status: { ...ready, observedGeneration: 2 } };
    assert.equal(serviceRollout(stale, 'web').rolledOut, false, 'not before the controller saw the template');
    const late = dep({
      conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }],
    });
    assert.equal(serviceRollout(late, 'web').deadlineExceeded, true);
    assert.deepEqual(serviceRollout(undefined, 'web'), {
      version: undefined,
      rolledOut: false,
      deadlineExceeded: false,
    });
  });
});
