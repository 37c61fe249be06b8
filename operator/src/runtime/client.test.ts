import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { KubeClient, statusCode } from './client.ts';
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
