import assert from 'node:assert/strict';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { importedVersion, notServing, untilEveryEntityServes } from './data-served.ts';
import { CliError, Exit } from './errors.ts';
import type { PodAnswer } from './mirror-report.ts';

const env = {
  apiVersion: 'everyclass.io/v1alpha1',
  kind: 'EveryClassEnvironment',
  metadata: { name: 'production', namespace: 'ec' },
  spec: { tier: 'production', version: '2.4.0' },
} as EveryClassEnvironment;

/** A cluster whose entity pods answer, call after call, the next of `rounds` (the last repeats). */
function pods(rounds: PodAnswer[][]) {
  const asked: string[] = [];
  return {
    asked,
    cluster: {
      podsGet: async (ns: string, selector: string, port: number, path: string) => {
        asked.push(`${ns} ${selector} ${port} ${path}`);
        return rounds[Math.min(asked.length - 1, rounds.length - 1)] ?? [];
      },
    },
  };
}

describe('data import: until every entity pod serves the imported version', () => {
  it('reads the last data version the Job printed', () => {
    const out = [
      'generated 2026-2027-1: {"students":600,"calls":7,"dataVersion":"mx1-aa"} in 0.3 s',
      'generated 2026-2027-2: {"students":600,"calls":7,"dataVersion":"mx2-bb"} in 0.3 s',
    ].join('\n');
    assert.equal(importedVersion(out), 'mx2-bb');
    assert.equal(importedVersion('job failed'), undefined);
  });

  it('names each pod behind: what it serves, or why it did not answer', () => {
    assert.deepEqual(
      notServing(
        [
          { pod: 'a', doc: { version: 'v2' } },
          { pod: 'b', doc: { version: 'v1' } },
          { pod: 'c', error: 'HTTP 503' },
        ],
        'v2',
      ),
      ['b: serves v1', 'c: HTTP 503'],
    );
  });

  it('asks the environment’s entity pods until all serve it, saying who it waits for once', async () => {
    const lines: string[] = [];
    const stale = [
      { pod: 'a', doc: { version: 'v2' } },
      { pod: 'b', doc: { version: 'v1' } },
    ];
    const { cluster, asked } = pods([
      stale,
      stale,
      [stale[0] as PodAnswer, { pod: 'b', doc: { version: 'v2' } }],
    ]);
    const n = await untilEveryEntityServes(cluster, env, 'v2', { progress: (l) => lines.push(l) });
    assert.equal(n, 2);
    assert.equal(asked.length, 3);
    assert.equal(
      asked[0],
      'ec app.kubernetes.io/instance=production,app.kubernetes.io/component=entity 8080 /dataversion',
    );
    assert.deepEqual(lines, ['waiting for 1 of 2 entity pods to load data version v2']);
  });

  it('a pod that never loads it ends with the timeout (exit 3), naming it and what to look at', async () => {
    const { cluster } = pods([[{ pod: 'b', doc: { version: 'v1' } }]]);
    await assert.rejects(
      untilEveryEntityServes(cluster, env, 'v2', { progress: () => {}, timeoutMs: 10 }),
      (err: unknown) =>
        err instanceof CliError &&
        err.exitCode === Exit.Timeout &&
        /the data is stored, but not every entity pod serves data version v2.*b: serves v1/.test(
          err.message,
        ) &&
        /kubectl -n ec logs -l/.test(err.message),
    );
  });

  it('without the right to read the pods it says so and ends (the data is stored)', async () => {
    const lines: string[] = [];
    const { cluster } = pods([[{ pod: 'a', error: 'pod ec/a port 8080/dataversion: HTTP 403: forbidden' }]]);
    const n = await untilEveryEntityServes(cluster, env, 'v2', { progress: (l) => lines.push(l) });
    assert.equal(n, undefined);
    assert.match(
      lines[0] ?? '',
      /^cannot read the entity pods \(.*403.*\); they load data version v2 within their poll$/,
    );
  });
});
