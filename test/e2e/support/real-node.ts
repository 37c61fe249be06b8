// Helpers of the scenarios on the real node.
import type { LocalCluster } from '../../../hack/localenv/cluster.ts';
import { realNodeNamespaceAnnotations } from '../../../hack/localenv/node/node.ts';
import { apply, eventually } from './operator.ts';

/** A namespace whose pods run on the real node (its two admission annotations), ready for pods. */
export async function realNodeNamespace(cluster: LocalCluster, name: string): Promise<void> {
  await apply(cluster, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, annotations: realNodeNamespaceAnnotations() },
  });
  await eventually(
    'default ServiceAccount',
    async () => (await cluster.kubectl('get', 'sa', 'default', '-n', name)) || undefined,
  );
}

/**
 * A `node -e` script for inside a pod: opens host:port and prints `connected`, `timeout` or the
 * error code (ECONNREFUSED when a policy rejects it).
 */
export function tcpProbeScript(host: string, port: number, timeoutMs: number): string {
  return [
    `const s = require('net').connect(${port}, '${host}');`,
    `const say = (w) => { console.log(w); process.exit(); };`,
    `s.setTimeout(${timeoutMs}, () => say('timeout'));`,
    `s.on('connect', () => say('connected'));`,
    `s.on('error', (e) => say(e.code));`,
  ].join(' ');
}
