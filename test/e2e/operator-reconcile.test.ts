// The operator, as a real process against a real API server (KWOK makes pods Ready and binds
// PVCs), turns the three samples into running environments and keeps them as declared.
import assert from 'node:assert/strict';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
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

const tiers = ['production', 'staging', 'testing'] as const;
type Tier = (typeof tiers)[number];

describe('operator reconciles environments', function () {
  this.timeout(300_000);
  let cluster: LocalCluster;
  let op: OperatorProcess;
  const ns = {} as Record<Tier, string>;

  const get = <T>(tier: Tier, what: string): Promise<T> =>
    cluster.kubectl('get', what, '-n', ns[tier], '-o', 'json').then((s) => JSON.parse(s) as T);
  const condition = async (tier: Tier, type: string) =>
    jsonpath(
      cluster,
      ns[tier],
      `ece/${tier}`,
      `{.status.conditions[?(@.type=="${type}")].status}/{.status.conditions[?(@.type=="${type}")].reason}`,
    );
  const waitReady = (tier: Tier) =>
    cluster.kubectl('wait', '-n', ns[tier], '--for=condition=Ready', `ece/${tier}`, '--timeout=120s');
  const events = async (tier: Tier) =>
    (
      await cluster.kubectl(
        'get',
        'events',
        '-n',
        ns[tier],
        '--field-selector',
        `involvedObject.name=${tier}`,
        '-o',
        'jsonpath={range .items[*]}{.type} {.reason} {.message}{"\\n"}{end}',
      )
    )
      .trim()
      .split('\n');

  const patchJson = (tier: Tier, ops: object[]) =>
    cluster.kubectl('patch', 'ece', tier, '-n', ns[tier], '--type=json', '-p', JSON.stringify(ops));
  // Successful reconciles, including those that asked to run again later (a mirroring environment
  // re-reads its proxy's figures).
  const reconciles = async () => {
    let total = 0;
    for (const m of (await op.metrics()).matchAll(
      /controller_runtime_reconcile_total\{controller="everyclassenvironment",result="(?:success|requeue_after)"\} (\d+)/g,
    ))
      total += Number(m[1]);
    return total;
  };

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    await clearEnvironments(cluster); // their steady state is asserted: no one else's reconciles
    for (const tier of tiers) ns[tier] = await createNamespace(cluster, uniqueName(`ece-${tier}`));
    op = startOperator(cluster);
    await op.port();
  });
  after(async () => {
    await killAllOperators();
    for (const tier of tiers)
      await cluster?.kubectl('delete', 'namespace', ns[tier], '--wait=false').catch(() => {});
  });

  it('brings the three samples to Ready, each in its own namespace', async () => {
    for (const tier of tiers)
      await cluster.kubectl('apply', '-n', ns[tier], '-f', `config/samples/${tier}.yaml`);
    for (const tier of tiers) assert.match(await waitReady(tier), /condition met/);
    const row = await cluster.kubectl('get', 'ece', 'production', '-n', ns.production);
    assert.match(row, /^NAME\s+TIER\s+VERSION\s+RUNNING\s+READY\s+MIRROR\s+MISMATCH\s+MAINTENANCE\s+AGE\n/);
    assert.match(row, /production\s+production\s+2\.3\.1\s+2\.3\.1\s+True\s+everyclass-staging\/staging\s/);
  });

  it('creates every child with the right shape and owner', async () => {
    type List = {
      items: Array<{
        kind: string;
        metadata: { name: string; ownerReferences?: Array<{ name: string; controller: boolean }> };
        spec: never;
      }>;
    };
    const deps = await get<List>('production', 'deployments');
    const byName = Object.fromEntries(deps.items.map((d) => [d.metadata.name, d])) as Record<
      string,
      {
        spec: {
          replicas: number;
          template: { spec: { containers: Array<{ image: string; args: string[] }> } };
        };
      }
    >;
    assert.deepEqual(Object.keys(byName).sort(), [
      'production-calendar',
      'production-entity',
      'production-identity',
      'production-mirror',
      'production-web',
    ]);
    assert.equal(byName['production-web']?.spec.replicas, 3);
    assert.equal(
      byName['production-calendar']?.spec.template.spec.containers[0]?.image,
      'ghcr.io/everyclass/everyclass:2.3.2',
    );
    assert.deepEqual(byName['production-entity']?.spec.template.spec.containers[0]?.args, ['entity']);
    for (const d of deps.items)
      assert.deepEqual(
        d.metadata.ownerReferences?.map((o) => [o.name, o.controller]),
        [['production', true]],
      );

    const svcs = (await get<List>('production', 'services')).items.map((s) => s.metadata.name).sort();
    assert.deepEqual(svcs, [
      'production-calendar',
      'production-entity',
      'production-identity',
      'production-mirror',
      'production-mongo',
      'production-web',
    ]);
    const pdbs = (await get<List>('production', 'pdb')).items.map((s) => s.metadata.name).sort();
    assert.equal(pdbs.length, 5, 'production runs several replicas of each service and of the mirror proxy');
    assert.equal((await get<List>('testing', 'pdb')).items.length, 0, 'testing runs one replica: no PDB');
    const paths = await jsonpath(
      cluster,
      ns.production,
      'ingress/production',
      '{range .spec.rules[0].http.paths[*]}{.path}={.backend.service.name} {end}',
    );
    assert.equal(
      paths.trim(),
      '/calendar/ics/=production-calendar /=production-mirror',
      'web through the mirror proxy',
    );
    assert.equal(
      await jsonpath(
        cluster,
        ns.production,
        'pvc/data-production-mongo-0',
        '{.spec.storageClassName} {.spec.resources.requests.storage} {.status.phase}',
      ),
      'nfs-client 20Gi Bound',
    );
    assert.equal(
      await jsonpath(
        cluster,
        ns.production,
        'sts/production-mongo',
        '{.spec.persistentVolumeClaimRetentionPolicy.whenDeleted}',
      ),
      'Retain',
    );
    const secrets = await cluster.kubectl('get', 'secrets', '-n', ns.production, '-o', 'name');
    assert.match(secrets, /secret\/production-keys/);
    assert.match(secrets, /secret\/production-mongo-credentials/);
    const status = JSON.parse(await jsonpath(cluster, ns.production, 'ece/production', '{.status}')) as {
      observedGeneration: number;
      services: Record<string, { readyReplicas: number; runningVersion: string }>;
      endpoints: { web: string; calendar: string };
      mongo: { ready: boolean };
    };
    assert.equal(status.observedGeneration, 1);
    assert.deepEqual(
      [status.services.web?.readyReplicas, status.services.calendar?.runningVersion],
      [3, '2.3.2'],
    );
    assert.deepEqual(status.endpoints, {
      web: 'https://everyclass.example.edu/',
      calendar: 'webcal://everyclass.example.edu/calendar/ics/',
    });
    assert.equal(status.mongo.ready, true);
    assert.ok(
      (await events('production')).some(
        (e) => e.startsWith('Normal Created Created ') && e.includes('Deployment production-web'),
      ),
    );
  });

  it('reports a mirror target that does not exist as a condition and a Warning event, and notices when it appears', async () => {
    assert.equal(await condition('production', 'Mirroring'), 'False/TargetNotFound');
    assert.ok((await events('production')).some((e) => e.startsWith('Warning TargetNotFound')));
    await cluster.kubectl(
      'patch',
      'ece',
      'production',
      '-n',
      ns.production,
      '--type=merge',
      '-p',
      JSON.stringify({ spec: { mirror: { target: `${ns.staging}/staging` } } }),
    );
    // Another namespace: the target has to accept the source.
    await eventually('TargetNotAccepting', async () =>
      (await condition('production', 'Mirroring')) === 'False/TargetNotAccepting' ? true : undefined,
    );
    await cluster.kubectl(
      'patch',
      'ece',
      'staging',
      '-n',
      ns.staging,
      '--type=merge',
      '-p',
      JSON.stringify({ spec: { acceptMirrorFrom: [`${ns.production}/production`] } }),
    );
    // The proxy runs (test/e2e/operator-mirror.test.ts covers it); KWOK pods have no network, so
    // the proxy's figures cannot be read here.
    await eventually('mirror target found', async () =>
      (await condition('production', 'Mirroring')) === 'True/StatsUnavailable' ? true : undefined,
    );
    assert.equal(
      await condition('production', 'Ready'),
      'True/AllReady',
      'a mirror problem does not make the environment unready',
    );
  });

  it('writes nothing when a reconcile finds nothing to change', async () => {
    const before = { writes: await op.writes(), reconciles: await reconciles() };
    // A metadata-only change triggers a reconcile of each environment without changing what it wants.
    for (const tier of tiers)
      await cluster.kubectl(
        'annotate',
        'ece',
        tier,
        '-n',
        ns[tier],
        `e2e/touch=${Date.now()}`,
        '--overwrite',
      );
    await eventually('reconciles after the touch', async () =>
      (await reconciles()) >= before.reconciles + 3 ? true : undefined,
    );
    assert.equal(await op.writes(), before.writes);
  });

  it('turns maintenance on and off through web\u2019s ConfigMap alone: condition, events, printer column, no pod rolled', async () => {
    const web = async () =>
      jsonpath(
        cluster,
        ns.staging,
        'deploy/staging-web',
        '{.metadata.generation} {.spec.template.metadata.annotations.everyclass\\.io/config-hash}',
      );
    const pods = async () =>
      (
        await cluster.kubectl(
          'get',
          'pods',
          '-n',
          ns.staging,
          '-l',
          'app.kubernetes.io/component=web',
          '-o',
          'jsonpath={.items[*].metadata.uid}',
        )
      ).trim();
    const document = async () =>
      JSON.parse(
        await jsonpath(cluster, ns.staging, 'configmap/staging-config', '{.data.maintenance\\.json}'),
      ) as { enabled: boolean; message: string };
    const before = { web: await web(), pods: await pods() };
    assert.ok(before.pods, 'web pods run');
    assert.equal(await condition('staging', 'Maintenance'), 'False/MaintenanceDisabled');
    assert.deepEqual(await document(), { enabled: false, message: '' });

    const maintenance = (m: object) =>
      cluster.kubectl(
        'patch',
        'ece',
        'staging',
        '-n',
        ns.staging,
        '--type=merge',
        '-p',
        JSON.stringify({ spec: { maintenance: m } }),
      );
    await maintenance({ enabled: true, message: '数据导入中，22:00 恢复' });
    await eventually('Maintenance=True', async () =>
      (await condition('staging', 'Maintenance')) === 'True/MaintenanceEnabled' ? true : undefined,
    );
    assert.deepEqual(await document(), { enabled: true, message: '数据导入中，22:00 恢复' });
    const row = await cluster.kubectl('get', 'ece', 'staging', '-n', ns.staging);
    // kubectl aligns the columns: the MAINTENANCE cell starts where its header does.
    const [header = '', line = ''] = row.split('\n');
    assert.ok(header.includes('MAINTENANCE'), header);
    assert.equal(line.slice(header.indexOf('MAINTENANCE')).split(/\s+/)[0], 'True', row);
    await eventually('the MaintenanceEnabled event', async () =>
      (await events('staging')).some((e) => /^Normal MaintenanceEnabled .*22:00/.test(e)) ? true : undefined,
    );
    assert.equal(await condition('staging', 'Ready'), 'True/AllReady', 'maintenance is not unreadiness');

    await maintenance({ enabled: false });
    await eventually('Maintenance=False', async () =>
      (await condition('staging', 'Maintenance')) === 'False/MaintenanceDisabled' ? true : undefined,
    );
    assert.equal((await document()).enabled, false);
    await eventually('the MaintenanceDisabled event', async () =>
      (await events('staging')).some((e) => e.startsWith('Normal MaintenanceDisabled')) ? true : undefined,
    );
    assert.equal(await web(), before.web, 'web\u2019s Deployment (generation, config hash) did not change');
    assert.equal(await pods(), before.pods, 'the same web pods still run');
  });

  it('follows replicas and version changes: observedGeneration, Progressing, then Ready', async () => {
    await cluster.kubectl(
      'patch',
      'ece',
      'testing',
      '-n',
      ns.testing,
      '--type=merge',
      '-p',
      JSON.stringify({ spec: { version: '2.4.0', services: { web: { replicas: 2 } } } }),
    );
    await eventually('testing at generation 2 and Ready', async () =>
      (await jsonpath(
        cluster,
        ns.testing,
        'ece/testing',
        '{.status.observedGeneration} {.status.conditions[?(@.type=="Ready")].status} {.status.version}',
      )) === '2 True 2.4.0'
        ? true
        : undefined,
    );
    assert.equal(
      await jsonpath(
        cluster,
        ns.testing,
        'deploy/testing-web',
        '{.spec.replicas} {.spec.template.spec.containers[0].image}',
      ),
      '2 ghcr.io/everyclass/everyclass:2.4.0',
    );
    assert.equal(
      await jsonpath(
        cluster,
        ns.testing,
        'deploy/testing-entity',
        '{.spec.template.spec.containers[0].image}',
      ),
      'ghcr.io/everyclass/everyclass:2.4.0',
    );
    assert.equal(
      await jsonpath(
        cluster,
        ns.testing,
        'ece/testing',
        '{.status.history[0].version}={.status.history[0].outcome} {.status.history[1].version}={.status.history[1].outcome}',
      ),
      '2.4.0=Complete 2.3.1=Complete',
    );
    const ev = await events('testing');
    const rolling = ev.findIndex((e) => e.includes('RollingOut') && e.includes('2.4.0'));
    const complete = ev.findLastIndex((e) => e.includes('RolloutComplete') && e.includes('2.4.0'));
    assert.ok(
      rolling >= 0 && complete >= 0,
      `expected RollingOut then RolloutComplete events for 2.4.0:\n${ev.join('\n')}`,
    );
    assert.equal(
      await jsonpath(cluster, ns.testing, 'pdb/testing-web', '{.spec.maxUnavailable}'),
      '1',
      'two replicas get a PDB',
    );
  });

  it('with autoscale, creates a HorizontalPodAutoscaler and leaves the replicas to it; without, takes them back', async () => {
    const web = () =>
      jsonpath(cluster, ns.testing, 'deploy/testing-web', '{.spec.replicas}').then((r) => Number(r));
    await patchJson('testing', [
      { op: 'remove', path: '/spec/services/web/replicas' },
      { op: 'add', path: '/spec/services/web/autoscale', value: { minReplicas: 3, maxReplicas: 5 } },
    ]);
    const hpa = await eventually('HPA testing-web', async () =>
      jsonpath(
        cluster,
        ns.testing,
        'hpa/testing-web',
        '{.spec.scaleTargetRef.kind}/{.spec.scaleTargetRef.name} {.spec.minReplicas}-{.spec.maxReplicas} ' +
          '{.spec.metrics[0].resource.target.averageUtilization} {.metadata.ownerReferences[0].kind}',
      ).catch(() => undefined),
    );
    assert.equal(hpa, 'Deployment/testing-web 3-5 80 EveryClassEnvironment');
    // The controller-manager's HPA controller raises the Deployment to minReplicas (it needs no
    // metrics for that); the operator does not take it back, and reports the HPA's number as the want.
    await eventually('the HPA scaled testing-web to 3 and testing is Ready', async () =>
      (await web()) === 3 &&
      (await jsonpath(
        cluster,
        ns.testing,
        'ece/testing',
        '{.status.services.web.replicas} {.status.services.web.readyReplicas} {.status.conditions[?(@.type=="Ready")].status}',
      )) === '3 3 True'
        ? true
        : undefined,
    );
    const owners = JSON.parse(
      await jsonpath(cluster, ns.testing, 'deploy/testing-web', '{.metadata.managedFields}'),
    ) as Array<{ manager: string; fieldsV1?: { 'f:spec'?: Record<string, unknown> } }>;
    const op = owners.find((m) => m.manager === 'everyclass-operator');
    assert.ok(op, 'the operator applies the Deployment');
    assert.ok(!('f:replicas' in (op.fieldsV1?.['f:spec'] ?? {})), 'the operator owns no spec.replicas');
    // A scale like the HPA's (the scale subresource) survives the operator's next passes.
    await cluster.kubectl('scale', 'deploy/testing-web', '-n', ns.testing, '--replicas=4');
    const before = await reconciles();
    await cluster.kubectl(
      'annotate',
      'ece',
      'testing',
      '-n',
      ns.testing,
      `e2e/touch=${Date.now()}`,
      '--overwrite',
    );
    await eventually('a reconcile after the scale', async () =>
      (await reconciles()) > before ? true : undefined,
    );
    assert.equal(await web(), 4, 'the operator does not fight the autoscaler over replicas');

    // Back to fixed replicas: the HPA is pruned and the operator owns replicas again.
    await patchJson('testing', [
      { op: 'remove', path: '/spec/services/web/autoscale' },
      { op: 'add', path: '/spec/services/web/replicas', value: 2 },
    ]);
    await eventually('HPA testing-web pruned and testing-web at 2', async () => {
      const gone = await cluster
        .kubectl('get', 'hpa', 'testing-web', '-n', ns.testing)
        .then(() => false)
        .catch((e: { stderr?: string }) => /NotFound/.test(String(e.stderr)));
      return gone && (await web()) === 2 ? true : undefined;
    });
    await waitReady('testing');
  });

  it('brings back a child deleted by hand', async () => {
    const uid = await jsonpath(cluster, ns.staging, 'deploy/staging-web', '{.metadata.uid}');
    await cluster.kubectl('delete', 'deploy', 'staging-web', '-n', ns.staging, '--wait=false');
    const back = await eventually('staging-web recreated', async () => {
      const u = await jsonpath(cluster, ns.staging, 'deploy/staging-web', '{.metadata.uid}').catch(() => '');
      return u && u !== uid ? u : undefined;
    });
    assert.notEqual(back, uid);
    await waitReady('staging');
  });

  it('restores a field it owns and leaves alone a field it does not own', async () => {
    await cluster.kubectl(
      'annotate',
      'svc',
      'staging-entity',
      '-n',
      ns.staging,
      'example.com/owner=someone-else',
    );
    await cluster.kubectl('scale', 'deploy', 'staging-entity', '-n', ns.staging, '--replicas=5');
    await cluster.kubectl(
      'patch',
      'svc',
      'staging-entity',
      '-n',
      ns.staging,
      '--type=json',
      '-p',
      JSON.stringify([{ op: 'replace', path: '/spec/ports/0/targetPort', value: 9999 }]),
    );
    await eventually('replicas and port restored', async () => {
      const r = await jsonpath(cluster, ns.staging, 'deploy/staging-entity', '{.spec.replicas}');
      const p = await jsonpath(cluster, ns.staging, 'svc/staging-entity', '{.spec.ports[0].targetPort}');
      return r === '1' && p === 'http' ? true : undefined;
    });
    assert.equal(
      await jsonpath(
        cluster,
        ns.staging,
        'svc/staging-entity',
        '{.metadata.annotations.example\\.com/owner}',
      ),
      'someone-else',
    );
  });

  it('prunes the Deployment, Service and Ingress path of a service removed from the spec, and the Ingress when ingress is removed', async () => {
    await patchJson('staging', [{ op: 'remove', path: '/spec/services/calendar' }]);
    await eventually('calendar pruned', async () => {
      const out = await cluster.kubectl('get', 'deploy,svc', '-n', ns.staging, '-o', 'name');
      return out.includes('calendar') ? undefined : true;
    });
    assert.equal(
      (await jsonpath(cluster, ns.staging, 'ingress/staging', '{.spec.rules[0].http.paths[*].path}')).trim(),
      '/',
    );
    assert.match(
      await cluster.kubectl('get', 'deploy', 'staging-web', '-n', ns.staging, '-o', 'name'),
      /staging-web/,
      'other services stay',
    );
    await patchJson('staging', [{ op: 'remove', path: '/spec/ingress' }]);
    await eventually('ingress pruned', async () =>
      (await cluster.kubectl('get', 'ingress', '-n', ns.staging, '-o', 'name')).trim() === ''
        ? true
        : undefined,
    );
    assert.ok((await events('staging')).some((e) => e.startsWith('Normal Deleted Deleted Ingress staging')));
  });

  it('never touches objects it does not own', async () => {
    const foreign = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'staging-extra',
        namespace: ns.staging,
        labels: {
          'app.kubernetes.io/managed-by': 'everyclass-operator',
          'app.kubernetes.io/instance': 'staging',
        },
      },
      data: { hello: 'world' },
    };
    await apply(cluster, foreign);
    const before = await reconciles();
    await cluster.kubectl(
      'annotate',
      'ece',
      'staging',
      '-n',
      ns.staging,
      `e2e/touch=${Date.now()}`,
      '--overwrite',
    );
    await eventually('a reconcile after the foreign object appeared', async () =>
      (await reconciles()) > before ? true : undefined,
    );
    // The label says ours, but there is no owner reference: pruning must leave it.
    assert.equal(await jsonpath(cluster, ns.staging, 'cm/staging-extra', '{.data.hello}'), 'world');
  });

  it('on delete, lets children go and keeps the Mongo volume, its credentials and the keys; a new environment of the same name finds them again', async () => {
    const pvcUid = await jsonpath(cluster, ns.testing, 'pvc/data-testing-mongo-0', '{.metadata.uid}');
    const secret = (name: string) =>
      jsonpath(
        cluster,
        ns.testing,
        `secret/${name}`,
        '{.metadata.uid} {.data} owners={.metadata.ownerReferences}',
      );
    const credentials = await secret('testing-mongo-credentials');
    // The keys open the data: ids in URLs, sessions, calendar feed tokens. Lost keys orphan
    // every account and feed the retained volume holds.
    const keys = await secret('testing-keys');
    assert.match(keys, /idEncryptionKey.*owners=$/, 'retained Secrets carry no owner reference');
    await cluster.kubectl('delete', 'ece', 'testing', '-n', ns.testing);
    await eventually('children collected', async () => {
      const out = await cluster.kubectl(
        'get',
        'deploy,sts,svc,cm,pdb',
        '-n',
        ns.testing,
        '-l',
        'app.kubernetes.io/instance=testing',
        '-o',
        'name',
      );
      return out.trim() === '' ? true : undefined;
    });
    assert.equal(
      await jsonpath(cluster, ns.testing, 'pvc/data-testing-mongo-0', '{.metadata.uid}'),
      pvcUid,
      'the volume survives',
    );
    assert.equal(await secret('testing-keys'), keys, 'the keys survive, unchanged');
    assert.equal(await secret('testing-mongo-credentials'), credentials, 'the credentials survive');
    await cluster.kubectl('apply', '-n', ns.testing, '-f', 'config/samples/testing.yaml');
    await waitReady('testing');
    assert.equal(
      await jsonpath(cluster, ns.testing, 'pvc/data-testing-mongo-0', '{.metadata.uid}'),
      pvcUid,
      'same volume reused',
    );
    assert.equal(await secret('testing-keys'), keys, 'same keys: accounts and feeds still open');
    assert.equal(await secret('testing-mongo-credentials'), credentials, 'same credentials');
  });

  it('with mongo.retainOnDelete false, adopts the retained Secrets and lets them go with the environment', async () => {
    const uid = await jsonpath(cluster, ns.testing, 'ece/testing', '{.metadata.uid}');
    const owner = (name: string) =>
      jsonpath(cluster, ns.testing, `secret/${name}`, '{.metadata.ownerReferences[0].uid}').catch(
        () => 'gone',
      );
    const keysUid = await jsonpath(cluster, ns.testing, 'secret/testing-keys', '{.metadata.uid}');
    await patchJson('testing', [{ op: 'add', path: '/spec/mongo/retainOnDelete', value: false }]);
    await eventually('Secrets adopted', async () =>
      (await owner('testing-keys')) === uid && (await owner('testing-mongo-credentials')) === uid
        ? true
        : undefined,
    );
    assert.equal(
      await jsonpath(cluster, ns.testing, 'secret/testing-keys', '{.metadata.uid}'),
      keysUid,
      'adopted, not made again',
    );
    assert.ok((await events('testing')).some((e) => e.startsWith('Normal SecretAdopted Adopted Secret')));
    await cluster.kubectl('delete', 'ece', 'testing', '-n', ns.testing);
    await eventually('Secrets collected with the environment', async () =>
      (await owner('testing-keys')) === 'gone' && (await owner('testing-mongo-credentials')) === 'gone'
        ? true
        : undefined,
    );
  });
});
