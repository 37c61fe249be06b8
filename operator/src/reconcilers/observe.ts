// What a pass observed of its children for the status: which Deployments and the StatefulSet carry
// the hash of what was just desired, and the mirror's plan and figures.

import type { KubernetesObject, V1Deployment, V1StatefulSet } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { labelKeys } from '../desired/labels.ts';
import type { MirrorPlan } from '../desired/mirror.ts';
import { names } from '../desired/names.ts';
import { type EnvironmentDeps, hashAnnotation } from './deps.ts';
import type { Observed, ProxyFigures } from './status.ts';

export function observe(
  deps: EnvironmentDeps,
  env: EveryClassEnvironment,
  stamped: readonly KubernetesObject[],
  failures: string[],
  plan: MirrorPlan,
  figures: ProxyFigures | undefined,
): Omit<Observed, 'pods'> {
  const ns = env.metadata.namespace;
  const hashOf = (o: KubernetesObject | undefined) => o?.metadata?.annotations?.[hashAnnotation];
  const desiredHash = new Map(stamped.map((o) => [`${o.kind}/${o.metadata?.name}`, hashOf(o)]));
  const current = (k: string, o: KubernetesObject | undefined) =>
    !!o && hashOf(o) !== undefined && hashOf(o) === desiredHash.get(`${k}/${o.metadata?.name}`);
  const deployments: Observed['deployments'] = {};
  for (const o of stamped) {
    if (o.kind !== 'Deployment') continue;
    const have = deps.children.Deployment?.get(o.metadata?.name ?? '', ns) as V1Deployment | undefined;
    const component = o.metadata?.labels?.[labelKeys.component] ?? '';
    if (have) deployments[component] = { current: current('Deployment', have), object: have };
  }
  const sts = deps.children.StatefulSet?.get(names.mongo(env.metadata.name), ns) as V1StatefulSet | undefined;
  return {
    deployments,
    mongo: sts ? { current: current('StatefulSet', sts), object: sts } : undefined,
    failures,
    mirror: {
      plan,
      proxyRuns: stamped.some(
        (o) => o.kind === 'Deployment' && o.metadata?.name === names.mirror(env.metadata.name),
      ),
      ...(deployments.mirror ? { proxy: deployments.mirror } : {}),
      ...(figures ? { figures } : {}),
    },
  };
}
