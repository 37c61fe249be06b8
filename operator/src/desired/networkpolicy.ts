// NetworkPolicies of an environment: nothing reaches its pods but what the services need. The
// public doors (web, calendar's feeds, the mirror proxy) take traffic on their HTTP port from
// anywhere, as an Ingress controller would send it; the internal services (entity, identity) and
// MongoDB take it only from this environment's own callers — so another environment (staging) or
// any other pod cannot call production's RPCs or reach its database. With --metrics-namespace,
// that namespace (Prometheus) may also read each component's /metrics port, and no other port.
import type { V1NetworkPolicyIngressRule as IngressRule, V1NetworkPolicy } from '@kubernetes/client-node';
import { dataEnv, serviceEnv } from '../../../services/kit/contract.ts';
import type { EveryClassEnvironment, ServiceName } from '../api/environment.ts';
import { dataComponent } from './datajobs.ts';
import type { Resolved } from './defaults.ts';
import { childMeta, labelKeys, selectorLabels } from './labels.ts';
import { proxyRuns } from './mirror.ts';
import { httpPort, mirrorAdminPort, mongoPort, webAdminPort } from './names.ts';

export const networkPolicyKind = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  plural: 'networkpolicies',
} as const;

/**
 * client-node's model of a NetworkPolicy: its serializer (which server-side apply goes through)
 * knows the rule's peers as `_from` and writes them as `from`; an object spelled `from` would
 * lose its peers on the way, which turns "only these callers" into "anyone".
 */
export type NetworkPolicy = V1NetworkPolicy & {
  metadata: NonNullable<V1NetworkPolicy['metadata']>;
  spec: NonNullable<V1NetworkPolicy['spec']> & {
    podSelector: { matchLabels: Record<string, string> };
    ingress?: IngressRule[];
  };
};

/**
 * The services that read `variable` (ENTITY_URL, IDENTITY_URL, MONGO_URL), and the data role's
 * Jobs (imports, backups, copies) where they read it: the callers.
 */
function callers(running: readonly ServiceName[], variable: string): string[] {
  return [
    ...running.filter((s) => (serviceEnv[s] as readonly string[]).includes(variable)),
    ...((dataEnv as readonly string[]).includes(variable) ? [dataComponent] : []),
  ];
}

/**
 * The port of each component that serves /metrics: entity, identity and calendar on their HTTP
 * port, web and the mirror proxy on their admin port (config/monitoring/podmonitor.yaml scrapes
 * the same ports by name; networkpolicy.test.ts checks that they agree).
 */
export const metricsPorts: Readonly<Record<ServiceName | 'mirror', number>> = {
  web: webAdminPort,
  entity: httpPort,
  identity: httpPort,
  calendar: httpPort,
  mirror: mirrorAdminPort,
};

/**
 * `operatorNamespace`: where the operator runs; its pods alone read the mirror proxy's admin port.
 * `metricsNamespace` (--metrics-namespace; absent: none): pods of that namespace may read the
 * metrics port of every component, in one `<env>-<component>-metrics` policy each, so that leaving
 * the flag out builds exactly the policies without it.
 */
export function buildNetworkPolicies(
  env: EveryClassEnvironment,
  r: Resolved,
  operatorNamespace: string,
  metricsNamespace?: string,
): NetworkPolicy[] {
  const proxy = proxyRuns(env, r);
  const name = env.metadata.name;
  const running = r.services.map((s) => s.name);
  const tcp = (port: number) => ({ protocol: 'TCP', port });
  const policy = (
    suffix: string,
    podLabels: Record<string, string>,
    ingress: IngressRule[],
  ): NetworkPolicy => ({
    apiVersion: networkPolicyKind.apiVersion,
    kind: networkPolicyKind.kind,
    metadata: childMeta(env, `${name}-${suffix}`, 'network'),
    // No rules = deny all; an empty list would not survive the API server (it drops it), and
    // the drift check would re-apply the policy forever.
    spec: {
      podSelector: { matchLabels: podLabels },
      policyTypes: ['Ingress'],
      ...(ingress.length ? { ingress } : {}),
    },
  });
  const fromOwn = (components: readonly string[], port: number): IngressRule[] =>
    components.length
      ? [
          {
            _from: components.map((c) => ({ podSelector: { matchLabels: selectorLabels(env, c) } })),
            ports: [tcp(port)],
          },
        ]
      : [];

  // Every pod of the environment: no ingress but what a policy below allows.
  const policies = [policy('default-deny', { [labelKeys.instance]: name }, [])];
  const publicDoors = [
    ...running.filter((s) => s === 'web' || s === 'calendar'),
    ...(proxy ? ['mirror'] : []),
  ];
  for (const door of publicDoors)
    policies.push(policy(`${door}-public`, selectorLabels(env, door), [{ ports: [tcp(httpPort)] }]));
  const fromNamespace = (namespace: string) => ({
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
  });
  if (proxy) {
    // The proxy's figures (/_mirror/stats) are read by the operator only.
    policies.push(
      policy('mirror-admin', selectorLabels(env, 'mirror'), [
        { _from: [fromNamespace(operatorNamespace)], ports: [tcp(mirrorAdminPort)] },
      ]),
    );
  }
  // Scraping shares a port with what else listens there: entity's and identity's RPCs (each call
  // is signed with the environment's RPC_KEY) and the proxy's figures (read-only counters).
  if (metricsNamespace)
    for (const component of [...running, ...(proxy ? (['mirror'] as const) : [])])
      policies.push(
        policy(`${component}-metrics`, selectorLabels(env, component), [
          { _from: [fromNamespace(metricsNamespace)], ports: [tcp(metricsPorts[component])] },
        ]),
      );
  const internal: Array<[ServiceName, string]> = [
    ['entity', 'ENTITY_URL'],
    ['identity', 'IDENTITY_URL'],
  ];
  for (const [svc, variable] of internal)
    if (running.includes(svc))
      policies.push(policy(svc, selectorLabels(env, svc), fromOwn(callers(running, variable), httpPort)));
  // The data Jobs of the environments this one shares its course data with (spec.data.shareWith):
  // they copy it with SOURCE_MONGO_URL, from their own namespace.
  const sharedWith = (env.spec.data?.shareWith ?? []).map((ref) => {
    const [namespace = '', target = ''] = ref.split('/');
    return {
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
      podSelector: { matchLabels: { [labelKeys.instance]: target, [labelKeys.component]: dataComponent } },
    };
  });
  policies.push(
    policy('mongo', selectorLabels(env, 'mongo'), [
      ...fromOwn(callers(running, 'MONGO_URL'), mongoPort),
      ...(sharedWith.length && (dataEnv as readonly string[]).includes('SOURCE_MONGO_URL')
        ? [{ _from: sharedWith, ports: [tcp(mongoPort)] }]
        : []),
    ]),
  );
  return policies;
}
