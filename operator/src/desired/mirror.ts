// Mirroring (spec.mirror): resolving the target into a plan, and in mode proxy the mirror
// proxy's Deployment, Service and PodDisruptionBudget (services/mirror/README.md is the contract).
// Pure: the reconciler looks the target up and passes it in.
import type {
  V1Deployment,
  V1EnvVar,
  V1PodDisruptionBudget,
  V1Secret,
  V1Service,
} from '@kubernetes/client-node';
import type { MirrorEnvName } from '../../../services/kit/contract.ts';
import {
  defaultedSpec,
  type EveryClassEnvironment,
  type MirrorMode,
  mirrorDefaults,
} from '../api/environment.ts';
import { type Resolved, tierDefaults } from './defaults.ts';
import { childMeta, labels, selectorLabels } from './labels.ts';
import {
  httpPort,
  mirrorAdminPort,
  names,
  preStopSeconds,
  servicePort,
  terminationMessagePolicy,
} from './names.ts';

/**
 * Where mirroring stands. Only `active` copies traffic; every other state keeps production
 * served as usual (the proxy, when there is one, forwards with no target).
 */
export type MirrorState =
  | 'disabled' // no spec.mirror
  | 'self' // the target is this environment (namespace/name spelling; CEL refuses the bare name)
  | 'missing' // no such EveryClassEnvironment
  | 'notAccepted' // in another namespace, and its spec.acceptMirrorFrom does not name this one
  | 'production' // the target's tier is production: never mirror into production
  | 'targetNoWeb' // the target runs no web service
  | 'sourceNoWeb' // this environment runs no web service: nothing to mirror
  | 'gatewayApiMissing' // mode gateway, but the cluster does not serve the Gateway API
  | 'notReady' // the target is not Ready: paused until it is
  | 'active';

export interface MirrorPlan {
  state: MirrorState;
  mode: MirrorMode;
  /** namespace/name of the target (absent when disabled). */
  target?: string;
  /** The target's web Service (set only when active). */
  targetService?: { namespace: string; name: string; port: number };
  /** Share copied now: spec.mirror.percent when active, else 0. */
  percent: number;
  /**
   * Where the proxy reads the target's shadow key (set only when active): the target's own
   * callers Secret in one namespace; across namespaces a copy beside the proxy, of `value`.
   */
  shadowKey?: { secret: string; value?: string };
  methods: string[];
  compare: boolean;
}

/** namespace/name of the environment spec.mirror.target names, relative to `env`. */
export function mirrorTargetKey(env: EveryClassEnvironment): string | undefined {
  const t = env.spec.mirror?.target;
  if (!t) return undefined;
  return t.includes('/') ? t : `${env.metadata.namespace}/${t}`;
}

function runsWeb(env: EveryClassEnvironment): boolean {
  return !!(env.spec.services ?? { web: {} }).web;
}

function isReady(env: EveryClassEnvironment): boolean {
  return !!env.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
}

/**
 * The mirror plan of `env` given its target as observed (`undefined` when absent) and whether
 * the cluster serves the Gateway API. Only the source's spec decides: nothing in the target
 * can ask for traffic.
 */
export function resolveMirror(
  env: EveryClassEnvironment,
  target: EveryClassEnvironment | undefined,
  opts: { gatewayApi: boolean },
  /** The target's shadow key as its callers Secret holds it (base64 `data`), when observed. */
  targetShadowKey?: string,
): MirrorPlan {
  const m = defaultedSpec(env.spec).mirror;
  const { mode, methods, compare } = m ?? mirrorDefaults;
  const key = mirrorTargetKey(env);
  const base = { mode, percent: 0, methods, compare };
  if (!m || !key) return { ...base, state: 'disabled' };
  const plan = (state: MirrorState): MirrorPlan => ({ ...base, state, target: key });
  if (key === `${env.metadata.namespace}/${env.metadata.name}`) return plan('self');
  if (!target) return plan('missing');
  const self = `${env.metadata.namespace}/${env.metadata.name}`;
  const across = target.metadata.namespace !== env.metadata.namespace;
  // Another namespace is another tenant: its traffic (and its key) only with its consent.
  if (target.spec.tier === 'production') return plan('production');
  if (across && !(target.spec.acceptMirrorFrom ?? []).includes(self)) return plan('notAccepted');
  if (!runsWeb(target)) return plan('targetNoWeb');
  if (!runsWeb(env)) return plan('sourceNoWeb');
  if (mode === 'gateway' && !opts.gatewayApi) return plan('gatewayApiMissing');
  // Without the target's shadow key its web would take the copies for real traffic: paused.
  if (!isReady(target) || (across && !targetShadowKey)) return plan('notReady');
  return {
    ...plan('active'),
    percent: m.percent,
    shadowKey: across
      ? { secret: names.mirrorShadowSecret(env.metadata.name), value: targetShadowKey }
      : { secret: names.callersSecret(target.metadata.name) },
    targetService: {
      namespace: target.metadata.namespace,
      name: names.service(target.metadata.name, 'web'),
      port: servicePort,
    },
  };
}

/** Whether the mirror proxy runs: mode proxy, spec.mirror set, and a web service to sit in front of. */
export function proxyRuns(env: EveryClassEnvironment, r: Resolved): boolean {
  const m = defaultedSpec(env.spec).mirror;
  return m?.mode === 'proxy' && r.services.some((s) => s.name === 'web');
}

function serviceUrl(name: string, namespace: string): string {
  return `http://${name}.${namespace}.svc:${servicePort}`;
}

/** The proxy's environment (services/mirror/README.md): paused = no target and percent 0. */
export function mirrorEnv(
  env: EveryClassEnvironment,
  plan: MirrorPlan,
): Array<V1EnvVar & { name: MirrorEnvName }> {
  const t = plan.state === 'active' ? plan.targetService : undefined;
  return [
    { name: 'PORT', value: String(httpPort) },
    { name: 'ADMIN_PORT', value: String(mirrorAdminPort) },
    {
      name: 'UPSTREAM_URL',
      value: serviceUrl(names.service(env.metadata.name, 'web'), env.metadata.namespace),
    },
    // Unset when paused (the API server drops an empty value, which would read as drift).
    t ? { name: 'MIRROR_TARGET_URL', value: serviceUrl(t.name, t.namespace) } : { name: 'MIRROR_TARGET_URL' },
    { name: 'MIRROR_PERCENT', value: String(t ? plan.percent : 0) },
    { name: 'MIRROR_METHODS', value: plan.methods.join(',') },
    { name: 'MIRROR_COMPARE', value: String(plan.compare) },
    // The target believes a copy's shadow flag only with this key's signature (kit/callers.ts).
    t && plan.shadowKey
      ? {
          name: 'MIRROR_SHADOW_KEY',
          valueFrom: { secretKeyRef: { name: plan.shadowKey.secret, key: 'shadowKey' } },
        }
      : { name: 'MIRROR_SHADOW_KEY' },
    // Production's own shadow key: the second asks of noise learning (compare mode) sign their flag,
    // so production's web does not act on them (a recorded timetable view).
    t && plan.compare
      ? {
          name: 'MIRROR_UPSTREAM_SHADOW_KEY',
          valueFrom: { secretKeyRef: { name: names.callersSecret(env.metadata.name), key: 'shadowKey' } },
        }
      : { name: 'MIRROR_UPSTREAM_SHADOW_KEY' },
    { name: 'DRAIN_GRACE_MS', value: '10000' },
  ];
}

/** Replicas of the proxy: the tier's default (production 2), so it is never a single point of failure there. */
export function mirrorReplicas(r: Resolved): number {
  return tierDefaults[r.tier].replicas;
}

export function buildMirrorDeployment(
  env: EveryClassEnvironment,
  r: Resolved,
  plan: MirrorPlan,
): V1Deployment {
  const probe = (path: string, period: number, failures: number) => ({
    httpGet: { path, port: 'admin' },
    periodSeconds: period,
    timeoutSeconds: 3,
    failureThreshold: failures,
  });
  const uid = 65532;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: childMeta(env, names.mirror(env.metadata.name), 'mirror', { version: r.version }),
    spec: {
      replicas: mirrorReplicas(r),
      selector: { matchLabels: selectorLabels(env, 'mirror') },
      revisionHistoryLimit: 5,
      progressDeadlineSeconds: r.progressDeadlineSeconds,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels(env, 'mirror', r.version) },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: uid,
            runAsGroup: uid,
            fsGroup: uid,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              topologyKey: 'kubernetes.io/hostname',
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: { matchLabels: selectorLabels(env, 'mirror') },
            },
          ],
          // DRAIN_GRACE_MS (10 s) after the preStop pause (below), with room to spare.
          terminationGracePeriodSeconds: 25,
          containers: [
            {
              name: 'mirror',
              image: `${r.image}:${r.version}`,
              args: ['mirror'],
              ports: [
                { name: 'http', containerPort: httpPort, protocol: 'TCP' },
                { name: 'admin', containerPort: mirrorAdminPort, protocol: 'TCP' },
              ],
              env: mirrorEnv(env, plan),
              resources: tierDefaults[r.tier].resources,
              readinessProbe: probe('/readyz', 5, 3),
              startupProbe: probe('/healthz', 2, 90), // see deployment.ts: slow starts are waited for
              livenessProbe: probe('/healthz', 10, 3),
              // Let the endpoints controller and every node's kube-proxy take the pod out before
              // SIGTERM starts the drain (on the real node, 5 s were not enough for a busy
              // kube-proxy: a promotion's request loop saw ECONNREFUSED from the old pods).
              lifecycle: { preStop: { sleep: { seconds: preStopSeconds } } },
              terminationMessagePolicy,
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }],
        },
      },
    },
  };
}

/** The proxy's Service: only the proxied port (the admin port is never behind it). */
export function buildMirrorService(env: EveryClassEnvironment): V1Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: childMeta(env, names.mirror(env.metadata.name), 'mirror'),
    spec: {
      type: 'ClusterIP',
      selector: selectorLabels(env, 'mirror'),
      ports: [{ name: 'http', port: servicePort, targetPort: 'http', protocol: 'TCP' }],
    },
  };
}

export function buildMirrorPdb(env: EveryClassEnvironment, r: Resolved): V1PodDisruptionBudget | undefined {
  if (mirrorReplicas(r) <= 1) return undefined;
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: childMeta(env, names.mirror(env.metadata.name), 'mirror'),
    spec: { maxUnavailable: 1, selector: { matchLabels: selectorLabels(env, 'mirror') } },
  };
}

/** The proxy's objects in mode proxy (none otherwise). */
export function buildMirrorProxy(
  env: EveryClassEnvironment,
  r: Resolved,
  plan: MirrorPlan,
): Array<V1Deployment | V1Service | V1PodDisruptionBudget> {
  if (!proxyRuns(env, r)) return [];
  const pdb = buildMirrorPdb(env, r);
  const key = buildMirrorShadowSecret(env, plan);
  return [
    ...(key ? [key] : []),
    buildMirrorService(env),
    buildMirrorDeployment(env, r, plan),
    ...(pdb ? [pdb] : []),
  ];
}

/** The copy of a target's shadow key in this namespace (a target in another namespace that accepts us). */
export function buildMirrorShadowSecret(env: EveryClassEnvironment, plan: MirrorPlan): V1Secret | undefined {
  const value = plan.shadowKey?.value;
  if (plan.state !== 'active' || value === undefined) return undefined;
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: childMeta(env, names.mirrorShadowSecret(env.metadata.name), 'mirror'),
    type: 'Opaque',
    data: { shadowKey: value },
  };
}
