import assert from 'node:assert/strict';
import type { V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import { ago, badConfig, crashLoop, now, pod } from './pods.test-support.ts';
import {
  componentProblems,
  crashLooped,
  crashMemoryMs,
  podSignature,
  recheckAt,
  redact,
  summarize,
  waitingFailures,
} from './pods.ts';

const problems = (pods: V1Pod[]) => componentProblems('testing', pods, now, ['web', 'entity', 'mongo']);

describe('failing containers (pods.ts)', () => {
  it('reports a crash loop with the service, restart count and the last termination message', () => {
    const [p, ...rest] = problems([pod('testing-web-1', 'web', [crashLoop(5)])]);
    assert.equal(rest.length, 0);
    assert.equal(p?.component, 'web');
    assert.equal(p?.reason, 'CrashLoopBackOff');
    assert.equal(p?.restarts, 5);
    assert.equal(
      p?.message,
      `web: CrashLoopBackOff in 1/1 pod (testing-web-1: 5 restarts, exit 1: ${badConfig})`,
    );
  });

  it('names an out-of-memory kill as the reason of a crash loop', () => {
    const oom = crashLoop(2);
    oom.lastState = { terminated: { exitCode: 137, reason: 'OOMKilled', finishedAt: new Date(ago(5000)) } };
    const [p] = problems([pod('testing-entity-1', 'entity', [oom])]);
    assert.equal(p?.reason, 'OOMKilled');
    assert.match(
      p?.message ?? '',
      /entity: OOMKilled in 1\/1 pod \(testing-entity-1: 2 restarts, OOMKilled \(exit 137\)\)/,
    );
  });

  for (const [reason, message] of [
    ['ImagePullBackOff', 'Back-off pulling image "ghcr.io/everyclass/everyclass:9.9.9"'],
    ['ErrImagePull', 'failed to pull and unpack image "ghcr.io/everyclass/everyclass:9.9.9": not found'],
    ['ErrImageNeverPull', 'Container image "x:1" is not present with pull policy of Never'],
    ['InvalidImageName', 'Failed to apply default image tag "Bad Image": invalid reference format'],
    ['CreateContainerConfigError', 'secret "testing-keys" not found'],
    ['CreateContainerError', 'context deadline exceeded'],
    ['RunContainerError', 'failed to start container: exec: "node": executable file not found'],
    ['PreStartHookError', 'hook failed'],
    ['PostStartHookError', 'hook failed'],
  ] as const) {
    it(`reports a container waiting with ${reason} and the kubelet's message`, () => {
      assert.ok(waitingFailures.has(reason));
      const [p] = problems([pod('testing-web-1', 'web', [{ state: { waiting: { reason, message } } }])]);
      assert.equal(p?.reason, reason);
      assert.equal(p?.message, `web: ${reason} in 1/1 pod (testing-web-1: 0 restarts, ${message})`);
    });
  }

  it('reports a container that just exited with an error, before the kubelet backs off', () => {
    const [p] = problems([
      pod('testing-web-1', 'web', [
        { state: { terminated: { exitCode: 1, reason: 'Error', message: badConfig } } },
      ]),
    ]);
    assert.equal(p?.reason, 'CrashLoopBackOff');
    assert.match(p?.message ?? '', /0 restarts, exit 1: everyclass-web: bad configuration/);
  });

  it('keeps reporting a crash-looping container while it runs again unready, for ten minutes after the crash', () => {
    const running = (finishedAgo: number): Partial<V1ContainerStatus> => ({
      restartCount: 3,
      state: { running: { startedAt: new Date(ago(1000)) } },
      lastState: {
        terminated: {
          exitCode: 1,
          reason: 'Error',
          message: badConfig,
          finishedAt: new Date(ago(finishedAgo)),
        },
      },
    });
    const recent = [pod('testing-web-1', 'web', [running(60_000)])];
    assert.equal(problems(recent)[0]?.reason, 'CrashLoopBackOff');
    assert.deepEqual(recheckAt(recent, now), new Date(now.getTime() - 60_000 + crashMemoryMs));
    const old = [pod('testing-web-1', 'web', [running(crashMemoryMs + 1000)])];
    assert.deepEqual(problems(old), []);
    assert.equal(recheckAt(old, now), undefined);
  });

  it('never reports a ready container, a container being created, a clean exit, or pods that are gone', () => {
    assert.deepEqual(
      problems([
        pod('testing-web-1', 'web', [{ ...crashLoop(4), ready: true, state: { running: {} } }]),
        pod('testing-web-2', 'web', [{ state: { waiting: { reason: 'ContainerCreating' } } }]),
        pod('testing-web-3', 'web', [{ state: { terminated: { exitCode: 0, reason: 'Completed' } } }]),
        pod('testing-web-4', 'web', [crashLoop(9)], { deleting: true }),
        pod('testing-web-5', 'web', [crashLoop(9)], { phase: 'Failed' }),
        pod('other-web-1', 'web', [crashLoop(9)], { instance: 'other' }),
      ]),
      [],
    );
  });

  it('counts failing pods per component, shows the one restarted most, and lists components in order', () => {
    const out = problems([
      pod('testing-mongo-0', 'mongo', [crashLoop(1, '{"t":1,"s":"F","msg":"Fatal assertion","attr":{}}')]),
      pod('testing-web-a', 'web', [crashLoop(2)]),
      pod('testing-web-b', 'web', [crashLoop(7)]),
      pod('testing-web-c', 'web', [{ ready: true, state: { running: {} } }]),
    ]);
    assert.deepEqual(
      out.map((p) => [p.component, p.failingPods, p.pods, p.restarts]),
      [
        ['web', 2, 3, 7],
        ['mongo', 1, 1, 1],
      ],
    );
    assert.match(out[0]?.message ?? '', /^web: CrashLoopBackOff in 2\/3 pods \(testing-web-b: 7 restarts/);
    assert.match(out[1]?.message ?? '', /1 restart, exit 1: Fatal assertion\)$/);
  });

  it('sees rollout.failFastRestarts crash loops only when every pod at the version crashed that often', () => {
    const pods = [
      pod('testing-web-new1', 'web', [crashLoop(3)], { version: '2.4.0' }),
      pod('testing-web-new2', 'web', [crashLoop(4)], { version: '2.4.0' }),
      pod('testing-web-old', 'web', [{ ready: true, state: { running: {} } }], { version: '2.3.1' }),
    ];
    assert.equal(crashLooped(pods, '2.4.0', 3, now), true);
    assert.equal(crashLooped(pods, '2.4.0', 4, now), false, 'one pod restarted only 3 times');
    assert.equal(crashLooped(pods, '2.3.1', 1, now), false, 'the old pod runs');
    assert.equal(crashLooped(pods, '2.5.0', 1, now), false, 'no pod at that version');
    const pulling = [
      pod('testing-web-x', 'web', [{ restartCount: 5, state: { waiting: { reason: 'ImagePullBackOff' } } }], {
        version: '2.4.0',
      }),
    ];
    assert.equal(crashLooped(pulling, '2.4.0', 1, now), false, 'an image that cannot be pulled is no crash');
  });

  it('changes the pod signature with container states and restarts, not with addresses', () => {
    const a = pod('testing-web-1', 'web', [crashLoop(1)]);
    const b = structuredClone(a);
    if (b.status) b.status.podIP = '10.0.0.9';
    assert.equal(podSignature(a), podSignature(b));
    const c = structuredClone(a);
    const cs = c.status?.containerStatuses?.[0];
    if (cs) cs.restartCount = 2;
    assert.notEqual(podSignature(a), podSignature(c));
  });
});

describe('termination message summary', () => {
  it('takes the line that says what failed from a log tail, not stack frames or the Node.js banner', () => {
    const tail = [
      'file:///app/dist/services/entity/main.js:10',
      '    throw new Error("boom");',
      '    ^',
      '',
      'Error: cannot open the catalog',
      '    at start (file:///app/dist/services/entity/main.js:10:11)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      '',
      'Node.js v24.21.0',
    ].join('\n');
    assert.equal(summarize(tail), 'Error: cannot open the catalog');
  });

  it('reads the msg of a JSON log line, and bounds the length', () => {
    assert.equal(
      summarize('{"level":60,"msg":"failed to start","err":{"message":"listen EADDRINUSE"}}'),
      'failed to start: listen EADDRINUSE',
    );
    const long = summarize(`error: ${'x'.repeat(500)}`);
    assert.equal(long.length, 200);
    assert.ok(long.endsWith('…'));
  });

  it('masks credentials in URLs, password pairs and key-like strings, not image digests', () => {
    assert.equal(
      redact('cannot reach mongodb://everyclass:pw@testing-mongo-0:27017/everyclass?authSource=admin'),
      'cannot reach mongodb://***@testing-mongo-0:27017/everyclass?authSource=admin',
    );
    assert.equal(
      redact('auth failed for password=hunter2 (user x)'),
      'auth failed for password=*** (user x)',
    );
    const hex = 'ab'.repeat(32);
    assert.equal(redact(`bad key ${hex}`), 'bad key ***');
    const b64 = 'Q2xhc3NUaW1ldGFibGVTZWNyZXRLZXkxMjM0NTY3ODkwYWJj';
    assert.equal(redact(`token ${b64}`), 'token ***');
    const digest = `ghcr.io/everyclass/everyclass@sha256:${'0f'.repeat(32)}`;
    assert.equal(redact(`pulling ${digest}`), `pulling ${digest}`);
    assert.equal(
      redact('a-forty-character-long-environment-name-calendar-7d9f8c6b5-x2x4z'),
      'a-forty-character-long-environment-name-calendar-7d9f8c6b5-x2x4z',
    );
  });
});
