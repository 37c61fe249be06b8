// Jobs on a real API server whose pods never run: the namespace sends its pods nowhere (a
// PodNodeSelector no node matches, so KWOK never completes them), and the test ends a Job's pod
// as the kubelet would, through the status subresource. The job controller does the rest.
import type { V1Pod } from '@kubernetes/client-node';
import type { LocalCluster } from '../../../hack/localenv/cluster.ts';
import { eventually } from './operator.ts';

/** Pods of `ns` stay Pending, unscheduled. */
export async function holdPods(cluster: LocalCluster, ns: string): Promise<void> {
  await cluster.kubectl(
    'annotate',
    'namespace',
    ns,
    'scheduler.alpha.kubernetes.io/node-selector=everyclass.io/e2e=nowhere',
  );
}

/** The pod of Job `job` in `ns`, once the job controller made it. */
export function podOfJob(cluster: LocalCluster, ns: string, job: string): Promise<V1Pod> {
  return eventually(
    `the pod of Job ${job}`,
    async () => {
      const out = await cluster.kubectl(
        'get',
        'pods',
        '-n',
        ns,
        '-o',
        'json',
        '-l',
        `batch.kubernetes.io/job-name=${job}`,
      );
      return (JSON.parse(out) as { items: V1Pod[] }).items[0];
    },
    60_000,
  );
}

/** Ends Job `job`'s pod as the kubelet would: phase, exit code and the container's termination message. */
export async function endJobPod(
  cluster: LocalCluster,
  ns: string,
  job: string,
  exitCode: number,
  message: string,
): Promise<void> {
  const pod = await podOfJob(cluster, ns, job);
  const now = new Date().toISOString();
  const terminated = {
    exitCode,
    reason: exitCode === 0 ? 'Completed' : 'Error',
    message,
    startedAt: now,
    finishedAt: now,
  };
  const status = {
    phase: exitCode === 0 ? 'Succeeded' : 'Failed',
    containerStatuses: [
      {
        name: pod.spec?.containers[0]?.name ?? 'data',
        image: pod.spec?.containers[0]?.image,
        imageID: '',
        ready: false,
        restartCount: 0,
        state: { terminated },
      },
    ],
  };
  await cluster.kubectl(
    'patch',
    'pod',
    pod.metadata?.name ?? '',
    '-n',
    ns,
    '--subresource=status',
    '--type=merge',
    '-p',
    JSON.stringify({ status }),
  );
}

/** An EveryClassEnvironment at version 2.4.0 with the one required app field. */
export const ece = (ns: string, name: string, tier: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'everyclass.io/v1alpha1',
  kind: 'EveryClassEnvironment',
  metadata: { name, namespace: ns },
  spec: { tier, version: '2.4.0', app: { emailDomain: 'csu.edu.cn' }, ...extra },
});
