// `make up`: a whole EveryClass on this machine, without Docker.
//  1. the local control plane and the MongoDB-wire store (reused when already running);
//  2. the CRD and the operator's RBAC; the operator as a process holding its ServiceAccount's token;
//  3. the production, staging and testing samples, each in its namespace, until Ready;
//  4. the services on loopback on the store with a generated university: a production set, a
//     staging set, and the shadow proxy in front of production web mirroring 10% into staging;
//  5. a registered sample student with a calendar feed; then what to open is printed.
// Running it again finds what runs and only starts what is missing.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { generateUniversity } from '../../services/data/generate.ts';
import type { LocalCluster } from './cluster.ts';
import { type Keys, loadOrCreateKeys } from './keys.ts';
import { installOperatorRbac, operatorAccount, serviceAccountKubeconfig } from './kubeconfig.ts';
import { freePort, isAlive, startProcess, stopPid, waitFor } from './processes.ts';
import { importOnce, registerSample, school } from './sample-data.ts';
import type { StoreState } from './store.ts';
import { repoRoot } from './tools.ts';

export const samples = ['production', 'staging', 'testing'] as const;

interface Running {
  name: string;
  pid: number;
  url: string;
}

export interface UpState {
  operator?: Running;
  services: Running[];
  site?: string;
  feed?: string;
  student?: { code: string; password: string };
}

const stateFile = (dir: string) => join(dir, 'state.json');

export function readUpState(dir: string): UpState | undefined {
  if (!existsSync(stateFile(dir))) return undefined;
  return JSON.parse(readFileSync(stateFile(dir), 'utf8')) as UpState;
}

function alive(r: Running | undefined): r is Running {
  return r !== undefined && isAlive(r.pid);
}

/** What the steps of one `up` share: its directory, the previous run's state and the state it builds. */
interface Run {
  dir: string;
  prev: UpState | undefined;
  state: UpState;
  save(): void;
  log: (line: string) => void;
}

/** A process of the previous run still alive under `name`. */
function reusable(run: Run, name: string): Running | undefined {
  return run.prev?.services.find((r) => r.name === name && isAlive(r.pid));
}

export async function up(opts: {
  dir: string;
  cluster: LocalCluster;
  store: StoreState;
  scale: number;
  log: (line: string) => void;
}): Promise<UpState> {
  const { dir, cluster, store, log } = opts;
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const state: UpState = { services: [] };
  const run: Run = {
    dir,
    prev: readUpState(dir),
    state,
    save: () => writeFileSync(stateFile(dir), JSON.stringify(state, null, 2)),
    log,
  };
  // The shadow proxy's ports are known up front: mails link to the site, and the operator reads the
  // proxy's figures from its admin port (KWOK's pod IPs are not on this machine).
  const portOf = (name: string) =>
    Number(
      run.prev?.services
        .find((r) => r.name === name)
        ?.url.split(':')
        .pop(),
    );
  const mirrorRuns = reusable(run, 'mirror') !== undefined;
  const ports = {
    site: mirrorRuns ? portOf('mirror') : await freePort(),
    admin: mirrorRuns ? portOf('mirror-admin') : await freePort(),
  };

  await installOperator(run, cluster, ports.admin);
  await applySamples(cluster, log);
  const data = generateUniversity({ seed: 2026, scale: opts.scale });
  const keys = loadOrCreateKeys(dir);
  const production = await startServices({ run, appConfig: join(dir, 'app.json'), keys }, store, data, ports);
  await registerSampleStudent(run, store, data, production, keys.rpc);
  return state;
}

/** 2. The API and the operator, with exactly the permissions config/rbac grants it. */
async function installOperator(run: Run, cluster: LocalCluster, mirrorAdminPort: number): Promise<void> {
  const { dir, prev, state } = run;
  await cluster.kubectl(
    'apply',
    '--server-side',
    '--field-manager=everyclass-up',
    '-k',
    join(repoRoot, 'crds'),
  );
  await cluster.kubectl(
    'wait',
    '--for=condition=Established',
    'crd/everyclassenvironments.everyclass.io',
    '--timeout=60s',
  );
  await applyObjects(
    cluster,
    dir,
    'namespaces.yaml',
    [operatorAccount.namespace, ...samples.map((s) => `everyclass-${s}`)].map((name) => ({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name },
    })),
  );
  await installOperatorRbac(cluster, 'everyclass-up');
  if (alive(prev?.operator)) {
    state.operator = prev.operator;
  } else {
    const kubeconfig = await serviceAccountKubeconfig(
      cluster,
      operatorAccount,
      join(dir, 'operator.kubeconfig'),
      '48h',
    );
    const probePort = await freePort();
    const p = startProcess(
      'operator',
      process.execPath,
      [
        join(repoRoot, 'operator', 'src', 'main.ts'),
        '--probe-host',
        '127.0.0.1',
        '--probe-port',
        String(probePort),
        '--lease-namespace',
        operatorAccount.namespace,
        `--mirror-stats-url-template=http://127.0.0.1:${mirrorAdminPort}/_mirror/stats`,
      ],
      join(dir, 'logs'),
      true,
      { ...process.env, KUBECONFIG: kubeconfig, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
    );
    state.operator = { name: 'operator', pid: p.pid, url: `http://127.0.0.1:${probePort}` };
    run.log(
      `operator started as ServiceAccount ${operatorAccount.namespace}/${operatorAccount.name} (pid ${p.pid})`,
    );
  }
  run.save();
}

/** 3. The samples, each environment in its own namespace, until Ready. */
async function applySamples(cluster: LocalCluster, log: (line: string) => void): Promise<void> {
  for (const s of samples) {
    await cluster.kubectl(
      'apply',
      '--server-side',
      '--field-manager=everyclass-up',
      '-n',
      `everyclass-${s}`,
      '-f',
      join(repoRoot, 'config', 'samples', `${s}.yaml`),
    );
  }
  for (const s of samples) {
    await cluster.kubectl(
      'wait',
      '-n',
      `everyclass-${s}`,
      '--for=condition=Ready',
      `ece/${s}`,
      '--timeout=300s',
    );
  }
  log('production, staging and testing environments are Ready');
}

type University = ReturnType<typeof generateUniversity>;
interface ServiceSet {
  web: Running;
  calendar: Running;
  identity: Running;
  entity: Running;
}
/** How the services of one run start: their shared configuration and keys. */
interface Launch {
  run: Run;
  appConfig: string;
  keys: Keys;
}

/**
 * 4. The services on loopback, reusing the ones still alive from a previous run: a production and
 * a staging set, and the shadow proxy in front of production web. Resolves with the production set.
 */
async function startServices(
  launch: Launch,
  store: StoreState,
  data: University,
  ports: { site: number; admin: number },
): Promise<ServiceSet> {
  const { run } = launch;
  writeFileSync(
    launch.appConfig,
    JSON.stringify({
      ...school,
      semesters: data.map((d) => ({ name: d.semester?.name, start: d.semester?.start })),
    }),
  );
  const site = `http://127.0.0.1:${ports.site}`;
  const production = await startSet(launch, store, data, 'production', site);
  const staging = await startSet(launch, store, data, 'staging', site);
  const adminUrl = `http://127.0.0.1:${ports.admin}`;
  const mirror = await startService(
    launch,
    'mirror',
    'mirror',
    {
      UPSTREAM_URL: production.web.url,
      MIRROR_TARGET_URL: staging.web.url,
      MIRROR_PERCENT: '10',
      MIRROR_COMPARE: 'true',
      MIRROR_SHADOW_KEY: launch.keys.shadow,
      ADMIN_PORT: String(ports.admin),
      ADMIN_URL: adminUrl,
    },
    ports.site,
  );
  run.state.services.push({ name: 'mirror-admin', pid: mirror.pid, url: adminUrl });
  run.state.site = mirror.url;
  run.save();
  return production;
}

/** One environment's four services on the store, its entity database holding the generated university. */
async function startSet(
  launch: Launch,
  store: StoreState,
  data: University,
  env: 'production' | 'staging',
  site: string,
): Promise<ServiceSet> {
  const { keys } = launch;
  const db = (svc: string) => `${store.url}/everyclass_${env}_${svc}`;
  const entity = await startService(launch, `${env}-entity`, 'entity', {
    MONGO_URL: db('entity'),
    ADMIN_KEY: keys.admin,
  });
  await importOnce(entity.url, store.url, `everyclass_${env}_entity`, data, launch.run.log, env, keys);
  const identity = await startService(launch, `${env}-identity`, 'identity', {
    MONGO_URL: db('identity'),
    ENTITY_URL: entity.url,
    SESSION_KEY: keys.session,
    PUBLIC_URL: site,
  });
  const calendar = await startService(launch, `${env}-calendar`, 'calendar', {
    ENTITY_URL: entity.url,
    IDENTITY_URL: identity.url,
  });
  // /readyz and /metrics on web's admin port; the shadow proxy's copies are signed with SHADOW_KEY.
  const webAdmin = await freePort();
  const web = await startService(launch, `${env}-web`, 'web', {
    ENTITY_URL: entity.url,
    IDENTITY_URL: identity.url,
    SESSION_KEY: keys.session,
    CALENDAR_PUBLIC_URL: calendar.url,
    ADMIN_PORT: String(webAdmin),
    ADMIN_URL: `http://127.0.0.1:${webAdmin}`,
    SHADOW_KEY: keys.shadow,
  });
  return { web, calendar, identity, entity };
}

/** Starts service `role` as process `name` (unless the previous run's still lives) and waits until it is ready. */
async function startService(
  launch: Launch,
  name: string,
  role: string,
  env: Record<string, string>,
  fixedPort?: number,
): Promise<Running> {
  const { run, keys } = launch;
  const found = reusable(run, name);
  if (found) {
    run.state.services.push(found);
    return found;
  }
  const port = fixedPort ?? (await freePort());
  const script =
    role === 'mirror'
      ? join(repoRoot, 'services', 'mirror', 'main.ts')
      : join(repoRoot, 'services', 'cli.ts');
  const p = startProcess(
    name,
    process.execPath,
    role === 'mirror' ? [script] : [script, role],
    join(run.dir, 'logs'),
    true,
    {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      APP_CONFIG: launch.appConfig,
      ID_ENCRYPTION_KEY: keys.id,
      // Calls between the services are signed (services/kit/callers.ts), as in a cluster.
      RPC_KEY: keys.rpc,
      ...env,
    },
  );
  const r = { name, pid: p.pid, url: `http://127.0.0.1:${port}` };
  run.state.services.push(r);
  run.save();
  const health = env.ADMIN_URL ? `${env.ADMIN_URL}/readyz` : `${r.url}/readyz`;
  await waitFor(
    `${name} ready (log: ${join(run.dir, 'logs', `${name}.log`)})`,
    async () => ((await fetch(health)).ok ? true : undefined),
    60_000,
  );
  return r;
}

/** 5. A registered sample student with a calendar subscription on production (the previous one while its feed answers). */
async function registerSampleStudent(
  run: Run,
  store: StoreState,
  data: University,
  production: ServiceSet,
  rpcKey: string,
): Promise<void> {
  const { prev, state } = run;
  const code = data[0]?.students?.[0]?.code ?? '';
  const sample = prev?.feed && prev.student?.code === code && (await fetch(prev.feed)).ok ? prev : undefined;
  if (sample?.feed && sample.student) {
    state.feed = sample.feed;
    state.student = sample.student;
  } else {
    const semester = data[0]?.semester?.name ?? '';
    const registered = await registerSample(
      production.entity.url,
      production.identity.url,
      store.url,
      'everyclass_production_identity',
      code,
      semester,
      rpcKey,
    );
    state.student = { code, password: registered.password };
    state.feed = `${production.calendar.url}${registered.path}`;
  }
  run.save();
}

export async function down(dir: string, log: (line: string) => void): Promise<void> {
  const state = readUpState(dir);
  if (!state) return;
  const all = [
    ...state.services.filter((r) => r.name !== 'mirror-admin'),
    ...(state.operator ? [state.operator] : []),
  ];
  for (const r of all.reverse()) {
    if (isAlive(r.pid)) {
      await stopPid(r.pid);
      log(`stopped ${r.name}`);
    }
  }
}

async function applyObjects(
  cluster: LocalCluster,
  dir: string,
  name: string,
  objects: object[],
): Promise<void> {
  const file = join(dir, name);
  writeFileSync(file, objects.map((o) => stringify(o)).join('---\n'));
  await cluster.kubectl('apply', '--server-side', '--field-manager=everyclass-up', '-f', file);
}
