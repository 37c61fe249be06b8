// Version promotion and automatic rollback (issue 7) against the local control plane, with the
// operator as a real process. KWOK keeps pods of images tagged *-never-ready Running but never
// Ready, so their Deployment reports ProgressDeadlineExceeded after rollout.progressDeadlineSeconds
// (30 s, the schema's minimum). The behaviour is checked by its end state, never by timing.
import assert from 'node:assert/strict';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { neverReadyTagSuffix } from '../../hack/localenv/cluster.ts';
import { useCluster } from '../support/localenv.ts';
import {
  apply,
  createNamespace,
  eventually,
  installCrd,
  jsonpath,
  killAllOperators,
  type OperatorProcess,
  sampleIn,
  startOperator,
  uniqueName,
} from './support/operator.ts';

const services = ['web', 'entity', 'identity', 'calendar'] as const;
const bad = (v: string) => `${v}${neverReadyTagSuffix}`;

/** The testing sample at `version`, with a 30 s progress deadline. */
const testingEnv = (ns: string, version: string): object =>
  sampleIn('testing', ns, { version, rollout: { progressDeadlineSeconds: 30 } });

describe('operator rolls versions out and back (issue 7)', function () {
  this.timeout(600_000);
  let cluster: LocalCluster;
  let operator: OperatorProcess;
  let ns = '';
  let firstNs = '';

  const get = (path: string, what = 'ece/testing', where = ns) => jsonpath(cluster, where, what, path);
  const condition = (type: string, where = ns) =>
    get(
      `{.status.conditions[?(@.type=="${type}")].status}/{.status.conditions[?(@.type=="${type}")].reason}`,
      'ece/testing',
      where,
    );
  const patch = (spec: object) =>
    cluster.kubectl('patch', 'ece', 'testing', '-n', ns, '--type=merge', '-p', JSON.stringify({ spec }));
  /** Image tags of the four Deployments, e.g. "2.4.0 2.4.0 2.4.0 2.4.0". */
  const tags = async (where = ns) => {
    const out: string[] = [];
    for (const s of services) {
      const image = await get('{.spec.template.spec.containers[0].image}', `deploy/testing-${s}`, where);
      out.push(image.slice(image.lastIndexOf(':') + 1));
    }
    return out.join(' ');
  };
  const four = (v: string) => services.map(() => v).join(' ');
  /** Waits until the rollout phase (status.rollout.phase) for `target` is `phase`, the status current. */
  const phase = (target: string, want: string, where = ns, timeout = 180_000) =>
    eventually(
      `rollout of ${target} ${want}`,
      async () => {
        const [p, t, g, og] = (
          await get(
            '{.status.rollout.phase} {.status.rollout.target.version} {.metadata.generation} {.status.observedGeneration}',
            'ece/testing',
            where,
          )
        ).split(' ');
        return p === want && t === target && g === og ? true : undefined;
      },
      timeout,
    );
  const events = async (type: 'Normal' | 'Warning', where = ns) =>
    cluster.kubectl(
      'get',
      'events',
      '-n',
      where,
      '--field-selector',
      `involvedObject.name=testing,type=${type}`,
      '-o',
      'jsonpath={range .items[*]}{.reason}: {.message}{"\\n"}{end}',
    );

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    ns = await createNamespace(cluster, uniqueName('ece-rollout'));
    // The first rollout of this one fails: its deadline runs while the other tests do.
    firstNs = await createNamespace(cluster, uniqueName('ece-first'));
    operator = startOperator(cluster);
    await apply(cluster, testingEnv(ns, '2.3.1'), testingEnv(firstNs, bad('1.0.0')));
  });
  after(async () => {
    await killAllOperators();
    for (const n of [ns, firstNs])
      if (n) await cluster?.kubectl('delete', 'namespace', n, '--wait=false').catch(() => {});
  });

  it('rolls a new version out: Progressing/RollingOut, then Ready with status.version and a Complete history entry', async () => {
    await phase('2.3.1', 'Complete');
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'ece/testing', '--timeout=120s');
    await patch({ version: '2.4.0' });
    await phase('2.4.0', 'Complete');
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'ece/testing', '--timeout=120s');
    assert.equal(await get('{.status.version}'), '2.4.0');
    assert.equal(await condition('Progressing'), 'False/RolloutComplete');
    assert.equal(await condition('Degraded'), 'False/AsExpected');
    assert.equal(await tags(), four('2.4.0'));
    const h = JSON.parse(await get('{.status.history}')) as Array<Record<string, string>>;
    assert.deepEqual(
      h.map((e) => `${e.version}=${e.outcome}`),
      ['2.4.0=Complete', '2.3.1=Complete'],
    );
    assert.ok(h[0]?.startedAt && h[0].completedAt && h[0].completedAt >= h[0].startedAt);
    const svc = JSON.parse(await get('{.status.services.web}')) as Record<string, unknown>;
    assert.deepEqual(
      [svc.version, svc.runningVersion, svc.updatedReplicas, svc.readyReplicas],
      ['2.4.0', '2.4.0', 1, 1],
    );
    assert.match(await events('Normal'), /^RollingOut: Progressing=True: rolling out 2\.4\.0/m);
  });

  it('rolls every service back to the last good version when the new one never turns ready', async () => {
    const v = bad('2.5.0');
    await patch({ version: v });
    await phase(v, 'RolledBack');
    assert.equal(await get('{.spec.version}'), v, 'the spec is not rewritten');
    assert.equal(await get('{.status.version}'), '2.4.0');
    assert.equal(await tags(), four('2.4.0'), 'the children are rebuilt from the last good version');
    for (const s of services)
      assert.equal(await get('{.status.readyReplicas}', `deploy/testing-${s}`), '1', `${s} serves again`);
    assert.equal(await condition('Degraded'), 'True/RolloutFailed');
    const message = await get('{.status.conditions[?(@.type=="Degraded")].message}');
    assert.match(message, new RegExp(`${v.replaceAll('.', '\\.')} failed: .*web.*rolled back to 2\\.4\\.0`));
    assert.equal(await condition('Progressing'), 'False/RolledBack');
    assert.equal(
      await condition('Ready'),
      'False/RolledBack',
      'kubectl wait --for=condition=Ready does not pass',
    );
    assert.equal(await get('{.status.history[0].version}={.status.history[0].outcome}'), `${v}=RolledBack`);
    assert.match(await get('{.status.history[0].message}'), /rolled back to 2\.4\.0/);
    assert.match(await events('Warning'), new RegExp(`^RolloutFailed: .*${v.replaceAll('.', '\\.')}`, 'm'));
  });

  it('finishes a rollout whose deadline passed while the operator was down: it rolls back', async () => {
    const v = bad('2.7.0');
    await patch({ version: v });
    await phase(v, 'Progressing');
    await eventually('web Deployment at the new version', async () =>
      (await get('{.spec.template.spec.containers[0].image}', 'deploy/testing-web')).endsWith(v)
        ? true
        : undefined,
    );
    await operator.kill();
    await eventually(
      'the Deployment controller reports the deadline',
      async () =>
        (await get('{.status.conditions[?(@.type=="Progressing")].reason}', 'deploy/testing-web')) ===
        'ProgressDeadlineExceeded'
          ? true
          : undefined,
      120_000,
    );
    assert.equal(
      await get('{.status.rollout.phase}'),
      'Progressing',
      'nobody decided while the operator was down',
    );
    operator = startOperator(cluster);
    await phase(v, 'RolledBack');
    assert.equal(await tags(), four('2.4.0'));
    assert.equal(await get('{.status.history[0].version}={.status.history[0].outcome}'), `${v}=RolledBack`);
  });

  it('changes no child while paused, and rolls out once unpaused', async () => {
    await patch({ version: '2.8.0', paused: true });
    await eventually('Progressing=False/Paused at the current generation', async () =>
      (await condition('Progressing')) === 'False/Paused' &&
      (await get('{.metadata.generation}')) === (await get('{.status.observedGeneration}'))
        ? true
        : undefined,
    );
    assert.equal(await tags(), four('2.4.0'), 'paused: the children keep their version');
    assert.equal(await get('{.status.rollout.target.version}'), bad('2.7.0'), 'no rollout began');
    assert.notEqual(await get('{.status.history[0].version}'), '2.8.0');
    await patch({ paused: false });
    await phase('2.8.0', 'Complete');
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'ece/testing', '--timeout=120s');
    assert.equal(await tags(), four('2.8.0'));
    assert.equal(await condition('Degraded'), 'False/AsExpected');
  });

  it('stops and leaves the new pods for inspection when autoRollback is false', async () => {
    const v = bad('2.9.0');
    await patch({ version: v, rollout: { autoRollback: false } });
    await phase(v, 'Failed');
    assert.equal(await condition('Degraded'), 'True/RolloutFailed');
    assert.match(await get('{.status.conditions[?(@.type=="Degraded")].message}'), /autoRollback is false/);
    assert.equal(await condition('Progressing'), 'False/ProgressDeadlineExceeded');
    assert.equal(await get('{.status.history[0].version}={.status.history[0].outcome}'), `${v}=Failed`);
    assert.equal(await get('{.status.version}'), '2.8.0');
    assert.equal(await tags(), four(v), 'the failed version stays applied');
    assert.equal(await get('{.status.updatedReplicas}', 'deploy/testing-web'), '1', 'its pod is there');
  });

  it('finishes a rollback interrupted by a restart', async () => {
    // An operator that recorded the rollback in status and died before changing any child (the
    // state it writes first, on purpose) leaves exactly this: status says RollingBack, the
    // children still run the failed version. A new operator must finish the rollback.
    const v = bad('2.9.0');
    await operator.kill();
    await patch({ rollout: { autoRollback: true } });
    await cluster.kubectl(
      'patch',
      'ece',
      'testing',
      '-n',
      ns,
      '--subresource=status',
      '--type=json',
      '-p',
      JSON.stringify([{ op: 'replace', path: '/status/rollout/phase', value: 'RollingBack' }]),
    );
    assert.equal(await tags(), four(v), 'the children still run the failed version');
    operator = startOperator(cluster);
    await phase(v, 'RolledBack');
    assert.equal(await tags(), four('2.8.0'));
    for (const s of services)
      assert.equal(await get('{.status.readyReplicas}', `deploy/testing-${s}`), '1', `${s} serves`);
    assert.equal(await condition('Degraded'), 'True/RolloutFailed');
    assert.equal(await condition('Progressing'), 'False/RolledBack');
    assert.equal(await get('{.status.history[0].version}={.status.history[0].outcome}'), `${v}=RolledBack`);
  });

  it('rolls back a failing per-service version (a canary of one service) the same way', async () => {
    const canary = bad('2.8.1');
    await patch({ version: '2.8.0', services: { calendar: { version: canary } } });
    await phase('2.8.0', 'RolledBack');
    assert.equal(await tags(), four('2.8.0'), 'calendar is back on 2.8.0, the others never left it');
    assert.equal(await condition('Degraded'), 'True/RolloutFailed');
    assert.match(
      await get('{.status.conditions[?(@.type=="Degraded")].message}'),
      new RegExp(
        `2\\.8\\.0 \\(calendar ${canary.replaceAll('.', '\\.')}\\) failed: calendar did not become ready`,
      ),
    );
    assert.equal(
      await get(
        '{.status.history[0].version} {.status.history[0].services.calendar} {.status.history[0].outcome}',
      ),
      `2.8.0 ${canary} RolledBack`,
    );
    assert.equal(
      await get('{.status.services.calendar.version}'),
      canary,
      'status says what the spec asks for',
    );
    assert.equal(await get('{.status.services.calendar.runningVersion}'), '2.8.0', '… and what runs');
  });

  it('finishes a successful rollout interrupted by a restart, with one history entry', async () => {
    await patch({ version: '3.0.0', services: { calendar: { version: null } } });
    await eventually('the rollout of 3.0.0 began', async () =>
      ['Progressing', 'Complete'].includes(await get('{.status.rollout.phase}')) &&
      (await get('{.status.rollout.target.version}')) === '3.0.0'
        ? true
        : undefined,
    );
    await operator.kill();
    operator = startOperator(cluster);
    await phase('3.0.0', 'Complete');
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'ece/testing', '--timeout=120s');
    assert.equal(await tags(), four('3.0.0'));
    assert.equal(await condition('Degraded'), 'False/AsExpected');
    assert.equal(await get('{.status.version}'), '3.0.0');
    const h = JSON.parse(await get('{.status.history}')) as Array<{ version: string; outcome: string }>;
    assert.deepEqual(
      h.slice(0, 2).map((e) => `${e.version}=${e.outcome}`),
      ['3.0.0=Complete', '2.8.0=RolledBack'],
    );
    assert.ok(h.length <= 10, 'history keeps at most ten entries');
  });

  it('reports a failed first rollout as Degraded/NoKnownGoodVersion and changes nothing else', async () => {
    const v = bad('1.0.0');
    await phase(v, 'Failed', firstNs);
    assert.equal(await condition('Degraded', firstNs), 'True/NoKnownGoodVersion');
    assert.match(
      await get('{.status.conditions[?(@.type=="Degraded")].message}', 'ece/testing', firstNs),
      /nothing to roll back to/,
    );
    assert.equal(await get('{.status.version}', 'ece/testing', firstNs), '', 'no version ever completed');
    assert.equal(await tags(firstNs), four(v), 'the children stay as they are');
    assert.equal(
      await get('{.status.history[0].version}={.status.history[0].outcome}', 'ece/testing', firstNs),
      `${v}=Failed`,
    );
    assert.match(await events('Warning', firstNs), /^NoKnownGoodVersion: /m);
  });
});
