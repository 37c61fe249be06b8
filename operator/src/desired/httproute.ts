// Mode gateway (spec.mirror.mode): an HTTPRoute (Gateway API v1.3+) routing the host to web, with a
// RequestMirror filter (percent) to the target's web Service on the methods allowed, and the
// ReferenceGrant the target namespace needs for a cross-namespace backendRef. The grant lives in
// another namespace, so it carries no owner reference: labels name its source, and the reconciler
// deletes it explicitly. Pure.
import type { KubernetesObject, V1ObjectMeta } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import type { Resolved } from './defaults.ts';
import { childMeta, labelKeys, managedBy } from './labels.ts';
import type { MirrorPlan } from './mirror.ts';
import { feedPrefix, names, servicePort } from './names.ts';

export const gatewayGroup = 'gateway.networking.k8s.io';
export const httpRouteKind = {
  apiVersion: `${gatewayGroup}/v1`,
  kind: 'HTTPRoute',
  plural: 'httproutes',
} as const;
export const referenceGrantKind = {
  apiVersion: `${gatewayGroup}/v1beta1`,
  kind: 'ReferenceGrant',
  plural: 'referencegrants',
} as const;

/** Labels naming the environment a ReferenceGrant was made for (it lives in the target's namespace). */
export const sourceLabels = {
  namespace: 'everyclass.io/mirror-source-namespace',
  name: 'everyclass.io/mirror-source-name',
} as const;

export interface HttpRoute extends KubernetesObject {
  metadata: V1ObjectMeta & { name: string; namespace: string };
  spec: {
    parentRefs: Array<{
      group: string;
      kind: string;
      name: string;
      namespace?: string;
      sectionName?: string;
    }>;
    hostnames?: string[];
    rules: Array<{
      matches: Array<{ path: { type: 'PathPrefix'; value: string }; method?: string }>;
      filters?: Array<{
        type: 'RequestMirror';
        requestMirror: { backendRef: { name: string; namespace: string; port: number }; percent: number };
      }>;
      backendRefs: Array<{ name: string; port: number }>;
    }>;
  };
}

export interface ReferenceGrant extends KubernetesObject {
  metadata: V1ObjectMeta & { name: string; namespace: string };
  spec: {
    from: Array<{ group: string; kind: string; namespace: string }>;
    to: Array<{ group: string; kind: string; name: string }>;
  };
}

function gatewayMode(env: EveryClassEnvironment, r: Resolved, plan: MirrorPlan): boolean {
  return (
    env.spec.mirror?.mode === 'gateway' &&
    plan.state !== 'disabled' &&
    plan.state !== 'gatewayApiMissing' &&
    !!env.spec.mirror.gateway &&
    r.services.some((s) => s.name === 'web')
  );
}

/**
 * The HTTPRoute of mode gateway: the feed (`/calendar/ics/`) to calendar, `/` to web; while mirroring is active,
 * requests to `/` with an allowed method are also copied to the target (percent). Paused: no filter.
 */
export function buildHttpRoute(
  env: EveryClassEnvironment,
  r: Resolved,
  plan: MirrorPlan,
): HttpRoute | undefined {
  const gw = env.spec.mirror?.gateway;
  if (!gw || !gatewayMode(env, r, plan)) return undefined;
  const e = env.metadata.name;
  const prefix = (value: string) => ({ type: 'PathPrefix' as const, value });
  const web = [{ name: names.service(e, 'web'), port: servicePort }];
  const rules: HttpRoute['spec']['rules'] = [];
  if (r.services.some((s) => s.name === 'calendar'))
    rules.push({
      matches: [{ path: prefix(feedPrefix) }],
      backendRefs: [{ name: names.service(e, 'calendar'), port: servicePort }],
    });
  const t = plan.state === 'active' ? plan.targetService : undefined;
  if (t && plan.percent > 0)
    rules.push({
      matches: plan.methods.map((method) => ({ path: prefix('/'), method })),
      filters: [
        {
          type: 'RequestMirror',
          requestMirror: {
            backendRef: { name: t.name, namespace: t.namespace, port: t.port },
            percent: plan.percent,
          },
        },
      ],
      backendRefs: web,
    });
  rules.push({ matches: [{ path: prefix('/') }], backendRefs: web });
  return {
    apiVersion: httpRouteKind.apiVersion,
    kind: httpRouteKind.kind,
    metadata: childMeta(env, names.httpRoute(e), 'mirror'),
    spec: {
      parentRefs: [
        {
          group: gatewayGroup,
          kind: 'Gateway',
          name: gw.name,
          ...(gw.namespace ? { namespace: gw.namespace } : {}),
          ...(gw.sectionName ? { sectionName: gw.sectionName } : {}),
        },
      ],
      ...(env.spec.ingress ? { hostnames: [env.spec.ingress.host] } : {}),
      rules,
    },
  };
}

/**
 * The ReferenceGrant letting this environment's HTTPRoutes refer to the target's web Service,
 * in the target's namespace; only while mirroring is active and the target is in another namespace.
 */
export function buildReferenceGrant(
  env: EveryClassEnvironment,
  r: Resolved,
  plan: MirrorPlan,
): ReferenceGrant | undefined {
  const t = plan.state === 'active' ? plan.targetService : undefined;
  if (!t || t.namespace === env.metadata.namespace || !gatewayMode(env, r, plan) || plan.percent <= 0)
    return undefined;
  const { namespace, name } = env.metadata;
  return {
    apiVersion: referenceGrantKind.apiVersion,
    kind: referenceGrantKind.kind,
    metadata: {
      name: names.mirrorGrant(namespace, name),
      namespace: t.namespace,
      labels: {
        [labelKeys.name]: 'everyclass',
        [labelKeys.component]: 'mirror-grant',
        [labelKeys.partOf]: 'everyclass',
        [labelKeys.managedBy]: managedBy,
        [sourceLabels.namespace]: namespace,
        [sourceLabels.name]: name,
      },
    },
    spec: {
      from: [{ group: gatewayGroup, kind: 'HTTPRoute', namespace }],
      to: [{ group: '', kind: 'Service', name: t.name }],
    },
  };
}

/** The environment key (namespace/name) a ReferenceGrant was made for, from its labels. */
export function grantSourceKey(obj: { metadata?: V1ObjectMeta }): string | undefined {
  const l = obj.metadata?.labels ?? {};
  const ns = l[sourceLabels.namespace];
  const name = l[sourceLabels.name];
  return ns && name && l[labelKeys.managedBy] === managedBy ? `${ns}/${name}` : undefined;
}
