import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import type { V1ConfigMap } from '@kubernetes/client-node';
import { pino } from 'pino';
import { fakeTimers } from './fake-timers.test-support.ts';
import { changedOnly, kindServed, restartBackoff, watchKind, watchPath } from './informer.ts';
import { type StandIn, standInApiServer } from './stand-in-api.test-support.ts';

describe('watchPath', () => {
  it('addresses core and group kinds, across namespaces or in one', () => {
    assert.equal(watchPath({ apiVersion: 'v1', kind: 'Secret', plural: 'secrets' }), '/api/v1/secrets');
    assert.equal(
      watchPath({ apiVersion: 'apps/v1', kind: 'Deployment', plural: 'deployments' }, 'ns'),
      '/apis/apps/v1/namespaces/ns/deployments',
    );
  });
});

describe('changedOnly', () => {
  it('passes new, deleted and changed objects, not updates of fields the signature leaves out', () => {
    type Obj = { metadata: { uid: string }; status: { restarts: number; ip: string } };
    const changed = changedOnly<Obj>((o) => String(o.status.restarts));
    const o = (restarts: number, ip: string): Obj => ({ metadata: { uid: 'u1' }, status: { restarts, ip } });
    assert.equal(changed(o(0, 'a'), 'add'), true);
    assert.equal(changed(o(0, 'b'), 'update'), false);
    assert.equal(changed(o(1, 'b'), 'update'), true);
    assert.equal(changed(o(1, 'b'), 'delete'), true);
    assert.equal(changed(o(1, 'b'), 'add'), true, 'forgotten on delete');
  });
});

describe('kindServed', () => {
  let api: StandIn;
  before(async () => {
    // A stand-in API server: gateway.networking.k8s.io/v1 serves httproutes; other groups are 404.
    api = await standInApiServer((req, res) => {
      if (req.url?.startsWith('/apis/gateway.networking.k8s.io/v1')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            kind: 'APIResourceList',
            apiVersion: 'v1',
            groupVersion: 'gateway.networking.k8s.io/v1',
            resources: [
              {
                name: 'httproutes',
                singularName: 'httproute',
                namespaced: true,
                kind: 'HTTPRoute',
                verbs: ['get'],
              },
            ],
          }),
        );
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            reason: 'NotFound',
            code: 404,
          }),
        );
      }
    });
  });
  after(() => api.close());

  it('is true for a served kind, false for an absent one or an absent group, and true for the core group', async () => {
    const ref = (apiVersion: string, plural: string) => ({ apiVersion, kind: 'X', plural });
    assert.equal(await kindServed(api.kc, ref('gateway.networking.k8s.io/v1', 'httproutes')), true);
    assert.equal(await kindServed(api.kc, ref('gateway.networking.k8s.io/v1', 'grpcroutes')), false);
    assert.equal(
      await kindServed(api.kc, ref('gateway.networking.k8s.io/v1beta1', 'referencegrants')),
      false,
    );
    assert.equal(await kindServed(api.kc, ref('v1', 'pods')), true);
  });
});

describe('watchKind restarts', () => {
  // A stand-in API server for ConfigMaps: `answers` says what each list gets (500 or the list);
  // a watch stays open until the test ends it with a status the watch client reports as an error.
  let api: StandIn;
  const calls: string[] = [];
  let answers: number[] = [];
  const watches: ServerResponse[] = [];
  const json = (res: ServerResponse, code: number, obj: unknown) => {
    res.writeHead(code, { 'content-type': 'application/json' });
    res.end(JSON.stringify(obj));
  };
  before(async () => {
    api = await standInApiServer((req, res) => {
      const url = new URL(req.url ?? '', 'http://x');
      if (url.pathname === '/api/v1') {
        // discovery, which KubernetesObjectApi.list consults first
        return json(res, 200, {
          kind: 'APIResourceList',
          groupVersion: 'v1',
          resources: [
            { name: 'configmaps', singularName: '', namespaced: true, kind: 'ConfigMap', verbs: ['list'] },
          ],
        });
      }
      if (url.searchParams.get('watch')) {
        calls.push('watch');
        watches.push(res);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.flushHeaders();
        return;
      }
      calls.push('list');
      if ((answers.shift() ?? 200) !== 200) return json(res, 500, { kind: 'Status', code: 500 });
      json(res, 200, {
        kind: 'ConfigMapList',
        apiVersion: 'v1',
        metadata: { resourceVersion: '5' },
        items: [{ metadata: { name: 'a', namespace: 'ns', resourceVersion: '5' } }],
      });
    });
  });
  after(() => api.close());
  afterEach(() => {
    calls.length = 0;
    for (const w of watches.splice(0)) w.destroy();
  });

  /** Lets real I/O (the stand-in's answers) happen until `done` holds. */
  const until = async (done: () => boolean, what: string) => {
    for (let i = 0; i < 2000 && !done(); i++) await new Promise((r) => setImmediate(r));
    assert.ok(done(), `timed out waiting for ${what}; calls: ${calls.join(' ')}`);
  };

  const watched = (timers = fakeTimers()) => {
    const changes: string[] = [];
    const restarts: number[] = [];
    const log = pino(
      { level: 'warn' },
      {
        write: (line: string) => {
          const l = JSON.parse(line) as { msg: string; retryInMs?: number };
          if (l.msg === 'watch failed; restarting') restarts.push(l.retryInMs ?? -1);
        },
      },
    );
    const w = watchKind<V1ConfigMap>(
      api.kc,
      { apiVersion: 'v1', kind: 'ConfigMap', plural: 'configmaps' },
      {
        namespace: 'ns',
        log,
        timers,
        onChange: (o, verb) => void changes.push(`${verb} ${o.metadata?.name}`),
      },
    );
    return { w, timers, changes, restarts };
  };

  it('restarts a failed list after a backoff that doubles per failure, then syncs', async () => {
    answers = [500, 500, 200];
    const { w, timers, changes, restarts } = watched();
    await w.start();
    assert.deepEqual(calls, ['list']);
    assert.equal(w.synced(), false);
    await timers.tick(restartBackoff.baseMs - 1);
    assert.deepEqual(calls, ['list'], 'not before the first backoff');
    await timers.tick(1);
    await until(() => calls.length === 2, 'the second list');
    await timers.tick(2 * restartBackoff.baseMs - 1);
    assert.equal(calls.length, 2, 'the second delay is twice the first');
    await timers.tick(1);
    await until(() => w.synced(), 'the informer to sync');
    await until(() => calls.includes('watch'), 'the watch');
    assert.deepEqual(calls, ['list', 'list', 'list', 'watch']);
    assert.deepEqual(restarts, [restartBackoff.baseMs, 2 * restartBackoff.baseMs]);
    assert.deepEqual(changes, ['add a']);
    assert.equal(w.cache.get('a', 'ns')?.metadata?.resourceVersion, '5');
    await w.stop();
  });

  it('restarts a watch that fails from where it was, and not at all once stopped', async () => {
    answers = [200];
    const { w, timers, restarts } = watched();
    await w.start();
    await until(() => calls.includes('watch'), 'the watch');
    assert.equal(w.synced(), true);
    watches[0]?.destroy(); // the watch connection breaks
    await until(() => restarts.length === 1, 'the informer to report the failure');
    assert.deepEqual(restarts, [restartBackoff.baseMs], 'the base delay again: the good start reset it');
    await timers.tick(restartBackoff.baseMs - 1);
    assert.deepEqual(calls, ['list', 'watch']);
    await timers.tick(1);
    await until(() => calls.length === 3, 'the restarted watch');
    assert.deepEqual(
      calls,
      ['list', 'watch', 'watch'],
      'resumes from the resourceVersion it had: no new list',
    );
    await w.stop();
    watches[1]?.destroy();
    await timers.tick(60_000);
    await new Promise((r) => setImmediate(r));
    assert.equal(calls.length, 3, 'a stopped informer does not restart');
  });
});
