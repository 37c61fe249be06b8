// The Mirroring condition, status.mirror and the proxy figures reader (pure parts and a real HTTP
// server on loopback standing in for the proxy's admin port).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { V1Deployment } from '@kubernetes/client-node';
import { conditionOf } from '../api/conditions.ts';
import { type EveryClassEnvironment, maxMirrorRoutes } from '../api/environment.ts';
import { resolve } from '../desired/defaults.ts';
import { ready, resolveMirror, sample } from '../desired/fixtures.test-support.ts';
import type { MirrorPlan } from '../desired/mirror.ts';
import { createLogger } from '../runtime/log.ts';
import { expandTemplate, httpStatsReader, parseStats, podStatsUrls, sumFigures } from './mirrorstats.ts';
import {
  computeStatus,
  type MirrorObserved,
  mirrorCondition,
  mirrorStatus,
  type Observed,
  routeStatus,
} from './status.ts';

const t0 = new Date('2026-11-24T10:00:00Z');
const t1 = new Date('2026-11-24T10:00:30Z');

function source(mirror: NonNullable<EveryClassEnvironment['spec']['mirror']>): EveryClassEnvironment {
  const env = sample('production', 'prod');
  env.spec.mirror = mirror;
  return env;
}
const readyTarget = (): EveryClassEnvironment => ready(sample('staging', 'stg'));
const proxy = (readyPods: number): { current: boolean; object: V1Deployment } => ({
  current: true,
  object: {
    metadata: { generation: 1 },
    spec: { replicas: 2, selector: {}, template: {} },
    status: {
      observedGeneration: 1,
      replicas: 2,
      updatedReplicas: 2,
      readyReplicas: readyPods,
      availableReplicas: readyPods,
    },
  },
});
const active = (): MirrorPlan =>
  resolveMirror(source({ target: 'stg/staging', compare: true }), readyTarget(), { gatewayApi: false });
const cond = (m: MirrorObserved) => {
  const c = mirrorCondition(m);
  return `${c.status}/${c.reason}`;
};

describe('Mirroring condition', () => {
  it('names each reason mirroring is off or paused', () => {
    const env = source({ target: 'stg/staging' });
    const target = readyTarget();
    const cases: Array<[EveryClassEnvironment | undefined, string]> = [
      [undefined, 'False/TargetNotFound'],
      [{ ...target, spec: { ...target.spec, tier: 'production' } }, 'False/TargetIsProduction'],
      [{ ...target, status: {} }, 'False/TargetNotReady'],
    ];
    for (const [t, want] of cases)
      assert.equal(cond({ plan: resolveMirror(env, t, { gatewayApi: false }), proxyRuns: true }), want);
    const gw = source({ target: 'stg/staging', mode: 'gateway', gateway: { name: 'g' } });
    const missing = mirrorCondition({
      plan: resolveMirror(gw, target, { gatewayApi: false }),
      proxyRuns: false,
    });
    assert.equal(`${missing.status}/${missing.reason}`, 'False/GatewayAPINotInstalled');
    assert.match(missing.message, /Gateway API/);
    assert.equal(
      cond({ plan: resolveMirror(sample('staging'), undefined, { gatewayApi: false }), proxyRuns: false }),
      'False/MirrorDisabled',
    );
    assert.match(
      mirrorCondition({
        plan: resolveMirror(env, { ...target, status: {} }, { gatewayApi: false }),
        proxyRuns: true,
      }).message,
      /paused/,
    );
  });

  it('follows the proxy: not ready, ready without figures, ready with figures', () => {
    const plan = active();
    assert.equal(cond({ plan, proxyRuns: true }), 'Unknown/ProxyNotReady');
    assert.equal(cond({ plan, proxyRuns: true, proxy: proxy(1) }), 'Unknown/ProxyNotReady');
    const noFigures = mirrorCondition({ plan, proxyRuns: true, proxy: proxy(2) });
    assert.equal(`${noFigures.status}/${noFigures.reason}`, 'True/StatsUnavailable');
    assert.match(noFigures.message, /figures unavailable/);
    const figures = { mirrored: 1, dropped: 0, compared: 1, mismatches: 0, routes: [] };
    assert.equal(cond({ plan, proxyRuns: true, proxy: proxy(2), figures }), 'True/Mirroring');
  });

  it('is RouteConfigured in mode gateway', () => {
    const gw = source({ target: 'stg/staging', mode: 'gateway', gateway: { name: 'g' } });
    const plan = resolveMirror(gw, readyTarget(), { gatewayApi: true });
    assert.equal(cond({ plan, proxyRuns: false }), 'True/RouteConfigured');
  });
});

describe('Ready with the mirror proxy', () => {
  it('needs an available proxy pod (the Ingress goes through it), not a finished proxy rollout', () => {
    const env = source({ target: 'stg/staging' });
    const r = resolve(env);
    const deployments: Observed['deployments'] = {};
    for (const s of r.services)
      deployments[s.name] = {
        current: true,
        object: {
          metadata: { generation: 1 },
          status: {
            observedGeneration: 1,
            replicas: s.replicas,
            updatedReplicas: s.replicas,
            readyReplicas: s.replicas,
            availableReplicas: s.replicas,
          },
        },
      };
    const mongo = {
      current: true,
      object: {
        metadata: { generation: 1 },
        status: { observedGeneration: 1, replicas: 1, readyReplicas: 1 },
      },
    };
    const ready = (proxyPods: number) =>
      conditionOf(
        computeStatus(
          env,
          r,
          {
            deployments,
            mongo,
            failures: [],
            pods: [],
            mirror: { plan: active(), proxyRuns: true, proxy: proxy(proxyPods) },
          },
          t0,
        ).conditions,
        'Ready',
      );
    assert.equal(ready(0)?.status, 'False');
    assert.match(ready(0)?.message ?? '', /mirror/);
    assert.equal(ready(1)?.status, 'True', 'one of two proxy pods available serves production');
  });
});

describe('status.mirror', () => {
  const figures = { mirrored: 120, dropped: 10, compared: 120, mismatches: 2, routes: [] };

  it('reports target, mode, percent and the figures, with the mismatch rate', () => {
    const s = mirrorStatus(undefined, { plan: active(), proxyRuns: true, figures }, t0);
    assert.deepEqual(s, {
      target: 'stg/staging',
      mode: 'proxy',
      percent: 10,
      mirroredRequests: 120,
      droppedRequests: 10,
      comparedRequests: 120,
      mismatches: 2,
      mismatchRate: '1.67%',
      updatedAt: t0.toISOString(),
    });
  });

  it('lists compared routes, the most mismatches first, with their rates', () => {
    const routes = [
      { route: '/student', compared: 400, mismatches: 1 },
      { route: '/idle', compared: 0, mismatches: 0 },
      { route: '/room', compared: 20, mismatches: 4 },
      { route: '/api', compared: 10, mismatches: 1 },
      { route: '/teacher', compared: 50, mismatches: 1 },
    ];
    const s = mirrorStatus(
      undefined,
      { plan: active(), proxyRuns: true, figures: { ...figures, routes } },
      t0,
    );
    assert.deepEqual(s?.routes, [
      { route: '/room', comparedRequests: 20, mismatches: 4, mismatchRate: '20.00%' },
      { route: '/student', comparedRequests: 400, mismatches: 1, mismatchRate: '0.25%' },
      { route: '/teacher', comparedRequests: 50, mismatches: 1, mismatchRate: '2.00%' },
      { route: '/api', comparedRequests: 10, mismatches: 1, mismatchRate: '10.00%' },
    ]);
    const many = Array.from({ length: 50 }, (_, i) => ({ route: `/r${i}`, compared: 10, mismatches: i }));
    const readBack = s && {
      ...s,
      routes: s.routes?.map((r) => ({
        mismatchRate: r.mismatchRate,
        mismatches: r.mismatches,
        route: r.route,
        comparedRequests: r.comparedRequests,
      })),
    };
    const again = mirrorStatus(
      readBack,
      { plan: active(), proxyRuns: true, figures: { ...figures, routes } },
      t1,
    );
    assert.equal(
      again?.updatedAt,
      t0.toISOString(),
      'routes read back in another key order are the same figures',
    );
    const capped = routeStatus(many);
    assert.equal(capped.length, maxMirrorRoutes);
    assert.equal(capped[0]?.route, '/r49');
  });

  it('keeps updatedAt while nothing changed, so an idle proxy causes no status write', () => {
    const first = mirrorStatus(undefined, { plan: active(), proxyRuns: true, figures }, t0);
    assert.deepEqual(mirrorStatus(first, { plan: active(), proxyRuns: true, figures }, t1), first);
    const moved = mirrorStatus(
      first,
      { plan: active(), proxyRuns: true, figures: { ...figures, mirrored: 121 } },
      t1,
    );
    assert.equal(moved?.updatedAt, t1.toISOString());
  });

  it('has no figures (and no rate) when unreadable or before any comparison, and is absent when disabled', () => {
    const none = mirrorStatus(undefined, { plan: active(), proxyRuns: true }, t0);
    assert.deepEqual(none, {
      target: 'stg/staging',
      mode: 'proxy',
      percent: 10,
      updatedAt: t0.toISOString(),
    });
    const noCompare = mirrorStatus(
      undefined,
      { plan: active(), proxyRuns: true, figures: { ...figures, compared: 0, mismatches: 0 } },
      t0,
    );
    assert.equal(noCompare?.mismatchRate, undefined);
    const paused = resolveMirror(source({ target: 'stg/staging' }), undefined, { gatewayApi: false });
    assert.equal(mirrorStatus(undefined, { plan: paused, proxyRuns: true }, t0)?.percent, 0);
    const off = resolveMirror(sample('staging'), undefined, { gatewayApi: false });
    assert.equal(mirrorStatus({ target: 'x' }, { plan: off, proxyRuns: false }, t0), undefined);
  });
});

describe('proxy figures reader', () => {
  const doc = {
    mirrored: 120,
    droppedTotal: 10,
    compared: { match: 118, mismatch: 2, skipped: 0 },
    mismatchRate: 0.0167,
  };

  it('parses /_mirror/stats and sums pods', () => {
    const f = parseStats(doc);
    assert.deepEqual(f, { mirrored: 120, dropped: 10, compared: 120, mismatches: 2, routes: [] });
    assert.equal(parseStats({ mirrored: 'x' }), undefined);
    assert.deepEqual(sumFigures(f ? [f, f] : []), {
      mirrored: 240,
      dropped: 20,
      compared: 240,
      mismatches: 4,
      routes: [],
    });
    assert.deepEqual(podStatsUrls(['10.0.0.5', 'fd00::1']), [
      'http://10.0.0.5:9090/_mirror/stats',
      'http://[fd00::1]:9090/_mirror/stats',
    ]);
    assert.equal(
      expandTemplate('http://127.0.0.1:1/{namespace}/{name}', sample('production', 'prod')),
      'http://127.0.0.1:1/prod/production',
    );
  });

  it('reads per-route counts, sums them over pods, and leaves malformed routes out', () => {
    const pod = (timetable: number, room: number) =>
      parseStats({
        ...doc,
        routes: {
          '/timetable': { match: 100 - timetable, mismatch: timetable, skipped: 3 },
          '/room': { match: 10, mismatch: room, skipped: 0 },
          '/bad': { match: -1, mismatch: 'x' },
          [`/${'x'.repeat(80)}`]: { match: 1, mismatch: 0 },
        },
      });
    const a = pod(2, 0);
    const b = pod(1, 4);
    assert.deepEqual(a?.routes, [
      { route: '/timetable', compared: 100, mismatches: 2 },
      { route: '/room', compared: 10, mismatches: 0 },
    ]);
    assert.deepEqual(sumFigures(a && b ? [a, b] : []).routes, [
      { route: '/timetable', compared: 200, mismatches: 3 },
      { route: '/room', compared: 24, mismatches: 4 },
    ]);
  });

  describe('over HTTP', () => {
    let server: Server;
    let base = '';
    let answer: { status: number; body: unknown } = { status: 200, body: doc };
    before(async () => {
      server = createServer((_req, res) => {
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((r) => server.close(() => r())));

    const reader = (urls: string[]) =>
      httpStatsReader({ urls: async () => urls, timeoutMs: 1000, log: createLogger('test', 'silent') });
    const env = sample('production', 'prod');

    it('sums every pod, and gives nothing when one pod fails, none run, or nothing listens', async () => {
      answer = { status: 200, body: doc };
      assert.deepEqual(await reader([`${base}/a`, `${base}/b`])(env), {
        mirrored: 240,
        dropped: 20,
        compared: 240,
        mismatches: 4,
        routes: [],
      });
      assert.equal(await reader([])(env), undefined);
      answer = { status: 503, body: {} };
      assert.equal(await reader([`${base}/a`])(env), undefined);
      const closed = createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((r) => closed.close(() => r()));
      assert.equal(await reader([`http://127.0.0.1:${port}/_mirror/stats`])(env), undefined);
    });
  });
});
