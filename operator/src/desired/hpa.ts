// A HorizontalPodAutoscaler (autoscaling/v2) for a service with spec.services.<name>.autoscale:
// it scales the service's Deployment on average CPU use against the container's CPU request.
import type { V2HorizontalPodAutoscaler } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import type { ResolvedService } from './defaults.ts';
import { childMeta } from './labels.ts';
import { names } from './names.ts';

export const hpaKind = {
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  plural: 'horizontalpodautoscalers',
} as const;

/** The service's autoscaler; undefined for a service of fixed replicas. */
export function buildHpa(
  env: EveryClassEnvironment,
  svc: ResolvedService,
): V2HorizontalPodAutoscaler | undefined {
  const a = svc.autoscale;
  if (!a) return undefined;
  const name = names.service(env.metadata.name, svc.name);
  return {
    apiVersion: hpaKind.apiVersion,
    kind: hpaKind.kind,
    metadata: childMeta(env, name, svc.name),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: a.minReplicas,
      maxReplicas: a.maxReplicas,
      metrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            target: { type: 'Utilization', averageUtilization: a.targetCPUUtilizationPercentage },
          },
        },
      ],
    },
  };
}
