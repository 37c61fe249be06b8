// Mirroring (spec.mirror) against the private local control plane, with the operator as a real
// process: mode proxy deploys the mirror proxy and routes the Ingress through it, the target is
// checked (missing, production, not Ready, and recovery), status.mirror carries the figures of a
// real mirror process (`node services/mirror/main.ts` on loopback: KWOK pods do not run, so the
// operator is pointed at it with --mirror-stats-url-template), removing spec.mirror restores the
// direct route; mode gateway reports a missing Gateway API, and once its CRDs (the
// sigs.k8s.io/gateway-api Go module's config/crd/standard) are installed creates the HTTPRoute and
// the ReferenceGrant, and cleans the grant up explicitly.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type LocalCluster, neverReadyTagSuffix } from '../../hack/localenv/cluster.ts';
import { type MirrorProcess, startMirrorProcess } from '../../services/mirror/harness.ts';
import { type Standin, startStandin } from '../../services/mirror/standin.test-support.ts';
import { useCluster } from '../support/localenv.ts';
import {
  apply,
  clearEnvironments,
  createNamespace,
  eventually,
  installCrd,
  jsonpath,
  killAllOperators,
  type OperatorProcess,
  startOperator,
  uniqueName,
} from './support/operator.ts';

/** The Gateway API release whose standard CRDs the gateway-mode test installs (RequestMirror percent is v1.3+). */
const gatewayApiVersion = 'v1.3.0';

function gatewayCrdFiles(): string[] {
  const out = execFileSync(
    'go',
    ['mod', 'download', '-json', `sigs.k8s.io/gateway-api@${gatewayApiVersion}`],
    {
      encoding: 'utf8',
      env: { ...process.env, GOFLAGS: '-mod=mod' },
      cwd: tmpdir(),
    },
  );
  const dir = (JSON.parse(out) as { Dir?: string }).Dir;
  if (!dir) throw new Error(`go mod download sigs.k8s.io/gateway-api@${gatewayApiVersion} gave no directory`);
  const std = join(dir, 'config', 'crd', 'standard');
  return readdirSync(std)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(std, f));
}

describe('operator mirrors traffic (spec.mirror)', function () {
  this.timeout(300_000);
  let cluster: LocalCluster;
  let op: OperatorProcess;
  let src = '';
  let stg = '';
  let production: Standin;
  let staging: Standin;
  let proxy: MirrorProcess;
  let gatewayInstalled = false;
  const logDir = mkdtempSync(join(tmpdir(), 'ec-mirror-e2e-'));

  const condition = (ns: string, name: string, type = 'Mirroring') =>
    jsonpath(
      cluster,
      ns,
      `ece/${name}`,
      `{.status.conditions[?(@.type=="${type}")].status}/{.status.conditions[?(@.type=="${type}")].reason}`,
    );
  const waitCondition = (what: string, ns: string, name: string, want: string) =>
    eventually(what, async () => ((await condition(ns, name)) === want ? true : undefined), 120_000).catch(
      async (err: unknown) => {
        throw new Error(`${String(err)}; Mirroring is ${await condition(ns, name)}`);
      },
    );
  const events = async (ns: string, name: string) =>
    (
      await cluster.kubectl(
        'get',
        'events',
        '-n',
        ns,
        '--field-selector',
        `involvedObject.name=${name}`,
        '-o',
        'jsonpath={range .items[*]}{.type} {.reason} {.message}{"\\n"}{end}',
      )
    )
      .trim()
      .split('\n');
  const patch = (ns: string, name: string, body: object, type: 'merge' | 'json' = 'merge') =>
    cluster.kubectl('patch', 'ece', name, '-n', ns, `--type=${type}`, '-p', JSON.stringify(body));
  const proxyEnv = async (ns = src) => {
    const raw = await jsonpath(
      cluster,
      ns,
      'deploy/production-mirror',
      '{range .spec.template.spec.containers[0].env[*]}{.name}={.value}{"\\n"}{end}',
    );
    return Object.fromEntries(
      raw
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    ) as Record<string, string>;
  };
  const ingressPaths = async () =>
    (
      await jsonpath(
        cluster,
        src,
        'ingress/production',
        '{range .spec.rules[0].http.paths[*]}{.path}={.backend.service.name} {end}',
      )
    ).trim();
  const names = async (ns: string, kinds: string) =>
    (await cluster.kubectl('get', kinds, '-n', ns, '-o', 'name')).trim().split('\n').filter(Boolean);
  const reconciles = async (result: string) => {
    const re = new RegExp(
      `controller_runtime_reconcile_total\\{controller="everyclassenvironment",result="${result}"\\} (\\d+)`,
    );
    return Number(re.exec(await op.metrics())?.[1] ?? 0);
  };
  const status = async () =>
    JSON.parse((await jsonpath(cluster, src, 'ece/production', '{.status.mirror}')) || '{}') as Record<
      string,
      string | number
    >;

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    await clearEnvironments(cluster); // their steady state is asserted: no one else's reconciles
    src = await createNamespace(cluster, uniqueName('ece-mirror-src'));
    stg = await createNamespace(cluster, uniqueName('ece-mirror-stg'));
    // A real mirror process between stand-ins of production and staging web; the operator reads its figures.
    production = await startStandin('ok');
    staging = await startStandin('ok');
    proxy = await startMirrorProcess(
      {
        UPSTREAM_URL: production.url,
        MIRROR_TARGET_URL: staging.url,
        MIRROR_PERCENT: '100',
        MIRROR_COMPARE: 'true',
        MIRROR_COMPARE_WORKERS: '0',
      },
      logDir,
    );
    op = startOperator(cluster, {
      args: [
        `--mirror-stats-url-template=${proxy.admin}/_mirror/stats?env={namespace}/{name}`,
        '--mirror-stats-interval=1',
        '--discovery-interval=1',
      ],
    });
    await op.port();
    await cluster.kubectl('apply', '-n', stg, '-f', 'config/samples/staging.yaml');
    // Across namespaces the target has to accept the source (spec.acceptMirrorFrom).
    await patch(stg, 'staging', { spec: { acceptMirrorFrom: [`${src}/production`] } });
    await cluster.kubectl('wait', '-n', stg, '--for=condition=Ready', 'ece/staging', '--timeout=120s');
  });
  after(async () => {
    await killAllOperators();
    await proxy?.stop();
    await Promise.all([production?.close(), staging?.close()]);
    // The Gateway API CRDs this file installed go too (the cluster may be shared with later files).
    if (gatewayInstalled)
      for (const f of gatewayCrdFiles())
        await cluster?.kubectl('delete', '-f', f, '--ignore-not-found', '--wait=false').catch(() => {});
    // Wait for the namespaces to go (no operator left to recreate children meanwhile), so that an
    // operator of a later test file does not reconcile environments of terminating namespaces.
    const namespaces = [src, stg].filter(Boolean);
    if (namespaces.length)
      await cluster
        ?.kubectl('delete', 'namespace', ...namespaces, '--wait=true', '--timeout=120s')
        .catch(() => {});
  });
  it('mode proxy: runs the proxy in front of production web, configured with the target, and reports its figures', async () => {
    const env = parse(readFileSync('config/samples/production.yaml', 'utf8')) as {
      metadata: { namespace?: string };
      spec: { mirror: object };
    };
    env.spec.mirror = { target: `${stg}/staging`, percent: 10, methods: ['GET', 'HEAD'], compare: true };
    env.metadata.namespace = src;
    await apply(cluster, env);
    await cluster.kubectl('wait', '-n', src, '--for=condition=Ready', 'ece/production', '--timeout=120s');
    assert.deepEqual((await names(src, 'deploy,svc,pdb')).filter((n) => n.includes('mirror')).sort(), [
      'deployment.apps/production-mirror',
      'poddisruptionbudget.policy/production-mirror',
      'service/production-mirror',
    ]);
    assert.equal(await ingressPaths(), '/calendar/ics/=production-calendar /=production-mirror');
    const e = await proxyEnv();
    assert.deepEqual(
      [e.UPSTREAM_URL, e.MIRROR_TARGET_URL, e.MIRROR_PERCENT, e.MIRROR_METHODS, e.MIRROR_COMPARE],
      [`http://production-web.${src}.svc:80`, `http://staging-web.${stg}.svc:80`, '10', 'GET,HEAD', 'true'],
    );
    assert.equal(
      await jsonpath(
        cluster,
        src,
        'deploy/production-mirror',
        '{.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].args[0]} {.spec.template.spec.containers[0].readinessProbe.httpGet.port}',
      ),
      'ghcr.io/everyclass/everyclass:2.3.1 mirror admin',
    );

    // Traffic through the real proxy process: its figures show up in status.mirror.
    for (let i = 0; i < 20; i++) await (await fetch(`${proxy.url}/room/${i}`)).arrayBuffer();
    const settled = await proxy.settled();
    await waitCondition('Mirroring=True with figures', src, 'production', 'True/Mirroring');
    await eventually('status.mirror figures', async () => {
      const s = await status();
      return s.mirroredRequests === settled.mirrored ? s : undefined;
    });
    const s = await status();
    assert.deepEqual(
      [s.target, s.mode, s.percent, s.droppedRequests, s.comparedRequests, s.mismatches, s.mismatchRate],
      [
        `${stg}/staging`,
        'proxy',
        10,
        settled.droppedTotal,
        settled.compared.match + settled.compared.mismatch,
        settled.compared.mismatch,
        '0.00%',
      ],
    );
    assert.ok(typeof s.updatedAt === 'string');
    const room = settled.routes['/room'];
    assert.deepEqual((s as unknown as { routes: unknown }).routes, [
      {
        route: '/room',
        comparedRequests: (room?.match ?? 0) + (room?.mismatch ?? 0),
        mismatches: 0,
        mismatchRate: '0.00%',
      },
    ]);
    const row = await cluster.kubectl('get', 'ece', 'production', '-n', src);
    assert.match(row, /^NAME\s+TIER\s+VERSION\s+RUNNING\s+READY\s+MIRROR\s+MISMATCH\s+MAINTENANCE\s+AGE\n/);
    assert.match(
      row,
      new RegExp(
        `production\\s+production\\s+2\\.3\\.1\\s+2\\.3\\.1\\s+True\\s+${stg}/staging\\s+0\\.00%\\s`,
      ),
    );
    assert.ok((await events(src, 'production')).some((l) => l.startsWith('Normal Mirroring ')));
  });

  it('reads the figures again at its interval and writes nothing while they do not change', async () => {
    // Steady state first: one whole figure-read interval in which nothing was written (the
    // previous test's rollout of the proxy may still be settling).
    let last: { writes: number; requeues: number } | undefined;
    await eventually('a quiet figure-read interval', async () => {
      const now = { writes: await op.writes(), requeues: await reconciles('requeue_after') };
      const quiet = last !== undefined && now.requeues > last.requeues && now.writes === last.writes;
      if (last === undefined || now.requeues > last.requeues) last = now;
      return quiet ? true : undefined;
    });
    const before = { writes: await op.writes(), requeues: await reconciles('requeue_after') };
    await eventually('three more figure reads', async () =>
      (await reconciles('requeue_after')) >= before.requeues + 3 ? true : undefined,
    );
    assert.equal(await op.writes(), before.writes, 'no write while the figures stay the same');
    const was = (await status()).mirroredRequests as number;
    for (let i = 0; i < 5; i++) await (await fetch(`${proxy.url}/student/${i}`)).arrayBuffer();
    const settled = await proxy.settled();
    assert.equal(settled.mirrored, was + 5);
    await eventually('status.mirror follows the proxy', async () =>
      (await status()).mirroredRequests === was + 5 ? true : undefined,
    );
  });

  it('says so when the figures cannot be read, and keeps mirroring configured', async () => {
    await proxy.stop();
    await waitCondition('figures unavailable', src, 'production', 'True/StatsUnavailable');
    const s = await status();
    assert.equal(s.mirroredRequests, undefined, 'no stale figures');
    assert.deepEqual([s.target, s.percent], [`${stg}/staging`, 10]);
    assert.match(
      await jsonpath(cluster, src, 'ece/production', '{.status.conditions[?(@.type=="Mirroring")].message}'),
      /figures unavailable/,
    );
  });

  it('pauses while the target is not Ready (proxy forwards only), and resumes when it is Ready again', async () => {
    await patch(stg, 'staging', { spec: { services: { web: { version: `2.4.0${neverReadyTagSuffix}` } } } });
    await waitCondition('TargetNotReady', src, 'production', 'False/TargetNotReady');
    await eventually('proxy paused', async () => {
      const e = await proxyEnv();
      return e.MIRROR_TARGET_URL === '' && e.MIRROR_PERCENT === '0' ? true : undefined;
    });
    assert.equal(
      await ingressPaths(),
      '/calendar/ics/=production-calendar /=production-mirror',
      'production still served',
    );
    assert.equal((await status()).percent, 0);
    assert.ok((await events(src, 'production')).some((l) => l.startsWith('Warning TargetNotReady ')));
    await cluster.kubectl('wait', '-n', src, '--for=condition=Ready', 'ece/production', '--timeout=120s');
    assert.equal(
      await condition(src, 'production', 'Ready'),
      'True/AllReady',
      'the source stays Ready while paused',
    );

    await patch(stg, 'staging', [{ op: 'remove', path: '/spec/services/web/version' }], 'json');
    await cluster.kubectl('wait', '-n', stg, '--for=condition=Ready', 'ece/staging', '--timeout=120s');
    await eventually('proxy resumed', async () => {
      const e = await proxyEnv();
      return e.MIRROR_TARGET_URL === `http://staging-web.${stg}.svc:80` && e.MIRROR_PERCENT === '10'
        ? true
        : undefined;
    });
    await waitCondition(
      'mirroring again (figures unreadable: the proxy process is stopped)',
      src,
      'production',
      'True/StatsUnavailable',
    );
  });

  it('signs its copies with the target\u2019s shadow key, copied beside the proxy only while the target accepts', async () => {
    const key = (ns: string, secret: string, field: string) =>
      jsonpath(cluster, ns, `secret/${secret}`, `{.data.${field}}`).catch(() => '');
    const ref = () =>
      jsonpath(
        cluster,
        src,
        'deploy/production-mirror',
        '{.spec.template.spec.containers[0].env[?(@.name=="MIRROR_SHADOW_KEY")].valueFrom.secretKeyRef.name}',
      );
    const theirs = await key(stg, 'staging-callers', 'shadowKey');
    assert.ok(theirs, 'staging has a shadow key');
    assert.equal(await key(src, 'production-mirror-shadow', 'shadowKey'), theirs, 'copied beside the proxy');
    assert.equal(await ref(), 'production-mirror-shadow');

    await patch(stg, 'staging', { spec: { acceptMirrorFrom: [] } });
    await waitCondition('TargetNotAccepting', src, 'production', 'False/TargetNotAccepting');
    assert.equal((await proxyEnv()).MIRROR_TARGET_URL, '', 'the proxy forwards only');
    await eventually('the copied key removed', async () =>
      (await key(src, 'production-mirror-shadow', 'shadowKey')) === '' ? true : undefined,
    );
    await patch(stg, 'staging', { spec: { acceptMirrorFrom: [`${src}/production`] } });
    // Mirroring again (the figures' reader was stopped by an earlier test: StatsUnavailable).
    await waitCondition('Mirroring again', src, 'production', 'True/StatsUnavailable');
    assert.equal(await key(src, 'production-mirror-shadow', 'shadowKey'), theirs);
  });

  it('refuses a missing target, a production target and itself, with the reason and a Warning event', async () => {
    await patch(src, 'production', { spec: { mirror: { target: `${stg}/nothing-here` } } });
    await waitCondition('TargetNotFound', src, 'production', 'False/TargetNotFound');
    assert.equal((await proxyEnv()).MIRROR_TARGET_URL, '', 'the proxy forwards only');

    await apply(cluster, {
      apiVersion: 'everyclass.io/v1alpha1',
      kind: 'EveryClassEnvironment',
      metadata: { name: 'other-production', namespace: stg },
      spec: {
        tier: 'production',
        version: '2.3.1',
        // web needs entity and identity (CEL): the smallest environment that runs web.
        services: { web: { replicas: 1 }, entity: { replicas: 1 }, identity: { replicas: 1 } },
        app: { emailDomain: 'csu.edu.cn' },
      },
    });
    await patch(src, 'production', { spec: { mirror: { target: `${stg}/other-production` } } });
    await waitCondition('TargetIsProduction', src, 'production', 'False/TargetIsProduction');
    assert.equal((await proxyEnv()).MIRROR_PERCENT, '0');

    await patch(src, 'production', { spec: { mirror: { target: `${src}/production` } } });
    await waitCondition('TargetIsSelf', src, 'production', 'False/TargetIsSelf');
    await assert.rejects(
      patch(src, 'production', { spec: { mirror: { target: 'production' } } }),
      /must name another environment/,
      'CEL refuses the bare name of itself',
    );
    const ev = await events(src, 'production');
    for (const reason of ['TargetNotFound', 'TargetIsProduction', 'TargetIsSelf'])
      assert.ok(
        ev.some((l) => l.startsWith(`Warning ${reason} `)),
        `${reason} event in\n${ev.join('\n')}`,
      );
    assert.equal(
      await condition(src, 'production', 'Ready'),
      'True/AllReady',
      'production is served throughout',
    );
  });

  it('restores the direct route and removes the proxy when spec.mirror is removed', async () => {
    await patch(src, 'production', [{ op: 'remove', path: '/spec/mirror' }], 'json');
    await eventually('proxy pruned', async () =>
      (await names(src, 'deploy,svc,pdb')).some((n) => n.includes('mirror')) ? undefined : true,
    );
    assert.equal(await ingressPaths(), '/calendar/ics/=production-calendar /=production-web');
    await waitCondition('MirrorDisabled', src, 'production', 'False/MirrorDisabled');
    assert.equal(await jsonpath(cluster, src, 'ece/production', '{.status.mirror}'), '');
  });

  it('mode gateway: says the Gateway API is not installed, then creates the HTTPRoute and ReferenceGrant once it is', async () => {
    const gatewayMirror = {
      target: `${stg}/staging`,
      mode: 'gateway',
      percent: 20,
      methods: ['GET'],
      gateway: { name: 'public', namespace: 'gateways' },
    };
    await patch(src, 'production', { spec: { mirror: gatewayMirror } });
    await waitCondition('GatewayAPINotInstalled', src, 'production', 'False/GatewayAPINotInstalled');
    assert.match(
      await jsonpath(cluster, src, 'ece/production', '{.status.conditions[?(@.type=="Mirroring")].message}'),
      /Gateway API/,
    );
    assert.equal(
      await ingressPaths(),
      '/calendar/ics/=production-calendar /=production-web',
      'no proxy in mode gateway',
    );
    await assert.rejects(
      patch(src, 'production', { spec: { mirror: { methods: ['POST'] } } }),
      /mirrors only GET, HEAD and OPTIONS/,
    );

    gatewayInstalled = true;
    for (const f of gatewayCrdFiles()) await cluster.kubectl('apply', '--server-side', '-f', f);
    await cluster.kubectl(
      'wait',
      '--for=condition=Established',
      'crd/httproutes.gateway.networking.k8s.io',
      'crd/referencegrants.gateway.networking.k8s.io',
      '--timeout=60s',
    );
    await waitCondition('RouteConfigured', src, 'production', 'True/RouteConfigured');
    const route = JSON.parse(
      await cluster.kubectl('get', 'httproute', 'production', '-n', src, '-o', 'json'),
    ) as {
      metadata: { ownerReferences: Array<{ kind: string; name: string }> };
      spec: {
        parentRefs: Array<{ name: string; namespace: string }>;
        hostnames: string[];
        rules: Array<{
          matches: Array<{ method?: string; path: { value: string } }>;
          filters?: Array<{
            type: string;
            requestMirror: { percent: number; backendRef: { name: string; namespace: string; port: number } };
          }>;
          backendRefs: Array<{ name: string }>;
        }>;
      };
    };
    assert.deepEqual(
      route.metadata.ownerReferences.map((o) => `${o.kind}/${o.name}`),
      ['EveryClassEnvironment/production'],
    );
    assert.deepEqual(
      route.spec.parentRefs.map((p) => `${p.namespace}/${p.name}`),
      ['gateways/public'],
    );
    assert.deepEqual(route.spec.hostnames, ['everyclass.example.edu']);
    const mirrored = route.spec.rules.find((r) => r.filters?.some((f) => f.type === 'RequestMirror'));
    assert.deepEqual(
      mirrored?.matches.map((m) => `${m.method} ${m.path.value}`),
      ['GET /'],
    );
    assert.deepEqual(mirrored?.filters?.[0]?.requestMirror, {
      percent: 20,
      backendRef: { group: '', kind: 'Service', name: 'staging-web', namespace: stg, port: 80 },
    });
    const grant = JSON.parse(
      await cluster.kubectl(
        'get',
        'referencegrant',
        `everyclass-mirror-${src}-production`,
        '-n',
        stg,
        '-o',
        'json',
      ),
    ) as { metadata: { ownerReferences?: unknown }; spec: unknown };
    assert.equal(grant.metadata.ownerReferences, undefined);
    assert.deepEqual(grant.spec, {
      from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: src }],
      to: [{ group: '', kind: 'Service', name: 'staging-web' }],
    });
  });

  it('mode gateway: pauses without the grant while the target is not Ready, and deletes the grant with the environment', async () => {
    const grants = () => names(stg, 'referencegrants');
    await patch(stg, 'staging', { spec: { services: { web: { version: `2.4.0${neverReadyTagSuffix}` } } } });
    await waitCondition('TargetNotReady', src, 'production', 'False/TargetNotReady');
    await eventually('grant deleted while paused', async () =>
      (await grants()).length === 0 ? true : undefined,
    );
    assert.equal(
      await jsonpath(cluster, src, 'httproute/production', '{.spec.rules[*].filters}'),
      '',
      'no RequestMirror filter while paused',
    );
    await patch(stg, 'staging', [{ op: 'remove', path: '/spec/services/web/version' }], 'json');
    await waitCondition('RouteConfigured again', src, 'production', 'True/RouteConfigured');
    await eventually('grant back', async () => ((await grants()).length === 1 ? true : undefined));

    await cluster.kubectl('delete', 'ece', 'production', '-n', src);
    await eventually('grant cleaned up with its environment', async () =>
      (await grants()).length === 0 ? true : undefined,
    );
  });
});
