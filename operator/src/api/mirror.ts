// spec.mirror and spec.acceptMirrorFrom: copying production traffic to another environment.
// Part of the spec schema (api/environment.ts), hence of the CRD.

import { withDefaults } from './defaulting.ts';
import { dnsName, envRef } from './patterns.ts';
import { bool, int, list, obj, oneOf, str } from './schema.ts';
import { mirrorModes } from './status.ts';

export const acceptMirrorFromSchema = list(
  'Environments in other namespaces (namespace/name) whose mirrored traffic this one accepts. ' +
    'Mirroring across namespaces needs the target\u2019s consent: without it the operator neither ' +
    'copies traffic, nor writes a ReferenceGrant, nor hands this environment\u2019s shadow key to the source.',
  str('An environment as namespace/name.', {
    pattern: envRef,
    maxLength: 127,
  }),
  { maxItems: 16, 'x-kubernetes-list-type': 'set' },
);

export const mirrorSchema = obj(
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
    compare: bool('Compare the target\u2019s answers with this environment\u2019s and report mismatches.', {
      default: false,
    }),
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
);

/** spec.mirror's fields at their schema defaults: what an environment that mirrors nothing reports. */
export const mirrorDefaults = withDefaults(mirrorSchema, { target: '' });
