// The app ConfigMap and the generated Secrets. Secret values are passed in (the reconciler
// draws them once); builders stay free of randomness.
import { createHash } from 'node:crypto';
import type { V1ConfigMap, V1Secret } from '@kubernetes/client-node';
import { appConfigFile } from '../../../services/kit/contract.ts';
import type { EveryClassEnvironment } from '../api/environment.ts';
import type { Resolved } from './defaults.ts';
import { appConfig } from './defaults.ts';
import { childMeta } from './labels.ts';
import { names } from './names.ts';

export function buildConfigMap(env: EveryClassEnvironment): V1ConfigMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: childMeta(env, names.configMap(env.metadata.name), 'config'),
    data: { [appConfigFile.key]: `${JSON.stringify(appConfig(env), null, 2)}\n` },
  };
}

export function configHash(cm: V1ConfigMap): string {
  return createHash('sha256').update(JSON.stringify(cm.data)).digest('hex').slice(0, 16);
}

/** Random material a generated Secret needs: one entry per key. */
export type SecretValues = Record<string, string>;

export interface SecretSpec {
  name: string;
  /** Keys to generate, each with its length in bytes (hex-encoded). */
  keys: Record<string, number | string>;
  /** Whether the environment owns it (deleted with it) or it outlives it. */
  owned: boolean;
  component: string;
}

/**
 * The generated Secrets. Mongo credentials outlive the environment when retainOnDelete is set,
 * like the data volume they open: a new environment of the same name adopts both.
 */
export function secretSpecs(env: EveryClassEnvironment, r: Resolved): SecretSpec[] {
  const e = env.metadata.name;
  return [
    {
      name: names.mongoSecret(e),
      keys: { username: 'everyclass', password: 24 },
      owned: !r.mongo.retainOnDelete,
      component: 'mongo',
    },
    {
      name: names.keysSecret(e),
      keys: { idEncryptionKey: 32, sessionKey: 32 },
      owned: true,
      component: 'keys',
    },
  ];
}

export function buildSecret(env: EveryClassEnvironment, spec: SecretSpec, values: SecretValues): V1Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: childMeta(env, spec.name, spec.component, { owned: spec.owned }),
    type: 'Opaque',
    stringData: values,
  };
}
