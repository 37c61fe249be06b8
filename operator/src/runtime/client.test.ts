import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { KubeConfig } from '@kubernetes/client-node';
import { KubeClient, shareConnections, statusCode } from './client.ts';
import { type StandIn, standInApiServer } from './stand-in-api.test-support.ts';

const body = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (d: Buffer) => {
      text += d.toString();
    });
    req.on('end', () => resolve(text));
  });

describe('KubeClient.replaceStatus', () => {
  // A stand-in API server holding one environment at resourceVersion 7, applying JSON patches as the
  // real one does for the check that matters here: a patched resourceVersion that is not the stored one
  // is a 409 Conflict.
  let api: StandIn;
  const seen: Array<{ method: string; url: string; type: string; patch: unknown }> = [];
  const writes: string[] = [];
  let client: KubeClient;
  before(async () => {
    api = await standInApiServer(async (req, res) => {
      const patch = JSON.parse(await body(req)) as Array<{ op: string; path: string; value: unknown }>;
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        type: req.headers['content-type'] ?? '',
        patch,
      });
      const rv = patch.find((p) => p.path === '/metadata/resourceVersion')?.value;
      if (rv !== undefined && rv !== '7') {
        res.writeHead(409, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            reason: 'Conflict',
            code: 409,
          }),
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ apiVersion: 'everyclass.io/v1alpha1', kind: 'EveryClassEnvironment', metadata: {} }),
      );
    });
    client = new KubeClient(api.kc, {
      fieldManager: 'test',
      counter: { write: (verb, kind, code) => void writes.push(`${verb} ${kind} ${code}`) },
    });
  });
  after(() => api.close());

  const ref = (resourceVersion: string | undefined) => ({
    group: 'everyclass.io',
    version: 'v1alpha1',
    plural: 'everyclassenvironments',
    namespace: 'ns',
    name: 'production',
    resourceVersion,
  });

  it('sends the status with the resourceVersion it was computed from as a precondition', async () => {
    await client.replaceStatus(ref('7'), 'EveryClassEnvironment', { observedGeneration: 3 });
    assert.deepEqual(seen.at(-1), {
      method: 'PATCH',
      url: '/apis/everyclass.io/v1alpha1/namespaces/ns/everyclassenvironments/production/status',
      type: 'application/json-patch+json',
      patch: [
        { op: 'replace', path: '/metadata/resourceVersion', value: '7' },
        { op: 'add', path: '/status', value: { observedGeneration: 3 } },
      ],
    });
    assert.equal(writes.at(-1), 'patch-status EveryClassEnvironment 200');
  });

  it('fails with the 409 Conflict when the object moved on (no blind overwrite)', async () => {
    const err = await client.replaceStatus(ref('6'), 'EveryClassEnvironment', {}).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.equal(statusCode(err), 409);
    assert.equal(writes.at(-1), 'patch-status EveryClassEnvironment 409');
  });
});

describe('KubeClient.event', () => {
  // A stand-in API server keeping core/v1 Events in memory: POST names them, merge PATCH updates them.
  let api: StandIn;
  const stored = new Map<string, Record<string, unknown>>();
  const requests: string[] = [];
  let created = 0;
  let client: KubeClient;
  before(async () => {
    api = await standInApiServer(async (req, res) => {
      const text = await body(req);
      const input = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      requests.push(`${req.method} ${req.url}`);
      const json = (code: number, obj: unknown) => {
        res.writeHead(code, { 'content-type': 'application/json' });
        res.end(JSON.stringify(obj));
      };
      if (req.method === 'POST') {
        const name = `production.${++created}`;
        const ev = { ...input, metadata: { ...(input.metadata as object), name } };
        stored.set(name, ev);
        return json(201, ev);
      }
      const name = req.url?.split('/').at(-1) ?? '';
      const ev = stored.get(name);
      if (req.method !== 'PATCH' || !ev) return json(404, { kind: 'Status', apiVersion: 'v1', code: 404 });
      assert.equal(req.headers['content-type'], 'application/merge-patch+json');
      Object.assign(ev, input);
      return json(200, ev);
    });
    client = new KubeClient(api.kc, { fieldManager: 'test' });
  });
  after(() => api.close());

  const event = (message: string, now: string) =>
    client.event({
      regarding: {
        apiVersion: 'everyclass.io/v1alpha1',
        kind: 'EveryClassEnvironment',
        namespace: 'ns',
        name: 'production',
        uid: 'u1',
      },
      type: 'Warning',
      reason: 'ApplyFailed',
      message,
      component: 'everyclass-operator',
      now: new Date(now),
    });

  it('aggregates a repeated event into one object with count and lastTimestamp, like client-go', async () => {
    await event('Deployment production-web: quota exceeded', '2026-11-24T10:00:00Z');
    await event('Deployment production-web: quota exceeded', '2026-11-24T10:00:05Z');
    await event('Deployment production-web: quota exceeded', '2026-11-24T10:00:10Z');
    assert.deepEqual(requests, [
      'POST /api/v1/namespaces/ns/events',
      'PATCH /api/v1/namespaces/ns/events/production.1',
      'PATCH /api/v1/namespaces/ns/events/production.1',
    ]);
    const ev = stored.get('production.1');
    assert.equal(ev?.count, 3);
    assert.equal(new Date(String(ev?.firstTimestamp)).toISOString(), '2026-11-24T10:00:00.000Z');
    assert.equal(new Date(String(ev?.lastTimestamp)).toISOString(), '2026-11-24T10:00:10.000Z');
  });

  it('records another message as another event, and creates anew when the aggregated one expired', async () => {
    requests.length = 0;
    await event('Service production-web: invalid', '2026-11-24T10:01:00Z');
    assert.deepEqual(requests, ['POST /api/v1/namespaces/ns/events']);
    stored.delete('production.1'); // the API server's event TTL
    requests.length = 0;
    await event('Deployment production-web: quota exceeded', '2026-11-24T11:30:00Z');
    assert.deepEqual(requests, [
      'PATCH /api/v1/namespaces/ns/events/production.1',
      'POST /api/v1/namespaces/ns/events',
    ]);
    assert.equal(stored.get('production.3')?.count, 1);
  });
});

describe('shareConnections', () => {
  // client-node 2.0.1 makes a new undici Agent per call: ten calls, ten TCP connections. Shared,
  // they reuse kept-alive connections (undici may open a second one while it releases the first).
  const connectionsFor = async (share: boolean): Promise<number> => {
    let connections = 0;
    const api = await standInApiServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: 'NamespaceList', apiVersion: 'v1', metadata: {}, items: [] }));
    });
    api.server.on('connection', () => connections++);
    const kc = new KubeConfig();
    kc.loadFromClusterAndUser(api.kc.getCurrentCluster()!, api.kc.getCurrentUser()!);
    if (share) shareConnections(kc);
    const client = new KubeClient(kc, { fieldManager: 'test' });
    try {
      for (let i = 0; i < 10; i++) await client.readyPodIPs('ns', 'a=b');
    } finally {
      await api.close();
    }
    return connections;
  };

  it('reuses kept-alive connections for sequential calls', async () => {
    const n = await connectionsFor(true);
    assert.ok(n <= 2, `${n} connections for 10 calls`);
  });

  it('is needed: without it client-node opens a connection per call', async () => {
    assert.equal(await connectionsFor(false), 10);
  });
});
