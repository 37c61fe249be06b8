import assert from 'node:assert/strict';
import { ece } from './fixtures.test-support.ts';
import { comparingSources } from './mirror-diff.ts';
import { reportText, sampleText } from './mirror-format.ts';
import { mergeRoutes, parseDiffDoc, sourceReport } from './mirror-report.ts';

/** One proxy pod's /_mirror/diff (services/mirror/admin.ts mirrorDiff), as the proxy writes it. */
const podDoc = (since: string, label: string, at: string) => ({
  now: '2026-11-24T10:00:00.000Z',
  since,
  target: 'http://staging-web.ec.svc:80',
  compare: true,
  routes: {
    '/timetable': {
      match: 18,
      mismatch: 2,
      skipped: 1,
      mismatchRate: 0.1,
      noise: { rounds: 4, identical: 0, overflow: 0, noisy: 1, paths: ['/html/body/span/@data-shard'] },
      samples: [
        {
          at,
          method: 'GET',
          route: '/timetable',
          path: '/timetable/:id',
          productionStatus: 200,
          shadowStatus: 200,
          reason: 'body',
          diff: {
            path: '/html/body/h1/text()',
            production: '课程表',
            shadow: label,
            differing: 3,
            paths: ['/html/body/h1/text()', '/html/body/p/text()', '/html/body/a/@href'],
            ignored: 2,
            changes: [
              { path: '/html/body/h1/text()', production: '课程表', shadow: label },
              { path: '/html/body/p/text()', production: null, shadow: 'new <token>' },
            ],
          },
        },
      ],
    },
    '/room': {
      match: 0,
      mismatch: 1,
      skipped: 0,
      noise: null,
      samples: [
        { at, method: 'GET', path: '/room/:id', productionStatus: 200, shadowStatus: 500, reason: 'status' },
      ],
    },
    '/student': { match: 40, mismatch: 0, skipped: 0, noise: null, samples: [] },
  },
});

describe('cli: mirror diff', () => {
  it('reads a pod document defensively: junk samples and values are left out', () => {
    const r = parseDiffDoc({
      since: 3,
      routes: {
        '/x': {
          match: 'a',
          mismatch: 2,
          samples: [
            { at: 'now' },
            7,
            {
              at: 't',
              path: '/x',
              reason: 'body',
              diff: { changes: [{}, { path: '$.a', production: 1, shadow: 'b' }] },
            },
          ],
        },
      },
    });
    assert.equal(r.since, null);
    assert.deepEqual(r.routes[0]?.samples, [
      {
        at: 't',
        method: 'GET',
        path: '/x',
        productionStatus: 0,
        shadowStatus: 0,
        reason: 'body',
        diff: { differing: 0, ignored: 0, changes: [{ path: '$.a', production: null, shadow: 'b' }] },
      },
    ]);
    assert.equal(r.routes[0]?.match, 0);
    assert.deepEqual(parseDiffDoc('not a document').routes, []);
  });

  it('merges the pods of a proxy: counts summed, noise united, samples newest first, most mismatches first', () => {
    const a = parseDiffDoc(podDoc('2026-11-24T09:00:00.000Z', '本周课表', '2026-11-24T09:30:00.000Z'));
    const b = parseDiffDoc(podDoc('2026-11-24T08:00:00.000Z', '课表', '2026-11-24T09:40:00.000Z'));
    const routes = mergeRoutes([a.routes, b.routes]);
    assert.deepEqual(
      routes.map((r) => [r.route, r.match, r.mismatch, r.skipped, r.mismatchRate]),
      [
        ['/timetable', 36, 4, 2, 0.1],
        ['/room', 0, 2, 0, 1],
        ['/student', 80, 0, 0, 0],
      ],
    );
    const t = routes[0];
    assert.deepEqual(t?.noise, { rounds: 8, paths: ['/html/body/span/@data-shard'] });
    assert.deepEqual(
      t?.samples.map((s) => s.at),
      ['2026-11-24T09:40:00.000Z', '2026-11-24T09:30:00.000Z'],
    );
    const report = sourceReport('ec/production', [
      { pod: 'p1', doc: podDoc('2026-11-24T09:00:00.000Z', 'x', '2026-11-24T09:30:00.000Z') },
      { pod: 'p2', error: 'HTTP 503' },
    ]);
    assert.equal(report.pods, 1);
    assert.deepEqual(report.unreadable, ['p2: HTTP 503']);
    assert.equal(report.since, '2026-11-24T09:00:00.000Z');
  });

  it('prints each mismatch as a short unified diff: production -, staging +, with what was left out', () => {
    const report = sourceReport('ec/production', [
      { pod: 'p1', doc: podDoc('2026-11-24T09:00:00.000Z', '本周课表', '2026-11-24T09:30:00.000Z') },
    ]);
    assert.equal(
      reportText('ec/staging', report, 3),
      [
        'Traffic mirrored into ec/staging from ec/production (1 proxy pod, counted since 2026-11-24T09:00:00.000Z)',
        '3 of 61 compared answers differ (4.92%)',
        '',
        '/timetable   2 of 20 compared differ (10%), 1 skipped; noise left out: 1 path (/html/body/span/@data-shard), learned in 4 rounds',
        '  GET /timetable/:id  200 -> 200  2026-11-24T09:30:00.000Z  3 parts differ, 2 noise differences left out',
        '  --- production',
        '  +++ staging',
        '  @@ /html/body/h1/text() @@',
        '  -课程表',
        '  +本周课表',
        '  @@ /html/body/p/text() @@',
        '  +new <token>',
        '  ... 1 more differing part',
        '  (1 older mismatch not shown)',
        '',
        '/room   1 of 1 compared differ (100%)',
        '  GET /room/:id  200 -> 500  2026-11-24T09:30:00.000Z  status differs (bodies not compared)',
        '',
        'matching: /student (40)',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      sampleText({
        at: 't',
        method: 'HEAD',
        path: '/x',
        productionStatus: 200,
        shadowStatus: 200,
        reason: 'body',
      }),
      ['HEAD /x  200 -> 200  t  body differs (no structural diff: too many parts, or not parsable)'],
    );
    assert.match(reportText('ec/staging', sourceReport('ec/production', []), 3), /nothing compared yet/);
  });

  it('reads the environments that compare their traffic with the target, in mode proxy', () => {
    const prod = ece('production', { mirror: { target: 'staging', compare: true } });
    const elsewhere = ece('other', { mirror: { target: 'x/staging', compare: true } });
    const noCompare = ece('quiet', { mirror: { target: 'staging', compare: false } });
    const gateway = ece('gw', { mirror: { target: 'staging', compare: true, mode: 'gateway' } });
    assert.deepEqual(
      comparingSources([prod, elsewhere, noCompare, gateway, ece('staging')], {
        namespace: 'ec',
        name: 'staging',
      }).map((e) => e.metadata.name),
      ['production'],
    );
  });
});
