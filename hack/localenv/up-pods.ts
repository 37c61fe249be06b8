// `make up` on real pods (where the machine runs a real node, or on kind): the operator installed
// from config/default as pods of our image, the three samples in their namespaces on real pods
// with requests that fit two CPUs, a generated university loaded into production and copied into
// staging (spec.data.from), and a registered sample student with a calendar feed. What to open is on the cluster's
// Service addresses, which this machine reaches (kube-proxy's rules on the node).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, parseAllDocuments, stringify } from 'yaml';
import {
  importedVersion,
  untilEveryEntityServes as untilServed,
} from '../../operator/src/cli/data-served.ts';
import { connect } from '../../operator/src/cli/kube.ts';
import { ports } from '../../services/kit/contract.ts';
import type { Kube } from './cluster.ts';
import { appRepo } from './node/images.ts';
import { waitFor } from './processes.ts';
import { registerSample } from './sample-data.ts';
import { repoRoot } from './tools.ts';

const run = promisify(execFile);
export const tiers = ['production', 'staging', 'testing'] as const;
export type Tier = (typeof tiers)[number];
export const namespaceOf = (t: Tier): string => `everyclass-${t}`;
const operatorNamespace = 'everyclass-system';

/** Where the pods run and from which images. */
export interface PodsTarget {
  kube: Kube;
  /** Our image's tag (ghcr.io/everyclass/everyclass:TAG), built from this tree. */
  tag: string;
  /** spec.mongo.image: the FerretDB stand-in here, the official image elsewhere. */
  mongoImage: string;
  storageClass: string;
  /** Namespace annotations that put pods on the real node (none on kind). */
  annotations: Record<string, string>;
}

export interface PodsUp {
  site: string;
  web: string;
  staging: string;
  feed: string;
  student: { code: string; password: string };
  seconds: { operator: number; ready: number; data: number };
}

/** Requests that let three environments share two CPUs (the tiers' defaults ask for ≈ 3.75). */
const small = { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '1', memory: '384Mi' } };

async function applyDocs(t: PodsTarget, dir: string, name: string, docs: object[]): Promise<void> {
  const file = join(dir, name);
  writeFileSync(file, docs.map((d) => stringify(d)).join('---\n'));
  await t.kube.kubectl(
    'apply',
    '--server-side',
    '--force-conflicts',
    '--field-manager=everyclass-up',
    '-f',
    file,
  );
}

interface Doc {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec?: { template?: { spec: { containers: Array<{ image: string }> } } };
}

/**
 * config/default as a platform engineer installs it (kubectl apply -k), with our image's tag and
 * the operator's namespace annotated so that its pods land on the real node; waits for its rollout.
 */
export async function installOperator(t: PodsTarget, dir: string): Promise<void> {
  const docs = parseAllDocuments(await t.kube.kubectl('kustomize', join(repoRoot, 'config', 'default'))).map(
    (d) => d.toJSON() as Doc,
  );
  for (const d of docs) {
    if (d.kind === 'Namespace') d.metadata.annotations = { ...d.metadata.annotations, ...t.annotations };
    for (const c of d.spec?.template?.spec.containers ?? [])
      if (c.image.startsWith(`${appRepo}:`)) c.image = `${appRepo}:${t.tag}`;
  }
  await applyDocs(t, dir, 'operator.yaml', docs);
  await t.kube.kubectl('wait', '--for=condition=Established', 'crd/everyclassenvironments.everyclass.io');
  await t.kube.kubectl(
    'rollout',
    'status',
    '-n',
    operatorNamespace,
    'deployment/everyclass-operator',
    '--timeout=300s',
  );
}

/** The namespaces of the samples, on real pods. */
export async function sampleNamespaces(t: PodsTarget, dir: string): Promise<void> {
  await applyDocs(
    t,
    dir,
    'namespaces.yaml',
    tiers.map((tier) => ({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: namespaceOf(tier), annotations: t.annotations },
    })),
  );
  for (const tier of tiers)
    await waitFor(`default ServiceAccount in ${namespaceOf(tier)}`, async () =>
      (await t.kube.kubectl('get', 'sa', 'default', '-n', namespaceOf(tier)).catch(() => ''))
        ? true
        : undefined,
    );
}

/**
 * Staging serves a copy of production's course data (spec.data.from, checked every minute), so
 * the two answer from the same data version and the mirror compares their pages instead of
 * skipping them as `data_versions_differ`.
 */
function followedData(tier: Tier): Record<string, unknown> {
  const ref = (t: Tier) => `${namespaceOf(t)}/${t}`;
  if (tier === 'production') return { data: { shareWith: [ref('staging')] } };
  if (tier === 'staging') return { data: { from: ref('production'), syncSchedule: '* * * * *' } };
  return {};
}

/**
 * A committed sample (config/samples) as it runs here: our image's tag, the local MongoDB image and
 * StorageClass, small requests; production's front door without TLS (no certificate exists here,
 * and a browser keeps no Secure cookie of an http:// site).
 */
export function sampleOnPods(tier: Tier, t: PodsTarget): Record<string, unknown> {
  const doc = parse(readFileSync(join(repoRoot, 'config', 'samples', `${tier}.yaml`), 'utf8')) as {
    metadata: Record<string, unknown>;
    spec: Record<string, unknown>;
  };
  const sized = (replicas?: number) => ({ ...(replicas ? { replicas } : {}), resources: small });
  const spec = {
    ...doc.spec,
    version: t.tag,
    services:
      tier === 'production'
        ? { web: sized(3), entity: sized(), identity: sized(), calendar: sized(2) }
        : { web: sized(), entity: sized(), identity: sized(), calendar: sized() },
    mongo: {
      ...(doc.spec.mongo as object),
      image: t.mongoImage,
      storage: { size: '1Gi', storageClassName: t.storageClass },
    },
    rollout: { progressDeadlineSeconds: 180, autoRollback: true },
    ...(tier === 'production' ? { ingress: { host: 'everyclass.example.edu', className: 'nginx' } } : {}),
    ...followedData(tier),
  };
  return { ...doc, metadata: { ...doc.metadata, namespace: namespaceOf(tier) }, spec };
}

/** A Service's address and port 80, from this machine. */
export async function serviceUrl(t: PodsTarget, tier: Tier, service: string): Promise<string> {
  const ip = (
    await t.kube.kubectl(
      'get',
      'svc',
      `${tier}-${service}`,
      '-n',
      namespaceOf(tier),
      '-o',
      'jsonpath={.spec.clusterIP}',
    )
  ).trim();
  return `http://${ip}`;
}

export async function secretValue(t: PodsTarget, tier: Tier, name: string, key: string): Promise<string> {
  const b64 = await t.kube.kubectl(
    'get',
    'secret',
    name,
    '-n',
    namespaceOf(tier),
    '-o',
    `jsonpath={.data.${key}}`,
  );
  return Buffer.from(b64.trim(), 'base64').toString();
}

/** The addresses of a component's running pods in `tier` (the node may reach its pods). */
async function podAddresses(t: PodsTarget, tier: Tier, component: string): Promise<string[]> {
  return (
    await t.kube.kubectl(
      'get',
      'pods',
      '-n',
      namespaceOf(tier),
      '-l',
      `app.kubernetes.io/instance=${tier},app.kubernetes.io/component=${component}`,
      '--field-selector=status.phase=Running',
      '-o',
      'jsonpath={range .items[*]}{.status.podIP}{"\\n"}{end}',
    )
  )
    .split('\n')
    .filter(Boolean);
}

/** MongoDB of an environment as its owner, on its pod's address (the node may reach its pods). */
export async function mongoUrl(t: PodsTarget, tier: Tier): Promise<string> {
  const [ip] = await podAddresses(t, tier, 'mongo');
  if (!ip) throw new Error(`${tier}: no running MongoDB pod`);
  const user = await secretValue(t, tier, `${tier}-mongo-credentials`, 'username');
  const pass = await secretValue(t, tier, `${tier}-mongo-credentials`, 'password');
  return `mongodb://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@${ip}:${ports.mongo}/?authSource=admin&directConnection=true`;
}

/** The generated university's import files, loaded through entity's ImportSemester with the admin key; the data version. */
async function loadData(
  t: PodsTarget,
  tier: Tier,
  files: string[],
  log: (l: string) => void,
): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [
      join(repoRoot, 'services/data/cli.ts'),
      'import',
      '--entity',
      await serviceUrl(t, tier, 'entity'),
      '--chunk',
      '2000',
      ...files,
    ],
    {
      env: { ...process.env, EVERYCLASS_ADMIN_KEY: await secretValue(t, tier, `${tier}-admin`, 'adminKey') },
    },
  );
  const lines = stdout.trim().split('\n');
  log(`${tier}: ${lines.join('; ')}`);
  const version = importedVersion(stdout);
  if (!version) throw new Error(`${tier}: the import printed no data version: ${stdout}`);
  const pods = await untilEveryEntityServes(t, tier, version);
  log(`${tier}: all ${pods} entity pods serve data version ${version}`);
  return version;
}

/** Staging's sync Job (every minute) copied production's `version`, and its entity pods serve it. */
async function untilStagingCopies(t: PodsTarget, version: string): Promise<void> {
  await waitFor(
    `staging to copy production's data version ${version}`,
    async () =>
      (
        await t.kube.kubectl(
          'get',
          'ece/staging',
          '-n',
          namespaceOf('staging'),
          '-o',
          'jsonpath={.status.data.version}',
        )
      ).trim() === version
        ? true
        : undefined,
    300_000,
  );
  await untilEveryEntityServes(t, 'staging', version);
}

/**
 * Waits until every entity pod of `tier` serves course data `version`, as `everyclass data import`
 * does (operator/src/cli/data-served.ts, through the API server's pod proxy): the import went
 * through the Service to one replica, the others reload at their next poll.
 */
async function untilEveryEntityServes(t: PodsTarget, tier: Tier, version: string): Promise<number> {
  const cluster = connect({ kubeconfig: t.kube.kubeconfig });
  const env = await cluster.get({ namespace: namespaceOf(tier), name: tier });
  const pods = await untilServed(cluster, env, version, { progress: () => {}, timeoutMs: 60_000 });
  if (!pods) throw new Error(`${tier}: no entity pod to serve data version ${version}`);
  return pods;
}

const stateFile = (dir: string) => join(dir, 'pods.json');

/** What an earlier `make up` on pods printed, if its sample feed still answers (then data and student stay). */
async function stillUp(dir: string): Promise<PodsUp | undefined> {
  if (!existsSync(stateFile(dir))) return undefined;
  const prev = JSON.parse(readFileSync(stateFile(dir), 'utf8')) as PodsUp;
  const r = await fetch(prev.feed, { signal: AbortSignal.timeout(3000) }).catch(() => undefined);
  return r?.ok ? prev : undefined;
}

export async function upOnPods(opts: {
  dir: string;
  target: PodsTarget;
  scale: number;
  log: (line: string) => void;
}): Promise<PodsUp> {
  const { dir, target: t, log } = opts;
  mkdirSync(dir, { recursive: true });
  const prev = await stillUp(dir);
  const t0 = Date.now();
  await installOperator(t, dir);
  log('operator running as pods (config/default)');
  const t1 = Date.now();
  await sampleNamespaces(t, dir);
  await applyDocs(
    t,
    dir,
    'samples.yaml',
    tiers.map((tier) => sampleOnPods(tier, t)),
  );
  for (const tier of tiers)
    await t.kube.kubectl(
      'wait',
      '-n',
      namespaceOf(tier),
      '--for=condition=Ready',
      `ece/${tier}`,
      '--timeout=900s',
    );
  log('production, staging and testing environments are Ready on real pods');
  const t2 = Date.now();
  if (prev) {
    log('the data and the sample student of the last run are still there');
    return { ...prev, seconds: { operator: (t1 - t0) / 1000, ready: (t2 - t1) / 1000, data: 0 } };
  }
  const files = join(dir, 'data');
  const { stdout } = await run(process.execPath, [
    join(repoRoot, 'services/data/cli.ts'),
    'generate',
    '--seed',
    '2026',
    '--scale',
    String(opts.scale),
    '--out',
    files,
  ]);
  log(`generated ${stdout.trim().split('\n').join('; ')}`);
  const imports = readdirSync(files)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(files, f));
  const version = await loadData(t, 'production', imports, log);
  await untilStagingCopies(t, version);
  log(`staging: copied production's data version ${version} (spec.data.from)`);
  const t3 = Date.now();
  // The sample student: the first of the first semester's import file.
  const semester = JSON.parse(readFileSync(imports[0] ?? '', 'utf8')) as {
    semester: { name: string };
    students: Array<{ code: string }>;
  };
  const code = semester.students[0]?.code ?? '';
  const rpcKey = await secretValue(t, 'production', 'production-callers', 'rpcKey');
  const registered = await registerSample(
    await serviceUrl(t, 'production', 'entity'),
    await serviceUrl(t, 'production', 'identity'),
    await mongoUrl(t, 'production'),
    'everyclass',
    code,
    semester.semester.name,
    rpcKey,
  );
  const done: PodsUp = {
    site: await serviceUrl(t, 'production', 'mirror'),
    web: await serviceUrl(t, 'production', 'web'),
    staging: await serviceUrl(t, 'staging', 'web'),
    feed: `${await serviceUrl(t, 'production', 'calendar')}${registered.path}`,
    student: { code, password: registered.password },
    seconds: { operator: (t1 - t0) / 1000, ready: (t2 - t1) / 1000, data: (t3 - t2) / 1000 },
  };
  writeFileSync(stateFile(dir), JSON.stringify(done, null, 2), { mode: 0o600 });
  return done;
}
