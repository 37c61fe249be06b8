// Runtime robustness with real processes: leader election between two operators, takeover
// when the leader dies, graceful shutdown, and convergence after a kill in mid-reconcile.
import assert from 'node:assert/strict';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { useCluster } from '../support/localenv.ts';
import {
  createNamespace,
  eventually,
  installCrd,
  jsonpath,
  killAllOperators,
  type OperatorProcess,
  operatorNamespace,
  startOperator,
  uniqueName,
} from './support/operator.ts';

const notLease = (labels: string) => !labels.includes('kind="Lease"');

describe('operator runtime: leader election, takeover, restarts', function () {
  this.timeout(300_000);
  let cluster: LocalCluster;
  const namespaces: string[] = [];
  const ns = async (prefix: string) => {
    const n = await createNamespace(cluster, uniqueName(prefix));
    namespaces.push(n);
    return n;
  };
  // Operators run as config/rbac's ServiceAccount, which may hold Leases only in everyclass-system:
  // each test elects on a Lease of its own name there.
  const holder = (lease: string) =>
    jsonpath(cluster, operatorNamespace, `lease/${lease}`, '{.spec.holderIdentity}');
  const leaderGauge = async (op: OperatorProcess) =>
    /leader_election_master_status\{name="everyclassenvironment"\} (\d)/.exec(await op.metrics())?.[1];

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
  });
  afterEach(killAllOperators);
  after(async () => {
    for (const n of namespaces)
      await cluster?.kubectl('delete', 'namespace', n, '--wait=false').catch(() => {});
  });

  it('serves /healthz, /readyz and controller-runtime metrics', async () => {
    const op = startOperator(cluster);
    const port = await op.port();
    for (const path of ['/healthz', '/readyz']) {
      const body = await eventually(`${path} ok`, async () => {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        return res.ok ? res.text() : undefined;
      });
      assert.equal(body, 'ok');
    }
    const m = await op.metrics();
    for (const name of [
      'controller_runtime_reconcile_time_seconds',
      'workqueue_depth',
      'leader_election_master_status',
      'process_cpu_seconds_total',
    ]) {
      assert.match(m, new RegExp(`^# TYPE ${name} `, 'm'));
    }
  });

  it('lets only the leader write, and the standby takes over when the leader dies', async () => {
    const leaseNs = uniqueName('lease');
    const envNs = await ns('ece-ha');
    const a = startOperator(cluster, { leaseNamespace: operatorNamespace, leaseName: leaseNs });
    await eventually('a leads', async () =>
      (await holder(leaseNs).catch(() => '')) === a.identity ? true : undefined,
    );
    const b = startOperator(cluster, { leaseNamespace: operatorNamespace, leaseName: leaseNs });
    await eventually('b ready as a standby', async () =>
      (await fetch(`http://127.0.0.1:${await b.port()}/readyz`)).ok ? true : undefined,
    );
    assert.equal(await leaderGauge(b), '0');

    await cluster.kubectl('apply', '-n', envNs, '-f', 'config/samples/testing.yaml');
    await cluster.kubectl('wait', '-n', envNs, '--for=condition=Ready', 'ece/testing', '--timeout=120s');
    assert.ok((await a.writes(notLease)) > 0, 'the leader wrote the children');
    assert.equal(await b.writes(), 0, 'the standby wrote nothing at all (not even the lease)');
    assert.equal(await holder(leaseNs), a.identity);

    await a.kill(); // SIGKILL: the lease is left held; b must wait for it to expire
    await eventually(
      'b takes over the lease',
      async () => ((await holder(leaseNs)) === b.identity ? true : undefined),
      30_000,
    );
    assert.equal(await leaderGauge(b), '1');
    await cluster.kubectl(
      'patch',
      'ece',
      'testing',
      '-n',
      envNs,
      '--type=merge',
      '-p',
      '{"spec":{"services":{"web":{"replicas":2}}}}',
    );
    await eventually('b reconciles the change', async () =>
      (await jsonpath(cluster, envNs, 'deploy/testing-web', '{.spec.replicas}')) === '2' ? true : undefined,
    );
    assert.ok((await b.writes(notLease)) > 0, 'the new leader writes');
  });

  it('releases the lease on graceful shutdown so the standby need not wait for expiry', async () => {
    const leaseNs = uniqueName('lease');
    const a = startOperator(cluster, {
      leaseNamespace: operatorNamespace,
      leaseName: leaseNs,
      args: ['--lease-duration=60', '--renew-deadline=40'],
    });
    await eventually('a leads', async () =>
      (await holder(leaseNs).catch(() => '')) === a.identity ? true : undefined,
    );
    const b = startOperator(cluster, {
      leaseNamespace: operatorNamespace,
      leaseName: leaseNs,
      args: ['--lease-duration=60', '--renew-deadline=40'],
    });
    await b.port();
    await a.stop();
    assert.equal(a.child.exitCode, 0, `graceful exit; logs:\n${a.logs().slice(-2000)}`);
    // With a 60 s lease, b could only lead this early because a released it.
    await eventually(
      'b leads after the release',
      async () => ((await holder(leaseNs)) === b.identity ? true : undefined),
      20_000,
    );
  });

  it('converges with no duplicates after being killed mid-reconcile and restarted', async () => {
    const envNs = await ns('ece-kill');
    const first = startOperator(cluster);
    await first.port();
    await cluster.kubectl('apply', '-n', envNs, '-f', 'config/samples/production.yaml');
    await eventually('first child written', async () =>
      (
        await cluster.kubectl(
          'get',
          'deploy,svc,cm,sts,secret',
          '-n',
          envNs,
          '-l',
          'app.kubernetes.io/instance=production',
          '-o',
          'name',
        )
      ).trim()
        ? true
        : undefined,
    );
    await first.kill();
    const secretUids = () =>
      cluster.kubectl(
        'get',
        'secret',
        '-n',
        envNs,
        '-l',
        'app.kubernetes.io/instance=production',
        '-o',
        'jsonpath={range .items[*]}{.metadata.name}={.metadata.uid} {end}',
      );
    const secretsBefore = await secretUids();

    const second = startOperator(cluster);
    await second.port();
    await cluster.kubectl('wait', '-n', envNs, '--for=condition=Ready', 'ece/production', '--timeout=120s');
    const names = (kind: string) =>
      cluster
        .kubectl('get', kind, '-n', envNs, '-l', 'app.kubernetes.io/instance=production', '-o', 'name')
        .then((s) => s.trim().split('\n').sort());
    // Four services and the mirror proxy (the sample mirrors), plus MongoDB's headless Service.
    assert.equal((await names('deploy')).length, 5);
    assert.equal((await names('svc')).length, 6);
    assert.equal((await names('sts')).length, 1);
    assert.equal((await names('pdb')).length, 5);
    assert.deepEqual(await names('secret'), [
      'secret/production-admin',
      'secret/production-callers',
      'secret/production-keys',
      'secret/production-mongo-credentials',
    ]);
    assert.equal(
      (await cluster.kubectl('get', 'pvc', '-n', envNs, '-o', 'name')).trim(),
      'persistentvolumeclaim/data-production-mongo-0',
    );
    const secretsAfter = await secretUids();
    for (const s of secretsBefore.trim().split(' ').filter(Boolean))
      assert.ok(secretsAfter.includes(s), `secret ${s} was replaced`);
  });
});

describe('operator RBAC (config/rbac)', function () {
  this.timeout(300_000);
  let cluster: LocalCluster;
  let envNs = '';
  after(async () => {
    await killAllOperators();
    if (envNs) await cluster?.kubectl('delete', 'namespace', envNs, '--wait=false').catch(() => {});
  });

  it('reconciles an environment to Ready with only the permissions config/rbac grants', async () => {
    cluster = await useCluster();
    await installCrd(cluster); // also installs config/rbac; every e2e operator runs as its ServiceAccount
    const as = '--as=system:serviceaccount:everyclass-system:everyclass-operator';
    assert.match(await cluster.kubectl('auth', 'can-i', 'patch', 'deployments', as, '-A'), /yes/);
    // Least privilege: what it never needs, it may not do.
    for (const [verb, what] of [
      ['create', 'pods'],
      ['delete', 'namespaces'],
      ['update', 'everyclassenvironments.everyclass.io'],
      ['get', 'nodes'],
    ] as const) {
      const answer = await cluster
        .kubectl('auth', 'can-i', verb, what, as, '-A')
        .catch((e: { stdout?: string }) => e.stdout ?? '');
      assert.match(answer, /^no/, `the operator may ${verb} ${what}`);
    }

    envNs = await createNamespace(cluster, uniqueName('ece-rbac'));
    const op = startOperator(cluster, { leaseNamespace: operatorNamespace, leaseName: uniqueName('lease') });
    await cluster.kubectl('apply', '-n', envNs, '-f', 'config/samples/staging.yaml');
    await cluster.kubectl('wait', '-n', envNs, '--for=condition=Ready', 'ece/staging', '--timeout=120s');
    assert.ok(
      !/cannot \w+ resource/.test(op.logs()),
      `the operator hit a permission error:\n${op.logs().slice(-3000)}`,
    );
  });
});
