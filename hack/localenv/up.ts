// `make up`: a whole EveryClass on this machine, without Docker.
//  1. the local control plane and the MongoDB-wire store (reused when already running);
//  2. the CRD and the operator's RBAC; the operator as a process holding its ServiceAccount's token;
//  3. the production, staging and testing samples, each in its namespace, until Ready;
//  4. the services on loopback on the store with a generated university: a production set, a
//     staging set, and the shadow proxy in front of production web mirroring 10% into staging;
//  5. a registered sample student with a calendar feed; then what to open is printed.
// Running it again finds what runs and only starts what is missing.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { stringify } from 'yaml';
import { everyclass } from '../../proto/generated/everyclass.js';
import { EntityService, IdentityService } from '../../proto/generated/services.ts';
import { generateUniversity } from '../../services/data/generate.ts';
import { importSemester } from '../../services/data/import.ts';
import { TwirpClient } from '../../services/kit/twirp/client.ts';
import type { LocalCluster } from './cluster.ts';
import { freePort, isAlive, startProcess, stopPid, waitFor } from './processes.ts';
import type { StoreState } from './store.ts';
import { repoRoot } from './tools.ts';

const E = everyclass.entity.v1;

export const samples = ['production', 'staging', 'testing'] as const;
const operatorNamespace = 'everyclass-system';
const operatorAccount = 'everyclass-operator';
const school = { schoolName: '中南大学', emailDomain: 'csu.edu.cn' };
const signer = (caller: string, hex: string) => ({ caller, key: Buffer.from(hex, 'hex') });

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

export async function up(opts: {
  dir: string;
  cluster: LocalCluster;
  store: StoreState;
  scale: number;
  log: (line: string) => void;
}): Promise<UpState> {
  const { dir, cluster, store, log } = opts;
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const prev = readUpState(dir);
  const state: UpState = { services: [] };
  const save = () => writeFileSync(stateFile(dir), JSON.stringify(state, null, 2));

  // The shadow proxy's ports are known up front: mails link to the site, and the operator reads the
  // proxy's figures from its admin port (KWOK's pod IPs are not on this machine).
  const reuse = (name: string) => prev?.services.find((r) => r.name === name && isAlive(r.pid));
  const portOf = (name: string) =>
    Number(
      prev?.services
        .find((r) => r.name === name)
        ?.url.split(':')
        .pop(),
    );
  const sitePort = reuse('mirror') ? portOf('mirror') : await freePort();
  const adminPort = reuse('mirror') ? portOf('mirror-admin') : await freePort();

  // 2. The API and the operator, with exactly the permissions config/rbac grants it.
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
    [operatorNamespace, ...samples.map((s) => `everyclass-${s}`)].map((name) => ({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name },
    })),
  );
  await cluster.kubectl(
    'apply',
    '--server-side',
    '--field-manager=everyclass-up',
    '-n',
    operatorNamespace,
    '-k',
    join(repoRoot, 'config', 'rbac'),
  );
  if (alive(prev?.operator)) {
    state.operator = prev.operator;
  } else {
    const token = (
      await cluster.kubectl('create', 'token', operatorAccount, '-n', operatorNamespace, '--duration=48h')
    ).trim();
    const kubeconfig = join(dir, 'operator.kubeconfig');
    writeFileSync(kubeconfig, operatorKubeconfig(cluster, token), { mode: 0o600 });
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
        operatorNamespace,
        `--mirror-stats-url-template=http://127.0.0.1:${adminPort}/_mirror/stats`,
      ],
      join(dir, 'logs'),
      true,
      { ...process.env, KUBECONFIG: kubeconfig, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
    );
    state.operator = { name: 'operator', pid: p.pid, url: `http://127.0.0.1:${probePort}` };
    log(`operator started as ServiceAccount ${operatorNamespace}/${operatorAccount} (pid ${p.pid})`);
  }
  save();

  // 3. The samples, each environment in its own namespace.
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

  // 4. The services on loopback, reusing the ones still alive from a previous run.
  const appConfig = join(dir, 'app.json');
  const data = generateUniversity({ seed: 2026, scale: opts.scale });
  writeFileSync(
    appConfig,
    JSON.stringify({
      ...school,
      semesters: data.map((d) => ({ name: d.semester?.name, start: d.semester?.start })),
    }),
  );
  const keys = loadOrCreateKeys(dir);
  const start = async (
    name: string,
    role: string,
    env: Record<string, string>,
    fixedPort?: number,
  ): Promise<Running> => {
    const found = reuse(name);
    if (found) {
      state.services.push(found);
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
      join(dir, 'logs'),
      true,
      {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        APP_CONFIG: appConfig,
        ID_ENCRYPTION_KEY: keys.id,
        // Calls between the services are signed (services/kit/callers.ts), as in a cluster.
        RPC_KEY: keys.rpc,
        ...env,
      },
    );
    const r = { name, pid: p.pid, url: `http://127.0.0.1:${port}` };
    state.services.push(r);
    save();
    const health = env.ADMIN_URL ? `${env.ADMIN_URL}/readyz` : `${r.url}/readyz`;
    await waitFor(
      `${name} ready (log: ${join(dir, 'logs', `${name}.log`)})`,
      async () => ((await fetch(health)).ok ? true : undefined),
      60_000,
    );
    return r;
  };

  const site = `http://127.0.0.1:${sitePort}`;
  const sets: Record<string, { web: Running; calendar: Running; identity: Running; entity: Running }> = {};
  for (const env of ['production', 'staging'] as const) {
    const db = (svc: string) => `${store.url}/everyclass_${env}_${svc}`;
    const entity = await start(`${env}-entity`, 'entity', { MONGO_URL: db('entity'), ADMIN_KEY: keys.admin });
    await importOnce(entity.url, store.url, `everyclass_${env}_entity`, data, log, env, keys);
    const identity = await start(`${env}-identity`, 'identity', {
      MONGO_URL: db('identity'),
      ENTITY_URL: entity.url,
      SESSION_KEY: keys.session,
      PUBLIC_URL: site,
    });
    const calendar = await start(`${env}-calendar`, 'calendar', {
      ENTITY_URL: entity.url,
      IDENTITY_URL: identity.url,
    });
    // /readyz and /metrics on web's admin port; the shadow proxy's copies are signed with SHADOW_KEY.
    const webAdmin = await freePort();
    const web = await start(`${env}-web`, 'web', {
      ENTITY_URL: entity.url,
      IDENTITY_URL: identity.url,
      SESSION_KEY: keys.session,
      CALENDAR_PUBLIC_URL: calendar.url,
      ADMIN_PORT: String(webAdmin),
      ADMIN_URL: `http://127.0.0.1:${webAdmin}`,
      SHADOW_KEY: keys.shadow,
    });
    sets[env] = { web, calendar, identity, entity };
  }
  const production = sets.production!;
  const staging = sets.staging!;
  const adminUrl = `http://127.0.0.1:${adminPort}`;
  const mirror = await start(
    'mirror',
    'mirror',
    {
      UPSTREAM_URL: production.web.url,
      MIRROR_TARGET_URL: staging.web.url,
      MIRROR_PERCENT: '10',
      MIRROR_COMPARE: 'true',
      MIRROR_SHADOW_KEY: keys.shadow,
      ADMIN_PORT: String(adminPort),
      ADMIN_URL: adminUrl,
    },
    sitePort,
  );
  state.services.push({ name: 'mirror-admin', pid: mirror.pid, url: adminUrl });
  state.site = mirror.url;
  save();

  // 5. A registered sample student with a calendar subscription on production.
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
      keys.rpc,
    );
    state.student = { code, password: registered.password };
    state.feed = `${production.calendar.url}${registered.path}`;
  }
  save();
  return state;
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

function operatorKubeconfig(cluster: LocalCluster, token: string): string {
  const admin = readFileSync(cluster.kubeconfig, 'utf8');
  const ca = /certificate-authority-data: (\S+)/.exec(admin)?.[1];
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'local',
        cluster: {
          server: cluster.server,
          ...(ca ? { 'certificate-authority-data': ca } : { 'insecure-skip-tls-verify': true }),
        },
      },
    ],
    users: [{ name: operatorAccount, user: { token } }],
    contexts: [{ name: operatorAccount, context: { cluster: 'local', user: operatorAccount } }],
    'current-context': operatorAccount,
  });
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

type Keys = Record<'id' | 'session' | 'rpc' | 'admin' | 'shadow', string>;

/** The local environments' keys (ids, sessions, signed RPC, ImportSemester, shadow flags), kept across runs. */
function loadOrCreateKeys(dir: string): Keys {
  const file = join(dir, 'keys.json');
  const have = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Keys>) : {};
  const fresh = () => randomBytes(32).toString('hex');
  const keys: Keys = {
    id: have.id ?? fresh(),
    session: have.session ?? fresh(),
    rpc: have.rpc ?? fresh(),
    admin: have.admin ?? fresh(),
    shadow: have.shadow ?? fresh(),
  };
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

/** Imports the generated university unless the entity database already holds it. */
async function importOnce(
  entityUrl: string,
  storeUrl: string,
  db: string,
  data: ReturnType<typeof generateUniversity>,
  log: (line: string) => void,
  env: string,
  keys: Keys,
): Promise<void> {
  const mongo = await MongoClient.connect(storeUrl);
  try {
    const want = new Set(data.flatMap((d) => (d.students ?? []).map((st) => st.code))).size;
    const names = (await mongo.db(db).listCollections().toArray()).map((c) => c.name);
    const have = names.includes('students') ? await mongo.db(db).collection('students').countDocuments() : 0;
    if (have >= want && want > 0) return;
  } finally {
    await mongo.close();
  }
  const client = new TwirpClient(entityUrl, EntityService, {
    timeoutMs: 120_000,
    signer: signer('web', keys.rpc),
  });
  const admin = new TwirpClient(entityUrl, EntityService, {
    timeoutMs: 120_000,
    signer: signer('admin', keys.admin),
  });
  const t0 = Date.now();
  for (const sem of data) await importSemester(admin, sem, { chunk: 2000 });
  log(
    `${env}: imported ${data.length} semesters of generated data in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  const last = data.at(-1)?.students?.at(-1)?.code ?? '';
  await waitFor(
    `${env} entity to serve the import`,
    async () => {
      const r = await client.call('Search', { query: last, kinds: [E.Kind.STUDENT] });
      return r.groups[0]?.total ? true : undefined;
    },
    120_000,
  );
}

/** Registers a student through the outbox mail, as a person would, and subscribes them to a semester. */
export async function registerSample(
  entityUrl: string,
  identityUrl: string,
  storeUrl: string,
  db: string,
  code: string,
  semester: string,
  rpcKey: string,
): Promise<{ password: string; path: string }> {
  const identity = new TwirpClient(identityUrl, IdentityService, {
    signer: signer('web', rpcKey),
  });
  const entity = new TwirpClient(entityUrl, EntityService, { signer: signer('web', rpcKey) });
  const found = await entity.call('Search', {
    query: code,
    kinds: [E.Kind.STUDENT],
    pageSize: 10,
  });
  const studentId = found.groups.flatMap((g) => g.items).find((r) => r?.code === code)?.id ?? '';
  await identity.call('StartRegistration', { studentId });
  const mongo = await MongoClient.connect(storeUrl);
  let token = '';
  try {
    const mail = await mongo
      .db(db)
      .collection<{ to: string; text: string; createdAt: Date }>('outbox')
      .find({ to: `${code}@${school.emailDomain}` })
      .sort({ createdAt: -1 })
      .limit(1)
      .next();
    token = /[?&]token=([^&\s]+)/.exec(mail?.text ?? '')?.[1] ?? '';
  } finally {
    await mongo.close();
  }
  if (!token) throw new Error(`no registration mail for ${code} in ${db}.outbox`);
  const password = `Every-${randomBytes(6).toString('base64url')}-Class`;
  const { formToken } = await identity.call('ExchangeRegistration', { token: decodeURIComponent(token) });
  const session = await identity.call('CompleteRegistration', { token: formToken, password });
  const feed = await identity.call('CreateCalendarToken', { session: session.token, semester });
  return { password, path: feed.path };
}
