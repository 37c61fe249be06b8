// npm run bench:operator — the operator against a private local control plane with KWOK (never the
// real node), next to its floor: the same objects applied by hand (by-hand.ts), in the same run.
// The operator runs as the image runs it: the compiled dist/ (`npm run build`, done here first).
//   1. create → Ready of one environment, median of 10, interleaved with 10 by hand; the ratio
//   2. 200 environments: by hand (then deleted), then created at once for the operator: time until
//      all Ready, the ratio, operator CPU seconds (per environment) and peak RSS
//   3. API writes by the operator during 60 s of steady state (lease renewals counted apart)
//   4. no-op reconciles per second (every environment touched at once)
// Env: BENCH_ENVS (200), BENCH_STEADY_SECONDS (60), BENCH_WORKERS (4).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { type LocalCluster, startCluster } from '../../hack/localenv/cluster.ts';
import { stopPid, waitFor } from '../../hack/localenv/processes.ts';
import type { EveryClassEnvironment } from '../src/api/environment.ts';
import { applyAll, manifests, rest, untilReady } from './by-hand.ts';

const envCount = Number(process.env.BENCH_ENVS ?? 200);
const steadySeconds = Number(process.env.BENCH_STEADY_SECONDS ?? 60);
const workers = Number(process.env.BENCH_WORKERS ?? 4);
const group = { group: 'everyclass.io', version: 'v1alpha1', plural: 'everyclassenvironments' };
const tmp = mkdtempSync(join(tmpdir(), 'ec-bench-'));

interface Ece {
  metadata: { name: string };
  status?: { conditions?: Array<{ type: string; status: string }> };
}
const isReady = (e: Ece) =>
  e.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

function med(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return ((s[Math.floor((s.length - 1) / 2)] ?? 0) + (s[Math.ceil((s.length - 1) / 2)] ?? 0)) / 2;
}

/** A private control plane with KWOK for this run alone (never a running one: it may hold the real node). */
async function cluster(): Promise<{ c: LocalCluster; stop: () => Promise<void> }> {
  const c = await startCluster({ dir: join(tmp, 'cluster'), log: (l) => console.error(l) });
  return { c, stop: () => c.stop() };
}

function metricsOf(text: string, name: string, filter: (labels: string) => boolean = () => true): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const m = new RegExp(`^${name}(?:\\{(.*)\\})? ([0-9.e+-]+)$`).exec(line);
    if (m && filter(m[1] ?? '')) sum += Number(m[2]);
  }
  return sum;
}

function peakRssMiB(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** What the image runs: the compiled operator, with the node flags of the image's entry point. */
function build(): string[] {
  const r = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run build failed');
  const entry = readFileSync('hack/image-entrypoint.sh', 'utf8');
  const flags = /operator\) exec node ((?:--\S+ )*)\/app\/dist\/operator\/src\/main\.js/.exec(entry)?.[1];
  if (flags === undefined)
    throw new Error('hack/image-entrypoint.sh: no operator line to take the node flags from');
  return [...flags.trim().split(' ').filter(Boolean), 'dist/operator/src/main.js'];
}

async function main(): Promise<void> {
  const entry = build();
  const { c, stop } = await cluster();
  const kc = new KubeConfig();
  kc.loadFromFile(c.kubeconfig);
  const api = kc.makeApiClient(CustomObjectsApi);
  // The testing sample with small CPU requests, so that 210 environments fit KWOK's 64-CPU node.
  const sample = parse(readFileSync('config/samples/testing.yaml', 'utf8')) as { spec: object };
  const small = { resources: { requests: { cpu: '10m', memory: '16Mi' } } };
  sample.spec = { ...sample.spec, services: { web: small, entity: small, identity: small, calendar: small } };
  await c.kubectl(
    'apply',
    '--server-side',
    '--force-conflicts',
    '-f',
    'crds/everyclass.io_everyclassenvironments.yaml',
  );
  await c.kubectl('wait', '--for=condition=Established', 'crd/everyclassenvironments.everyclass.io');

  const run = `bench-${process.pid}`;
  // One namespace, watched alone (--namespace), so other work on the cluster cannot skew the figures.
  const ns = run;
  const handNs = `${run}-by-hand`;
  const namespaces = [ns, handNs];
  for (const ns of namespaces) {
    await c.kubectl('create', 'namespace', ns);
    await waitFor(
      `default ServiceAccount in ${ns}`,
      async () => (await c.kubectl('get', 'sa', 'default', '-n', ns)) || undefined,
    );
  }
  const logFile = join(tmp, 'operator.log');
  const op: ChildProcess = spawn(
    process.execPath,
    [
      ...entry,
      '--probe-host=127.0.0.1',
      '--probe-port=0',
      `--workers=${workers}`,
      `--lease-namespace=${ns}`,
      `--namespace=${ns}`,
      '--identity=bench',
      // never ask KWOK's (off-machine) pod IPs for proxy figures
      '--mirror-stats-url-template=http://127.0.0.1:1/_mirror/stats',
    ],
    {
      env: { ...process.env, KUBECONFIG: c.kubeconfig, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  op.stdout?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  op.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const cleanup = async () => {
    // TERM first (a graceful stop, which also lets `--cpu-prof` write its profile), KILL after 10 s.
    if (op.pid) await stopPid(op.pid, 10_000);
    for (const ns of namespaces) await c.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
    await stop();
    writeFileSync(logFile, log);
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const port = await waitFor(
      'operator probe port',
      async () => Number(/"port":(\d+),"msg":"probe server listening"/.exec(log)?.[1]) || undefined,
      30_000,
    );
    const metrics = async () => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    await waitFor(
      'operator leading',
      async () => (metricsOf(await metrics(), 'leader_election_master_status') === 1 ? true : undefined),
      60_000,
    );

    const create = (ns: string, name: string) =>
      api.createNamespacedCustomObject({
        ...group,
        namespace: ns,
        body: {
          apiVersion: 'everyclass.io/v1alpha1',
          kind: 'EveryClassEnvironment',
          metadata: { name },
          spec: sample.spec,
        },
      });
    const list = async (ns: string) =>
      ((await api.listNamespacedCustomObject({ ...group, namespace: ns })) as { items: Ece[] }).items;

    const get = async (name: string) =>
      (await api.getNamespacedCustomObject({ ...group, namespace: ns, name })) as Ece;
    const call = rest(c);
    let template: EveryClassEnvironment | undefined;
    const byHand = async (names: string[]) => {
      if (!template) throw new Error('no defaulted environment to render by hand');
      const t = template;
      await applyAll(
        call,
        names.flatMap((n) => manifests(t, handNs, n)),
        handNs,
      );
      await untilReady(call, handNs, names, 1_800_000);
    };

    // 1. create → Ready, median of 10, each followed by the same by hand
    const single: number[] = [];
    const singleByHand: number[] = [];
    for (let i = 0; i < 10; i++) {
      const name = `one-${i}`;
      const t0 = performance.now();
      await create(ns, name);
      await waitFor(`${name} Ready`, async () => (isReady(await get(name)) ? true : undefined), 120_000);
      single.push(performance.now() - t0);
      // The spec as the API server defaulted it: what the builders render from.
      template ??= (await get(name)) as unknown as EveryClassEnvironment;
      const t1 = performance.now();
      await byHand([`hand-one-${i}`]);
      singleByHand.push(performance.now() - t1);
    }
    const median = med(single);
    const medianByHand = med(singleByHand);
    single.sort((a, b) => a - b);

    // 2. many at once: by hand first (then deleted, so that both find the node as empty), then the operator
    const names = Array.from({ length: envCount }, (_, i) => `env-${String(i).padStart(3, '0')}`);
    const h0 = performance.now();
    await byHand(names);
    const manyByHandMs = performance.now() - h0;
    await c.kubectl('delete', 'namespace', handNs, '--wait=true', '--timeout=600s').catch(() => {});
    const before = await metrics();
    const t0 = performance.now();
    for (let i = 0; i < names.length; i += 25)
      await Promise.all(names.slice(i, i + 25).map((n) => create(ns, n)));
    let ready = 0;
    await waitFor(
      `${envCount} environments Ready`,
      async () => {
        ready = (await list(ns)).filter((e) => e.metadata.name.startsWith('env-') && isReady(e)).length;
        return ready === envCount ? true : undefined;
      },
      1_800_000,
    );
    const manyMs = performance.now() - t0;
    const after = await metrics();
    const cpu =
      metricsOf(after, 'process_cpu_seconds_total') - metricsOf(before, 'process_cpu_seconds_total');
    const reconcilesBurst =
      metricsOf(after, 'controller_runtime_reconcile_total') -
      metricsOf(before, 'controller_runtime_reconcile_total');
    const rss = peakRssMiB(op.pid ?? 0);
    const meanReconcileMs =
      ((metricsOf(after, 'controller_runtime_reconcile_time_seconds_sum') -
        metricsOf(before, 'controller_runtime_reconcile_time_seconds_sum')) /
        Math.max(1, reconcilesBurst)) *
      1000;

    // 3. steady state: let the last status writes settle, then count writes for steadySeconds
    await sleep(5_000);
    const notLease = (l: string) => !l.includes('kind="Lease"');
    const isLease = (l: string) => l.includes('kind="Lease"');
    const s0 = await metrics();
    await sleep(steadySeconds * 1000);
    const s1 = await metrics();
    const steadyWrites =
      metricsOf(s1, 'rest_client_requests_total', notLease) -
      metricsOf(s0, 'rest_client_requests_total', notLease);
    const leaseWrites =
      metricsOf(s1, 'rest_client_requests_total', isLease) -
      metricsOf(s0, 'rest_client_requests_total', isLease);
    const steadyReconciles =
      metricsOf(s1, 'controller_runtime_reconcile_total') -
      metricsOf(s0, 'controller_runtime_reconcile_total');

    // 4. no-op reconcile throughput: touch every environment's metadata (no desired change)
    const touched = envCount + 10; // the burst's and the ten single ones
    const r0 = metricsOf(await metrics(), 'controller_runtime_reconcile_total');
    const w0 = metricsOf(await metrics(), 'rest_client_requests_total', notLease);
    const t4 = performance.now();
    await c.kubectl('annotate', 'ece', '--all', '-n', ns, `bench/touch=${Date.now()}`, '--overwrite');
    const touchMs = performance.now() - t4;
    await waitFor('every touched environment reconciled', async () =>
      metricsOf(await metrics(), 'controller_runtime_reconcile_total') >= r0 + touched ? true : undefined,
    );
    const noopMs = performance.now() - t4;
    const noopWrites = metricsOf(await metrics(), 'rest_client_requests_total', notLease) - w0;

    const rows: Array<[string, string]> = [
      ['by hand: apply one environment → ready (median of 10)', `${medianByHand.toFixed(0)} ms (anchor)`],
      [
        'create → Ready, one environment (median of 10)',
        `${median.toFixed(0)} ms (min ${single[0]?.toFixed(0)}, max ${single[9]?.toFixed(0)}) = ${(median / medianByHand).toFixed(2)}× by hand`,
      ],
      [
        `by hand: apply ${envCount} environments → all ready`,
        `${(manyByHandMs / 1000).toFixed(1)} s (anchor)`,
      ],
      [
        `${envCount} environments at once → all Ready`,
        `${(manyMs / 1000).toFixed(1)} s = ${(manyMs / manyByHandMs).toFixed(2)}× by hand`,
      ],
      [
        '  operator CPU during the burst (dist/)',
        `${cpu.toFixed(2)} s = ${((cpu / envCount) * 1000).toFixed(0)} ms per environment`,
      ],
      ['  operator peak RSS (VmHWM, dist/)', `${rss.toFixed(0)} MiB`],
      ['  mean reconcile duration during the burst', `${meanReconcileMs.toFixed(0)} ms`],
      [
        '  reconciles during the burst',
        `${reconcilesBurst} (${(reconcilesBurst / (manyMs / 1000)).toFixed(1)}/s)`,
      ],
      [
        `API writes in ${steadySeconds} s of steady state (excl. lease)`,
        `${steadyWrites} (${steadyReconciles} reconciles)`,
      ],
      ['  lease writes in the same window', `${leaseWrites}`],
      [
        `no-op reconciles of ${touched} touched environments`,
        `${(touched / (noopMs / 1000)).toFixed(0)}/s incl. ${touchMs.toFixed(0)} ms of kubectl annotate; writes ${noopWrites}`,
      ],
      [
        'workers; machine',
        `${workers}; ${availableParallelism()} CPUs, load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      ],
    ];
    const w = Math.max(...rows.map((r) => r[0].length));
    console.log(
      `\neveryclass operator benchmark (local control plane + KWOK, ${new Date().toISOString()})\n`,
    );
    for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  } finally {
    await cleanup();
  }
}

await main();
