// The contract between the operator and the services (contract.ts), proven from both ends: for
// every sample and for a minimal environment, the operator's real builder output (ConfigMap,
// Deployments, Services, generated Secrets) is handed to the services' real parsers the way
// kubelet hands it to a container (Secrets resolved, $(VAR) references expanded, the ConfigMap
// mounted), and what the services parse must be what the operator meant.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type {
  KubernetesObject,
  V1ConfigMap,
  V1Container,
  V1Deployment,
  V1Ingress,
  V1Secret,
  V1Service,
  V1StatefulSet,
} from '@kubernetes/client-node';
import { inject } from 'light-my-request';
import { withDefaults } from '../../operator/src/api/defaulting.ts';
import { type EveryClassEnvironment, specSchema } from '../../operator/src/api/environment.ts';
import { resolve } from '../../operator/src/desired/defaults.ts';
import {
  ready,
  resolveMirror,
  sample,
  targetShadowKey,
} from '../../operator/src/desired/fixtures.test-support.ts';
import type { HttpRoute } from '../../operator/src/desired/httproute.ts';
import { buildDesired, type Desired } from '../../operator/src/desired/index.ts';
import { endpoints } from '../../operator/src/desired/ingress.ts';
import { calendarConfig } from '../calendar/main.ts';
import { entityConfig } from '../entity/main.ts';
import { identityConfig } from '../identity/main.ts';
import { loadConfig as mirrorConfig } from '../mirror/config.ts';
import { createApp as createWebApp } from '../web/app.ts';
import type { EntityApi, IdentityApi } from '../web/backend.ts';
import { webConfig } from '../web/main.ts';
import { createServiceApp, newRouter } from './app.ts';
import { defaultAppConfig, type Env, parseAppConfig } from './config.ts';
import { appConfigDefaults, appConfigFile, feedPath, paths, serviceNames } from './contract.ts';
import { silentLogger } from './log.ts';
import { createMetrics } from './metrics.ts';

const parsers = {
  web: webConfig,
  entity: entityConfig,
  identity: identityConfig,
  calendar: calendarConfig,
  mirror: mirrorConfig,
} as const;
type Component = keyof typeof parsers;

/** One container as kubelet starts it: its environment, and what the service's parser made of it. */
interface Started {
  deployment: V1Deployment;
  container: V1Container;
  /** Variables the operator set, in order. */
  set: string[];
  /** Variables the parser read, and those another variable's $(VAR) reference consumed. */
  read: Set<string>;
  referenced: Set<string>;
  // biome-ignore lint/suspicious/noExplicitAny: each parser's own result type, checked field by field below
  config: any;
}

const kindOf = <T extends KubernetesObject>(d: Desired, kind: string) =>
  d.objects.filter((o) => o.kind === kind) as T[];

/** The values the reconciler generates for each Secret (operator/src/main.ts: random hex). */
function secretValues(d: Desired): Map<string, Record<string, string>> {
  const generated = d.secrets.map((s): [string, Record<string, string>] => [
    s.name,
    Object.fromEntries(
      Object.entries(s.keys).map(([k, v]) => [k, typeof v === 'number' ? randomBytes(v).toString('hex') : v]),
    ),
  ]);
  // Secrets among the desired objects (the copy of a mirror target's shadow key) carry base64 data.
  const applied = kindOf<V1Secret>(d, 'Secret').map((s): [string, Record<string, string>] => [
    s.metadata?.name ?? '',
    Object.fromEntries(
      Object.entries(s.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()]),
    ),
  ]);
  return new Map([...generated, ...applied]);
}

/** kubelet's $(VAR) expansion: names defined earlier in the list; `$$` is a literal `$`. */
function expand(value: string, defined: Record<string, string>, referenced: Set<string>): string {
  return value.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string | undefined) => {
    if (m === '$$') return '$';
    if (name === undefined || !(name in defined)) return m;
    referenced.add(name);
    return defined[name] ?? '';
  });
}

/** Starts the one container of `dep` on a simulated filesystem under `root`. */
function start(
  d: Desired,
  dep: V1Deployment,
  secrets: Map<string, Record<string, string>>,
  root: string,
): Started {
  const pod = dep.spec?.template.spec;
  const container = pod?.containers[0];
  assert.ok(pod && container, `${dep.metadata?.name} has a container`);
  const mounts: string[] = [];
  for (const m of container.volumeMounts ?? []) {
    const vol = pod.volumes?.find((v) => v.name === m.name);
    assert.ok(vol, `${dep.metadata?.name}: volume ${m.name} is declared`);
    if (!vol.configMap) continue;
    const cm = kindOf<V1ConfigMap>(d, 'ConfigMap').find((c) => c.metadata?.name === vol.configMap?.name);
    assert.ok(cm, `${dep.metadata?.name}: ConfigMap ${vol.configMap.name} is built`);
    for (const [key, text] of Object.entries(cm.data ?? {})) {
      const file = join(root, m.mountPath, key);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    mounts.push(m.mountPath);
  }
  const env: Record<string, string> = {};
  const referenced = new Set<string>();
  for (const e of container.env ?? []) {
    const ref = e.valueFrom?.secretKeyRef;
    if (ref) {
      const v = secrets.get(ref.name ?? '')?.[ref.key];
      assert.ok(v !== undefined, `${e.name}: Secret ${ref.name} has no generated key ${ref.key}`);
      env[e.name] = v;
    } else {
      assert.equal(e.valueFrom, undefined, `${e.name}: only Secret references are expected`);
      env[e.name] = expand(e.value ?? '', env, referenced);
    }
  }
  // A path inside a mounted volume is read from the simulated filesystem.
  for (const [k, v] of Object.entries(env))
    if (mounts.some((m) => v.startsWith(`${m}/`))) env[k] = join(root, v);
  const read = new Set<string>();
  const tracked: Env = new Proxy(env, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return target[key as string];
    },
  });
  const component = dep.metadata?.labels?.['app.kubernetes.io/component'] as Component;
  const parse = parsers[component];
  assert.ok(parse, `no parser for ${component}`);
  let config: unknown;
  try {
    config = parse(tracked);
  } catch (err) {
    assert.fail(`${dep.metadata?.name} exits at start: ${(err as Error).message}`);
  }
  return {
    deployment: dep,
    container,
    set: (container.env ?? []).map((e) => e.name),
    read,
    referenced,
    config,
  };
}

/** The Service a URL of the environment names (host `<name>.<namespace>.svc`, the Service's port). */
function serviceAt(d: Desired, raw: string): V1Service {
  const u = new URL(raw);
  const [name, namespace, svc, ...rest] = u.hostname.split('.');
  assert.equal(svc, 'svc', `${raw}: a Service address`);
  assert.deepEqual(rest, []);
  const s = kindOf<V1Service>(d, 'Service').find(
    (x) => x.metadata?.name === name && x.metadata?.namespace === namespace,
  );
  assert.ok(s, `${raw}: no Service ${namespace}/${name} is built`);
  const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  assert.ok(
    s.spec?.ports?.some((p) => p.port === port),
    `${raw}: Service ${name} has no port ${port}`,
  );
  return s;
}

/** The Deployment a Service sends to, and the container port its targetPort names. */
function backendOf(d: Desired, s: V1Service, port: number) {
  const sel = s.spec?.selector ?? {};
  const deps = kindOf<V1Deployment>(d, 'Deployment').filter((dep) =>
    Object.entries(sel).every(([k, v]) => dep.spec?.template.metadata?.labels?.[k] === v),
  );
  assert.equal(deps.length, 1, `Service ${s.metadata?.name} selects one Deployment`);
  const target = s.spec?.ports?.find((p) => p.port === port)?.targetPort;
  const cport = deps[0]?.spec?.template.spec?.containers[0]?.ports?.find(
    (p) => p.name === target || p.containerPort === target,
  );
  assert.ok(cport, `Service ${s.metadata?.name}: targetPort ${target} is no container port`);
  return { deployment: deps[0] as V1Deployment, containerPort: cport.containerPort };
}

/**
 * The backend an Ingress (networking.k8s.io/v1) or an HTTPRoute sends a request path to: Exact
 * equals; Prefix / PathPrefix match whole path elements (`/a/b` matches `/a/b` and `/a/b/c`,
 * not `/a/bc`; a trailing `/` is ignored); the longest match wins, Exact before Prefix.
 */
function routeOf(rules: Array<{ path: string; exact?: boolean; backend: string }>, path: string) {
  const elements = (p: string) => p.split('/').filter((e) => e !== '');
  const matches = (r: (typeof rules)[number]) => {
    if (r.exact) return r.path === path;
    const want = elements(r.path);
    const have = elements(path);
    return want.length <= have.length && want.every((e, i) => e === have[i]);
  };
  const best = rules
    .filter(matches)
    .sort((a, b) => b.path.length - a.path.length || Number(!!b.exact) - Number(!!a.exact))[0];
  return best?.backend;
}

/** Every path web's router serves, parameters filled in (`/student/:id` → `/student/x`). */
function webPaths(): string[] {
  const app = createWebApp({
    backend: { entity: {} as EntityApi, identity: {} as IdentityApi },
    app: defaultAppConfig,
    sessionKey: randomBytes(32),
    logger: silentLogger(),
    metrics: createMetrics('web', { defaults: false }),
  });
  const routers = app.middleware
    .map((m) => (m as { router?: { stack: Array<{ path: string; methods: string[] }> } }).router)
    .filter((r) => r !== undefined);
  const out = routers.flatMap((r) => r.stack.filter((l) => l.methods.length > 0).map((l) => l.path));
  return [...new Set(out.map((p) => p.replace(/:[A-Za-z]+/g, 'x')))];
}

interface Case {
  title: string;
  env: EveryClassEnvironment;
  /** Other environments the mirror plan sees (the target, Ready). */
  target?: EveryClassEnvironment;
}

function minimal(tier: 'production' | 'staging' | 'testing', extra: object = {}): EveryClassEnvironment {
  return {
    apiVersion: 'everyclass.io/v1alpha1',
    kind: 'EveryClassEnvironment',
    metadata: { name: `minimal-${tier}`, namespace: 'ns', uid: `uid-minimal-${tier}`, generation: 1 },
    spec: { tier, version: '2.3.1', ...extra },
  };
}

const stored = (e: EveryClassEnvironment): EveryClassEnvironment => ({
  ...e,
  spec: withDefaults(specSchema, e.spec),
});

const cases: Case[] = [
  {
    title: 'config/samples/production.yaml (mirroring into a Ready staging)',
    env: sample('production', 'everyclass-production'),
    target: ready(sample('staging', 'everyclass-staging')),
  },
  { title: 'config/samples/staging.yaml', env: sample('staging', 'everyclass-staging') },
  { title: 'config/samples/testing.yaml', env: sample('testing', 'everyclass-testing') },
];
cases.push(
  {
    title: 'config/samples/testing.yaml in another time zone (app.timezone Europe/Berlin)',
    env: (() => {
      const e = sample('testing', 'everyclass-testing');
      e.spec.app = { ...e.spec.app, timezone: 'Europe/Berlin' };
      return e;
    })(),
  },
  // Only what the schema requires (and production's e-mail domain, which the CRD requires).
  { title: 'a minimal testing environment (tier and version)', env: minimal('testing') },
  {
    title: 'a minimal production environment (tier, version, app.emailDomain)',
    env: minimal('production', { app: { emailDomain: 'csu.edu.cn' } }),
  },
);
const storedCases: Case[] = cases.map((c) => ({
  ...c,
  title: `${c.title}, as the API server stores it`,
  env: stored(c.env),
}));

describe('the contract between the operator and the services', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'everyclass-contract-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  for (const c of [...cases, ...storedCases]) {
    describe(c.title, () => {
      let d: Desired;
      let secrets: Map<string, Record<string, string>>;
      let started: Map<string, Started>;
      const of = (component: Component) => {
        const s = started.get(component);
        assert.ok(s, `${component} runs`);
        return s;
      };

      before(() => {
        const mirror = resolveMirror(c.env, c.target, { gatewayApi: false });
        d = buildDesired(c.env, { mirror });
        secrets = secretValues(d);
        const dir = mkdtempSync(join(root, 'pod-'));
        started = new Map(
          kindOf<V1Deployment>(d, 'Deployment').map((dep) => [
            dep.metadata?.labels?.['app.kubernetes.io/component'] ?? '',
            start(d, dep, secrets, dir),
          ]),
        );
      });

      it('every service starts: its parser accepts what the operator wrote', () => {
        const expected = [...serviceNames, ...(c.target ? ['mirror'] : [])].sort();
        assert.deepEqual([...started.keys()].sort(), expected);
      });

      it('every variable the operator sets is read by the service (or consumed by another)', () => {
        for (const [component, s] of started) {
          const unread = s.set.filter((n) => !s.read.has(n) && !s.referenced.has(n));
          assert.deepEqual(unread, [], `${component} is given variables it never reads`);
        }
      });

      it('each service listens on the port its Service and probes name', () => {
        for (const [component, s] of started) {
          const named = (name: string | number | undefined) =>
            s.container.ports?.find((p) => p.name === name || p.containerPort === name)?.containerPort;
          assert.equal(named('http'), s.config.port, `${component}: PORT and containerPort http agree`);
          if (component === 'mirror') assert.equal(named('admin'), s.config.adminPort);
          for (const probe of [s.container.readinessProbe, s.container.livenessProbe]) {
            const get = probe?.httpGet;
            assert.ok(get, `${component}: an HTTP probe`);
            assert.ok(named(get.port), `${component}: the probe's port ${get.port} is a container port`);
            assert.ok(
              [paths.readyz, paths.healthz].includes(get.path as '/readyz'),
              `${component}: probe path ${get.path}`,
            );
          }
        }
      });

      it('the service URLs a service is given reach the Service and port of that service', () => {
        const reaches = (raw: string | undefined, component: string) => {
          assert.ok(raw, `a URL for ${component}`);
          const svc = serviceAt(d, raw);
          const port = Number(new URL(raw).port || 80);
          const b = backendOf(d, svc, port);
          const name = b.deployment.metadata?.labels?.['app.kubernetes.io/component'];
          assert.equal(name, component, `${raw} reaches ${name}, not ${component}`);
          assert.equal(b.containerPort, of(component as Component).config.port);
        };
        reaches(of('web').config.entityUrl, 'entity');
        reaches(of('web').config.identityUrl, 'identity');
        reaches(of('identity').config.entityUrl, 'entity');
        reaches(of('calendar').config.entityUrl, 'entity');
        reaches(of('calendar').config.identityUrl, 'identity');
        if (c.target) {
          reaches(of('mirror').config.upstreamUrl, 'web');
          const t = new URL(of('mirror').config.mirror.targetUrl);
          assert.equal(t.hostname, `staging-web.${c.target.metadata.namespace}.svc`);
        }
      });

      it('the Ingress sends every page of web to web (or the mirror proxy) and only the feed to calendar', () => {
        const ing = kindOf<V1Ingress>(d, 'Ingress')[0];
        if (!c.env.spec.ingress) return assert.equal(ing, undefined);
        assert.ok(ing);
        const rules = (ing.spec?.rules?.[0]?.http?.paths ?? []).map((p) => ({
          path: p.path ?? '',
          exact: p.pathType === 'Exact',
          backend: p.backend.service?.name ?? '',
        }));
        const front = c.target ? `${c.env.metadata.name}-mirror` : `${c.env.metadata.name}-web`;
        const pages = webPaths();
        assert.ok(pages.includes('/calendar/subscribe'), 'web serves calendar pages of its own');
        for (const page of pages) assert.equal(routeOf(rules, page), front, `web's ${page}`);
        for (const feed of [feedPath('k7Tq'), `${paths.feedPrefix}x`])
          assert.equal(routeOf(rules, feed), `${c.env.metadata.name}-calendar`, feed);
      });

      it('MONGO_URL opens the StatefulSet pod with the root user the Mongo Secret creates', () => {
        const sts = kindOf<V1StatefulSet>(d, 'StatefulSet')[0];
        assert.ok(sts);
        const creds = secrets.get(
          sts.spec?.template.spec?.containers[0]?.env?.find((e) => e.name === 'MONGO_INITDB_ROOT_USERNAME')
            ?.valueFrom?.secretKeyRef?.name ?? '',
        );
        assert.ok(creds, 'the StatefulSet takes its root user from a generated Secret');
        const headless = kindOf<V1Service>(d, 'Service').find(
          (s) => s.metadata?.name === sts.spec?.serviceName,
        );
        assert.equal(headless?.spec?.clusterIP, 'None', 'the StatefulSet governs a headless Service');
        for (const component of ['entity', 'identity'] as const) {
          const u = new URL(of(component).config.mongoUrl);
          assert.equal(decodeURIComponent(u.username), creds.username);
          assert.equal(decodeURIComponent(u.password), creds.password);
          assert.equal(
            u.hostname,
            `${sts.metadata?.name}-0.${sts.spec?.serviceName}.${sts.metadata?.namespace}.svc`,
          );
          assert.ok(headless?.spec?.ports?.some((p) => p.port === Number(u.port)));
          assert.equal(u.searchParams.get('authSource'), 'admin', 'the root user lives in admin');
          assert.equal(u.pathname, '/everyclass');
        }
      });

      it('identity links its mails to where the site answers (PUBLIC_URL = status.endpoints.web)', () => {
        const site = endpoints(c.env, resolve(c.env)).web;
        assert.ok(site);
        assert.equal(of('identity').config.publicUrl, site.replace(/\/$/, ''));
        if (c.env.spec.ingress)
          assert.equal(
            new URL(of('identity').config.publicUrl).protocol,
            c.env.spec.ingress.tlsSecretName ? 'https:' : 'http:',
          );
      });

      it('entity, web and identity hold the keys of the one keys Secret', () => {
        const keys = [...secrets.entries()].find(([, v]) => 'idEncryptionKey' in v)?.[1];
        assert.ok(keys);
        assert.equal(of('entity').config.idKey.toString('hex'), keys.idEncryptionKey);
        const hex = (keys: Buffer[]) => keys.map((k) => k.toString('hex')).join(',');
        assert.equal(hex(of('web').config.sessionKey), keys.sessionKey);
        assert.equal(hex(of('identity').config.sessionKey), keys.sessionKey);
      });

      it('every service signs and checks RPC with the one RPC key; only entity has the admin key', () => {
        const callers = secrets.get(`${c.env.metadata.name}-callers`);
        const admin = secrets.get(`${c.env.metadata.name}-admin`);
        assert.ok(callers && admin);
        const hex = (keys: Buffer[]) => keys.map((k) => k.toString('hex')).join(',');
        for (const svc of serviceNames) {
          const base = of(svc).config as { rpcKeys: Buffer[]; adminKeys: Buffer[]; shadowKeys: Buffer[] };
          assert.equal(hex(base.rpcKeys), callers.rpcKey, `${svc} RPC_KEY`);
          assert.equal(hex(base.adminKeys), svc === 'entity' ? admin.adminKey : '', `${svc} ADMIN_KEY`);
          assert.equal(hex(base.shadowKeys), svc === 'web' ? callers.shadowKey : '', `${svc} SHADOW_KEY`);
        }
        if (c.target)
          assert.equal(
            of('mirror').config.mirror.shadowKey?.toString('hex'),
            Buffer.from(targetShadowKey, 'base64').toString(),
            "the proxy signs with the target's shadow key",
          );
      });

      it('every APP_CONFIG field the operator writes is read by the services', () => {
        const cm = kindOf<V1ConfigMap>(d, 'ConfigMap')[0];
        const doc = JSON.parse(cm?.data?.[appConfigFile.key] ?? 'null') as Record<string, unknown>;
        const read = new Set<string | symbol>();
        parseAppConfig(
          new Proxy(doc, {
            get(target, key) {
              read.add(key);
              return target[key as string];
            },
          }),
        );
        // environment and tier are there for humans reading the ConfigMap (contract.ts).
        const unread = Object.keys(doc).filter((k) => !read.has(k) && !['environment', 'tier'].includes(k));
        assert.deepEqual(unread, [], 'APP_CONFIG fields nothing reads');
      });

      it('APP_CONFIG says what spec.app says, with the CRD defaults', () => {
        const app = stored(c.env).spec.app ?? {};
        for (const component of ['web', 'entity', 'identity', 'calendar'] as const) {
          const parsed = of(component).config.app;
          assert.equal(parsed.schoolName, app.schoolName, component);
          // The testing tier may leave it out (the CRD requires it of production and staging).
          const domain =
            app.emailDomain ?? (c.env.spec.tier === 'testing' ? appConfigDefaults.emailDomain : '');
          assert.equal(parsed.emailDomain, domain, component);
          assert.deepEqual(parsed.semesters, app.semesters ?? [], component);
          assert.equal(parsed.timezone, app.timezone, component);
          assert.deepEqual(parsed.lessonSlots, app.lessonSlots, component);
        }
      });
    });
  }

  it("PUBLIC_URL in identity's spec env replaces the operator's (TLS ending before the Ingress)", () => {
    const env = stored(sample('staging', 'everyclass-staging'));
    env.spec.services = {
      ...env.spec.services,
      identity: { env: [{ name: 'PUBLIC_URL', value: 'https://staging.csu.edu.cn' }] },
    };
    const d = buildDesired(env);
    const dep = kindOf<V1Deployment>(d, 'Deployment').find((x) => x.metadata?.name === 'staging-identity');
    assert.ok(dep);
    const vars = dep.spec?.template.spec?.containers[0]?.env ?? [];
    assert.deepEqual(
      vars.filter((v) => v.name === 'PUBLIC_URL').map((v) => v.value),
      ['https://staging.csu.edu.cn'],
      "one PUBLIC_URL: the spec's",
    );
    const dir = mkdtempSync(join(root, 'pod-'));
    assert.equal(start(d, dep, secretValues(d), dir).config.publicUrl, 'https://staging.csu.edu.cn');
  });

  it('calendar keeps its tokens in MongoDB where identity does not run, and is given no Mongo access where it does', () => {
    const calendarOf = (env: EveryClassEnvironment) => {
      const d = buildDesired(env);
      const dep = kindOf<V1Deployment>(d, 'Deployment').find((x) => x.metadata?.name?.endsWith('-calendar'));
      assert.ok(dep);
      return start(d, dep, secretValues(d), mkdtempSync(join(root, 'pod-')));
    };
    const alone = stored(sample('testing', 'everyclass-testing'));
    alone.spec.services = { entity: {}, calendar: {} };
    const c = calendarOf(alone);
    assert.equal(c.config.identityUrl, undefined);
    assert.match(c.config.mongoUrl, /^mongodb:\/\/everyclass:[0-9a-f]+@testing-mongo-0\.testing-mongo\./);
    const full = calendarOf(stored(sample('testing', 'everyclass-testing')));
    assert.ok(full.config.identityUrl);
    assert.deepEqual(
      full.set.filter((n) => n.startsWith('MONGO_')),
      [],
      "tokens are identity's: no Mongo credentials",
    );
  });

  it('mode gateway: the HTTPRoute, too, sends every page of web to web and only the feed to calendar', () => {
    const env = sample('production', 'everyclass-production');
    env.spec.mirror = { target: 'everyclass-staging/staging', mode: 'gateway', gateway: { name: 'public' } };
    const target = ready(sample('staging', 'everyclass-staging'));
    const d = buildDesired(env, { mirror: resolveMirror(env, target, { gatewayApi: true }) });
    const route = d.objects.find((o) => o.kind === 'HTTPRoute') as HttpRoute | undefined;
    assert.ok(route);
    const rules = route.spec.rules.flatMap((r) =>
      r.matches
        .filter((m) => !m.method || m.method === 'GET')
        .map((m) => ({ path: m.path.value, backend: r.backendRefs[0]?.name ?? '' })),
    );
    for (const page of webPaths()) assert.equal(routeOf(rules, page), 'production-web', `web's ${page}`);
    assert.equal(routeOf(rules, feedPath('k7Tq')), 'production-calendar');
  });

  it('the kit serves the probe paths the operator writes', async () => {
    const app = createServiceApp({
      name: 'contract',
      logger: silentLogger(),
      metrics: createMetrics('contract', { defaults: false }),
      router: newRouter(),
    });
    for (const path of [paths.readyz, paths.healthz, paths.metrics])
      assert.equal((await inject(app.callback(), { url: path })).statusCode, 200, path);
  });
});
