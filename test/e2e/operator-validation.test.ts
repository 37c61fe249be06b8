// The API server itself refuses invalid environments (schema, enums, bounds, CEL rules), with a
// message naming the field. No operator needed: this is the CRD at work.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { useCluster } from '../support/localenv.ts';
import { apply, createNamespace, installCrd, uniqueName } from './support/operator.ts';

type Env = {
  metadata: { name: string };
  spec: Record<string, unknown> & { services?: Record<string, unknown> };
};
const sample = (tier: string): Env => parse(readFileSync(`config/samples/${tier}.yaml`, 'utf8')) as Env;

function mutate(tier: string, change: (e: Env) => void): Env {
  const e = sample(tier);
  change(e);
  return e;
}

async function refusal(cluster: LocalCluster, ns: string, obj: Env): Promise<string> {
  const file = join(tmpdir(), `${uniqueName('invalid')}.json`);
  writeFileSync(file, JSON.stringify(obj));
  try {
    await cluster.kubectl('create', '--dry-run=server', '-n', ns, '-f', file);
  } catch (err) {
    return String((err as { stderr?: string }).stderr ?? err);
  }
  assert.fail(`the API server accepted ${JSON.stringify(obj.spec)}`);
}

const cases: Array<[string, Env, RegExp]> = [
  [
    'a mirror percent above 100',
    mutate('production', (e) => ((e.spec.mirror as { percent: number }).percent = 150)),
    /spec\.mirror\.percent.*less than or equal to 100/,
  ],
  [
    'a negative mirror percent',
    mutate('production', (e) => ((e.spec.mirror as { percent: number }).percent = -1)),
    /spec\.mirror\.percent.*greater than or equal to 0/,
  ],
  [
    'an unknown tier',
    mutate('testing', (e) => (e.spec.tier = 'prod')),
    /spec\.tier.*Unsupported value: "prod"/,
  ],
  [
    'negative replicas',
    mutate('production', (e) => (e.spec.services = { web: { replicas: -1 } })),
    /spec\.services\.web\.replicas.*greater than or equal to 0/,
  ],
  [
    'autoscale with minReplicas above maxReplicas',
    mutate(
      'production',
      (e) => (e.spec.services = { web: { autoscale: { minReplicas: 5, maxReplicas: 2 } } }),
    ),
    /spec\.services\.web\.autoscale\.minReplicas.*autoscale\.minReplicas must be at most autoscale\.maxReplicas/,
  ],
  [
    'both replicas and autoscale',
    mutate('production', (e) => (e.spec.services = { web: { replicas: 3, autoscale: { maxReplicas: 6 } } })),
    /spec\.services\.web\.replicas.*replicas and autoscale are exclusive/,
  ],
  [
    'autoscale without maxReplicas',
    mutate('production', (e) => (e.spec.services = { web: { autoscale: { minReplicas: 2 } } })),
    /spec\.services\.web\.autoscale\.maxReplicas.*Required value/,
  ],
  [
    'an autoscale CPU target of 0%',
    mutate(
      'production',
      (e) =>
        (e.spec.services = { web: { autoscale: { maxReplicas: 4, targetCPUUtilizationPercentage: 0 } } }),
    ),
    /spec\.services\.web\.autoscale\.targetCPUUtilizationPercentage.*greater than or equal to 1/,
  ],
  [
    'a version that is no image tag',
    mutate('testing', (e) => (e.spec.version = '2.3.1 beta')),
    /spec\.version.*should match/,
  ],
  ['a missing version', mutate('testing', (e) => delete e.spec.version), /spec\.version.*Required value/],
  [
    'duplicate semester names',
    mutate(
      'testing',
      (e) =>
        ((e.spec.app as { semesters: unknown[] }).semesters = [
          { name: '2026-2027-1', start: '2026-09-07' },
          { name: '2026-2027-1', start: '2026-09-14' },
        ]),
    ),
    /spec\.app\.semesters.*semester names must be unique/,
  ],
  [
    'a semester of non-consecutive years',
    mutate(
      'testing',
      (e) =>
        ((e.spec.app as { semesters: unknown[] }).semesters = [{ name: '2026-2028-1', start: '2026-09-07' }]),
    ),
    /spec\.app\.semesters\[0\]\.name.*consecutive/,
  ],
  [
    'a self-mirror',
    mutate('production', (e) => ((e.spec.mirror as { target: string }).target = 'production')),
    /spec\.mirror\.target.*another environment/,
  ],
  [
    'a lesson slot ending before it starts',
    mutate(
      'testing',
      (e) => ((e.spec.app as { lessonSlots: unknown[] }).lessonSlots = [{ start: '10:00', end: '09:00' }]),
    ),
    /spec\.app\.lessonSlots\[0\].*end after it starts/,
  ],
  [
    'an unknown mirror method',
    mutate('production', (e) => ((e.spec.mirror as { methods: string[] }).methods = ['GET', 'FETCH'])),
    /spec\.mirror\.methods\[1\].*Unsupported value: "FETCH"/,
  ],
  [
    'env overriding an operator variable',
    mutate(
      'testing',
      (e) => (e.spec.services = { web: { env: [{ name: 'MONGO_URL', value: 'mongodb://elsewhere' }] } }),
    ),
    /spec\.services\.web\.env.*may not override/,
  ],
  [
    'a CPU limit below its request',
    mutate(
      'testing',
      (e) =>
        (e.spec.services = { web: { resources: { requests: { cpu: '500m' }, limits: { cpu: '100m' } } } }),
    ),
    /spec\.services\.web\.resources.*limits\.cpu must be at least requests\.cpu/,
  ],
  [
    'an ingress without the web service',
    mutate('production', (e) => (e.spec.services = { entity: {} })),
    /spec\.ingress.*needs the web service/,
  ],
  [
    'a name too long for child names',
    mutate('testing', (e) => (e.metadata.name = 'a'.repeat(41))),
    /metadata\.name must be at most 40 characters/,
  ],
  [
    'a feedback link that is no https:, http: or mailto: URL',
    mutate('testing', (e) => (e.spec.app = { feedbackUrl: 'javascript:alert(1)' })),
    /spec\.app\.feedbackUrl.*should match/,
  ],
  [
    'a maintenance flag that is no boolean',
    mutate('testing', (e) => (e.spec.maintenance = { enabled: 'yes' })),
    /spec\.maintenance\.enabled.*must be of type boolean/,
  ],
  [
    'a maintenance message over 500 characters',
    mutate('testing', (e) => (e.spec.maintenance = { enabled: true, message: 'x'.repeat(501) })),
    /spec\.maintenance\.message.*Too long/,
  ],
  ['an unknown field', mutate('testing', (e) => (e.spec.replicas = 3)), /unknown field "spec\.replicas"/],
  // What the services would refuse at start (issue 19), refused here instead.
  [
    'an empty school name',
    mutate('testing', (e) => ((e.spec.app as { schoolName: string }).schoolName = '')),
    /spec\.app\.schoolName.*at least 1 chars long/,
  ],
  [
    'an empty list of lesson slots',
    mutate('testing', (e) => ((e.spec.app as { lessonSlots: unknown[] }).lessonSlots = [])),
    /spec\.app\.lessonSlots.*at least 1 items/,
  ],
  [
    'a semester start that is no date',
    mutate(
      'testing',
      (e) =>
        ((e.spec.app as { semesters: unknown[] }).semesters = [{ name: '2026-2027-1', start: '2026-02-30' }]),
    ),
    /spec\.app\.semesters\[0\]\.start.*date/,
  ],
  [
    'web without the entity service',
    mutate('testing', (e) => (e.spec.services = { web: {}, identity: {} })),
    /spec\.services\.entity.*the web service needs the entity service/,
  ],
  [
    'web without the identity service',
    mutate('testing', (e) => (e.spec.services = { web: {}, entity: {} })),
    /spec\.services\.identity.*the web service needs the identity service/,
  ],
  [
    'identity without the entity service',
    mutate('testing', (e) => (e.spec.services = { identity: {} })),
    /spec\.services\.entity.*the identity service needs the entity service/,
  ],
  [
    'calendar without the entity service',
    mutate('testing', (e) => (e.spec.services = { calendar: {} })),
    /spec\.services\.entity.*the calendar service needs the entity service/,
  ],
  [
    'env moving the port the probes and the Service use',
    mutate('testing', (e) => (e.spec.services = { entity: { env: [{ name: 'PORT', value: '9000' }] } })),
    /spec\.services\.entity\.env.*may not override variables the operator sets \(PORT, HOST/,
  ],
  [
    'a log level the services do not know',
    mutate(
      'testing',
      (e) => (e.spec.services = { entity: { env: [{ name: 'LOG_LEVEL', value: 'warning' }] } }),
    ),
    /spec\.services\.entity\.env\[0\]\.value.*LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got warning/,
  ],
  [
    'a time zone that is no IANA name',
    mutate('testing', (e) => ((e.spec.app as { timezone?: string }).timezone = '+08:00')),
    /spec\.app\.timezone.*should match/,
  ],
  // Without it every service would exit at start (services/kit/contract.ts): refused up front.
  [
    'a production environment without app.emailDomain',
    mutate('production', (e) => delete (e.spec.app as { emailDomain?: string }).emailDomain),
    /spec\.app\.emailDomain: Required value: app\.emailDomain is required for tier production and staging/,
  ],
  [
    'a staging environment without spec.app',
    mutate('staging', (e) => delete e.spec.app),
    /spec\.app\.emailDomain: Required value/,
  ],
  // Whoever may write the resource gets deploy rights, not more (issue 13, finding 11).
  [
    'a value reading another variable (Kubernetes expands $(VAR): the Secret-fed keys first)',
    mutate(
      'testing',
      (e) =>
        (e.spec.services = {
          web: { env: [{ name: 'SENTRY_DSN', value: 'https://$(SESSION_KEY)@sentry.example.org/1' }] },
        }),
    ),
    /spec\.services\.web\.env\[0\]\.value.*may not contain \$\(/,
  ],
  [
    'an escaped $$( in a value',
    mutate('testing', (e) => (e.spec.services = { entity: { env: [{ name: 'X', value: 'a$$(B)' }] } })),
    /spec\.services\.entity\.env\[0\]\.value.*may not contain \$\(/,
  ],
  [
    'NODE_OPTIONS (code execution with a pinned image)',
    mutate(
      'testing',
      (e) =>
        (e.spec.services = {
          web: { env: [{ name: 'NODE_OPTIONS', value: '--import=data:text/javascript,x' }] },
        }),
    ),
    /spec\.services\.web\.env\[0\]\.name.*NODE_OPTIONS controls the runtime/,
  ],
  [
    'LD_PRELOAD',
    mutate(
      'testing',
      (e) => (e.spec.services = { calendar: { env: [{ name: 'LD_PRELOAD', value: '/tmp/x.so' }] } }),
    ),
    /spec\.services\.calendar\.env\[0\]\.name.*LD_PRELOAD controls the runtime/,
  ],
  [
    'the termination message path',
    mutate(
      'testing',
      (e) =>
        (e.spec.services = { identity: { env: [{ name: 'TERMINATION_MESSAGE_PATH', value: '/etc/x' }] } }),
    ),
    /spec\.services\.identity\.env\[0\]\.name.*TERMINATION_MESSAGE_PATH controls the runtime/,
  ],
];

/** The least a platform engineer can apply: what the schema requires, nothing more. */
const minimal = (tier: string, spec: object = {}): Env =>
  ({
    apiVersion: 'everyclass.io/v1alpha1',
    kind: 'EveryClassEnvironment',
    metadata: { name: `minimal-${tier}` },
    spec: { tier, version: '2.3.1', ...spec },
  }) as Env;

describe('EveryClassEnvironment validation (API server)', function () {
  this.timeout(180_000);
  let cluster: LocalCluster;
  let ns: string;

  before(async () => {
    cluster = await useCluster();
    await installCrd(cluster);
    ns = await createNamespace(cluster, uniqueName('ece-validation'));
  });
  after(async () => {
    await cluster?.kubectl('delete', 'namespace', ns, '--wait=false').catch(() => {});
  });

  it('accepts the three samples', async () => {
    for (const tier of ['production', 'staging', 'testing']) {
      const out = await cluster.kubectl(
        'create',
        '--dry-run=server',
        '-n',
        ns,
        '-f',
        `config/samples/${tier}.yaml`,
      );
      assert.match(out, /created \(server dry run\)/);
    }
  });

  it('accepts minimal environments: tier and version, and for production and staging app.emailDomain', async () => {
    for (const e of [
      minimal('testing'),
      minimal('staging', { app: { emailDomain: 'csu.edu.cn' } }),
      minimal('production', { app: { emailDomain: 'csu.edu.cn' } }),
    ]) {
      const file = join(tmpdir(), `${uniqueName('minimal')}.json`);
      writeFileSync(file, JSON.stringify(e));
      assert.match(await cluster.kubectl('create', '--dry-run=server', '-n', ns, '-f', file), /created/);
    }
  });

  for (const [what, obj, message] of cases) {
    it(`refuses ${what}`, async () => {
      assert.match(await refusal(cluster, ns, obj), message);
    });
  }

  it('refuses changing the tier or the Mongo storage of an existing environment', async () => {
    const e = sample('testing');
    await apply(cluster, { ...e, metadata: { ...e.metadata, namespace: ns } });
    const patch = (p: object) =>
      cluster.kubectl('patch', 'ece', 'testing', '-n', ns, '--type=merge', '-p', JSON.stringify(p)).then(
        () => '',
        (err: { stderr?: string }) => String(err.stderr),
      );
    assert.match(await patch({ spec: { tier: 'production' } }), /spec\.tier.*tier is immutable/);
    assert.match(
      await patch({ spec: { mongo: { storage: { size: '50Gi' } } } }),
      /spec\.mongo\.storage.*immutable/,
    );
    assert.equal(await patch({ spec: { version: '2.4.0' } }), '', 'other fields stay editable');
  });

  it('fills schema defaults', async () => {
    const e = sample('testing');
    const out = JSON.parse(
      await cluster.kubectl('get', 'ece', 'testing', '-n', ns, '-o', 'json').catch(async () => {
        await apply(cluster, { ...e, metadata: { ...e.metadata, namespace: ns } });
        return cluster.kubectl('get', 'ece', 'testing', '-n', ns, '-o', 'json');
      }),
    ) as {
      spec: {
        image: string;
        mongo: { retainOnDelete: boolean; image: string };
        services: object;
        app: { lessonSlots: unknown[] };
      };
    };
    assert.equal(out.spec.image, 'ghcr.io/everyclass/everyclass');
    assert.equal(out.spec.mongo.retainOnDelete, true);
    assert.equal(out.spec.mongo.image, 'mongo:7.0');
    assert.deepEqual(Object.keys(out.spec.services).sort(), ['calendar', 'entity', 'identity', 'web']);
    assert.equal(out.spec.app.lessonSlots.length, 6);
  });
});

describe('config/ kustomize bases', () => {
  it('render the CRD, RBAC and a two-replica operator Deployment in everyclass-system', async () => {
    const cluster = await useCluster();
    const docs = (await cluster.kubectl('kustomize', 'config/default')).split(/^---$/m).map(
      (d) =>
        parse(d) as {
          kind: string;
          metadata: { name: string; namespace?: string };
          spec?: { replicas?: number };
        },
    );
    const kinds = docs.map((d) => `${d.kind}/${d.metadata.name}`).sort();
    assert.deepEqual(kinds, [
      'ClusterRole/everyclass-operator',
      'ClusterRoleBinding/everyclass-operator',
      'CustomResourceDefinition/everyclassenvironments.everyclass.io',
      'Deployment/everyclass-operator',
      'Namespace/everyclass-system',
      'Role/everyclass-operator-leader-election',
      'RoleBinding/everyclass-operator-leader-election',
      'ServiceAccount/everyclass-operator',
    ]);
    assert.equal(docs.find((d) => d.kind === 'Deployment')?.spec?.replicas, 2);
    for (const d of docs)
      if (d.kind === 'Role' || d.kind === 'Deployment')
        assert.equal(d.metadata.namespace, 'everyclass-system');
  });
});
