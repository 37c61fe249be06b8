// EveryClassEnvironment (everyclass.io/v1alpha1): the schema below is the source of the CRD
// (crds/everyclass.io_everyclassenvironments.yaml is generated from it) and of the TypeScript
// types the operator uses.
import type { V1ObjectMeta } from '@kubernetes/client-node';
import {
  appConfigDefaults,
  defaultLessonSlots,
  feedbackUrlShape,
  reservedEnv,
  type ServiceName,
  serviceNames,
  timeZonePattern,
} from '../../../services/kit/contract.ts';
import { backupSchema, dataSchema } from './data.ts';
import { entryCelRules, envCelRules } from './envrules.ts';
import { bool, int, list, obj, oneOf, type Schema, str, type TypeOf } from './schema.ts';
import { type EveryClassEnvironmentStatus, mirrorModes, statusSchema } from './status.ts';

export * from './status.ts';

export const group = 'everyclass.io';
export const version = 'v1alpha1';
export const apiVersion = `${group}/${version}`;
export const kind = 'EveryClassEnvironment';
export const plural = 'everyclassenvironments';

export const tiers = ['production', 'staging', 'testing'] as const;
export type Tier = (typeof tiers)[number];
/** Variables the operator sets on the service containers that spec env may not override. */
export { reservedEnv, type ServiceName, serviceNames };

const tagPattern = '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$';
const quantityPattern = '^[0-9]+(\\.[0-9]+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$';
const dnsName = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';

const quantity = (what: string) => str(what, { pattern: quantityPattern, maxLength: 32 });
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
    replicas: int('Number of pods. Default by tier: production 2, staging 1, testing 1.', {
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

const semesterSchema = obj(
  'One semester of the timetable.',
  {
    name: str('Semester name: first year, second year, term (1 or 2), e.g. 2026-2027-1.', {
      pattern: '^[0-9]{4}-[0-9]{4}-[12]$',
      maxLength: 11,
    }),
    start: str('Monday of week 1 (ISO date, e.g. 2026-09-07).', { format: 'date', maxLength: 10 }),
  },
  {
    required: ['name', 'start'],
    'x-kubernetes-validations': [
      {
        rule: 'int(self.name.substring(5, 9)) == int(self.name.substring(0, 4)) + 1',
        message: 'the two years of a semester name must be consecutive (e.g. 2026-2027-1)',
        fieldPath: '.name',
      },
    ],
  },
);

const slotSchema = obj(
  'One daily lesson slot, local time of app.timezone.',
  {
    start: str('Start time, HH:MM.', { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }),
    end: str('End time, HH:MM; after start.', { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }),
  },
  {
    required: ['start', 'end'],
    'x-kubernetes-validations': [
      { rule: 'self.start < self.end', message: 'a lesson slot must end after it starts' },
    ],
  },
);

export { defaultLessonSlots };

export const specSchema = obj(
  'Desired state of one EveryClass environment.',
  {
    tier: oneOf(
      'Kind of environment; drives replica, resource and storage defaults. Immutable once set.',
      tiers,
      {
        'x-kubernetes-validations': [{ rule: 'self == oldSelf', message: 'tier is immutable' }],
      },
    ),
    image: str('Container image repository of the services (one image; the argument selects the service).', {
      default: 'ghcr.io/everyclass/everyclass',
      maxLength: 255,
      pattern: '^[a-z0-9][a-z0-9._/:-]*[a-z0-9]$',
    }),
    version: str(
      'Image tag every service runs unless it overrides it; CI promotes a release by patching it.',
      {
        pattern: tagPattern,
        maxLength: 128,
      },
    ),
    paused: bool('When true the operator stops changing children (status is still reported).', {
      default: false,
    }),
    services: obj(
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
    ),
    ingress: obj(
      'Public HTTP entry: the host routes to web, the calendar feeds (/calendar/ics/) to calendar. Omit for no Ingress.',
      {
        host: str('Public host name, e.g. everyclass.example.edu.', { pattern: dnsName, maxLength: 253 }),
        className: str('IngressClass to use; empty uses the cluster default.', { maxLength: 253 }),
        tlsSecretName: str('Secret holding the TLS certificate for host; omit to serve plain HTTP.', {
          pattern: dnsName,
          maxLength: 253,
        }),
      },
      { required: ['host'] },
    ),
    mongo: obj(
      'The MongoDB StatefulSet holding the environment data.',
      {
        image: str('MongoDB image (official image).', { default: 'mongo:7.0', maxLength: 255 }),
        storage: obj('The data volume. Immutable: a StatefulSet cannot change its volume claim template.', {
          size: quantity('Volume size. Default by tier: production 20Gi, staging 5Gi, testing 1Gi.'),
          storageClassName: str('StorageClass of the volume; empty uses the cluster default.', {
            maxLength: 253,
          }),
        }),
        retainOnDelete: bool(
          'Keep the data volume, the Mongo credentials and the keys Secret (ids in URLs, sessions, calendar ' +
            'feed tokens) when the environment is deleted, so that a new environment of the same name finds its ' +
            'data, accounts and feeds again. false: the operator owns them and they go with the environment.',
          { default: true },
        ),
        backup: backupSchema,
      },
      {
        default: {},
        'x-kubernetes-validations': [
          {
            rule: 'has(self.storage) == has(oldSelf.storage) && (!has(self.storage) || self.storage == oldSelf.storage)',
            message: 'mongo.storage is immutable (a StatefulSet cannot change its volume claim template)',
            fieldPath: '.storage',
          },
        ],
      },
    ),
    data: dataSchema,
    acceptMirrorFrom: list(
      'Environments in other namespaces (namespace/name) whose mirrored traffic this one accepts. ' +
        'Mirroring across namespaces needs the target\u2019s consent: without it the operator neither ' +
        'copies traffic, nor writes a ReferenceGrant, nor hands this environment\u2019s shadow key to the source.',
      str('An environment as namespace/name.', {
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?/[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 127,
      }),
      { maxItems: 16, 'x-kubernetes-list-type': 'set' },
    ),
    mirror: obj(
      'Copy a sample of this environment\u2019s production traffic to another environment (e.g. staging).',
      {
        target: str('Target environment: its name in this namespace, or namespace/name.', {
          pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
          maxLength: 127,
        }),
        percent: int('Share of requests copied to the target, 0 to 100.', {
          minimum: 0,
          maximum: 100,
          default: 10,
        }),
        methods: list(
          'HTTP methods eligible for mirroring.',
          oneOf('An HTTP method.', ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']),
          { default: ['GET', 'HEAD'], maxItems: 7, minItems: 1, 'x-kubernetes-list-type': 'set' },
        ),
        mode: oneOf(
          'proxy: the operator runs the mirror proxy in front of web and routes the Ingress through it ' +
            '(compare mode and figures in status.mirror). gateway: an HTTPRoute (Gateway API v1.3+) with a ' +
            'RequestMirror filter attached to mirror.gateway, plus a ReferenceGrant in the target namespace; no ' +
            'comparison and no figures.',
          mirrorModes,
          {
            default: 'proxy',
          },
        ),
        gateway: obj(
          'Mode gateway: the Gateway the HTTPRoute attaches to (its parentRef). Required in mode gateway.',
          {
            name: str('Name of the Gateway.', { pattern: dnsName, maxLength: 253 }),
            namespace: str('Namespace of the Gateway; default: this environment\u2019s namespace.', {
              pattern: dnsName,
              maxLength: 63,
            }),
            sectionName: str(
              'Listener of the Gateway to attach to; default: every listener that admits the route.',
              {
                pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
                maxLength: 253,
              },
            ),
          },
          { required: ['name'] },
        ),
        compare: bool(
          'Compare the target\u2019s answers with this environment\u2019s and report mismatches.',
          {
            default: false,
          },
        ),
      },
      {
        required: ['target'],
        'x-kubernetes-validations': [
          {
            rule: "!has(self.mode) || self.mode != 'gateway' || has(self.gateway)",
            message: 'mirror.mode gateway needs mirror.gateway (the Gateway the HTTPRoute attaches to)',
            fieldPath: '.gateway',
          },
          {
            // A Gateway cannot mark copies with X-EveryClass-Shadow (it would mark production's
            // requests too), so only methods without side effects may be mirrored that way.
            rule: "!has(self.mode) || self.mode != 'gateway' || !has(self.methods) || self.methods.all(m, m in ['GET', 'HEAD', 'OPTIONS'])",
            message:
              'mirror.mode gateway mirrors only GET, HEAD and OPTIONS (copies cannot be marked as shadow traffic)',
            fieldPath: '.methods',
          },
        ],
      },
    ),
    maintenance: obj(
      'Maintenance mode: web answers every page (health checks aside) with 503, a maintenance page and ' +
        'Retry-After, while the calendar feeds keep serving. Turning it on or off restarts no pod: web ' +
        're-reads it from its ConfigMap (the kubelet updates the mounted file within about a minute).',
      {
        enabled: bool('true: web is in maintenance; false or absent: web serves as usual.', {
          default: false,
        }),
        message: str(
          'Shown on the maintenance page (e.g. when service resumes); empty: the page\u2019s own text.',
          {
            maxLength: 500,
          },
        ),
      },
    ),
    rollout: obj(
      'How version changes roll out.',
      {
        progressDeadlineSeconds: int(
          'Seconds a service may take to roll out before the rollout counts as failed.',
          {
            minimum: 30,
            maximum: 3600,
            default: 600,
          },
        ),
        autoRollback: bool('Roll back to the last good version when a rollout fails.', { default: true }),
        failFastRestarts: int(
          'Fail a rollout before its deadline once every new pod of a service has crashed and restarted at ' +
            'least this many times and is not ready. Absent: off, only progressDeadlineSeconds fails a rollout ' +
            '(a crash loop is reported in the Degraded condition either way).',
          { minimum: 1, maximum: 100 },
        ),
      },
      { default: {} },
    ),
    app: obj(
      'Application configuration, mounted into every service as a JSON file (APP_CONFIG).',
      {
        schoolName: str('Name of the university shown on pages.', {
          default: appConfigDefaults.schoolName,
          minLength: 1,
          maxLength: 128,
        }),
        emailDomain: str(
          'E-mail domain students register with (<student code>@<emailDomain>), e.g. csu.edu.cn. Required ' +
            `for tier production and staging; tier testing defaults to ${appConfigDefaults.emailDomain} ` +
            '(reserved for examples: its addresses reach no one).',
          {
            pattern: dnsName,
            maxLength: 253,
          },
        ),
        timezone: str(
          'IANA time zone of the timetable, of the pages\u2019 today and of the calendar feeds.',
          {
            default: appConfigDefaults.timezone,
            pattern: timeZonePattern,
            maxLength: 64,
          },
        ),
        semesters: list('Semesters known to the timetable; names unique.', semesterSchema, {
          maxItems: 16,
          'x-kubernetes-validations': [
            {
              rule: 'self.all(a, self.exists_one(b, b.name == a.name))',
              message: 'semester names must be unique',
            },
          ],
        }),
        feedbackUrl: str(
          'Where students send feedback, linked from every page\u2019s footer and the about page: an https:, ' +
            'http: or mailto: URL (e.g. https://github.com/everyclass/everyclass/issues). Absent: no feedback link.',
          { pattern: feedbackUrlShape, maxLength: 2048 },
        ),
        lessonSlots: list('Daily lesson slots in order (period pairs 01-02, 03-04, \u2026).', slotSchema, {
          minItems: 1,
          maxItems: 12,
          default: [...defaultLessonSlots],
        }),
      },
      { default: {} },
    ),
  },
  {
    required: ['tier', 'version'],
    'x-kubernetes-validations': [
      {
        rule: '!has(self.ingress) || (has(self.services) && has(self.services.web))',
        message: 'an ingress needs the web service',
        fieldPath: '.ingress',
      },
      {
        rule: "self.tier != 'production' || !has(self.data) || !has(self.data.demo) || !self.data.demo",
        message: 'data.demo loads a generated university: not for tier production',
        fieldPath: '.data.demo',
      },
      {
        // Without it web, entity and identity cannot start (APP_CONFIG); only testing has a default.
        rule: "self.tier == 'testing' || (has(self.app) && has(self.app.emailDomain))",
        message:
          'app.emailDomain is required for tier production and staging: the e-mail domain students ' +
          'register with, e.g. csu.edu.cn',
        fieldPath: '.app.emailDomain',
        reason: 'FieldValueRequired',
      },
    ],
  },
);

export type EveryClassEnvironmentSpec = TypeOf<typeof specSchema>;
export type ServiceSpec = TypeOf<typeof serviceSchema>;

export interface EveryClassEnvironment {
  apiVersion: typeof apiVersion;
  kind: typeof kind;
  metadata: V1ObjectMeta & { name: string; namespace: string };
  spec: EveryClassEnvironmentSpec;
  status?: EveryClassEnvironmentStatus;
}

/** Validation of the whole object: rules that need metadata.name. */
export const rootValidations = [
  {
    rule: 'size(self.metadata.name) <= 40',
    message: 'metadata.name must be at most 40 characters (child object names are derived from it)',
  },
  {
    rule: '!has(self.spec.mirror) || self.spec.mirror.target != self.metadata.name',
    message: 'spec.mirror.target must name another environment, not this one',
    fieldPath: '.spec.mirror.target',
  },
];

export const rootSchema: Schema<unknown> = {
  type: 'object',
  description:
    'EveryClassEnvironment declares a whole EveryClass environment: services, MongoDB, ingress, mirroring.',
  properties: {
    apiVersion: { type: 'string', description: 'APIVersion of this representation of an object.' },
    kind: { type: 'string', description: 'Kind of the REST resource this object represents.' },
    spec: specSchema,
    status: statusSchema,
  },
  required: ['spec'],
  'x-kubernetes-validations': rootValidations,
};
