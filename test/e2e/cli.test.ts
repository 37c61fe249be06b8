// The everyclass command line against a real API server: the CLI runs as a child process with
// KUBECONFIG of the private cluster. In the first part no operator runs: the tests write each
// environment's status themselves (kubectl patch --subresource=status) and check what the CLI
// reads, decides, prints and patches. The second part is README's CI example with the operator
// as a real process: patch staging, wait, promote, wait, then a version that never turns ready.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { neverReadyTagSuffix } from '../../hack/localenv/cluster.ts';
import { useCluster } from '../support/localenv.ts';
import { type Run, run, start } from './support/cli.ts';
import {
  apply,
  createNamespace,
  installCrd,
  jsonpath,
  killAllOperators,
  patchSpecVersion,
  startOperator,
  uniqueName,
} from './support/operator.ts';

const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1) ?? '';

const cond = (type: string, status: string, reason: string, message = '') => ({
  type,
  status,
  reason,
  message,
  lastTransitionTime: '2026-11-24T10:00:00Z',
});
const ready = (version: string) => [
  cond('Ready', 'True', 'AllReady', 'all services and MongoDB are ready'),
  cond('Progressing', 'False', 'RolloutComplete', `running ${version}`),
  cond('Degraded', 'False', 'AsExpected', 'no failures'),
];
const rollingOut = (version: string) => [
  cond('Ready', 'False', 'ServicesNotReady', 'not ready: web'),
  cond('Progressing', 'True', 'RollingOut', `rolling out ${version}`),
  cond('Degraded', 'False', 'AsExpected', 'no failures'),
];

describe('everyclass command line', function () {
  this.timeout(120_000);
  let cluster: LocalCluster;
  let ns = '';

  const generation = async (name: string) =>
    Number(await jsonpath(cluster, ns, `ece/${name}`, '{.metadata.generation}'));
  /** Writes status as the operator would, observedGeneration = the current generation unless given. */
  const setStatus = async (name: string, status: Record<string, unknown>) => {
    const observedGeneration = await generation(name);
    await cluster.kubectl(
      'patch',
      'ece',
      name,
      '-n',
      ns,
      '--subresource=status',
      '--type=merge',
      '-p',
      JSON.stringify({ status: { observedGeneration, ...status } }),
    );
  };
  const createEnv = (name: string, tier: string, version: string, extra: Record<string, unknown> = {}) =>
    apply(cluster, {
      apiVersion: 'everyclass.io/v1alpha1',
      kind: 'EveryClassEnvironment',
      metadata: { name, namespace: ns },
      spec: { tier, version, app: { emailDomain: 'csu.edu.cn' }, ...extra },
    });
  /** everyclass promote --from staging --to production -n <ns> [extra]. */
  const promote = (...extra: string[]) =>
    run(cluster, 'promote', '--from', 'staging', '--to', 'production', '-n', ns, ...extra);
  const setSpecVersion = (name: string, v: string) => patchSpecVersion(cluster, ns, name, v);
  const specVersion = (name: string) => jsonpath(cluster, ns, `ece/${name}`, '{.spec.version}');

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    ns = await createNamespace(cluster, uniqueName('ece-cli'));
  });
  after(async () => {
    if (ns) await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
  });

  beforeEach(async () => {
    await cluster.kubectl('delete', 'ece', '--all', '-n', ns, '--wait=true');
    await createEnv('staging', 'staging', '2.4.0');
    await createEnv('production', 'production', '2.3.1', {
      mirror: { target: 'staging', percent: 10, compare: true },
    });
    await setStatus('staging', {
      version: '2.4.0',
      conditions: ready('2.4.0'),
      history: [
        {
          version: '2.4.0',
          startedAt: '2026-11-24T10:00:00Z',
          completedAt: '2026-11-24T10:01:05Z',
          outcome: 'Complete',
        },
      ],
    });
    await setStatus('production', {
      version: '2.3.1',
      conditions: ready('2.3.1'),
      // comparedRequests arrives with the mirror proxy's figures; the CRD prunes it before that.
      mirror: { target: `${ns}/staging`, mirroredRequests: 1000, comparedRequests: 1000, mismatches: 5 },
    });
  });

  it('runs as the package bin: npx everyclass --help lists the commands and the exit codes', async () => {
    const child = spawn('npx', ['--no-install', 'everyclass', '--help'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0);
    assert.match(out, /Usage: everyclass/);
    assert.match(out, /promote/);
    assert.match(out, /3 {2}rollout wait \(or a data or backup Job\) reached --timeout/);
    assert.match(out, /\n {2}data\s+Course data/);
    assert.match(out, /\n {2}backup\s+Backups/);
  });

  it('status lists every environment with tier, versions, conditions, mirror figures and last rollout', async () => {
    await setSpecVersion('production', '2.4.0');
    await setStatus('production', {
      conditions: rollingOut('2.4.0'),
      history: [{ version: '2.4.0', startedAt: new Date().toISOString(), outcome: 'Progressing' }],
    });
    const r = await run(cluster, 'status', '-n', ns);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(
      lines[0] ?? '',
      /^NAMESPACE +NAME +TIER +VERSION +READY +PROGRESSING +DEGRADED +MIRROR +LAST ROLLOUT$/,
    );
    assert.equal(lines.length, 3, r.stdout);
    assert.match(
      lines[1] ?? '',
      new RegExp(
        `^${ns} +production +production +2\\.3\\.1->2\\.4\\.0 +False/ServicesNotReady +True/RollingOut +False +staging 10% mismatch 0\\.5% \\(5/1000\\) +2\\.4\\.0 Progressing \\d+s ago$`,
      ),
    );
    assert.match(
      lines[2] ?? '',
      new RegExp(
        `^${ns} +staging +staging +2\\.4\\.0 +True +False +False +- +2\\.4\\.0 Complete \\d+[smhd] ago$`,
      ),
    );

    const all = await run(cluster, 'status');
    assert.equal(all.code, 0, all.stderr);
    assert.match(all.stdout, new RegExp(`^${ns} +staging `, 'm'), 'without -n: every namespace');

    const one = await run(cluster, 'status', `${ns}/staging`);
    assert.equal(one.code, 0, one.stderr);
    assert.match(one.stdout, /^Version: +2\.4\.0 running, 2\.4\.0 desired$/m);
    assert.match(
      one.stdout,
      new RegExp(`^Mirrored in: 1000 requests from ${ns}/production, mismatch rate 0\\.5% \\(5\\)$`, 'm'),
    );
    assert.match(one.stdout, /^ {2}Ready +True +AllReady /m);
  });

  it('promote refuses when staging is not Ready: exit 1, one line, production unchanged', async () => {
    await setStatus('staging', { conditions: rollingOut('2.4.0') });
    const r = await promote();
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      `everyclass: refusing to promote ${ns}/staging to ${ns}/production: ${ns}/staging is not Ready (False ServicesNotReady: not ready: web)\n`,
    );
    assert.equal(await specVersion('production'), '2.3.1');
    assert.equal(await generation('production'), 1, 'production was not written');
  });

  it('promote refuses when staging runs another version than its spec (rolled back) or mismatches too often', async () => {
    await setStatus('staging', { version: '2.3.9' });
    const rolledBack = await run(cluster, 'promote', '--from', `${ns}/staging`, '--to', `${ns}/production`);
    assert.equal(rolledBack.code, 1, rolledBack.stderr);
    assert.match(rolledBack.stderr, /staging asks for 2\.4\.0 but runs 2\.3\.9/);

    await setStatus('staging', { version: '2.4.0' });
    const tooMany = await promote('--max-mismatch-rate', '0.1%');
    assert.equal(tooMany.code, 1, tooMany.stderr);
    assert.match(
      tooMany.stderr,
      new RegExp(
        `mismatch rate of traffic mirrored to ${ns}/staging is 0\\.5% \\(5/1000 from ${ns}/production\\), above --max-mismatch-rate 0\\.1%\\n$`,
      ),
    );
    assert.equal(await specVersion('production'), '2.3.1');
  });

  it('promote holds a route to its own budget (status.mirror.routes, as the operator writes it)', async () => {
    await setStatus('production', {
      mirror: {
        target: `${ns}/staging`,
        comparedRequests: 1000,
        mismatches: 5,
        routes: [
          { route: '/timetable', comparedRequests: 200, mismatches: 4, mismatchRate: '2.00%' },
          { route: '/student', comparedRequests: 800, mismatches: 1, mismatchRate: '0.13%' },
        ],
      },
    });
    const refused = await promote('--max-mismatch-rate', '1%,/timetable=0.5%');
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(
      refused.stderr,
      new RegExp(
        `mismatch rate of route /timetable in traffic mirrored to ${ns}/staging is 2% \\(4/200 from ${ns}/production\\), above --max-mismatch-rate /timetable=0\\.5%\\n$`,
      ),
    );
    assert.equal(await specVersion('production'), '2.3.1');
    const allowed = await promote('--max-mismatch-rate', '1%', '--max-mismatch-rate', '/student=0.5%');
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.equal(await specVersion('production'), '2.4.0');
    const badRoute = await promote('--max-mismatch-rate', 'timetable=1%');
    assert.equal(badRoute.code, 2);
    assert.match(badRoute.stderr, /invalid route "timetable" in --max-mismatch-rate/);
  });

  it('works with only the namespaced rights a CI account gets (get, list, watch, patch)', async () => {
    await cluster.kubectl('create', 'serviceaccount', 'ci', '-n', ns);
    await cluster.kubectl(
      'create',
      'role',
      'ci',
      '-n',
      ns,
      '--verb=get,list,watch,patch',
      '--resource=everyclassenvironments.everyclass.io',
    );
    await cluster.kubectl('create', 'rolebinding', 'ci', '-n', ns, '--role=ci', `--serviceaccount=${ns}:ci`);
    const token = (await cluster.kubectl('create', 'token', 'ci', '-n', ns)).trim();
    const config = parse(readFileSync(cluster.kubeconfig, 'utf8')) as {
      users: Array<{ user: object }>;
      contexts: Array<{ context: { namespace?: string } }>;
    };
    for (const u of config.users) u.user = { token };
    for (const c of config.contexts) c.context.namespace = ns;
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'ec-cli-')), 'ci.kubeconfig');
    writeFileSync(kubeconfig, stringify(config), { mode: 0o600 });
    const as = (...args: string[]) => start(kubeconfig, args).done;

    const status = await as('status');
    assert.equal(status.code, 0, status.stderr);
    assert.match(
      status.stderr,
      new RegExp(`^everyclass: environments: HTTP 403: .*; showing namespace ${ns}\\n$`),
    );
    assert.match(status.stdout, new RegExp(`^${ns} +production `, 'm'));

    // Names resolve in the context's namespace; the compare figures come from production itself.
    const promoted = await as(
      'promote',
      '--from',
      'staging',
      '--to',
      'production',
      '--max-mismatch-rate',
      '1%',
    );
    assert.equal(promoted.code, 0, promoted.stderr);
    assert.match(promoted.stdout, /^promoted 2\.4\.0 .*mismatch rate 0\.5% \(5\/1000\)\n$/);
    assert.equal(await specVersion('production'), '2.4.0');

    await setStatus('production', { version: '2.4.0', conditions: ready('2.4.0') });
    const wait = await as('rollout', 'wait', 'production', '--timeout', '60s');
    assert.equal(wait.code, 0, wait.stderr);
  });

  it('promote copies the version staging runs to production\u2019s spec.version, and nothing else', async () => {
    const before = JSON.parse(await cluster.kubectl('get', 'ece', 'production', '-n', ns, '-o', 'json')) as {
      spec: Record<string, unknown>;
    };
    const r = await promote('--max-mismatch-rate', '1%');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      `promoted 2.4.0 from ${ns}/staging to ${ns}/production (was 2.3.1), mismatch rate 0.5% (5/1000)\n`,
    );
    const after = JSON.parse(await cluster.kubectl('get', 'ece', 'production', '-n', ns, '-o', 'json')) as {
      spec: Record<string, unknown>;
    };
    assert.deepEqual(after.spec, { ...before.spec, version: '2.4.0' });
    assert.equal(await generation('production'), 2);

    const again = await promote();
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /already asks for 2\.4\.0/);
    assert.equal(await generation('production'), 2, 'a second promotion writes nothing');
  });

  describe('rollout wait', () => {
    /** production asks for 2.4.0 and the operator has started rolling it out. */
    beforeEach(async () => {
      await setSpecVersion('production', '2.4.0');
      await setStatus('production', {
        conditions: rollingOut('2.4.0'),
        history: [
          { version: '2.4.0', startedAt: '2026-11-24T10:00:00Z', outcome: 'Progressing' },
          {
            version: '2.3.1',
            startedAt: '2026-11-23T10:00:00Z',
            completedAt: '2026-11-23T10:01:00Z',
            outcome: 'Complete',
          },
        ],
      });
    });

    const waitFor = async (status: Record<string, unknown>): Promise<Run> => {
      const w = start(cluster.kubeconfig, ['rollout', 'wait', 'production', '-n', ns, '--timeout', '90s']);
      // It has read the environment and is watching it before the status changes.
      assert.match(
        await w.stderrLine(/^waiting: /),
        /Progressing=True RollingOut: rolling out 2\.4\.0; running 2\.3\.1$/,
      );
      await setStatus('production', status);
      return w.done;
    };

    it('exits 0 once production is Ready and runs the version', async () => {
      const r = await waitFor({
        version: '2.4.0',
        conditions: ready('2.4.0'),
        history: [
          {
            version: '2.4.0',
            startedAt: '2026-11-24T10:00:00Z',
            completedAt: '2026-11-24T10:02:30Z',
            outcome: 'Complete',
          },
        ],
      });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${ns}/production runs 2.4.0 and is Ready (rolled out in 2m30s)\n`);
    });

    it('exits 1 with the reason when Degraded/RolloutFailed', async () => {
      const r = await waitFor({
        conditions: [
          cond('Ready', 'True', 'AllReady'),
          cond('Progressing', 'False', 'RolloutFailed', 'rolled back'),
          cond('Degraded', 'True', 'RolloutFailed', '2.4.0 failed: web never became ready'),
        ],
      });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(
        lastLine(r.stderr),
        `everyclass: rollout of 2.4.0 to ${ns}/production failed: RolloutFailed: 2.4.0 failed: web never became ready; running 2.3.1`,
      );
      assert.equal(r.stdout, '');
    });

    it('exits 1 when the history says the version was rolled back', async () => {
      const r = await waitFor({
        history: [
          {
            version: '2.4.0',
            startedAt: '2026-11-24T10:00:00Z',
            completedAt: '2026-11-24T10:10:00Z',
            outcome: 'RolledBack',
            message: 'progress deadline exceeded: web',
          },
        ],
      });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(
        lastLine(r.stderr),
        `everyclass: rollout of 2.4.0 to ${ns}/production was rolled back: progress deadline exceeded: web; running 2.3.1`,
      );
    });

    it('exits 3 on timeout, saying what it was waiting for', async () => {
      const r = await run(cluster, 'rollout', 'wait', `${ns}/production`, '--timeout', '2s', '--quiet');
      assert.equal(r.code, 3, r.stderr);
      assert.equal(
        r.stderr,
        `everyclass: timed out after 2s waiting for ${ns}/production to run 2.4.0: Ready=False ServicesNotReady: not ready: web; Progressing=True RollingOut: rolling out 2.4.0; running 2.3.1\n`,
      );
    });

    it('refuses a bad duration (exit 2) and an unknown environment (exit 4)', async () => {
      const bad = await run(cluster, 'rollout', 'wait', 'production', '-n', ns, '--timeout', '10');
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /invalid duration "10"/);
      const missing = await run(cluster, 'rollout', 'wait', 'nope', '-n', ns);
      assert.equal(missing.code, 4);
      assert.equal(missing.stderr, `everyclass: environment ${ns}/nope not found\n`);
    });
  });

  it('rollout history lists the rollouts newest first', async () => {
    await setStatus('production', {
      history: [
        {
          version: '2.3.1',
          startedAt: '2026-11-23T10:00:00Z',
          completedAt: '2026-11-23T10:01:00Z',
          outcome: 'Complete',
        },
        {
          version: '2.4.0',
          startedAt: '2026-11-24T10:00:00Z',
          completedAt: '2026-11-24T10:10:00Z',
          outcome: 'RolledBack',
          message: 'web never became ready',
        },
        {
          version: '2.2.0',
          startedAt: '2026-11-22T10:00:00Z',
          completedAt: '2026-11-22T10:00:40Z',
          outcome: 'Complete',
        },
      ],
    });
    const r = await run(cluster, 'rollout', 'history', 'production', '-n', ns);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.trimEnd().split('\n');
    assert.match(rows[0] ?? '', /^VERSION +OUTCOME +STARTED +AGE +DURATION +MESSAGE$/);
    assert.deepEqual(
      rows.slice(1).map((l) => l.split(/ {3,}/).filter((_c, i) => i !== 3)),
      [
        ['2.4.0', 'RolledBack', '2026-11-24T10:00:00Z', '10m', 'web never became ready'],
        ['2.3.1', 'Complete', '2026-11-23T10:00:00Z', '1m'],
        ['2.2.0', 'Complete', '2026-11-22T10:00:00Z', '40s'],
      ],
    );
  });
});

describe('everyclass command line with the operator: the CI example of README', function () {
  this.timeout(600_000);
  let cluster: LocalCluster;
  let ns = '';
  const ref = (name: string) => `${ns}/${name}`;
  const env = (name: string, tier: string) => ({
    apiVersion: 'everyclass.io/v1alpha1',
    kind: 'EveryClassEnvironment',
    metadata: { name, namespace: ns },
    spec: {
      tier,
      version: '2.3.1',
      services: {
        web: { replicas: 1 },
        entity: { replicas: 1 },
        identity: { replicas: 1 },
        calendar: { replicas: 1 },
      },
      rollout: { progressDeadlineSeconds: 30 },
      app: { emailDomain: 'csu.edu.cn' },
    },
  });
  const patchVersion = (name: string, v: string) => patchSpecVersion(cluster, ns, name, v);

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    ns = await createNamespace(cluster, uniqueName('ece-cli-ci'));
    startOperator(cluster);
    await apply(cluster, env('staging', 'staging'), env('production', 'production'));
  });
  after(async () => {
    await killAllOperators();
    if (ns) await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
  });

  it('patch staging, wait, promote, wait: every step exits 0 and production runs the version', async () => {
    for (const name of ['staging', 'production']) {
      const first = await run(cluster, 'rollout', 'wait', ref(name), '--timeout', '3m', '-q');
      assert.equal(first.code, 0, first.stderr);
    }
    await patchVersion('staging', '2.4.0');
    const staging = await run(
      cluster,
      'rollout',
      'wait',
      ref('staging'),
      '--version',
      '2.4.0',
      '--timeout',
      '3m',
    );
    assert.equal(staging.code, 0, staging.stderr);
    assert.match(staging.stdout, new RegExp(`^${ns}/staging runs 2\\.4\\.0 and is Ready`));

    const promoted = await run(cluster, 'promote', '--from', ref('staging'), '--to', ref('production'));
    assert.equal(promoted.code, 0, promoted.stderr);
    assert.equal(promoted.stdout, `promoted 2.4.0 from ${ns}/staging to ${ns}/production (was 2.3.1)\n`);
    const production = await run(
      cluster,
      'rollout',
      'wait',
      ref('production'),
      '--version',
      '2.4.0',
      '--timeout',
      '3m',
    );
    assert.equal(production.code, 0, production.stderr);
    assert.equal(
      await jsonpath(cluster, ns, 'deploy/production-web', '{.spec.template.spec.containers[0].image}'),
      'ghcr.io/everyclass/everyclass:2.4.0',
    );

    const history = await run(cluster, 'rollout', 'history', ref('production'));
    assert.equal(history.code, 0, history.stderr);
    assert.deepEqual(
      history.stdout
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((l) => l.split(/ +/).slice(0, 2).join(' ')),
      ['2.4.0 Complete', '2.3.1 Complete'],
    );
    const status = await run(cluster, 'status', '-n', ns);
    assert.equal(status.code, 0, status.stderr);
    assert.match(
      status.stdout,
      new RegExp(`^${ns} +production +production +2\\.4\\.0 +True +False +False +- +2\\.4\\.0 Complete`, 'm'),
    );
  });

  it('a version that never turns ready: rollout wait exits 1 with the reason, promote refuses', async () => {
    const bad = `2.5.0${neverReadyTagSuffix}`;
    await patchVersion('staging', bad);
    const wait = await run(cluster, 'rollout', 'wait', ref('staging'), '--timeout', '4m');
    assert.equal(wait.code, 1, wait.stderr);
    // autoRollback (on by default) brings 2.4.0 back, and the history entry reads RolledBack.
    assert.match(
      lastLine(wait.stderr),
      new RegExp(
        `^everyclass: rollout of ${bad.replaceAll('.', '\\.')} to ${ns}/staging was rolled back: .*; running 2\\.4\\.0$`,
      ),
    );
    const promote = await run(cluster, 'promote', '--from', ref('staging'), '--to', ref('production'));
    assert.equal(promote.code, 1, promote.stderr);
    assert.match(promote.stderr, /^everyclass: refusing to promote /);
    assert.equal(await jsonpath(cluster, ns, 'ece/production', '{.spec.version}'), '2.4.0');
  });
});
