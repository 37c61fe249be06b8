// One business service: its Deployment, ClusterIP Service and (when replicas > 1) PodDisruptionBudget.
import type { V1Deployment, V1EnvVar, V1PodDisruptionBudget, V1Service } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import type { Resolved, ResolvedService } from './defaults.ts';
import { childMeta, labels, selectorLabels } from './labels.ts';
import { proxyRuns } from './mirror.ts';
import {
  appConfigPath,
  httpPort,
  mongoPort,
  names,
  terminationMessagePolicy,
  webAdminPort,
} from './names.ts';

/** Annotation on the pod template: a hash of the app config, so a config change rolls the pods. */
export const configHashAnnotation = 'everyclass.io/config-hash';
const nonRootUid = 65532;

function secretEnv(name: string, secret: string, key: string): V1EnvVar {
  return { name, valueFrom: { secretKeyRef: { name: secret, key } } };
}

/**
 * Variables every service container gets (services/kit reads them): Mongo credentials and URL,
 * the URLs of the services that run, the two keys, the app config path; then the spec's own env.
 */
export function serviceEnv(env: EveryClassEnvironment, r: Resolved, svc: ResolvedService): V1EnvVar[] {
  const e = env.metadata.name;
  const ns = env.metadata.namespace;
  const running = new Set(r.services.map((s) => s.name));
  const urls: V1EnvVar[] = (['entity', 'identity', 'calendar'] as const)
    .filter((s) => running.has(s))
    .map((s) => ({ name: `${s.toUpperCase()}_URL`, value: `http://${names.service(e, s)}.${ns}.svc:80` }));
  const mongoHost = `${names.mongo(e)}-0.${names.mongo(e)}.${ns}.svc:${mongoPort}`;
  return [
    secretEnv('MONGO_USERNAME', names.mongoSecret(e), 'username'),
    secretEnv('MONGO_PASSWORD', names.mongoSecret(e), 'password'),
    {
      name: 'MONGO_URL',
      value: `mongodb://$(MONGO_USERNAME):$(MONGO_PASSWORD)@${mongoHost}/everyclass?authSource=admin`,
    },
    ...urls,
    secretEnv('ID_ENCRYPTION_KEY', names.keysSecret(e), 'idEncryptionKey'),
    secretEnv('SESSION_KEY', names.keysSecret(e), 'sessionKey'),
    // Signed calls between the services (services/kit/callers.ts): only entity checks the admin key.
    secretEnv('RPC_KEY', names.callersSecret(e), 'rpcKey'),
    ...(svc.name === 'entity' ? [secretEnv('ADMIN_KEY', names.adminSecret(e), 'adminKey')] : []),
    ...(svc.name === 'web' ? [secretEnv('SHADOW_KEY', names.callersSecret(e), 'shadowKey')] : []),
    { name: 'APP_CONFIG', value: appConfigPath },
    // How many X-Forwarded-For entries our own proxies append (the Ingress; and the mirror proxy
    // when it stands in front of web): the client address is read behind them, never from a
    // value the client wrote.
    ...(svc.name === 'web'
      ? [
          { name: 'TRUSTED_PROXY_HOPS', value: proxyRuns(env, r) ? '2' : '1' },
          { name: 'ADMIN_PORT', value: String(webAdminPort) },
        ]
      : []),
    ...svc.env,
  ];
}

export function buildDeployment(
  env: EveryClassEnvironment,
  r: Resolved,
  svc: ResolvedService,
  configHash: string,
): V1Deployment {
  const name = names.service(env.metadata.name, svc.name);
  const probe = (path: string, period: number, failures: number) => ({
    httpGet: { path, port: 'http' },
    periodSeconds: period,
    timeoutSeconds: 2,
    failureThreshold: failures,
  });
  const adminProbe = { httpGet: { path: '/readyz', port: 'admin' } };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: childMeta(env, name, svc.name, { version: svc.version }),
    spec: {
      replicas: svc.replicas,
      selector: { matchLabels: selectorLabels(env, svc.name) },
      revisionHistoryLimit: 5,
      progressDeadlineSeconds: r.progressDeadlineSeconds,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels: labels(env, svc.name, svc.version),
          annotations: { [configHashAnnotation]: configHash },
        },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: nonRootUid,
            runAsGroup: nonRootUid,
            fsGroup: nonRootUid,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              topologyKey: 'kubernetes.io/hostname',
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: { matchLabels: selectorLabels(env, svc.name) },
            },
          ],
          terminationGracePeriodSeconds: 30,
          containers: [
            {
              name: svc.name,
              image: `${r.image}:${svc.version}`,
              args: [svc.name],
              ports: [
                { name: 'http', containerPort: httpPort, protocol: 'TCP' },
                // web serves /readyz and /metrics on a port no Service exposes (never through the Ingress).
                ...(svc.name === 'web'
                  ? [{ name: 'admin', containerPort: webAdminPort, protocol: 'TCP' }]
                  : []),
              ],
              env: serviceEnv(env, r, svc),
              resources: svc.resources,
              readinessProbe: { ...probe('/readyz', 5, 3), ...(svc.name === 'web' ? adminProbe : {}) },
              livenessProbe: { ...probe('/healthz', 10, 3), initialDelaySeconds: 10 },
              // The services write their one-line reason to /dev/termination-log on a fatal exit;
              // anything else that dies leaves the tail of its log there (terminationMessage below).
              terminationMessagePolicy,
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: [
                { name: 'config', mountPath: '/etc/everyclass', readOnly: true },
                { name: 'tmp', mountPath: '/tmp' },
              ],
            },
          ],
          volumes: [
            { name: 'config', configMap: { name: names.configMap(env.metadata.name) } },
            { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
          ],
        },
      },
    },
  };
}

export function buildService(env: EveryClassEnvironment, svc: ResolvedService): V1Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: childMeta(env, names.service(env.metadata.name, svc.name), svc.name),
    spec: {
      type: 'ClusterIP',
      selector: selectorLabels(env, svc.name),
      ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }],
    },
  };
}

/** A PodDisruptionBudget keeping all but one pod up, only where there is more than one. */
export function buildPdb(
  env: EveryClassEnvironment,
  svc: ResolvedService,
): V1PodDisruptionBudget | undefined {
  if (svc.replicas <= 1) return undefined;
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: childMeta(env, names.service(env.metadata.name, svc.name), svc.name),
    spec: { maxUnavailable: 1, selector: { matchLabels: selectorLabels(env, svc.name) } },
  };
}
