// EveryClassEnvironment (everyclass.io/v1alpha1): the schema below is the source of the CRD
// (crds/everyclass.io_everyclassenvironments.yaml is generated from it) and of the TypeScript
// types the operator uses. Its larger parts have files of their own: services.ts, app.ts, mongo.ts,
// mirror.ts, rollout.ts, data.ts (data and backup), status.ts.
import type { V1ObjectMeta } from '@kubernetes/client-node';
import {
  defaultLessonSlots,
  reservedEnv,
  type ServiceName,
  serviceNames,
} from '../../../services/kit/contract.ts';
import { appSchema } from './app.ts';
import { dataSchema } from './data.ts';
import { withDefaults } from './defaulting.ts';
import { acceptMirrorFromSchema, mirrorSchema } from './mirror.ts';
import { mongoSchema } from './mongo.ts';
import { dnsName, tagPattern } from './patterns.ts';
import { rolloutSchema } from './rollout.ts';
import { bool, type DefaultedOf, obj, oneOf, type Schema, str, type TypeOf } from './schema.ts';
import { servicesSchema } from './services.ts';
import { type EveryClassEnvironmentStatus, statusSchema } from './status.ts';
import { tiers } from './tiers.ts';

export { mirrorDefaults } from './mirror.ts';
export { autoscaleDefaults, type ServiceSpec } from './services.ts';
export * from './status.ts';

export const group = 'everyclass.io';
export const version = 'v1alpha1';
export const apiVersion = `${group}/${version}`;
export const kind = 'EveryClassEnvironment';
export const plural = 'everyclassenvironments';

export { type Tier, tierDefaults, tiers } from './tiers.ts';
/** Variables the operator sets on the service containers that spec env may not override. */
export { defaultLessonSlots, reservedEnv, type ServiceName, serviceNames };

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
    services: servicesSchema,
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
    mongo: mongoSchema,
    data: dataSchema,
    acceptMirrorFrom: acceptMirrorFromSchema,
    mirror: mirrorSchema,
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
    rollout: rolloutSchema,
    app: appSchema,
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
/** The spec as the API server stores it: every field with a schema default is present. */
export type DefaultedSpec = DefaultedOf<typeof specSchema>;

/** `spec` with the schema's defaults (as stored; objects built in tests or older ones may lack them). */
export function defaultedSpec(spec: EveryClassEnvironmentSpec): DefaultedSpec {
  return withDefaults(specSchema, spec);
}

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
