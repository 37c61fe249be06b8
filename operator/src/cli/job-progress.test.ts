import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { V1ContainerState, V1Job, V1Pod } from '@kubernetes/client-node';
import { archiveTable } from './backup.ts';
import { importPayload } from './data-import.ts';
import { CliError, Exit } from './errors.ts';
import {
  formatBytes,
  hintFor,
  jobId,
  jobOutcome,
  parseArchives,
  terminationMessage,
} from './job-progress.ts';

const job = (status: V1Job['status'] = {}, backoffLimit = 2): V1Job => ({
  metadata: { name: 'testing-import-abc', namespace: 'ec' },
  spec: { backoffLimit, template: {} },
  status,
});
const condition = (type: string, reason = '', message = '') => ({ type, status: 'True', reason, message });

function pod(name: string, at: string, phase: string, state?: V1ContainerState, scheduled = true): V1Pod {
  return {
    metadata: { name, namespace: 'ec', creationTimestamp: new Date(at) },
    status: {
      phase,
      conditions: scheduled
        ? [{ type: 'PodScheduled', status: 'True' }]
        : [
            {
              type: 'PodScheduled',
              status: 'False',
              reason: 'Unschedulable',
              message: '0/1 nodes are available',
            },
          ],
      containerStatuses: state
        ? [
            {
              name: 'data',
              image: 'ghcr.io/x/everyclass:2.4.0',
              ready: false,
              restartCount: 0,
              state,
              imageID: '',
            },
          ]
        : [],
    },
  };
}
const terminated = (exitCode: number, message: string): V1ContainerState => ({
  terminated: { exitCode, message },
});

describe('data Jobs of the command line', () => {
  it('reads a completed Job, with the figures its pod left', () => {
    const p = pod('p1', '2026-11-24T10:00:00Z', 'Succeeded', terminated(0, '{"students":3000}\n'));
    const o = jobOutcome(job({ conditions: [condition('Complete')], succeeded: 1 }), [p], 'import');
    assert.equal(o.state, 'succeeded');
    assert.equal(o.reason, 'Job testing-import-abc completed');
    assert.equal(terminationMessage(p), '{"students":3000}');
  });

  it('a failed Job says what its newest pod said, and what to fix', () => {
    const old = pod('p1', '2026-11-24T10:00:00Z', 'Failed', terminated(1, 'first try'));
    const newest = pod(
      'p2',
      '2026-11-24T10:01:00Z',
      'Failed',
      terminated(1, 'Error: fetch failed\n    at TwirpClient.call'),
    );
    const o = jobOutcome(
      job({
        conditions: [
          condition('Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'),
        ],
      }),
      [newest, old],
      'import',
    );
    assert.equal(o.state, 'failed');
    assert.equal(o.reason, 'Job testing-import-abc failed: Error: fetch failed');
    assert.match(o.hint ?? '', /entity did not answer.*everyclass status ENV/);
  });

  it('a Job that ran out of time, without a pod message, gives the Job\u2019s own reason', () => {
    const o = jobOutcome(
      job({
        conditions: [
          condition('Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline'),
        ],
      }),
      [],
      'restore',
    );
    assert.equal(
      o.reason,
      'Job testing-import-abc ran out of time: Job was active longer than specified deadline',
    );
    assert.equal(o.hint, undefined);
  });

  it('while pending, says where the Job is', () => {
    assert.match(jobOutcome(job(), [], 'import').reason, /waiting for Job testing-import-abc to start a pod/);
    const unscheduled = pod('p1', '2026-11-24T10:00:00Z', 'Pending', undefined, false);
    assert.equal(
      jobOutcome(job(), [unscheduled], 'import').reason,
      'pod p1 not scheduled: 0/1 nodes are available',
    );
    const running = pod('p2', '2026-11-24T10:00:00Z', 'Running', { running: {} });
    assert.equal(
      jobOutcome(job({ failed: 1, active: 1 }), [running], 'import').reason,
      'running in pod p2 (attempt 2 of 3)',
    );
    const failedPod = pod(
      'p3',
      '2026-11-24T10:00:00Z',
      'Failed',
      terminated(1, 'ENOENT: no such file, open x'),
    );
    const retrying = jobOutcome(job({ failed: 1 }), [failedPod], 'restore');
    assert.equal(retrying.state, 'pending');
    assert.match(retrying.reason, /pod p3 failed: ENOENT.*the Job retries/);
    assert.match(retrying.hint ?? '', /backup list ENV names them/);
  });

  it('an image that cannot be pulled names the fields to fix', () => {
    const p = pod('p1', '2026-11-24T10:00:00Z', 'Pending', {
      waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "ghcr.io/x/everyclass:2.4.0"' },
    });
    const o = jobOutcome(job(), [p], 'import');
    assert.equal(o.state, 'pending');
    assert.match(o.reason, /^pod p1: ImagePullBackOff: Back-off pulling image/);
    assert.match(
      o.hint ?? '',
      /ghcr\.io\/x\/everyclass:2\.4\.0 cannot be pulled.*spec\.image and spec\.version/,
    );
    const config = pod('p1', '2026-11-24T10:00:00Z', 'Pending', {
      waiting: { reason: 'CreateContainerConfigError', message: 'secret "testing-admin" not found' },
    });
    assert.match(jobOutcome(job(), [config], 'import').hint ?? '', /Secret the Job reads is missing/);
  });

  it('hints match the data role\u2019s errors, and nothing else', () => {
    assert.match(
      hintFor('MongoServerSelectionError: connect ECONNREFUSED', 'restore') ?? '',
      /MongoDB did not answer/,
    );
    assert.match(hintFor('archive x: no trailer: cut off', 'restore') ?? '', /damaged/);
    assert.match(hintFor('twirp invalid_argument: semester.name', 'import') ?? '', /import file was refused/);
    assert.match(hintFor('MongoServerError: Authentication failed.', 'list') ?? '', /<env>-mongo Secret/);
    assert.equal(hintFor('something new', 'import'), undefined);
  });

  it('job ids are DNS-safe and differ from one millisecond to the next', () => {
    const a = jobId(new Date('2026-11-24T10:00:00.000Z'));
    const b = jobId(new Date('2026-11-24T10:00:00.001Z'));
    assert.match(a, /^[0-9a-z]{1,7}$/);
    assert.notEqual(a, b);
  });
});

describe('import files and archive listings', () => {
  const semester = { semester: { name: '2026-2027-1' }, students: [{ code: 's1' }] };

  it('gzips a JSON import file and keeps a gzipped one as it is', () => {
    const plain = Buffer.from(JSON.stringify(semester));
    const a = importPayload('a.json', plain);
    assert.equal(a.semester, '2026-2027-1');
    assert.deepEqual(JSON.parse(gunzipSync(a.gz).toString()), semester);
    const gz = gzipSync(plain);
    assert.equal(importPayload('a.json.gz', gz).gz, gz);
  });

  it('refuses what is not one semester, naming the file (exit 2)', () => {
    const refused = (bytes: Buffer, re: RegExp) =>
      assert.throws(
        () => importPayload('bad.json', bytes),
        (e: unknown) => e instanceof CliError && e.exitCode === Exit.Usage && re.test(e.message),
      );
    refused(Buffer.from('{"semester":'), /^bad\.json: not a JSON import file/);
    refused(Buffer.from('[1,2]'), /^bad\.json: an import file is one semester/);
    refused(Buffer.from('{"students":[]}'), /semester\.name/);
  });

  it('lists archives newest first with their sizes, ignoring other lines', () => {
    const out = [
      '{"name":"everyclass-20261122T030000Z.ndjson.gz","bytes":812345}',
      'note: something else',
      '{"name":"everyclass-20261123T030000Z.ndjson.gz","bytes":2097152}',
    ].join('\n');
    assert.equal(parseArchives(out).length, 2);
    const lines = archiveTable(out).trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^ARCHIVE\s+SIZE$/);
    assert.match(lines[1] ?? '', /^everyclass-20261123T030000Z\.ndjson\.gz\s+2\.0 MiB$/);
    assert.match(lines[2] ?? '', /^everyclass-20261122T030000Z\.ndjson\.gz\s+793 KiB$/);
    assert.match(archiveTable(''), /no archives yet/);
    assert.equal(formatBytes(96), '96 B');
  });
});
