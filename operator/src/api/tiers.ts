// The kinds of environment and what each gets by default: replicas, resources and storage. The
// schema's descriptions say these values and desired/defaults.ts applies them (tier-dependent
// defaults cannot be a schema `default:`).
import type { V1ResourceRequirements } from '@kubernetes/client-node';

export const tiers = ['production', 'staging', 'testing'] as const;
export type Tier = (typeof tiers)[number];

export interface TierDefaults {
  replicas: number;
  resources: V1ResourceRequirements;
  mongoSize: string;
  mongoResources: V1ResourceRequirements;
}

/** Default replicas, resources and storage of each tier (documented in the CRD descriptions). */
export const tierDefaults: Record<Tier, TierDefaults> = {
  production: {
    replicas: 2,
    resources: { requests: { cpu: '200m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
    mongoSize: '20Gi',
    mongoResources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '2', memory: '2Gi' } },
  },
  staging: {
    replicas: 1,
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
    mongoSize: '5Gi',
    mongoResources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } },
  },
  testing: {
    replicas: 1,
    resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '250m', memory: '128Mi' } },
    mongoSize: '1Gi',
    mongoResources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
  },
};

/** "production 2, staging 1, testing 1": a tier default as the descriptions say it. */
export function byTier(value: (d: TierDefaults) => string | number): string {
  return tiers.map((t) => `${t} ${value(tierDefaults[t])}`).join(', ');
}
