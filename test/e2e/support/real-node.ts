// Helpers of the scenarios on the real node.

import { setTimeout as sleep } from 'node:timers/promises';
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

/**
 * A `node -e` script for inside a pod: GETs http://host:port/path and prints the status and whether
 * the body is Prometheus text (`200 true`), or `timeout`, or the error code.
 */
export function metricsProbeScript(host: string, port: number, path: string, timeoutMs: number): string {
  return [
    `const r = require('http').get({ host: '${host}', port: ${port}, path: '${path}', timeout: ${timeoutMs} }, (res) => {`,
    `let b = ''; res.on('data', (c) => { b += c; });`,
    `res.on('end', () => { console.log(res.statusCode, /^# HELP /m.test(b)); process.exit(); }); });`,
    `r.on('timeout', () => { console.log('timeout'); process.exit(); });`,
    `r.on('error', (e) => { console.log(e.code); process.exit(); });`,
  ].join(' ');
}

/**
 * GETs `url` back to back (bounded: at most 10 minutes) until stopped; counts failures: an error,
 * a 5xx, or no answer within 30 s (what a browser waits, give or take). The slowest answer is
 * reported apart: slow is not failed, but worth seeing.
 */
export function requestLoop(url: string) {
  let stopped = false;
  let sent = 0;
  let failed = 0;
  let slowestMs = 0;
  const errors: string[] = [];
  const deadline = Date.now() + 600_000;
  const done = (async () => {
    while (!stopped && Date.now() < deadline) {
      sent++;
      const started = Date.now();
      try {
        const r = await fetch(url, { signal: AbortSignal.timeout(30_000) });
        await r.arrayBuffer();
        if (r.status >= 500) {
          failed++;
          errors.push(`HTTP ${r.status}`);
        }
      } catch (e) {
        failed++;
        errors.push(String((e as Error).cause ?? e));
      }
      slowestMs = Math.max(slowestMs, Date.now() - started);
      await sleep(20);
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await done;
      return { sent, failed, errors, slowestMs };
    },
  };
}
