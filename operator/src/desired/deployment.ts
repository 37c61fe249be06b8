// One business service: its Deployment, ClusterIP Service and (when replicas > 1) PodDisruptionBudget.
import type { V1Deployment, V1EnvVar, V1PodDisruptionBudget, V1Service } from '@kubernetes/client-node';
import {
  appConfigFile,
  serviceEnv as contractEnv,
  maintenancePath,
  overridableEnv,
  type ServiceEnvName,
} from '../../../services/kit/contract.ts';
import type { EveryClassEnvironment, ServiceName } from '../api/environment.ts';
import type { Resolved, ResolvedService } from './defaults.ts';
import { endpoints } from './ingress.ts';
import { childMeta, labels, selectorLabels } from './labels.ts';
import { proxyRuns } from './mirror.ts';
import {
  appConfigPath,
  httpPort,
  mongoPort,
  names,
  preStopSeconds,
  servicePort,
  terminationMessagePolicy,
  webAdminPort,
} from './names.ts';

/** Annotation on the pod template: a hash of the app config, so a config change rolls the pods. */
export const configHashAnnotation = 'everyclass.io/config-hash';
const nonRootUid = 65532;

type EnvSource = Omit<V1EnvVar, 'name'>;
const secretRef = (secret: string, key: string): EnvSource => ({
  valueFrom: { secretKeyRef: { name: secret, key } },
});

/**
 * The variables of one service container: those the contract gives that service
 * (services/kit/contract.ts serviceEnv: exactly what it reads), then the spec's own env.
 */
/** `idKeySecret`: where ID_ENCRYPTION_KEY comes from when not the environment's own keys (spec.data.from). */
export function serviceEnv(
  env: EveryClassEnvironment,
  r: Resolved,
  svc: ResolvedService,
  idKeySecret?: string,
): V1EnvVar[] {
  const e = env.metadata.name;
  const ns = env.metadata.namespace;
  const running = new Set(r.services.map((s) => s.name));
  const url = (s: ServiceName): EnvSource | undefined =>
    running.has(s) ? { value: `http://${names.service(e, s)}.${ns}.svc:${servicePort}` } : undefined;
  const mongoHost = `${names.mongo(e)}-0.${names.mongo(e)}.${ns}.svc:${mongoPort}`;
  const site = endpoints(env, r).web;
  // Every variable of the contract (the type makes a new one fail here until it is built), in
  // the order written: a $(VAR) reference comes after the variable it names.
  const all: Record<ServiceEnvName, EnvSource | undefined> = {
    MONGO_USERNAME: secretRef(names.mongoSecret(e), 'username'),
    MONGO_PASSWORD: secretRef(names.mongoSecret(e), 'password'),
    MONGO_URL: {
      value: `mongodb://$(MONGO_USERNAME):$(MONGO_PASSWORD)@${mongoHost}/everyclass?authSource=admin`,
    },
    ENTITY_URL: url('entity'),
    IDENTITY_URL: url('identity'),
    ID_ENCRYPTION_KEY: secretRef(idKeySecret ?? names.keysSecret(e), 'idEncryptionKey'),
    SESSION_KEY: secretRef(names.keysSecret(e), 'sessionKey'),
    // Signed calls between the services (services/kit/callers.ts): only entity checks the admin key,
    // only web believes the shadow proxy's signature.
    RPC_KEY: secretRef(names.callersSecret(e), 'rpcKey'),
    ADMIN_KEY: secretRef(names.adminSecret(e), 'adminKey'),
    SHADOW_KEY: secretRef(names.callersSecret(e), 'shadowKey'),
    // The site's address in identity's mails: where the environment answers (status.endpoints.web).
    PUBLIC_URL: site ? { value: site.replace(/\/$/, '') } : undefined,
    APP_CONFIG: { value: appConfigPath },
    // How many X-Forwarded-For entries our own proxies append (the Ingress; and the mirror proxy
    // when it stands in front of web): the client address is read behind them, never from a
    // value the client wrote.
    TRUSTED_PROXY_HOPS: { value: proxyRuns(env, r) ? '2' : '1' },
    // web's /readyz and /metrics: a port no Service exposes.
    ADMIN_PORT: { value: String(webAdminPort) },
    // spec.maintenance, in the config volume: web re-reads it while it runs (no restart).
    MAINTENANCE_FILE: { value: maintenancePath },
  };
  const given = new Set<string>(contractEnv[svc.name]);
  // Where identity runs it owns the feed tokens: calendar then needs no access to MongoDB.
  if (svc.name === 'calendar' && running.has('identity'))
    for (const n of ['MONGO_USERNAME', 'MONGO_PASSWORD', 'MONGO_URL']) given.delete(n);
  const own = new Set(svc.env.map((v) => v.name));
  const overridden = (name: string) => overridableEnv.includes(name as ServiceEnvName) && own.has(name);
  const operatorSet: V1EnvVar[] = [];
  for (const [name, source] of Object.entries(all))
    if (source && given.has(name) && !overridden(name)) operatorSet.push({ name, ...source });
  return [...operatorSet, ...svc.env];
}

export function buildDeployment(
  env: EveryClassEnvironment,
  r: Resolved,
  svc: ResolvedService,
  configHash: string,
  idKeySecret?: string,
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
      // With autoscale the HorizontalPodAutoscaler sets replicas: server-side apply leaves out
      // the field, so the operator never owns or resets it.
      ...(svc.autoscale ? {} : { replicas: svc.replicas }),
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
          terminationGracePeriodSeconds: 30, // the preStop pause, then up to 10 s of drain, closers
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
              env: serviceEnv(env, r, svc, idKeySecret),
              resources: svc.resources,
              readinessProbe: { ...probe('/readyz', 5, 3), ...(svc.name === 'web' ? adminProbe : {}) },
              // Liveness counts only once the startup probe passed: a start slowed by a busy node
              // (tens of seconds when many pods start on few cores) is waited for up to 3 minutes,
              // not killed and restarted into a crash loop.
              startupProbe: probe('/healthz', 2, 90),
              // Out of the Service's endpoints (on every node) before SIGTERM stops accepting:
              // without it a rolling update refused new connections to the old pods.
              lifecycle: { preStop: { sleep: { seconds: preStopSeconds } } },
              livenessProbe: probe('/healthz', 10, 3),
              // The services write their one-line reason to /dev/termination-log on a fatal exit;
              // anything else that dies leaves the tail of its log there (terminationMessage below).
              terminationMessagePolicy,
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: [
                { name: 'config', mountPath: appConfigFile.dir, readOnly: true },
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
      ports: [{ name: 'http', port: servicePort, targetPort: 'http', protocol: 'TCP' }],
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
