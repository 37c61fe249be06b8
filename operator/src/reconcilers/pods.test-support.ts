// Pods for unit tests: container states as the kubelet reports them.
import type { V1ContainerStatus, V1Pod } from '@kubernetes/client-node';

export const now = new Date('2026-12-01T10:00:00Z');
export const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

export function pod(
  name: string,
  component: string,
  statuses: Array<Partial<V1ContainerStatus>>,
  extra: { version?: string; instance?: string; phase?: string; deleting?: boolean } = {},
): V1Pod {
  return {
    metadata: {
      name,
      namespace: 'ns',
      uid: `uid-${name}`,
      labels: {
        'app.kubernetes.io/instance': extra.instance ?? 'testing',
        'app.kubernetes.io/component': component,
        'app.kubernetes.io/version': extra.version ?? '2.3.1',
        'app.kubernetes.io/managed-by': 'everyclass-operator',
      },
      ...(extra.deleting ? { deletionTimestamp: new Date(now) } : {}),
    },
    status: {
      phase: extra.phase ?? 'Running',
      containerStatuses: statuses.map((s) => ({
        name: component,
        image: 'ghcr.io/everyclass/everyclass:2.3.1',
        imageID: '',
        ready: false,
        restartCount: 0,
        ...s,
      })),
    },
  };
}

export const badConfig =
  'everyclass-web: bad configuration: APP_CONFIG (/etc/everyclass/app.json): emailDomain must be a non-empty string';
/** A container in CrashLoopBackOff whose last run exited 1 with `message`, 20 s ago. */
export const crashLoop = (restarts: number, message = badConfig): Partial<V1ContainerStatus> => ({
  restartCount: restarts,
  state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container=web' } },
  lastState: {
    terminated: { exitCode: 1, reason: 'Error', message, finishedAt: new Date(ago(20_000)) },
  },
});
