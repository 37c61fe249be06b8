// MongoDB: a one-pod StatefulSet of the official image with a headless Service.
import type { V1Service, V1StatefulSet } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../api/environment.ts';
import type { Resolved } from './defaults.ts';
import { childMeta, labels, selectorLabels } from './labels.ts';
import { mongoReadinessCommand } from './mongo-probe.ts';
import { mongoPort, names, terminationMessagePolicy } from './names.ts';

const mongoUid = 999; // the official image's mongodb user

export function buildMongoStatefulSet(env: EveryClassEnvironment, r: Resolved): V1StatefulSet {
  const name = names.mongo(env.metadata.name);
  const secret = names.mongoSecret(env.metadata.name);
  // A wire-protocol ping from bash: true for the official image and for FerretDB (no mongosh).
  const ping = mongoReadinessCommand();
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: childMeta(env, name, 'mongo'),
    spec: {
      serviceName: name,
      replicas: 1,
      selector: { matchLabels: selectorLabels(env, 'mongo') },
      persistentVolumeClaimRetentionPolicy: {
        whenDeleted: r.mongo.retainOnDelete ? 'Retain' : 'Delete',
        whenScaled: 'Retain',
      },
      template: {
        metadata: { labels: labels(env, 'mongo') },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: mongoUid,
            runAsGroup: mongoUid,
            fsGroup: mongoUid,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          containers: [
            {
              name: 'mongo',
              image: r.mongo.image,
              ports: [{ name: 'mongo', containerPort: mongoPort, protocol: 'TCP' }],
              env: [
                {
                  name: 'MONGO_INITDB_ROOT_USERNAME',
                  valueFrom: { secretKeyRef: { name: secret, key: 'username' } },
                },
                {
                  name: 'MONGO_INITDB_ROOT_PASSWORD',
                  valueFrom: { secretKeyRef: { name: secret, key: 'password' } },
                },
              ],
              resources: r.mongo.resources,
              readinessProbe: {
                exec: { command: ping },
                periodSeconds: 10,
                timeoutSeconds: 5,
                failureThreshold: 3,
              },
              livenessProbe: {
                tcpSocket: { port: 'mongo' },
                initialDelaySeconds: 30,
                periodSeconds: 10,
                timeoutSeconds: 5,
                failureThreshold: 6,
              },
              terminationMessagePolicy,
              securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'data', mountPath: '/data/db' }],
            },
          ],
        },
      },
      volumeClaimTemplates: [
        {
          metadata: { name: 'data', labels: labels(env, 'mongo') },
          spec: {
            accessModes: ['ReadWriteOnce'],
            ...(r.mongo.storageClassName ? { storageClassName: r.mongo.storageClassName } : {}),
            resources: { requests: { storage: r.mongo.size } },
          },
        },
      ],
    },
  };
}

export function buildMongoService(env: EveryClassEnvironment): V1Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: childMeta(env, names.mongo(env.metadata.name), 'mongo'),
    spec: {
      clusterIP: 'None',
      publishNotReadyAddresses: true,
      selector: selectorLabels(env, 'mongo'),
      ports: [{ name: 'mongo', port: mongoPort, targetPort: 'mongo', protocol: 'TCP' }],
    },
  };
}
