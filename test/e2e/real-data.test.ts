// Course data and backups on real pods (the real node, our image, FerretDB's image for MongoDB),
// through the command line as a person or CI would use it: `everyclass data import` loads a
// generated semester into production and web serves it; staging follows production's course data
// (spec.data.from, with production's consent); a backup, the data dropped, `everyclass backup
// restore`, and the digest of every collection is what it was. Figures are printed, not asserted.
import assert from 'node:assert/strict';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { ferretdbImage } from '../../hack/localenv/node/images.ts';
import type { RealNode } from '../../hack/localenv/node/node.ts';
import { releaseRealNode, useRealNode } from '../support/localenv.ts';
import { run } from './support/cli.ts';
import {
  apply,
  eventually,
  installCrd,
  jsonpath,
  type OperatorProcess,
  startOperator,
} from './support/operator.ts';
import { realNodeNamespace } from './support/real-node.ts';

/** One replica and small requests: two environments, their MongoDBs and a Job fit two CPUs. */
const small = { replicas: 1, resources: { requests: { cpu: '50m', memory: '96Mi' } } };
const services = { web: small, entity: small, identity: small, calendar: small };

describe('course data and backups on real pods (CLI, operator, real node)', function () {
  this.timeout(1_800_000);
  let cluster: LocalCluster;
  let node: RealNode;
  let operator: OperatorProcess;
  const ns = `everyclass-data-${process.pid}`;
  let tag = '';
  /** The data version production serves after the import. */
  let imported = '';

  const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
  const everyclass = async (...args: string[]) => {
    const started = Date.now();
    const r = await run(cluster, ...args);
    console.log(`      everyclass ${args.join(' ')}: exit ${r.code} in ${seconds(started)} s`);
    assert.equal(r.code, 0, `${r.stderr}\n${r.stdout}`);
    return r.stdout;
  };
  /** count and sha256 of every collection of an environment's MongoDB, by the data role inside its entity pod. */
  const digest = async (env: string) =>
    JSON.parse(
      (
        await cluster.kubectl(
          'exec',
          '-n',
          ns,
          `deploy/${env}-entity`,
          '--',
          '/usr/local/bin/everyclass-entrypoint',
          'data',
          'digest',
        )
      )
        .trim()
        .split('\n')
        .at(-1) ?? '{}',
    ) as Record<string, { count: number; digest: string }>;
  const web = async (env: string) =>
    (await jsonpath(cluster, ns, `svc/${env}-web`, '{.spec.clusterIP}')).trim();
  /** The students a search finds on an environment's site (their names: ids are encrypted per environment). */
  const studentsFound = async (env: string, q: string) => {
    const r = await fetch(`http://${await web(env)}/search?q=${encodeURIComponent(q)}&kind=student`, {
      signal: AbortSignal.timeout(10_000),
    });
    assert.equal(r.status, 200);
    return [...(await r.text()).matchAll(/<a href="\/student\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]).sort();
  };

  before(async () => {
    ({ cluster, node } = await useRealNode());
    tag = node.images.app.split(':').pop() ?? '';
    await installCrd(cluster);
    await realNodeNamespace(cluster, ns);
    operator = startOperator(cluster);
    const mongo = { image: await ferretdbImage() };
    const started = Date.now();
    await apply(
      cluster,
      {
        apiVersion: 'everyclass.io/v1alpha1',
        kind: 'EveryClassEnvironment',
        metadata: { name: 'production', namespace: ns },
        spec: {
          tier: 'production',
          version: tag,
          services,
          mongo: { ...mongo, backup: { retention: 3, storage: { size: '1Gi' } } },
          data: { shareWith: [`${ns}/staging`] },
          app: { emailDomain: 'csu.edu.cn' },
        },
      },
      {
        apiVersion: 'everyclass.io/v1alpha1',
        kind: 'EveryClassEnvironment',
        metadata: { name: 'staging', namespace: ns },
        spec: {
          tier: 'staging',
          version: tag,
          services,
          mongo,
          data: { from: `${ns}/production`, syncSchedule: '* * * * *' },
          app: { emailDomain: 'csu.edu.cn' },
        },
      },
    );
    for (const env of ['production', 'staging'])
      await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', `ece/${env}`, '--timeout=900s');
    console.log(`      production and staging Ready in ${seconds(started)} s`);
  });
  after(async () => {
    await operator?.stop();
    await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
    await releaseRealNode();
  });

  it('everyclass data import --generate: a Job loads a semester through entity, and web serves it', async () => {
    const started = Date.now();
    const r = await run(cluster, 'data', 'import', `${ns}/production`, '--generate', '--scale', '0.05');
    console.log(`      everyclass data import --generate: exit ${r.code} in ${seconds(started)} s`);
    assert.equal(r.code, 0, `${r.stderr}\n${r.stdout}`);
    // One line per generated semester; the last import's version is the one entity then serves.
    imported = [...r.stdout.matchAll(/"dataVersion":"([^"]+)"/g)].at(-1)?.[1] ?? '';
    assert.ok(imported, `the Job's figures name the data version: ${r.stdout}`);
    // The CLI returns once every entity pod serves it (read through the API server's pod proxy).
    assert.match(r.stderr, new RegExp(`every entity pod \\([1-9]\\d*\\) serves data version ${imported}`));
    const found = await eventually(
      'production web finds students named 王…',
      async () => {
        const names = await studentsFound('production', '王');
        return names.length > 0 ? names : undefined;
      },
      60_000,
    );
    assert.ok(
      found.every((n) => n?.startsWith('王')),
      found.join(' '),
    );
    const home = await fetch(`http://${await web('production')}/`);
    assert.equal(
      home.headers.get('x-everyclass-data-version'),
      imported,
      'web tells the data version it serves',
    );
  });

  it('staging follows production (spec.data.from): the same data version, the same students found', async () => {
    const started = Date.now();
    await eventually(
      'staging DataSynced at production\u2019s version',
      async () =>
        (await jsonpath(cluster, ns, 'ece/staging', '{.status.data.version}')) === imported
          ? true
          : undefined,
      600_000,
    );
    console.log(`      staging synced ${seconds(started)} s after the import (schedule: every minute)`);
    const synced = await jsonpath(
      cluster,
      ns,
      'ece/staging',
      '{.status.conditions[?(@.type=="DataSynced")].status}',
    );
    assert.equal(synced, 'True');
    // entity looks for a new data version every 5 s (DATA_POLL_MS), then reloads: eventually.
    const want = await studentsFound('production', '王');
    await eventually(
      'staging web finds the same students',
      async () =>
        JSON.stringify(await studentsFound('staging', '王')) === JSON.stringify(want) ? true : undefined,
      60_000,
    );
    // Course data only: the two databases agree on the course collections, not on accounts or sessions.
    const [p, s] = [await digest('production'), await digest('staging')];
    for (const c of ['semesters', 'students', 'teachers', 'rooms', 'cards', 'rosters', 'meta'])
      assert.deepEqual(s[c], p[c], `collection ${c}`);
  });

  it('backup, data dropped, everyclass backup restore: every collection as it was', async () => {
    const before = await digest('production');
    let started = Date.now();
    await cluster.kubectl('create', 'job', 'backup-now', '-n', ns, '--from=cronjob/production-backup');
    await cluster.kubectl('wait', '-n', ns, '--for=condition=complete', 'job/backup-now', '--timeout=600s');
    console.log(`      backup in ${seconds(started)} s`);

    const list = await everyclass('backup', 'list', `${ns}/production`);
    const archive = /^(everyclass-\S+\.ndjson\.gz)\s+(.+)$/m.exec(list);
    assert.ok(archive, list);
    console.log(`      archive ${archive[1]}: ${archive[2]}`);

    // The data gone, as after an accident.
    await cluster.kubectl(
      'exec',
      '-n',
      ns,
      'deploy/production-entity',
      '--',
      'node',
      '-e',
      "const { MongoClient } = require('/app/node_modules/mongodb');" +
        'const c = new MongoClient(process.env.MONGO_URL);' +
        'c.connect().then(() => c.db().dropDatabase()).then(() => c.close());',
    );
    assert.notDeepEqual(await digest('production'), before, 'the data is gone');

    started = Date.now();
    const r = await run(cluster, 'backup', 'restore', `${ns}/production`, archive[1] ?? '', '--yes');
    assert.equal(r.code, 0, `${r.stderr}\n${r.stdout}`);
    console.log(`      restore in ${seconds(started)} s: ${r.stdout.trim().split('\n').at(-1)}`);
    assert.deepEqual(await digest('production'), before);
    // The CLI returned once every entity pod serves the restored version (web caches an answer 2 s).
    const restored = /"dataVersion":"([^"]+)"/.exec(r.stdout)?.[1] ?? '';
    assert.match(r.stderr, new RegExp(`every entity pod \\([1-9]\\d*\\) serves data version ${restored}`));
    await eventually(
      'and web serves it again',
      async () => ((await studentsFound('production', '王')).length > 0 ? true : undefined),
      10_000,
    );
  });
});
