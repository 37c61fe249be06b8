// Helpers for operator end-to-end tests: the operator as a real child process, the CRD,
// namespaces, and polling.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'yaml';
import type { Kube, LocalCluster } from '../../../hack/localenv/cluster.ts';
import {
  installOperatorRbac,
  operatorAccount,
  serviceAccountKubeconfig as writeServiceAccountKubeconfig,
} from '../../../hack/localenv/kubeconfig.ts';
import { waitFor as eventually } from '../../../hack/localenv/processes.ts';

export type { Kube } from '../../../hack/localenv/cluster.ts';

/** Polls until the check yields a value (hack/localenv's waitFor). */
export { waitFor as eventually } from '../../../hack/localenv/processes.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ec-operator-e2e-'));
let fileSeq = 0;

/** kubectl apply --server-side of plain objects (as a test user, not the operator's field manager). */
export async function apply(cluster: Kube, ...objs: object[]): Promise<string> {
  const file = join(tmp, `obj-${process.pid}-${fileSeq++}.json`);
  writeFileSync(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objs }));
  return cluster.kubectl(
    'apply',
    '--server-side',
    '--force-conflicts',
    '--field-manager=e2e-test',
    '-f',
    file,
  );
}

/** Kubeconfigs holding the token of config/rbac's ServiceAccount, per cluster (see installCrd). */
const operatorKubeconfigs = new Map<string, string>();
export const operatorNamespace = operatorAccount.namespace;

/**
 * Installs config/rbac and writes a kubeconfig with a token of its ServiceAccount: operators in
 * e2e run with exactly the shipped permissions, so a missing or excess one shows up as a failure.
 */
async function installRbac(cluster: Kube): Promise<void> {
  if (operatorKubeconfigs.has(cluster.kubeconfig)) return;
  await installOperatorRbac(cluster, 'e2e-test');
  const file = await serviceAccountKubeconfig(cluster, operatorNamespace, operatorAccount.name);
  operatorKubeconfigs.set(cluster.kubeconfig, file);
}

export async function installCrd(cluster: Kube): Promise<void> {
  await installRbac(cluster);
  await cluster.kubectl(
    'apply',
    '--server-side',
    '--force-conflicts',
    '-f',
    'crds/everyclass.io_everyclassenvironments.yaml',
  );
  await cluster.kubectl(
    'wait',
    '--for=condition=Established',
    'crd/everyclassenvironments.everyclass.io',
    '--timeout=60s',
  );
  await eventually('ece resource served', async () =>
    (await cluster.kubectl('get', 'ece', '-A')) !== undefined ? true : undefined,
  );
}

/**
 * Deletes every EveryClassEnvironment in the cluster (other test files' leftovers) and waits until
 * they are gone: an operator watching all namespaces would otherwise reconcile them while a test
 * counts its writes.
 */
export async function clearEnvironments(cluster: Kube): Promise<void> {
  await cluster.kubectl('delete', 'ece', '--all', '-A', '--wait=true', '--timeout=120s');
}

/** Creates a namespace and waits for its default ServiceAccount (pods are refused before it exists). */
export async function createNamespace(cluster: Kube, name: string): Promise<string> {
  await cluster.kubectl('create', 'namespace', name);
  await eventually(
    `default ServiceAccount in ${name}`,
    async () => (await cluster.kubectl('get', 'sa', 'default', '-n', name)) || undefined,
  );
  return name;
}

/** A committed sample (config/samples/<tier>.yaml) in namespace `ns`, its spec fields overridden. */
export function sampleIn(
  tier: 'production' | 'staging' | 'testing',
  ns: string,
  spec: Record<string, unknown> = {},
): { metadata: { name: string; namespace: string }; spec: Record<string, unknown> } {
  const doc = parse(readFileSync(`config/samples/${tier}.yaml`, 'utf8')) as {
    metadata: { name: string };
    spec: Record<string, unknown>;
  };
  return { ...doc, metadata: { ...doc.metadata, namespace: ns }, spec: { ...doc.spec, ...spec } };
}

/** What CI does: kubectl patch ece <name> --type merge -p '{"spec":{"version":"<v>"}}'. */
export const patchSpecVersion = (cluster: Kube, ns: string, name: string, v: string) =>
  cluster.kubectl(
    'patch',
    'ece',
    name,
    '-n',
    ns,
    '--type=merge',
    '-p',
    JSON.stringify({ spec: { version: v } }),
  );

export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function jsonpath(cluster: Kube, ns: string, what: string, path: string): Promise<string> {
  return cluster.kubectl('get', what, '-n', ns, '-o', `jsonpath=${path}`);
}

export interface OperatorProcess {
  child: ChildProcess;
  identity: string;
  logFile: string;
  port(): Promise<number>;
  metrics(): Promise<string>;
  /** Sum of rest_client_requests_total samples matching `filter` (verb/kind label text). */
  writes(filter?: (labels: string) => boolean): Promise<number>;
  /** SIGKILL: no cleanup, the lease stays held until it expires. */
  kill(): Promise<void>;
  /** SIGTERM: graceful shutdown. */
  stop(): Promise<void>;
  logs(): string;
}

const running = new Set<OperatorProcess>();

/** A kubeconfig (file) holding a token of ServiceAccount `namespace/name`: a client with exactly its rights. */
export function serviceAccountKubeconfig(cluster: Kube, namespace: string, name: string): Promise<string> {
  const file = join(tmp, `${namespace}-${name}-${Date.now()}.kubeconfig`);
  return writeServiceAccountKubeconfig(cluster, { namespace, name }, file, '2h');
}

export function startOperator(
  cluster: LocalCluster,
  opts: {
    identity?: string;
    leaseNamespace?: string;
    leaseName?: string;
    args?: string[];
    /** Another identity than config/rbac's ServiceAccount (serviceAccountKubeconfig). */
    kubeconfig?: string;
  } = {},
): OperatorProcess {
  const kubeconfig = opts.kubeconfig ?? operatorKubeconfigs.get(cluster.kubeconfig);
  if (!kubeconfig)
    throw new Error('installCrd(cluster) first: it prepares the operator ServiceAccount token');
  const identity = opts.identity ?? uniqueName('op');
  const logFile = join(tmp, `${identity}.log`);
  const out = createWriteStream(logFile);
  const leader = opts.leaseNamespace
    ? [
        `--lease-namespace=${opts.leaseNamespace}`,
        `--lease-name=${opts.leaseName ?? 'everyclass-operator'}`,
        '--lease-duration=4',
        '--renew-deadline=3',
        '--retry-period=1',
      ]
    : ['--no-leader-elect'];
  const child = spawn(
    process.execPath,
    [
      'operator/src/main.ts',
      '--probe-host=127.0.0.1',
      '--probe-port=0',
      `--identity=${identity}`,
      ...leader,
      // KWOK's pod IPs are not on this machine: the operator must never be sent to them for proxy
      // figures. Unless a test points it at a real proxy, it asks a closed loopback port.
      ...(opts.args?.some((a) => a.startsWith('--mirror-stats-url-template'))
        ? []
        : ['--mirror-stats-url-template=http://127.0.0.1:1/_mirror/stats']),
      ...(opts.args ?? []),
    ],
    {
      env: { ...process.env, KUBECONFIG: kubeconfig, LOG_LEVEL: 'debug' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const logs = () => readFileSync(logFile, 'utf8');
  const port = () =>
    eventually(
      `${identity} probe port`,
      async () => {
        const m = /"port":(\d+),"msg":"probe server listening"/.exec(logs());
        return m ? Number(m[1]) : undefined;
      },
      30_000,
    );
  const metrics = async () => (await fetch(`http://127.0.0.1:${await port()}/metrics`)).text();
  const proc: OperatorProcess = {
    child,
    identity,
    logFile,
    port,
    metrics,
    writes: async (filter = () => true) => {
      let total = 0;
      for (const line of (await metrics()).split('\n')) {
        const m = /^rest_client_requests_total\{(.*)\} (\d+)/.exec(line);
        if (m?.[1] && filter(m[1])) total += Number(m[2]);
      }
      return total;
    },
    kill: async () => {
      running.delete(proc);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      running.delete(proc);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.race([exited, sleep(25_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    logs,
  };
  running.add(proc);
  return proc;
}

/** Kills every operator a test started and did not stop (call from after/afterEach). */
export async function killAllOperators(): Promise<void> {
  await Promise.all([...running].map((p) => p.kill()));
}

process.once('exit', () => {
  for (const p of running) p.child.kill('SIGKILL');
});
