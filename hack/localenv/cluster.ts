// A docker-free Kubernetes control plane on loopback: etcd, kube-apiserver,
// kube-controller-manager, kube-scheduler and KWOK (one fake node whose pods turn
// Ready and whose PVCs bind). Built from pinned upstream sources by hack/build-tools.sh.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { kubeconfigYaml } from './kubeconfig.ts';
import { fakeNodeName, fixturesYaml, kwokConfigYaml } from './kwok.ts';
import { nodeNetwork } from './node/network.ts';
import { writeClusterPki } from './pki.ts';
import { freePort, isAlive, type Started, startProcess, stopPid, waitFor } from './processes.ts';
import { kwokModuleDir, pinnedVersions, tool } from './tools.ts';

const run = promisify(execFile);

export interface ClusterState {
  dir: string;
  kubeconfig: string;
  server: string;
  token: string;
  pids: Record<string, number>;
}

/** What a client of a cluster needs: kubectl against it, and its kubeconfig (local, or kind's). */
export type Kube = Pick<LocalCluster, 'kubectl' | 'kubeconfig'>;

export interface LocalCluster extends ClusterState {
  /** Runs the pinned kubectl against this cluster; resolves with stdout. */
  kubectl(...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** State directory (etcd data, certificates, kubeconfig, logs); created if missing. */
  dir: string;
  /** Detached processes outlive this one (make cluster-up); otherwise they are children. */
  detached?: boolean;
  log?: (line: string) => void;
}

/** The pinned binaries a cluster runs. */
function binaries() {
  return {
    etcd: tool('etcd', 'etcd'),
    apiserver: tool('kubernetes', 'kube-apiserver'),
    controllerManager: tool('kubernetes', 'kube-controller-manager'),
    scheduler: tool('kubernetes', 'kube-scheduler'),
    kubectl: tool('kubernetes', 'kubectl'),
    kwok: tool('kwok', 'kwok'),
  };
}

/** What the steps of one start share: where state and logs go, and what has been started so far. */
interface Boot {
  dir: string;
  logs: string;
  detached: boolean;
  bins: ReturnType<typeof binaries>;
  started: Started[];
  log: (line: string) => void;
}

function start(boot: Boot, name: string, bin: string, args: string[]): void {
  boot.started.push(startProcess(name, bin, args, boot.logs, boot.detached));
}

export async function startCluster(opts: StartOptions): Promise<LocalCluster> {
  const log = opts.log ?? (() => {});
  const { dir } = opts;
  const detached = opts.detached ?? false;
  const versions = pinnedVersions();
  const k8sVersion = versions.KUBERNETES_VERSION ?? 'v1.36.3';
  const kwokVersion = versions.KWOK_VERSION ?? 'v0.8.0';
  for (const sub of ['pki', 'etcd', 'logs']) mkdirSync(join(dir, sub), { recursive: true });
  const logs = join(dir, 'logs');
  const boot: Boot = { dir, logs, detached, bins: binaries(), started: [], log };
  const { started } = boot;
  const stopAll = async () => {
    for (const p of [...started].reverse()) await stopPid(p.pid);
  };
  const onExit = () => {
    for (const p of started) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  };
  if (!detached) process.once('exit', onExit);

  try {
    const pki = writeClusterPki(join(dir, 'pki'), nodeNetwork.nodeIp);
    const token = pki.tokens.admin;
    const etcdUrl = await startEtcd(boot);
    const server = await startApiserver(boot, etcdUrl, pki);
    const caFile = join(dir, 'pki', 'apiserver.crt');
    const kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(
      kubeconfig,
      kubeconfigYaml(server, token, existsSync(caFile) ? readFileSync(caFile) : undefined),
      {
        mode: 0o600,
      },
    );
    await startControllers(boot, kubeconfig, pki, caFile);
    await startKwok(boot, kubeconfig, kwokVersion);

    const kubectl = async (...args: string[]) =>
      (await run(boot.bins.kubectl, [`--kubeconfig=${kubeconfig}`, ...args], { maxBuffer: 64 << 20 })).stdout;
    await awaitFakeNode(kubectl, dir);
    log(`fake node ${fakeNodeName} Ready; Kubernetes ${k8sVersion}`);

    const pids = Object.fromEntries(started.map((p) => [p.name, p.pid]));
    const state: ClusterState = { dir, kubeconfig, server, token, pids };
    writeFileSync(join(dir, 'state.json'), JSON.stringify(state, null, 2));
    return {
      ...state,
      kubectl,
      stop: async () => {
        await stopAll();
        process.removeListener('exit', onExit);
      },
    };
  } catch (err) {
    await stopAll();
    throw new Error(`${(err as Error).message}\n(logs: ${logs}${tailLogs(logs)})`);
  }
}

type Pki = ReturnType<typeof writeClusterPki>;

/** etcd on two free loopback ports; resolves with its client URL once healthy. */
async function startEtcd(boot: Boot): Promise<string> {
  const { dir } = boot;
  const [etcdClient, etcdPeer] = [await freePort(), await freePort()];
  const etcdUrl = `http://127.0.0.1:${etcdClient}`;
  start(boot, 'etcd', boot.bins.etcd, [
    '--name=everyclass',
    `--data-dir=${join(dir, 'etcd')}`,
    `--listen-client-urls=${etcdUrl}`,
    `--advertise-client-urls=${etcdUrl}`,
    `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`,
    `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
    `--initial-cluster=everyclass=http://127.0.0.1:${etcdPeer}`,
    '--unsafe-no-fsync', // test data: durability is not worth the disk latency
    '--quota-backend-bytes=4294967296',
    '--log-level=warn',
  ]);
  await waitFor('etcd', async () => ((await fetch(`${etcdUrl}/health`)).ok ? true : undefined), 30_000);
  boot.log(`etcd ready on ${etcdUrl}`);
  return etcdUrl;
}

/** kube-apiserver on a free loopback port; resolves with its URL once /readyz answers ok. */
async function startApiserver(boot: Boot, etcdUrl: string, pki: Pki): Promise<string> {
  const { dir } = boot;
  const apiPort = await freePort();
  const server = `https://127.0.0.1:${apiPort}`;
  start(boot, 'kube-apiserver', boot.bins.apiserver, [
    `--etcd-servers=${etcdUrl}`,
    '--bind-address=127.0.0.1',
    '--advertise-address=127.0.0.1',
    `--secure-port=${apiPort}`,
    `--cert-dir=${join(dir, 'pki')}`,
    `--token-auth-file=${join(dir, 'pki', 'tokens.csv')}`,
    // Node: kubelet sees only its own pods' Secrets; NodeRestriction: it edits only its node.
    '--authorization-mode=Node,RBAC',
    // PodNodeSelector + PodTolerationRestriction: a namespace's annotations put its pods
    // on the real node (hack/localenv/node/README.md), without code in the operator.
    '--enable-admission-plugins=NodeRestriction,PodNodeSelector,PodTolerationRestriction',
    // Reach kubelet at its node IP (never by name through the machine's resolver), as a
    // client it trusts, verifying its serving certificate.
    '--kubelet-preferred-address-types=InternalIP',
    `--kubelet-client-certificate=${pki.kubeletClientCert}`,
    `--kubelet-client-key=${pki.kubeletClientKey}`,
    `--kubelet-certificate-authority=${pki.caCert}`,
    '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
    `--service-account-key-file=${pki.saPub}`,
    `--service-account-signing-key-file=${pki.saKey}`,
    `--service-cluster-ip-range=${nodeNetwork.serviceCidr}`,
    '--endpoint-reconciler-type=none',
    '--allow-privileged=true',
    '--profiling=false',
    '--v=1',
  ]);
  const health = async () => {
    const res = await fetchInsecure(`${server}/readyz`, pki.tokens.admin);
    return res === 'ok' ? true : undefined;
  };
  await waitFor('kube-apiserver /readyz', health, 90_000);
  boot.log(`kube-apiserver ready on ${server}`);
  return server;
}

/** kube-controller-manager and kube-scheduler, as the admin. */
async function startControllers(boot: Boot, kubeconfig: string, pki: Pki, caFile: string): Promise<void> {
  // Both talk to the API as the admin and serve their own health port with certificates of their own.
  const clientArgs = async (certs: string) => [
    `--kubeconfig=${kubeconfig}`,
    `--authentication-kubeconfig=${kubeconfig}`,
    `--authorization-kubeconfig=${kubeconfig}`,
    '--leader-elect=false',
    '--kube-api-qps=200', // the default 20/s throttles bursts of hundreds of environments
    '--kube-api-burst=400',
    '--bind-address=127.0.0.1',
    `--secure-port=${await freePort()}`,
    `--cert-dir=${join(boot.dir, 'pki', certs)}`,
  ];
  start(boot, 'kube-controller-manager', boot.bins.controllerManager, [
    ...(await clientArgs('kcm')),
    `--service-account-private-key-file=${pki.saKey}`,
    ...(existsSync(caFile) ? [`--root-ca-file=${caFile}`] : []),
    '--use-service-account-credentials=false',
    '--cluster-name=everyclass-local',
    '--controllers=*',
    '--v=1',
  ]);
  start(boot, 'kube-scheduler', boot.bins.scheduler, [...(await clientArgs('scheduler')), '--v=1']);
}

/** KWOK, managing the fake node (the one with the kwok.x-k8s.io/node=fake annotation). */
async function startKwok(boot: Boot, kubeconfig: string, kwokVersion: string): Promise<void> {
  const kwokConfig = join(boot.dir, 'kwok.yaml');
  writeFileSync(kwokConfig, kwokConfigYaml(kwokModuleDir(kwokVersion), join(boot.dir, 'volumes')));
  start(boot, 'kwok', boot.bins.kwok, [
    `--kubeconfig=${kubeconfig}`,
    `--config=${kwokConfig}`,
    '--manage-all-nodes=false',
    '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
    `--server-address=127.0.0.1:${await freePort()}`,
    '--v=4', // warnings and errors only
  ]);
}

/** Cluster-scoped fixtures (the fake node, the StorageClasses KWOK provisions), then the node Ready. */
async function awaitFakeNode(kubectl: (...a: string[]) => Promise<string>, dir: string): Promise<void> {
  await applyYaml(kubectl, dir, 'fixtures.yaml', fixturesYaml());
  await waitFor(
    `node ${fakeNodeName} Ready`,
    async () => {
      const out = await kubectl(
        'get',
        'node',
        fakeNodeName,
        '-o',
        'jsonpath={.status.conditions[?(@.type=="Ready")].status}',
      );
      return out.trim() === 'True' ? true : undefined;
    },
    60_000,
  );
  await waitFor('default ServiceAccount', async () => {
    await kubectl('get', 'serviceaccount', 'default', '-n', 'default');
    return true;
  });
}

/** Stops the cluster recorded in `dir` (by `startCluster({detached: true})`) and removes its state. */
export async function stopClusterAt(dir: string): Promise<boolean> {
  const stateFile = join(dir, 'state.json');
  let found = false;
  if (existsSync(stateFile)) {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as ClusterState;
    const order = ['kwok', 'kube-scheduler', 'kube-controller-manager', 'kube-apiserver', 'etcd'];
    for (const name of order) {
      const pid = state.pids[name];
      if (pid !== undefined && isAlive(pid)) {
        found = true;
        await stopPid(pid);
      }
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return found;
}

/** Reads a running cluster's state from `dir`, or undefined when none is running there. */
export async function attachCluster(dir: string): Promise<LocalCluster | undefined> {
  const stateFile = join(dir, 'state.json');
  if (!existsSync(stateFile)) return undefined;
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as ClusterState;
  if (!Object.values(state.pids).every(isAlive)) return undefined;
  if ((await fetchInsecure(`${state.server}/readyz`, state.token).catch(() => '')) !== 'ok') return undefined;
  const kubectlBin = tool('kubernetes', 'kubectl');
  return {
    ...state,
    kubectl: async (...args: string[]) =>
      (await run(kubectlBin, [`--kubeconfig=${state.kubeconfig}`, ...args], { maxBuffer: 64 << 20 })).stdout,
    stop: async () => {},
  };
}

async function fetchInsecure(url: string, token: string): Promise<string> {
  // Node's fetch cannot skip verification per request; the apiserver's certificate is
  // self-signed until the kubeconfig exists, so use https with rejectUnauthorized=false.
  const { request } = await import('node:https');
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: { authorization: `Bearer ${token}` }, rejectUnauthorized: false, timeout: 2000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve(body));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

async function applyYaml(
  kubectl: (...a: string[]) => Promise<string>,
  dir: string,
  name: string,
  yaml: string,
) {
  const file = join(dir, name);
  writeFileSync(file, yaml);
  await waitFor(`kubectl apply ${name}`, async () => {
    await kubectl('apply', '--server-side', '--field-manager=everyclass-localenv', '-f', file);
    return true;
  });
}

function tailLogs(logs: string): string {
  if (!existsSync(logs)) return '';
  return readdirSync(logs)
    .map((f) => {
      const lines = readFileSync(join(logs, f), 'utf8').trim().split('\n').slice(-5).join('\n    ');
      return `\n  ${f}:\n    ${lines}`;
    })
    .join('');
}

export { fakeNodeName, neverReadyTagSuffix, storageClasses } from './kwok.ts';
