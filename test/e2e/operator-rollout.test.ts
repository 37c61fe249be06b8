// A rollout that never becomes ready (KWOK keeps *-never-ready images NotReady): the status
// reports it as Degraded with the Deployment's own ProgressDeadlineExceeded, the rollout history
// records the failure, and the old pods keep serving (maxUnavailable 0).
import assert from 'node:assert/strict';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { neverReadyTagSuffix } from '../../hack/localenv/cluster.ts';
import { useCluster } from '../support/localenv.ts';
import {
  createNamespace,
  eventually,
  installCrd,
  jsonpath,
  killAllOperators,
  startOperator,
  uniqueName,
} from './support/operator.ts';

describe('operator reports a failed rollout', function () {
  this.timeout(300_000);
  let cluster: LocalCluster;
  let ns = '';

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    ns = await createNamespace(cluster, uniqueName('ece-rollout'));
    startOperator(cluster);
  });
  after(async () => {
    await killAllOperators();
    if (ns) await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
  });

  it('marks the environment Degraded and the rollout Failed when a version never turns ready', async () => {
    await cluster.kubectl('apply', '-n', ns, '-f', 'config/samples/testing.yaml');
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'ece/testing', '--timeout=120s');
    const bad = `2.5.0${neverReadyTagSuffix}`;
    await cluster.kubectl(
      'patch',
      'ece',
      'testing',
      '-n',
      ns,
      '--type=merge',
      '-p',
      JSON.stringify({ spec: { version: bad, rollout: { progressDeadlineSeconds: 30 } } }),
    );
    const conditions = (type: string) =>
      jsonpath(
        cluster,
        ns,
        'ece/testing',
        `{.status.conditions[?(@.type=="${type}")].status}/{.status.conditions[?(@.type=="${type}")].reason}`,
      );
    await eventually(
      'Degraded by an exceeded progress deadline',
      async () => ((await conditions('Degraded')) === 'True/ProgressDeadlineExceeded' ? true : undefined),
      120_000,
    );
    assert.equal(await conditions('Ready'), 'False/ServicesNotReady');
    assert.equal(await conditions('Progressing'), 'False/ProgressDeadlineExceeded');
    assert.equal(
      await jsonpath(
        cluster,
        ns,
        'ece/testing',
        '{.status.history[0].version}={.status.history[0].outcome} {.status.version}',
      ),
      `${bad}=Failed 2.3.1`,
      'the last good version stays recorded',
    );
    assert.equal(
      await jsonpath(cluster, ns, 'deploy/testing-web', '{.status.readyReplicas}'),
      '1',
      'the old pod keeps serving during the failed rollout',
    );
    const events = await cluster.kubectl(
      'get',
      'events',
      '-n',
      ns,
      '--field-selector',
      'involvedObject.name=testing,type=Warning',
      '-o',
      'jsonpath={.items[*].reason}',
    );
    assert.match(events, /ProgressDeadlineExceeded/);
  });
});
