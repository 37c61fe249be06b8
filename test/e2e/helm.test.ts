// The Helm chart (config/helm/everyclass, generated from config/ by hack/helm/chart.ts) against
// the pinned helm and a real API server: it lints, with its default values it renders exactly the
// objects of config/default (Helm's labels aside), its values land where they say, the API server
// accepts what it renders (server-side dry run), and a real install brings the operator in (pods
// simulated by KWOK), an upgrade changes it and an uninstall takes it out again.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments, stringify } from 'yaml';
import { chartDir } from '../../hack/helm/chart.ts';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { repoRoot, tool } from '../../hack/localenv/tools.ts';
import { useCluster } from '../support/localenv.ts';
import { createNamespace, eventually, uniqueName } from './support/operator.ts';

const run = promisify(execFile);
const chart = join(repoRoot, chartDir);
const helmLabels = [
  'helm.sh/chart',
  'app.kubernetes.io/managed-by',
  'app.kubernetes.io/instance',
  'app.kubernetes.io/version',
];

interface Obj {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: object };
  // biome-ignore lint/suspicious/noExplicitAny: the objects are compared and read field by field
  spec?: any;
  subjects?: Array<{ name: string; namespace: string }>;
  roleRef?: { name: string };
}

const docs = (text: string): Obj[] =>
  parseAllDocuments(text)
    .map((d) => d.toJSON() as Obj | null)
    .filter((o): o is Obj => o !== null);
const key = (o: Obj) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
const byKey = (objs: Obj[]) => new Map(objs.map((o) => [key(o), o]));
function withoutHelmLabels(o: Obj): Obj {
  const c = structuredClone(o);
  const labels = c.metadata.labels;
  if (labels) {
    for (const l of helmLabels) delete labels[l];
    if (Object.keys(labels).length === 0) delete c.metadata.labels;
  }
  return c;
}

describe('Helm chart (config/helm/everyclass)', function () {
  this.timeout(120_000);
  let cluster: LocalCluster;
  let helmBin: string;
  let home: string;
  const helm = async (...args: string[]): Promise<string> => {
    // Helm's cache, configuration and data (repositories, plugins) stay in a temporary folder.
    const env = {
      ...process.env,
      HELM_CACHE_HOME: join(home, 'cache'),
      HELM_CONFIG_HOME: join(home, 'config'),
      HELM_DATA_HOME: join(home, 'data'),
    };
    const { stdout } = await run(helmBin, [...args, `--kubeconfig=${cluster.kubeconfig}`], {
      env,
      maxBuffer: 64 << 20,
    });
    return stdout;
  };
  const helmFails = async (...args: string[]): Promise<string> => {
    const err = await helm(...args).then(
      (out) => assert.fail(`helm ${args.join(' ')} succeeded: ${out}`),
      (e: { stdout?: string; stderr?: string }) => e,
    );
    return `${err.stdout ?? ''}${err.stderr ?? ''}`;
  };
  const valuesFile = (values: object): string => {
    const file = join(home, `values-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, stringify(values));
    return file;
  };

  before(async function () {
    this.timeout(1_200_000); // the first run builds helm from its Go module (about 2 minutes on 2 cores)
    helmBin = tool('helm', 'helm');
    home = mkdtempSync(join(tmpdir(), 'everyclass-helm-'));
    cluster = await useCluster();
  });
  after(() => rmSync(home, { recursive: true, force: true }));

  it('is the pinned helm', async () => {
    assert.match(await helm('version', '--short'), /^v4\.\d+\.\d+/);
  });

  it('passes helm lint --strict, and lint refuses values the chart cannot honour', async () => {
    const out = await helm('lint', '--strict', chart);
    assert.match(out, /1 chart\(s\) linted, 0 chart\(s\) failed/);
    // values.schema.json: an unknown key (a typo of replicaCount) is an error, not silently ignored.
    assert.match(await helmFails('lint', '--strict', chart, '--set', 'replicas=3'), /replicas/);
    assert.match(
      await helmFails('template', 'x', chart, '--set', 'leaderElection.enabled=false'),
      /replicaCount > 1 needs leaderElection\.enabled/,
    );
    assert.match(
      await helmFails('template', 'x', chart, '-n', 'a', '--set', 'namespace.create=true'),
      /namespace\.create renders a Namespace/,
    );
  });

  it('renders with its default values exactly the objects of config/default, plus Helm labels', async () => {
    const kustomized = docs(await cluster.kubectl('kustomize', join(repoRoot, 'config', 'default')));
    const namespace = kustomized.find((o) => o.kind === 'Namespace')!.metadata.name;
    assert.equal(namespace, 'everyclass-system');
    // As config/default does it: the Namespace object too (a release kept elsewhere, here default).
    const withNamespace = docs(
      await helm(
        'template',
        'everyclass',
        chart,
        '-n',
        'default',
        '--include-crds',
        '--set',
        'namespace.create=true',
        '--set',
        `namespace.name=${namespace}`,
      ),
    );
    // The usual way: helm install -n everyclass-system --create-namespace (no Namespace object).
    const plain = docs(await helm('template', 'everyclass', chart, '-n', namespace, '--include-crds'));
    for (const [rendered, expected] of [
      [withNamespace, kustomized],
      [plain, kustomized.filter((o) => o.kind !== 'Namespace')],
    ] as const) {
      const got = byKey(rendered.map(withoutHelmLabels));
      const want = byKey(expected);
      assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort());
      for (const [k, o] of want) assert.deepEqual(got.get(k), o, `${k} differs from config/default`);
    }
    // What was set aside is only Helm's labels, on every object Helm templates.
    for (const o of withNamespace.filter((x) => x.kind !== 'CustomResourceDefinition')) {
      assert.equal(o.metadata.labels?.['app.kubernetes.io/managed-by'], 'Helm', key(o));
      assert.equal(o.metadata.labels?.['app.kubernetes.io/instance'], 'everyclass', key(o));
    }
  });

  it('renders config/monitoring with monitoring.enabled, its Prometheus Operator objects only where their APIs are served', async () => {
    const kustomized = docs(await cluster.kubectl('kustomize', join(repoRoot, 'config', 'monitoring')));
    assert.deepEqual(kustomized.map((o) => o.kind).sort(), [
      'ConfigMap',
      'PodMonitor',
      'PodMonitor',
      'PrometheusRule',
    ]);
    const render = async (...extra: string[]) =>
      docs(await helm('template', 'everyclass', chart, '-n', 'everyclass-system', ...extra));
    const served = [
      '--api-versions',
      'monitoring.coreos.com/v1/PrometheusRule',
      '--api-versions',
      'monitoring.coreos.com/v1/PodMonitor',
    ];
    const ours = (objs: Obj[]) =>
      objs.filter((o) => ['ConfigMap', 'PodMonitor', 'PrometheusRule'].includes(o.kind));
    // Off by default, even where the Prometheus Operator runs.
    assert.deepEqual(ours(await render(...served)), []);
    // On, on a cluster without its CRDs: only the dashboard's ConfigMap (nothing the API server would refuse).
    assert.deepEqual(ours(await render('--set', 'monitoring.enabled=true')).map(key), [
      'ConfigMap/everyclass-system/everyclass-operator-dashboard',
    ]);
    // On, with them: exactly config/monitoring's objects, plus Helm's labels and monitoring.labels.
    const rendered = ours(
      await render('--set', 'monitoring.enabled=true', '--set', 'monitoring.labels.release=kps', ...served),
    );
    for (const o of rendered.filter((x) => x.kind !== 'ConfigMap'))
      assert.equal(o.metadata.labels?.release, 'kps', `${key(o)} carries monitoring.labels`);
    const got = byKey(
      rendered.map(withoutHelmLabels).map((o) => {
        delete o.metadata.labels?.release;
        return o;
      }),
    );
    const want = byKey(kustomized);
    assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort());
    for (const [k, o] of want) assert.deepEqual(got.get(k), o, `${k} differs from config/monitoring`);
  });

  it('passes monitoring.metricsNamespace to the operator as --metrics-namespace, with monitoring.enabled only', async () => {
    const args = async (...set: string[]) => {
      const objs = docs(await helm('template', 'everyclass', chart, '-n', 'everyclass-system', ...set));
      const d = objs.find((o) => o.kind === 'Deployment');
      return (d?.spec.template.spec.containers[0].args ?? []) as string[];
    };
    const on = ['--set', 'monitoring.enabled=true'];
    assert.ok(
      (await args(...on, '--set', 'monitoring.metricsNamespace=monitoring')).includes(
        '--metrics-namespace=monitoring',
      ),
    );
    for (const set of [on, ['--set', 'monitoring.metricsNamespace=monitoring']])
      assert.ok(!(await args(...set)).some((a) => a.startsWith('--metrics-namespace')), set.join(' '));
    assert.match(
      await helmFails('lint', '--strict', chart, ...on, '--set', 'monitoring.metricsNamespace=Bad_NS'),
      /metricsNamespace/,
    );
  });

  const custom = {
    fullnameOverride: 'ec',
    image: { repository: 'registry.example.edu/everyclass', tag: '2.4.0', pullPolicy: 'IfNotPresent' },
    imagePullSecrets: [{ name: 'regcred' }],
    replicaCount: 1,
    leaderElection: { enabled: false },
    extraArgs: ['--workers=8', '--resync=300'],
    extraEnv: [{ name: 'LOG_LEVEL', value: 'debug' }],
    // Helm merges maps with the defaults: null removes a default key (here the limits).
    resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: null },
    podSecurityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000 },
    securityContext: { readOnlyRootFilesystem: false },
    podAnnotations: { 'prometheus.io/scrape': 'true' },
    podLabels: { team: 'platform' },
    nodeSelector: { 'kubernetes.io/os': 'linux' },
    tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'ops', effect: 'NoSchedule' }],
    affinity: {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: {
              topologyKey: 'kubernetes.io/hostname',
              labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'everyclass-operator' } },
            },
          },
        ],
      },
    },
    topologySpreadConstraints: [
      {
        maxSkew: 1,
        topologyKey: 'topology.kubernetes.io/zone',
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'everyclass-operator' } },
      },
    ],
    priorityClassName: 'ops-critical',
  };

  it('puts every value where it says', async () => {
    const objs = byKey(docs(await helm('template', 'rel', chart, '-n', 'ops', '-f', valuesFile(custom))));
    const d = objs.get('Deployment/ops/ec')!;
    assert.ok(d, `no Deployment ops/ec in ${[...objs.keys()].join(', ')}`);
    const pod = d.spec.template.spec;
    const [c] = pod.containers;
    assert.equal(d.spec.replicas, 1);
    assert.equal(c.image, 'registry.example.edu/everyclass:2.4.0');
    assert.equal(c.imagePullPolicy, 'IfNotPresent');
    assert.deepEqual(c.args, [
      'operator',
      '--workers=4',
      '--probe-port=8081',
      '--no-leader-elect',
      ...custom.extraArgs,
    ]);
    assert.deepEqual(c.env.at(-1), custom.extraEnv[0]);
    assert.deepEqual(c.resources, { requests: custom.resources.requests });
    // Merged into config's defaults, as Helm merges maps.
    assert.deepEqual(c.securityContext, {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: false,
      capabilities: { drop: ['ALL'] },
    });
    assert.deepEqual(pod.securityContext, {
      ...custom.podSecurityContext,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    for (const f of [
      'imagePullSecrets',
      'nodeSelector',
      'tolerations',
      'affinity',
      'topologySpreadConstraints',
    ] as const)
      assert.deepEqual(pod[f], custom[f], f);
    assert.equal(pod.priorityClassName, 'ops-critical');
    assert.equal(pod.serviceAccountName, 'ec');
    assert.deepEqual(d.spec.template.metadata.annotations, custom.podAnnotations);
    assert.equal(d.spec.template.metadata.labels.team, 'platform');
    assert.deepEqual(d.spec.selector, { matchLabels: { 'app.kubernetes.io/name': 'everyclass-operator' } });
    assert.equal(d.metadata.labels?.['app.kubernetes.io/version'], '2.4.0');
    // Names and the namespace follow through the RBAC objects.
    assert.deepEqual(objs.get('ClusterRoleBinding//ec')?.subjects, [
      { kind: 'ServiceAccount', name: 'ec', namespace: 'ops' },
    ]);
    assert.equal(objs.get('RoleBinding/ops/ec-leader-election')?.roleRef?.name, 'ec-leader-election');
    assert.ok(objs.has('ServiceAccount/ops/ec'));

    const digest = `sha256:${'a'.repeat(64)}`;
    const pinned = docs(await helm('template', 'rel', chart, '--set', `image.digest=${digest}`));
    const image = pinned.find((o) => o.kind === 'Deployment')?.spec.template.spec.containers[0].image;
    assert.equal(image, `ghcr.io/everyclass/everyclass@${digest}`);
  });

  it('renders what the API server accepts (server-side dry run), defaults and every value set', async () => {
    const ns = await createNamespace(cluster, uniqueName('everyclass-helm-dry'));
    for (const [release, extra] of [
      ['ec-dry', []],
      ['ec-dry-custom', ['-f', valuesFile({ ...custom, fullnameOverride: '' })]],
    ] as const) {
      const file = join(home, `${release}.yaml`);
      writeFileSync(file, await helm('template', release, chart, '-n', ns, '--include-crds', ...extra));
      const out = await cluster.kubectl('apply', '--server-side', '--dry-run=server', '-f', file);
      const applied = out.trim().split('\n');
      assert.deepEqual(
        applied.filter((l) => !l.endsWith('serverside-applied (server dry run)')),
        [],
        `not all applied: ${out}`,
      );
      for (const o of [
        'customresourcedefinition.apiextensions.k8s.io/everyclassenvironments.everyclass.io',
        `serviceaccount/${release}-operator`,
        `clusterrole.rbac.authorization.k8s.io/${release}-operator`,
        `clusterrolebinding.rbac.authorization.k8s.io/${release}-operator`,
        `role.rbac.authorization.k8s.io/${release}-operator-leader-election`,
        `rolebinding.rbac.authorization.k8s.io/${release}-operator-leader-election`,
        `deployment.apps/${release}-operator`,
      ])
        assert.ok(applied.includes(`${o} serverside-applied (server dry run)`), `${o} missing in:\n${out}`);
    }
    // A dry run creates nothing.
    assert.equal(
      await cluster.kubectl(
        'get',
        'deploy,sa,role',
        '-n',
        ns,
        '-l',
        'app.kubernetes.io/managed-by=Helm',
        '-o',
        'name',
      ),
      '',
    );
  });

  it('installs the packaged chart (operator pods run on KWOK), upgrades it and uninstalls it', async function () {
    this.timeout(300_000);
    const release = 'ec-helm';
    const ns = uniqueName('everyclass-helm');
    const name = `${release}-operator`;
    const sa = `system:serviceaccount:${ns}:${name}`;
    // As make helm-package ships it.
    const packaged = (await helm('package', chart, '-d', home)).match(/saved it to: (\S+\.tgz)/)?.[1];
    assert.ok(packaged, 'helm package names the archive');
    const out = await helm(
      'install',
      release,
      packaged,
      '-n',
      ns,
      '--create-namespace',
      '--wait',
      '--timeout=3m',
    );
    assert.match(out, /STATUS: deployed/);
    assert.match(out, new RegExp(`deployment/${name}`), 'NOTES.txt names the Deployment');

    const available = await cluster.kubectl(
      'get',
      'deploy',
      name,
      '-n',
      ns,
      '-o',
      'jsonpath={.status.availableReplicas}',
    );
    assert.equal(available, '2', 'both replicas (leader and standby) run');
    const owned = (
      await cluster.kubectl(
        'get',
        'deploy,sa,role,rolebinding,clusterrole,clusterrolebinding',
        '-A',
        '-l',
        `app.kubernetes.io/instance=${release},app.kubernetes.io/managed-by=Helm`,
        '-o',
        'name',
      )
    )
      .trim()
      .split('\n')
      .sort();
    assert.deepEqual(owned, [
      `clusterrole.rbac.authorization.k8s.io/${name}`,
      `clusterrolebinding.rbac.authorization.k8s.io/${name}`,
      `deployment.apps/${name}`,
      `role.rbac.authorization.k8s.io/${name}-leader-election`,
      `rolebinding.rbac.authorization.k8s.io/${name}-leader-election`,
      `serviceaccount/${name}`,
    ]);
    await cluster.kubectl(
      'wait',
      '--for=condition=Established',
      'crd/everyclassenvironments.everyclass.io',
      '--timeout=60s',
    );
    // The bindings reach the ServiceAccount the pods run as, in the release namespace.
    const can = (...args: string[]) =>
      cluster.kubectl('auth', 'can-i', `--as=${sa}`, ...args).catch(() => 'no');
    assert.equal((await can('watch', 'everyclassenvironments.everyclass.io', '-A')).trim(), 'yes');
    assert.equal(
      (
        await can('patch', 'everyclassenvironments.everyclass.io', '--subresource=status', '-n', 'default')
      ).trim(),
      'yes',
    );
    assert.equal((await can('update', 'leases.coordination.k8s.io', '-n', ns)).trim(), 'yes');
    assert.equal((await can('update', 'leases.coordination.k8s.io', '-n', 'default')).trim(), 'no');
    assert.equal(
      await cluster.kubectl('get', 'pods', '-n', ns, '-o', 'jsonpath={.items[*].spec.serviceAccountName}'),
      `${name} ${name}`,
    );

    await helm(
      'upgrade',
      release,
      packaged,
      '-n',
      ns,
      '--reuse-values',
      '--set',
      'replicaCount=1',
      '--set',
      'image.tag=0.1.1',
      '--wait',
      '--timeout=3m',
    );
    const d = JSON.parse(await cluster.kubectl('get', 'deploy', name, '-n', ns, '-o', 'json')) as Obj;
    assert.equal(d.spec.replicas, 1);
    assert.equal(d.spec.template.spec.containers[0].image, 'ghcr.io/everyclass/everyclass:0.1.1');
    assert.match(await helm('history', release, '-n', ns), /2\s+.*deployed/);

    await helm('uninstall', release, '-n', ns, '--wait', '--timeout=3m');
    await eventually('the release objects to be gone', async () => {
      const left = await cluster.kubectl(
        'get',
        'deploy,sa,role,rolebinding,clusterrole,clusterrolebinding,pods',
        '-A',
        '-l',
        `app.kubernetes.io/instance=${release}`,
        '-o',
        'name',
      );
      const pods = await cluster.kubectl('get', 'pods', '-n', ns, '-o', 'name');
      return left === '' && pods === '' ? true : undefined;
    });
    assert.equal(await cluster.kubectl('get', 'clusterrole', name, '--ignore-not-found', '-o', 'name'), '');
    // Helm's crds/ convention: the CRD (and with it every environment) outlives the release.
    assert.match(
      await cluster.kubectl('get', 'crd', 'everyclassenvironments.everyclass.io', '-o', 'name'),
      /everyclassenvironments\.everyclass\.io/,
    );
    assert.equal(await helm('list', '-n', ns, '-q'), '');
    await cluster.kubectl('delete', 'namespace', ns, '--wait=false');
  });
});
