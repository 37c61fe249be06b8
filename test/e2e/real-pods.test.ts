// The operator's environments on real pods (the real node, our image, FerretDB's image for the
// StatefulSet): Ready with zero restarts although MongoDB starts after the services; a crashing
// release reported at once and rolled back with no failed request; MongoDB stopped for a minute
// and back, with every service Ready again and still zero restarts.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { LocalCluster } from '../../hack/localenv/cluster.ts';
import { ferretdbImage, importCrashingImage } from '../../hack/localenv/node/images.ts';
import { type RealNode, realNodeName } from '../../hack/localenv/node/node.ts';
import { releaseRealNode, useRealNode } from '../support/localenv.ts';
import {
  apply,
  eventually,
  installCrd,
  jsonpath,
  type OperatorProcess,
  patchSpecVersion,
  sampleIn,
  startOperator,
} from './support/operator.ts';
import { metricsProbeScript, realNodeNamespace, requestLoop, tcpProbeScript } from './support/real-node.ts';

const run = promisify(execFile);

interface PodList {
  items: Array<{
    metadata: { name: string; labels?: Record<string, string> };
    spec: { nodeName?: string };
    status: {
      containerStatuses?: Array<{ name: string; restartCount: number; ready: boolean; image: string }>;
    };
  }>;
}

/** A pod of our image that only idles (restricted Pod Security): a client to exec probes from. */
function idlePod(name: string, namespace: string, image: string, labels: Record<string, string> = {}) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, labels },
    spec: {
      terminationGracePeriodSeconds: 1,
      securityContext: { runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        {
          name: 'main',
          image,
          command: ['node', '-e', 'setInterval(() => {}, 1 << 30)'],
          securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
        },
      ],
    },
  };
}

describe('environments on real pods (operator + real node)', function () {
  this.timeout(1_200_000);
  let cluster: LocalCluster;
  let node: RealNode;
  let operator: OperatorProcess;
  const ns = `everyclass-real-${process.pid}`;
  const env = 'testing';
  /** The tag of our image on the node (useRealNode imports it): the environment's good version. */
  let tag = '';
  /** Stands for Prometheus' namespace (--metrics-namespace): its pods may read the metrics ports. */
  const scrapers = `everyclass-scrape-${process.pid}`;
  const operatorArgs: string[] = [`--metrics-namespace=${scrapers}`];

  before(async () => {
    ({ cluster, node } = await useRealNode());
    tag = node.images.app.split(':').pop() ?? '';
    await installCrd(cluster);
    await realNodeNamespace(cluster, ns);
    await realNodeNamespace(cluster, scrapers);
    operator = startOperator(cluster, { args: operatorArgs });
  });
  after(async () => {
    await operator?.stop();
    await cluster?.kubectl('delete', 'namespace', ns, scrapers, '--wait=false').catch(() => {});
    await releaseRealNode(); // the machine's one real node, free for the next file
  });

  const pods = async () =>
    JSON.parse(await cluster.kubectl('get', 'pods', '-n', ns, '-o', 'json')) as PodList;
  const restarts = async () => {
    const out: Record<string, number> = {};
    for (const p of (await pods()).items)
      for (const c of p.status.containerStatuses ?? []) out[`${p.metadata.name}/${c.name}`] = c.restartCount;
    return out;
  };
  const condition = async (type: string) =>
    jsonpath(
      cluster,
      ns,
      `ece/${env}`,
      `{.status.conditions[?(@.type=="${type}")].status} {.status.conditions[?(@.type=="${type}")].reason}: {.status.conditions[?(@.type=="${type}")].message}`,
    );
  const serviceIp = async (svc: string) =>
    (await jsonpath(cluster, ns, `svc/${env}-${svc}`, '{.spec.clusterIP}')).trim();

  it('brings a testing environment Ready on real pods, services waiting for MongoDB without a restart', async () => {
    const started = Date.now();
    await apply(
      cluster,
      sampleIn('testing', ns, {
        version: tag,
        mongo: { image: await ferretdbImage() },
        rollout: { progressDeadlineSeconds: 120, autoRollback: true, failFastRestarts: 2 },
      }),
    );
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', `ece/${env}`, '--timeout=600s');
    console.log(`      Ready on real pods in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const list = await pods();
    assert.ok(list.items.length >= 5, `services and MongoDB run as pods (${list.items.length})`);
    for (const p of list.items) assert.equal(p.spec.nodeName, realNodeName);
    assert.deepEqual(
      Object.entries(await restarts()).filter(([, n]) => n > 0),
      [],
      'no container restarted while MongoDB came up',
    );
    const web = await serviceIp('web');
    // Ready means the Deployments are available; kube-proxy's and kube-router's rules for the new
    // pods follow within their sync period.
    const home = await eventually(
      'web answers through its ClusterIP',
      async () => {
        const r = await fetch(`http://${web}/`, { signal: AbortSignal.timeout(3000) });
        return r.status === 200 ? r : undefined;
      },
      30_000,
    );
    assert.equal(home.status, 200);
    // /readyz is on web's admin port only (no Service, no Ingress): asked on the pod, from the node.
    assert.equal((await fetch(`http://${web}/readyz`)).status, 404, 'not on the public port');
    const webPod = list.items.find((p) => p.metadata.labels?.['app.kubernetes.io/component'] === 'web');
    const podIp = (await jsonpath(cluster, ns, `pod/${webPod?.metadata.name}`, '{.status.podIP}')).trim();
    const ready = await fetch(`http://${podIp}:9090/readyz`);
    assert.equal(ready.status, 200, await ready.text());
  });

  it("enforces the environment's NetworkPolicies: web reaches entity, any other pod is refused", async () => {
    const entity = await serviceIp('entity');
    const probe = tcpProbeScript(entity, 80, 3000);
    const webPod = (await pods()).items.find(
      (p) => p.metadata.labels?.['app.kubernetes.io/component'] === 'web',
    );
    assert.ok(webPod, 'a web pod');
    const fromWeb = await cluster.kubectl('exec', '-n', ns, webPod.metadata.name, '--', 'node', '-e', probe);
    assert.equal(fromWeb.trim(), 'connected', 'web is one of entity’s callers');
    await apply(cluster, idlePod('intruder', ns, node.images.app, { app: 'intruder' }));
    await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', 'pod/intruder', '--timeout=120s');
    const fromIntruder = await cluster.kubectl('exec', '-n', ns, 'intruder', '--', 'node', '-e', probe);
    assert.notEqual(fromIntruder.trim(), 'connected', 'a pod that is not a caller cannot open entity’s port');
    console.log(`      web → entity: connected; another pod → entity: ${fromIntruder.trim()}`);
    // Gone before the next test counts the environment's pods and their restarts.
    await cluster.kubectl('delete', 'pod', 'intruder', '-n', ns, '--timeout=60s');
  });

  it('maintenance from the resource: the kubelet updates web\u2019s mounted file, web answers 503 and back, no restart', async () => {
    const web = await serviceIp('web');
    const calendar = await serviceIp('calendar');
    const before = await restarts();
    const names = (await pods()).items.map((p) => p.metadata.name).sort();
    const maintenance = (m: object) =>
      cluster.kubectl(
        'patch',
        'ece',
        env,
        '-n',
        ns,
        '--type=merge',
        '-p',
        JSON.stringify({ spec: { maintenance: m } }),
      );
    await maintenance({ enabled: true, message: 'back at ten' });
    await eventually('Maintenance=True', async () =>
      (await condition('Maintenance')).startsWith('True MaintenanceEnabled') ? true : undefined,
    );
    // The kubelet refreshes a ConfigMap volume within its sync period and cache TTL (about a minute).
    const closed = await eventually(
      'web in maintenance',
      async () => {
        const r = await fetch(`http://${web}/`, { signal: AbortSignal.timeout(3000) });
        return r.status === 503 ? r : undefined;
      },
      180_000,
    );
    assert.equal(closed.headers.get('retry-after'), '300');
    assert.match(await closed.text(), /back at ten/);
    assert.equal((await fetch(`http://${web}/healthz`)).status, 200, 'health checks answer');
    // Calendar is untouched: an unknown feed is its own 404, not a maintenance page.
    assert.equal((await fetch(`http://${calendar}/calendar/ics/unknown.ics`)).status, 404);
    await maintenance({ enabled: false });
    await eventually(
      'web serving again',
      async () => {
        const r = await fetch(`http://${web}/`, { signal: AbortSignal.timeout(3000) });
        return r.status === 200 ? true : undefined;
      },
      180_000,
    );
    assert.deepEqual(await restarts(), before, 'no container restarted');
    assert.deepEqual((await pods()).items.map((p) => p.metadata.name).sort(), names, 'the same pods');
  });

  it('lets the --metrics-namespace read /metrics (entity on http, web on admin) and nothing of MongoDB', async () => {
    const ip = async (component: string) => {
      const p = (await pods()).items.find(
        (x) => x.metadata.labels?.['app.kubernetes.io/component'] === component,
      );
      assert.ok(p, `a ${component} pod`);
      return (await jsonpath(cluster, ns, `pod/${p.metadata.name}`, '{.status.podIP}')).trim();
    };
    await apply(cluster, idlePod('scraper', scrapers, node.images.app));
    await cluster.kubectl('wait', '-n', scrapers, '--for=condition=Ready', 'pod/scraper', '--timeout=120s');
    /** Runs a node script in the scraper pod; its one line of output. */
    const fromScraper = async (script: string) =>
      (await cluster.kubectl('exec', '-n', scrapers, 'scraper', '--', 'node', '-e', script)).trim();
    const scrape = (host: string, port: number) =>
      fromScraper(metricsProbeScript(host, port, '/metrics', 3000));
    assert.equal(await scrape(await ip('entity'), 8080), '200 true', 'entity /metrics on http');
    assert.equal(await scrape(await ip('web'), 9090), '200 true', 'web /metrics on its admin port');
    const mongo = await fromScraper(tcpProbeScript(await ip('mongo'), 27017, 3000));
    assert.notEqual(mongo, 'connected', 'MongoDB admits no scraper');
    console.log(`      scraper → entity /metrics: 200, web admin /metrics: 200, MongoDB: ${mongo}`);
    await cluster.kubectl('delete', 'pod', 'scraper', '-n', scrapers, '--wait=false');
  });

  it('reports a crashing release at once (describe, Event, everyclass status) and rolls it back with no failed request', async () => {
    const bad = `${tag}-crash`;
    await importCrashingImage(node.paths, bad, tag);
    const web = await serviceIp('web');
    const loop = requestLoop(`http://${web}/`);
    const started = Date.now();
    try {
      await patchSpecVersion(cluster, ns, env, bad);
      const degraded = await eventually(
        'Degraded=True naming the crash',
        async () => {
          const c = await condition('Degraded');
          return /^True (CrashLoopBackOff|Error|RunContainerError)/.test(c) ? c : undefined;
        },
        60_000,
      );
      const seen = (Date.now() - started) / 1000;
      console.log(`      ${degraded.trim()} — after ${seen.toFixed(1)} s`);
      assert.ok(seen <= 30, `the crash is visible within 30 s (took ${seen.toFixed(1)} s)`);
      assert.match(degraded, /exits at start/, 'the container message reaches the status');
      const describe = await cluster.kubectl('describe', 'ece', env, '-n', ns);
      assert.match(describe, /CrashLoopBackOff|exits at start/);
      const { stdout: status } = await run(
        process.execPath,
        ['operator/src/cli/main.ts', 'status', env, '-n', ns],
        {
          env: { ...process.env, KUBECONFIG: cluster.kubeconfig },
        },
      );
      assert.match(status, /^Failing:$/m, status);
      assert.match(status, /CrashLoopBackOff/);
      await eventually(
        'rolled back to the good version',
        async () => {
          const phase = (await jsonpath(cluster, ns, `ece/${env}`, '{.status.rollout.phase}')).trim();
          const v = (await jsonpath(cluster, ns, `ece/${env}`, '{.status.version}')).trim();
          return phase === 'RolledBack' && v === tag ? true : undefined;
        },
        300_000,
      );
      for (const svc of ['web', 'entity', 'identity', 'calendar'])
        await cluster.kubectl('rollout', 'status', '-n', ns, `deployment/${env}-${svc}`, '--timeout=180s');
      console.log(`      rolled back and Ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const events = await cluster.kubectl(
        'get',
        'events',
        '-n',
        ns,
        '--field-selector',
        `involvedObject.name=${env}`,
        '-o',
        'json',
      );
      assert.match(events, /CrashLoopBackOff|exits at start/);
      // CI's next patch names a good version again: the environment is Ready on it.
      await patchSpecVersion(cluster, ns, env, tag);
      await cluster.kubectl('wait', '-n', ns, '--for=condition=Ready', `ece/${env}`, '--timeout=300s');
    } finally {
      const { sent, failed, errors, slowestMs } = await loop.stop();
      console.log(
        `      request loop during the crash and rollback: ${sent} requests, ${failed} failed, slowest ${slowestMs} ms`,
      );
      assert.ok(sent > 50, `the loop ran (${sent})`);
      assert.equal(failed, 0, `no failed request (${errors.slice(0, 3).join('; ')})`);
    }
  });

  it('survives MongoDB stopped for a minute: services unready meanwhile, then Ready, no restart', async () => {
    const before = await restarts();
    await operator.stop(); // else it scales MongoDB straight back
    await cluster.kubectl('scale', 'statefulset', `${env}-mongo`, '-n', ns, '--replicas=0');
    await eventually(
      'MongoDB gone',
      async () =>
        (await pods()).items.some((p) => p.metadata.name.startsWith(`${env}-mongo`)) ? undefined : true,
      60_000,
    );
    const entity = await serviceIp('entity');
    const unready = await eventually(
      'entity unready, naming mongo',
      async () => {
        const r = await fetch(`http://${entity}/readyz`).catch(() => undefined);
        const body = r ? await r.text() : '';
        return r && r.status === 503 && /mongo/.test(body) ? body : undefined;
      },
      60_000,
    );
    console.log(`      entity while MongoDB is away: ${unready.slice(0, 160)}`);
    await sleep(60_000);
    // The operator, started again, puts MongoDB back (replicas 1).
    operator = startOperator(cluster, { args: operatorArgs });
    const back = Date.now();
    await cluster.kubectl('rollout', 'status', '-n', ns, `statefulset/${env}-mongo`, '--timeout=300s');
    const mongoUp = Date.now();
    await eventually(
      'entity ready again',
      async () =>
        (await fetch(`http://${entity}/readyz`).catch(() => undefined))?.status === 200 ? true : undefined,
      120_000,
    );
    console.log(
      `      MongoDB back ${((mongoUp - back) / 1000).toFixed(1)} s after the operator restarted; entity ready ${((Date.now() - mongoUp) / 1000).toFixed(1)} s after MongoDB`,
    );
    for (const svc of ['web', 'entity', 'identity', 'calendar'])
      await cluster.kubectl('rollout', 'status', '-n', ns, `deployment/${env}-${svc}`, '--timeout=120s');
    await eventually(
      'environment Ready again',
      async () => ((await condition('Ready')).startsWith('True') ? true : undefined),
      120_000,
    );
    const after = await restarts();
    for (const [k, n] of Object.entries(after)) {
      if (k.startsWith(`${env}-mongo`)) continue;
      assert.equal(n, before[k] ?? 0, `${k} did not restart`);
    }
  });
});
