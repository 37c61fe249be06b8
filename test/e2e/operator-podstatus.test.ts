// Failing containers reach the environment's status (issue 19), against the local control plane
// with the operator as a real process. KWOK's pods never crash, so the test writes what a kubelet
// would into a pod's status subresource (KWOK leaves Running pods alone): a container in
// CrashLoopBackOff whose last run exited 1 with a one-line reason. The path under test is the real
// one: pod informer → status.problems and Degraded → a Warning event → `everyclass status`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
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
  sampleIn,
  startOperator,
  uniqueName,
} from './support/operator.ts';

const run = promisify(execFile);
const reason =
  'everyclass-web: bad configuration: APP_CONFIG (/etc/everyclass/app.json): emailDomain must be a non-empty string';
// What a careless program could print: a URL with credentials. It must not reach the status.
const leaky = 'failed to start: cannot reach mongodb://everyclass:s3cr3t-pw@testing-mongo-0:27017/everyclass';

/** The pod status a kubelet writes for a container in CrashLoopBackOff after `restarts` restarts. */
function crashLoopStatus(container: string, image: string, restarts: number, message: string): object {
  const now = new Date().toISOString();
  return {
    status: {
      phase: 'Running',
      conditions: [
        { type: 'Ready', status: 'False', reason: 'ContainersNotReady', lastTransitionTime: now },
        { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', lastTransitionTime: now },
      ],
      containerStatuses: [
        {
          name: container,
          image,
          imageID: '',
          ready: false,
          started: false,
          restartCount: restarts,
          state: {
            waiting: {
              reason: 'CrashLoopBackOff',
              message: `back-off 40s restarting failed container=${container}`,
            },
          },
          lastState: {
            terminated: { exitCode: 1, reason: 'Error', message, startedAt: now, finishedAt: now },
          },
        },
      ],
    },
  };
}

describe('operator reports failing containers (issue 19)', function () {
  this.timeout(300_000);
  let cluster: LocalCluster;
  let ns = '';

  const get = (path: string, what = 'ece/testing') => jsonpath(cluster, ns, what, path);
  const condition = (type: string) =>
    get(
      `{.status.conditions[?(@.type=="${type}")].status}/{.status.conditions[?(@.type=="${type}")].reason}`,
    );
  /** Name and image of the one live pod of a service at a version. */
  const podOf = (service: string, version: string) =>
    eventually(`a ${service} pod at ${version}`, async () => {
      const out = await cluster.kubectl(
        'get',
        'pods',
        '-n',
        ns,
        '-l',
        `app.kubernetes.io/component=${service},app.kubernetes.io/version=${version}`,
        '-o',
        'jsonpath={range .items[?(@.status.phase=="Running")]}{.metadata.name} {.spec.containers[0].image}{"\\n"}{end}',
      );
      const [name, image] = out.trim().split('\n')[0]?.split(' ') ?? [];
      return name && image ? { name, image, container: service } : undefined;
    });
  const crash = async (
    pod: { name: string; image: string; container: string },
    restarts: number,
    message = reason,
  ) => {
    const status = crashLoopStatus(pod.container, pod.image, restarts, message);
    await cluster.kubectl(
      'patch',
      'pod',
      pod.name,
      '-n',
      ns,
      '--subresource=status',
      '--type=merge',
      '-p',
      JSON.stringify(status),
    );
  };
  const warnings = (why: string) =>
    cluster
      .kubectl(
        'get',
        'events',
        '-n',
        ns,
        '--field-selector',
        `involvedObject.name=testing,type=Warning,reason=${why}`,
        '-o',
        'jsonpath={range .items[*]}{.message}{"\\n"}{end}',
      )
      .then((out) => out.split('\n').filter(Boolean));

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    ns = await createNamespace(cluster, uniqueName('ece-pods'));
    startOperator(cluster);
    await apply(cluster, sampleIn('testing', ns, { version: '2.3.1' }));
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'ece/testing', '--timeout=120s');
  });
  after(async () => {
    await killAllOperators();
    if (ns) await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
  });

  it('shows a crash loop in Degraded, status.problems, one Warning event and everyclass status, at once', async () => {
    const web = await podOf('web', '2.3.1');
    const t0 = Date.now();
    await crash(web, 3, `${leaky}\n${reason}`);
    await eventually('Degraded=True/CrashLoopBackOff', async () =>
      (await condition('Degraded')) === 'True/CrashLoopBackOff' ? true : undefined,
    );
    const seconds = (Date.now() - t0) / 1000;
    console.log(`      Degraded=True CrashLoopBackOff ${seconds.toFixed(1)} s after the pod status changed`);
    assert.ok(seconds < 10, `took ${seconds} s: one reconcile after the pod changed, not a resync`);
    const message = await get('{.status.conditions[?(@.type=="Degraded")].message}');
    assert.equal(message, `web: CrashLoopBackOff in 1/1 pod (${web.name}: 3 restarts, exit 1: ${reason})`);
    assert.equal(await condition('Ready'), 'False/ServicesNotReady');
    assert.match(await get('{.status.conditions[?(@.type=="Ready")].message}'), /web \(CrashLoopBackOff\)/);
    const problems = JSON.parse(await get('{.status.problems}')) as Array<Record<string, unknown>>;
    assert.deepEqual(
      problems.map((p) => [p.component, p.reason, p.restarts, p.failingPods, p.pods]),
      [['web', 'CrashLoopBackOff', 3, 1, 1]],
    );
    const events = await eventually('the Warning event', async () => {
      const e = await warnings('CrashLoopBackOff');
      return e.length ? e : undefined;
    });
    assert.deepEqual(events, [message]);
    const described = await cluster.kubectl('describe', 'ece', 'testing', '-n', ns);
    assert.match(described, /Warning +CrashLoopBackOff +.*web: CrashLoopBackOff in 1\/1 pod/);
    const { stdout } = await run(
      process.execPath,
      ['operator/src/cli/main.ts', 'status', 'testing', '-n', ns],
      {
        env: { ...process.env, KUBECONFIG: cluster.kubeconfig },
      },
    );
    assert.match(stdout, /^Failing:$/m);
    assert.match(stdout, /^ {2}web +CrashLoopBackOff +1\/1 +3 +\d+s +web: CrashLoopBackOff/m);
    assert.ok(!`${message}${stdout}${described}`.includes('s3cr3t'), 'a credential reached the status');
  });

  it('aggregates further restarts into the same event, and updates the figures', async () => {
    const web = await podOf('web', '2.3.1');
    for (const restarts of [4, 5]) await crash(web, restarts);
    await eventually('5 restarts in status.problems', async () =>
      (await get('{.status.problems[0].restarts}')) === '5' ? true : undefined,
    );
    assert.equal((await warnings('CrashLoopBackOff')).length, 1);
  });

  it('clears once the pod is replaced by one that runs', async () => {
    const web = await podOf('web', '2.3.1');
    await cluster.kubectl('delete', 'pod', web.name, '-n', ns, '--wait=false');
    await eventually('Degraded=False/AsExpected', async () =>
      (await condition('Degraded')) === 'False/AsExpected' ? true : undefined,
    );
    assert.equal(await get('{.status.problems}'), '');
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'ece/testing', '--timeout=120s');
  });

  it('rolls back before the deadline once every new pod crash-loops, with rollout.failFastRestarts', async () => {
    const bad = `2.4.0${neverReadyTagSuffix}`;
    await cluster.kubectl(
      'patch',
      'ece',
      'testing',
      '-n',
      ns,
      '--type=merge',
      '-p',
      JSON.stringify({
        spec: { version: bad, rollout: { progressDeadlineSeconds: 600, failFastRestarts: 2 } },
      }),
    );
    // maxSurge 1, maxUnavailable 0: one new web pod beside the old one, which keeps serving.
    const web = await podOf('web', bad);
    await crash(web, 1);
    // One restart is below the limit: the rollout goes on.
    await eventually('the crash reported', async () =>
      (await condition('Degraded')) === 'True/CrashLoopBackOff' ? true : undefined,
    );
    assert.equal(await get('{.status.rollout.phase}'), 'Progressing');
    const t0 = Date.now();
    await crash(web, 2);
    await eventually(
      'rolled back',
      async () => ((await get('{.status.rollout.phase}')) === 'RolledBack' ? true : undefined),
      120_000,
    );
    const seconds = (Date.now() - t0) / 1000;
    console.log(`      rolled back ${seconds.toFixed(1)} s after the second crash (deadline 600 s)`);
    assert.equal(await get('{.status.rollout.failure.reason}'), 'CrashLooping');
    assert.equal(await get('{.status.version}'), '2.3.1');
    const history = JSON.parse(await get('{.status.history[0]}')) as Record<string, string>;
    assert.equal(history.outcome, 'RolledBack');
    assert.match(
      history.message ?? '',
      new RegExp(
        `crash-looped before the deadline .*\\[web: CrashLoopBackOff in 1/2 pods \\(${web.name}: 2 restarts, exit 1: everyclass-web: bad configuration`,
      ),
    );
    assert.equal(
      await get('{.spec.template.spec.containers[0].image}', 'deploy/testing-web'),
      'ghcr.io/everyclass/everyclass:2.3.1',
    );
  });
});
