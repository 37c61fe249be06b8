// Tier defaults, resolved once so that builders read plain values. Pure.
import type { V1ResourceRequirements } from '@kubernetes/client-node';
import { type AppConfigDocument, appConfigDefaults } from '../../../services/kit/contract.ts';
import {
  autoscaleDefaults,
  defaultedSpec,
  type EveryClassEnvironment,
  type ServiceName,
  serviceNames,
  type Tier,
  tierDefaults,
} from '../api/environment.ts';

export { tierDefaults };

/** spec.services.<name>.autoscale with its defaults: a HorizontalPodAutoscaler owns the replicas. */
export interface ResolvedAutoscale {
  minReplicas: number;
  maxReplicas: number;
  targetCPUUtilizationPercentage: number;
}

export interface ResolvedService {
  name: ServiceName;
  /** Fixed pods; with autoscale its minReplicas (the HorizontalPodAutoscaler decides the number). */
  replicas: number;
  autoscale?: ResolvedAutoscale;
  version: string;
  resources: V1ResourceRequirements;
  env: Array<{ name: string; value: string }>;
}

export interface Resolved {
  tier: Tier;
  image: string;
  version: string;
  paused: boolean;
  services: ResolvedService[];
  mongo: {
    image: string;
    size: string;
    storageClassName?: string;
    retainOnDelete: boolean;
    resources: V1ResourceRequirements;
  };
  progressDeadlineSeconds: number;
  autoRollback: boolean;
}

export function resolve(env: EveryClassEnvironment): Resolved {
  const spec = defaultedSpec(env.spec);
  const d = tierDefaults[spec.tier];
  const requested = spec.services;
  const services: ResolvedService[] = [];
  for (const name of serviceNames) {
    const s = requested[name];
    if (!s) continue;
    const autoscale = s.autoscale && { ...autoscaleDefaults, ...s.autoscale };
    services.push({
      name,
      replicas: autoscale ? autoscale.minReplicas : (s.replicas ?? d.replicas),
      ...(autoscale ? { autoscale } : {}),
      version: s.version ?? spec.version,
      resources: {
        requests: { ...d.resources.requests, ...s.resources?.requests },
        limits: { ...d.resources.limits, ...s.resources?.limits },
      },
      env: (s.env ?? []).map((e) => ({ name: e.name, value: e.value ?? '' })),
    });
  }
  const storageClassName = spec.mongo.storage?.storageClassName;
  return {
    tier: spec.tier,
    image: spec.image,
    version: spec.version,
    paused: spec.paused,
    services,
    mongo: {
      image: spec.mongo.image,
      size: spec.mongo.storage?.size ?? d.mongoSize,
      ...(storageClassName ? { storageClassName } : {}),
      retainOnDelete: spec.mongo.retainOnDelete,
      resources: d.mongoResources,
    },
    progressDeadlineSeconds: spec.rollout.progressDeadlineSeconds,
    autoRollback: spec.rollout.autoRollback,
  };
}

/**
 * The app config file every service reads (APP_CONFIG), with schema defaults filled in. The CRD
 * requires emailDomain of production and staging; testing falls back to the contract's default.
 */
export function appConfig(env: EveryClassEnvironment): AppConfigDocument {
  const { app } = defaultedSpec(env.spec);
  return {
    environment: env.metadata.name,
    tier: env.spec.tier,
    schoolName: app.schoolName,
    emailDomain: app.emailDomain ?? appConfigDefaults.emailDomain,
    timezone: app.timezone,
    semesters: app.semesters ?? [],
    lessonSlots: app.lessonSlots,
    // Only when set: environments without one keep their config hash (no pod restarts).
    ...(app.feedbackUrl ? { feedbackUrl: app.feedbackUrl } : {}),
  };
}
