// spec.mongo: the MongoDB StatefulSet, its volume and its backups.
// Part of the spec schema (api/environment.ts), hence of the CRD.

import { backupSchema } from './data.ts';
import { quantity } from './patterns.ts';
import { bool, obj, str } from './schema.ts';
import { byTier } from './tiers.ts';

export const mongoSchema = obj(
  'The MongoDB StatefulSet holding the environment data.',
  {
    image: str('MongoDB image (official image).', { default: 'mongo:7.0', maxLength: 255 }),
    storage: obj('The data volume. Immutable: a StatefulSet cannot change its volume claim template.', {
      size: quantity(`Volume size. Default by tier: ${byTier((d) => d.mongoSize)}.`),
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
);
