// The floor of bench:operator: what a platform engineer gets without the operator. The same objects
// our builders render for an environment (buildDesired, plus the generated Secrets with fresh random
// values), applied with server-side apply by a script over kept-alive connections, 25 requests in
// flight, then timed to the same readiness the operator's Ready condition waits for: every
// Deployment rolled out and available, the MongoDB StatefulSet ready. No owner references (there is
// no custom resource to own them).
import { randomBytes } from 'node:crypto';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import type { KubernetesObject } from '@kubernetes/client-node';
import type { EveryClassEnvironment } from '../src/api/environment.ts';
import { buildSecret } from '../src/desired/config.ts';
import { buildDesired, ownedKinds } from '../src/desired/index.ts';
import { labelKeys } from '../src/desired/labels.ts';
import { onTheWire } from '../src/runtime/objects.ts';

const plurals = new Map<string, string>(ownedKinds.map((k) => [`${k.apiVersion}/${k.kind}`, k.plural]));

export interface ApiServer {
  server: string;
  token: string;
}

/** A thin JSON client: one keep-alive agent, bearer token (loopback, the local cluster's own CA unchecked). */
export function rest(api: ApiServer) {
  const agent = new https.Agent({ keepAlive: true, maxSockets: 25, rejectUnauthorized: false });
  return (method: string, path: string, body?: unknown, type = 'application/json'): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = https.request(`${api.server}${path}`, {
        method,
        agent,
        headers: {
          authorization: `Bearer ${api.token}`,
          accept: 'application/json',
          ...(payload ? { 'content-type': type, 'content-length': Buffer.byteLength(payload) } : {}),
        },
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          if ((res.statusCode ?? 0) >= 300) reject(new Error(`${method} ${path}: ${res.statusCode} ${text}`));
          else resolve(text ? JSON.parse(text) : undefined);
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
}

function pathOf(obj: KubernetesObject, namespace: string): string {
  const api = obj.apiVersion ?? '';
  const plural = plurals.get(`${api}/${obj.kind}`);
  if (!plural) throw new Error(`by hand: no plural for ${api} ${obj.kind}`);
  const base = api.includes('/') ? `/apis/${api}` : `/api/${api}`;
  return `${base}/namespaces/${namespace}/${plural}/${obj.metadata?.name}`;
}

/** Everything an environment of `template`'s spec, named `name`, consists of, as a platform engineer would apply it. */
export function manifests(
  template: EveryClassEnvironment,
  namespace: string,
  name: string,
): KubernetesObject[] {
  const env: EveryClassEnvironment = {
    ...template,
    metadata: { name, namespace, uid: `by-hand-${name}`, generation: 1 },
    status: {},
  } as EveryClassEnvironment;
  const desired = buildDesired(env);
  const secrets = desired.secrets.map((spec) =>
    buildSecret(
      env,
      spec,
      Object.fromEntries(
        Object.entries(spec.keys).map(([k, v]) => [
          k,
          typeof v === 'number' ? randomBytes(v).toString('hex') : v,
        ]),
      ),
    ),
  );
  return [...secrets, ...desired.objects].map((o) => {
    const { ownerReferences: _, ...metadata } = o.metadata ?? {};
    // The builders' values are client-node models (NetworkPolicy's `_from`): sent in the wire
    // shape, as client-node's own apply sends them.
    return onTheWire({ ...o, metadata: { ...metadata, namespace } });
  });
}

/** Applies the objects with server-side apply, `parallel` at a time. */
export async function applyAll(
  call: ReturnType<typeof rest>,
  objects: KubernetesObject[],
  namespace: string,
  parallel = 25,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < objects.length) {
      const obj = objects[next++] as KubernetesObject;
      await call(
        'PATCH',
        `${pathOf(obj, namespace)}?fieldManager=by-hand&force=true`,
        obj,
        'application/apply-patch+yaml',
      );
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

interface Workload {
  metadata: { labels?: Record<string, string>; generation?: number };
  spec?: { replicas?: number };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
  };
}

const rolledOut = (w: Workload) => {
  const want = w.spec?.replicas ?? 1;
  const s = w.status ?? {};
  return (
    (s.observedGeneration ?? 0) >= (w.metadata.generation ?? 1) &&
    (s.updatedReplicas ?? 0) === want &&
    (s.readyReplicas ?? 0) === want &&
    (s.replicas ?? 0) === want
  );
};

/** Polls (every 200 ms) until every named environment's Deployments and StatefulSet are rolled out and ready. */
export async function untilReady(
  call: ReturnType<typeof rest>,
  namespace: string,
  names: readonly string[],
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(names);
  while (pending.size > 0) {
    if (Date.now() > deadline) throw new Error(`by hand: ${pending.size} environments not ready in time`);
    const [deps, sts] = (await Promise.all([
      call('GET', `/apis/apps/v1/namespaces/${namespace}/deployments`),
      call('GET', `/apis/apps/v1/namespaces/${namespace}/statefulsets`),
    ])) as Array<{ items: Workload[] }>;
    const notReady = new Set<string>();
    const seen = new Set<string>();
    for (const w of [...(deps?.items ?? []), ...(sts?.items ?? [])]) {
      const env = w.metadata.labels?.[labelKeys.instance] ?? '';
      seen.add(env);
      if (!rolledOut(w)) notReady.add(env);
    }
    for (const n of [...pending]) if (seen.has(n) && !notReady.has(n)) pending.delete(n);
    if (pending.size > 0) await sleep(200);
  }
}
