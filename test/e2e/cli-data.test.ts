// everyclass data import and backup list|restore against a real API server, no operator. The
// test namespace sends its pods nowhere (a PodNodeSelector that no node matches), so the Jobs'
// pods stay Pending until the test ends them as the kubelet would (the pod's status subresource:
// phase and the container's termination message); the real job controller then completes or
// fails the Job, and the CLI must follow, print and exit accordingly.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { V1ConfigMap, V1Job } from '@kubernetes/client-node';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { useCluster } from '../support/localenv.ts';
import { run, start } from './support/cli.ts';
import { ece, endJobPod, holdPods } from './support/held-pods.ts';
import { apply, createNamespace, installCrd, uniqueName } from './support/operator.ts';

describe('everyclass data import, backup list|restore (Jobs on a real API server)', function () {
  this.timeout(120_000);
  let cluster: LocalCluster;
  let ns = '';
  const dir = mkdtempSync(join(tmpdir(), 'ec-cli-data-'));

  const getJson = async <T>(...args: string[]): Promise<T> =>
    JSON.parse(await cluster.kubectl('get', '-n', ns, '-o', 'json', ...args)) as T;
  const jobNameOf = (line: string) => /started Job [^/]+\/(\S+)/.exec(line)?.[1] ?? '';
  const endPod = (job: string, exitCode: number, message: string) =>
    endJobPod(cluster, ns, job, exitCode, message);
  const createEnv = (name: string, tier: string, extra: Record<string, unknown> = {}) =>
    apply(cluster, ece(ns, name, tier, extra));

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    ns = await createNamespace(cluster, uniqueName('ece-cli-data'));
    await holdPods(cluster, ns);
    await createEnv('testing', 'testing', { mongo: { backup: { schedule: '0 3 * * *', retention: 3 } } });
    await createEnv('production', 'production', { mongo: { backup: {} } });
    await createEnv('plain', 'testing');
  });
  after(async () => {
    if (ns) await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
  });

  it('imports a file in ConfigMaps the Job mounts, follows the Job and prints its figures', async () => {
    // Random text compresses badly: the gzipped file needs two ConfigMaps.
    const semester = {
      semester: { name: '2026-2027-1' },
      students: Array.from({ length: 2400 }, (_, i) => ({
        code: `s${i}`,
        name: randomBytes(400).toString('hex'),
      })),
    };
    const file = join(dir, '2026-2027-1.json');
    writeFileSync(file, JSON.stringify(semester));
    const cli = start(cluster.kubeconfig, ['data', 'import', `${ns}/testing`, file]);
    const job = jobNameOf(await cli.stderrLine(/started Job/));
    assert.match(job, /^testing-import-[0-9a-z]+$/);

    const j = await getJson<V1Job>('job', job);
    const env = await getJson<{ metadata: { uid: string } }>('ece', 'testing');
    assert.equal(j.metadata?.labels?.['app.kubernetes.io/managed-by'], 'everyclass-cli');
    assert.equal(j.metadata?.ownerReferences?.[0]?.uid, env.metadata.uid);
    const container = j.spec?.template.spec?.containers[0];
    assert.deepEqual(container?.args, ['data', 'import', '--entity', '$(ENTITY_URL)', '/import']);
    assert.match(container?.image ?? '', /:2\.4\.0$/, 'the environment\u2019s image at spec.version');
    const sources =
      j.spec?.template.spec?.volumes?.find((v) => v.name === 'import')?.projected?.sources ?? [];
    const cms = await getJson<{ items: V1ConfigMap[] }>(
      'configmaps',
      '-l',
      'app.kubernetes.io/managed-by=everyclass-cli',
    );
    const parts = cms.items.filter((c) => c.metadata?.name?.startsWith(`${job}-`));
    assert.equal(parts.length, 2);
    assert.deepEqual(sources.map((s) => s.configMap?.name).sort(), parts.map((c) => c.metadata?.name).sort());
    for (const c of parts)
      assert.equal(c.metadata?.ownerReferences?.[0]?.uid, j.metadata?.uid, 'owned by the Job');
    // The parts, in order, are the file gzipped.
    const bytes = parts
      .flatMap((c) => Object.entries(c.binaryData ?? {}))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, b64]) => Buffer.from(b64, 'base64'));
    assert.deepEqual(JSON.parse(gunzipSync(Buffer.concat(bytes)).toString()), semester);

    await cli.stderrLine(/not scheduled/);
    await endPod(job, 0, '{"students":2400,"teachers":0,"calls":1,"dataVersion":"v7"}');
    const r = await cli.done;
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout.trim(),
      `2026-2027-1.json: {"students":2400,"teachers":0,"calls":1,"dataVersion":"v7"}`,
    );
    // No entity pod runs here (no operator): nothing to wait for, and it says so.
    assert.match(r.stderr, /no entity pod is Ready: they load data version v7 when they start/);
  });

  it('--generate sends no data, and a Job that never runs ends with the timeout (exit 3)', async () => {
    const r = await run(
      cluster,
      'data',
      'import',
      'testing',
      '-n',
      ns,
      '--generate',
      '--scale',
      '0.02',
      '--timeout',
      '3s',
    );
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /timed out after 3s waiting for Job .*testing-import-\w+: pod \S+ not scheduled/);
    const job = jobNameOf(r.stderr);
    const j = await getJson<V1Job>('job', job);
    const args = j.spec?.template.spec?.containers[0]?.args ?? [];
    assert.deepEqual(args.slice(0, 4), ['data', 'import', '--entity', '$(ENTITY_URL)']);
    assert.deepEqual(args.slice(4), ['--generate', '--scale', '0.02', '--seed', '2026']);
    assert.equal(
      j.spec?.template.spec?.volumes?.some((v) => v.name === 'import'),
      false,
    );
  });

  it('restore: a failed Job prints what its pod said and what to fix (exit 1)', async () => {
    const archive = 'everyclass-20261124T030000Z.ndjson.gz';
    const cli = start(cluster.kubeconfig, ['backup', 'restore', 'testing', archive, '-n', ns]);
    const job = jobNameOf(await cli.stderrLine(/started Job/));
    const j = await getJson<V1Job>('job', job);
    assert.deepEqual(j.spec?.template.spec?.containers[0]?.args, [
      'data',
      'restore',
      '--dir',
      '/backups',
      archive,
    ]);
    const claim = j.spec?.template.spec?.volumes?.find((v) => v.name === 'backups')?.persistentVolumeClaim;
    assert.deepEqual(claim, { claimName: 'testing-backups', readOnly: true });
    assert.equal(j.spec?.backoffLimit, 0);
    await endPod(job, 1, `Error: ENOENT: no such file or directory, open '/backups/${archive}'`);
    const r = await cli.done;
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`Job ${job} failed: Error: ENOENT: no such file or directory`));
    assert.match(
      r.stderr,
      /fix: no such archive on the backup volume: everyclass backup list ENV names them/,
    );
  });

  it('list: the archives the Job found, newest first', async () => {
    const cli = start(cluster.kubeconfig, ['backup', 'list', `${ns}/testing`]);
    const job = jobNameOf(await cli.stderrLine(/started Job/));
    assert.match(job, /^testing-backups-\w+$/);
    await endPod(
      job,
      0,
      [
        '{"name":"everyclass-20261122T030000Z.ndjson.gz","bytes":1048576}',
        '{"name":"everyclass-20261123T030000Z.ndjson.gz","bytes":2048}',
      ].join('\n'),
    );
    const r = await cli.done;
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split(/\s{3,}/)),
      [
        ['ARCHIVE', 'SIZE'],
        ['everyclass-20261123T030000Z.ndjson.gz', '2 KiB'],
        ['everyclass-20261122T030000Z.ndjson.gz', '1.0 MiB'],
      ],
    );
  });

  it('refuses before creating anything: no backup volume, production without --yes, unknown environment', async () => {
    const before = await getJson<{ items: V1Job[] }>('jobs');
    const list = await run(cluster, 'backup', 'list', `${ns}/plain`);
    assert.equal(list.code, 2);
    assert.match(list.stderr, /environment .*\/plain has no spec\.mongo\.backup/);
    const prod = await run(
      cluster,
      'backup',
      'restore',
      `${ns}/production`,
      'everyclass-20261124T030000Z.ndjson.gz',
    );
    assert.equal(prod.code, 2);
    assert.match(prod.stderr, /tier production: pass --yes/);
    const missing = await run(cluster, 'data', 'import', `${ns}/nowhere`, '--generate');
    assert.equal(missing.code, 4);
    assert.match(missing.stderr, /environment .*\/nowhere not found/);
    const after = await getJson<{ items: V1Job[] }>('jobs');
    assert.equal(after.items.length, before.items.length);
  });
});
