// spec.services: which services run, with their replicas, autoscaling, version, resources, env.
// Part of the spec schema (api/environment.ts), hence of the CRD.

import { reservedEnv, type ServiceName, serviceNames } from '../../../services/kit/contract.ts';
import { entryCelRules, envCelRules } from './envrules.ts';
import { quantity, tagPattern } from './patterns.ts';
import { int, list, obj, str, type TypeOf } from './schema.ts';
import { byTier } from './tiers.ts';

const cpuMemory = (what: string) =>
  obj(`${what} of the service container.`, {
    cpu: quantity(`CPU ${what.toLowerCase()}, a Kubernetes quantity such as 100m or 1.`),
    memory: quantity(`Memory ${what.toLowerCase()}, a Kubernetes quantity such as 128Mi or 1Gi.`),
  });

const limitAtLeastRequest = (r: 'cpu' | 'memory'): string =>
  `!has(self.requests) || !has(self.limits) || !has(self.requests.${r}) || !has(self.limits.${r}) || ` +
  `quantity(self.limits.${r}).compareTo(quantity(self.requests.${r})) >= 0`;

/** Defaults of spec.services.<name>.autoscale (desired/hpa.ts applies them). */
export const autoscaleDefaults = { minReplicas: 1, targetCPUUtilizationPercentage: 80 } as const;

const autoscaleSchema = obj(
  'Size the service with a HorizontalPodAutoscaler (autoscaling/v2) on CPU instead of fixed replicas: ' +
    'the operator then leaves the Deployment\u2019s replicas to it. Needs the metrics API (metrics-server) ' +
    'in the cluster; CPU use is measured against the container\u2019s CPU request (resources.requests.cpu).',
  {
    minReplicas: int(`Fewest pods. Default ${autoscaleDefaults.minReplicas}.`, { minimum: 1, maximum: 100 }),
    maxReplicas: int('Most pods; at least minReplicas.', { minimum: 1, maximum: 100 }),
    targetCPUUtilizationPercentage: int(
      'Average CPU use the autoscaler aims at, as a percentage of the CPU request. ' +
        `Default ${autoscaleDefaults.targetCPUUtilizationPercentage}.`,
      { minimum: 1, maximum: 1000 },
    ),
  },
  {
    required: ['maxReplicas'],
    'x-kubernetes-validations': [
      {
        rule: '!has(self.minReplicas) || self.minReplicas <= self.maxReplicas',
        message: 'autoscale.minReplicas must be at most autoscale.maxReplicas',
        fieldPath: '.minReplicas',
      },
    ],
  },
);

const serviceSchema = obj(
  'Overrides for one service. Present means the service runs; remove the key to remove the service.',
  {
    replicas: int(`Number of pods. Default by tier: ${byTier((d) => d.replicas)}.`, {
      minimum: 0,
      maximum: 100,
    }),
    autoscale: autoscaleSchema,
    version: str('Image tag of this service, overriding spec.version (e.g. a canary of one service).', {
      pattern: tagPattern,
      maxLength: 128,
    }),
    resources: obj(
      'CPU and memory requests and limits. Default by tier; a limit may not be below its request.',
      { requests: cpuMemory('Requests'), limits: cpuMemory('Limits') },
      {
        'x-kubernetes-validations': [
          { rule: limitAtLeastRequest('cpu'), message: 'limits.cpu must be at least requests.cpu' },
          { rule: limitAtLeastRequest('memory'), message: 'limits.memory must be at least requests.memory' },
        ],
      },
    ),
    env: list(
      'Extra environment variables for the service container, appended after those the operator sets.',
      obj(
        'One environment variable. Those the services read are checked as the services check them ' +
          '(LOG_LEVEL, WEB_LOCALE, SMTP_SECURE, SMTP_PORT, the *_MS and CACHE_MAX_BYTES numbers, PUBLIC_URL, ' +
          'CALENDAR_PUBLIC_URL). No value may contain $( (no expansion of other variables), and no name may ' +
          'control the runtime (NODE_*, LD_*, UV_*, NPM_CONFIG_*, TERMINATION_MESSAGE_PATH).',
        {
          name: str('Variable name.', { pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 128 }),
          value: str('Variable value.', { maxLength: 4096 }),
        },
        { required: ['name'], 'x-kubernetes-validations': [...entryCelRules, ...envCelRules()] },
      ),
      {
        maxItems: 32,
        'x-kubernetes-list-type': 'map',
        'x-kubernetes-list-map-keys': ['name'],
        'x-kubernetes-validations': [
          {
            rule: `self.all(e, !(e.name in [${reservedEnv.map((n) => `'${n}'`).join(', ')}]))`,
            message: `env may not override variables the operator sets (${reservedEnv.join(', ')})`,
          },
        ],
      },
    ),
  },
  {
    'x-kubernetes-validations': [
      {
        rule: '!has(self.replicas) || !has(self.autoscale)',
        message:
          'replicas and autoscale are exclusive: with autoscale the HorizontalPodAutoscaler sets the replicas ' +
          '(give autoscale.minReplicas instead)',
        fieldPath: '.replicas',
      },
    ],
  },
);

export const servicesSchema = obj(
  'The services to run and per-service overrides. Default: all four with tier defaults.',
  Object.fromEntries(
    serviceNames.map((s) => [
      s,
      { ...serviceSchema, description: `The ${s} service. ${serviceSchema.description}` },
    ]),
  ) as Record<ServiceName, typeof serviceSchema>,
  {
    default: { web: {}, entity: {}, identity: {}, calendar: {} },
    // A service whose peer does not run gets no URL for it and refuses to start.
    'x-kubernetes-validations': [
      ...(
        [
          ['web', 'entity'],
          ['web', 'identity'],
          ['identity', 'entity'],
          ['calendar', 'entity'],
        ] as const
      ).map(([svc, needs]) => ({
        rule: `!has(self.${svc}) || has(self.${needs})`,
        message: `the ${svc} service needs the ${needs} service`,
        fieldPath: `.${needs}`,
        reason: 'FieldValueRequired' as const,
      })),
    ],
  },
);

export type ServiceSpec = TypeOf<typeof serviceSchema>;
