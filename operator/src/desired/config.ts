// The app ConfigMap and the generated Secrets. Secret values are passed in (the reconciler
// draws them once); builders stay free of randomness.
import { createHash } from 'node:crypto';
import type { V1ConfigMap, V1ObjectMeta, V1OwnerReference, V1Secret } from '@kubernetes/client-node';
import { appConfigFile, type MaintenanceDocument, maintenanceFile } from '../../../services/kit/contract.ts';
import type { EveryClassEnvironment } from '../api/environment.ts';
import type { Resolved } from './defaults.ts';
import { appConfig } from './defaults.ts';
import { childMeta, ownerReference } from './labels.ts';
import { names } from './names.ts';

/** spec.maintenance as web reads it (MAINTENANCE_FILE). */
export function maintenanceDocument(env: EveryClassEnvironment): MaintenanceDocument {
  return { enabled: env.spec.maintenance?.enabled ?? false, message: env.spec.maintenance?.message ?? '' };
}

export function buildConfigMap(env: EveryClassEnvironment): V1ConfigMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: childMeta(env, names.configMap(env.metadata.name), 'config'),
    data: {
      [appConfigFile.key]: `${JSON.stringify(appConfig(env), null, 2)}\n`,
      [maintenanceFile.key]: `${JSON.stringify(maintenanceDocument(env))}\n`,
    },
  };
}

/**
 * The hash on the pod templates: of APP_CONFIG only, read once at start. The maintenance key is
 * left out (web re-reads it while it runs): switching maintenance must not roll the pods.
 */
export function configHash(cm: V1ConfigMap): string {
  const data = { [appConfigFile.key]: cm.data?.[appConfigFile.key] };
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
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
 * The generated Secrets. With mongo.retainOnDelete both outlive the environment, like the data
 * volume they open: the credentials open the database, and the keys open what it holds (the
 * encrypted ids in URLs, sessions, calendar feed tokens). A new environment of the same name
 * finds all three again.
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
      owned: !r.mongo.retainOnDelete,
      component: 'keys',
    },
    // Keys of their own Secrets, so that environments made before them get them too (a Secret is
    // created when absent, never rewritten).
    { name: names.callersSecret(e), keys: { rpcKey: 32, shadowKey: 32 }, owned: true, component: 'keys' },
    { name: names.adminSecret(e), keys: { adminKey: 32 }, owned: true, component: 'keys' },
  ];
}

/**
 * The owner references a generated Secret must carry instead of those observed, or undefined when
 * they are right. Owned: this environment as its controller (adopting a Secret that outlived an
 * earlier environment of the same name); retained: none of this environment's, so the garbage
 * collector leaves it with the volume. A Secret another controller owns is never taken over
 * (controller-runtime's SetControllerReference refuses the same).
 */
export function secretOwnerReferences(
  env: EveryClassEnvironment,
  spec: SecretSpec,
  observed: V1ObjectMeta | undefined,
): V1OwnerReference[] | undefined {
  const refs = observed?.ownerReferences ?? [];
  const ours = (o: V1OwnerReference) => o.uid === env.metadata.uid;
  if (!spec.owned) return refs.some(ours) ? refs.filter((o) => !ours(o)) : undefined;
  if (refs.some((o) => o.controller)) return undefined; // ours already, or another controller's
  return [...refs.filter((o) => !ours(o)), ownerReference(env)];
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
