import assert from 'node:assert/strict';
import { Ledger } from './ledger.ts';

const sample = (path: string) => ({
  at: '2026-11-24T00:00:00.000Z',
  method: 'GET',
  path,
  productionStatus: 200,
  shadowStatus: 200,
});

describe('ledger', () => {
  it('counts per route and overall, with the mismatch rate', () => {
    const l = new Ledger(10, undefined, new Date('2026-11-24T00:00:00Z'));
    assert.equal(l.snapshot().mismatchRate, null);
    l.proxied(200);
    l.sampled();
    l.mirrored(0.01);
    l.dropped('queue_full');
    l.dropped('timeout');
    l.compared('/student', { result: 'match' }, sample('/student/:id'));
    l.compared('/student', { result: 'match' }, sample('/student/:id'));
    l.compared('/room', { result: 'mismatch', reason: 'body' }, sample('/room/:id'));
    l.compared('/room', { result: 'skipped', reason: 'data_versions_differ' }, sample('/room/:id'));
    l.compared('/room', { result: 'skipped', reason: 'data_versions_differ' }, sample('/room/:id'));
    l.compared('/student', { result: 'skipped', reason: 'not_modified' }, sample('/student/:id'));
    const s = l.snapshot();
    assert.deepEqual(s.skippedBy, { data_versions_differ: 2, not_modified: 1, body_not_kept: 0 });
    assert.equal(s.since, '2026-11-24T00:00:00.000Z');
    assert.equal(s.proxied, 1);
    assert.equal(s.droppedTotal, 2);
    assert.equal(s.dropped.queue_full, 1);
    assert.deepEqual(s.compared, { match: 2, mismatch: 1, skipped: 3 });
    assert.equal(s.mismatchRate, 1 / 3);
    assert.deepEqual(Object.keys(s.routes), ['/room', '/student']);
    assert.deepEqual(s.routes['/room'], { match: 0, mismatch: 1, skipped: 2 });
  });

  it('counts comparisons under way until each ends, once however often its end is called', () => {
    const l = new Ledger(10);
    const first = l.comparing();
    const second = l.comparing();
    assert.equal(l.snapshot().comparing, 2);
    first();
    first();
    assert.equal(l.snapshot().comparing, 1);
    second();
    assert.equal(l.snapshot().comparing, 0);
  });

  it('a body mismatch sample says where, with redacted values; structure and noise figures are counted', () => {
    const l = new Ledger(5);
    const diff = {
      paths: ['/html/body/p/text()', '/html/body/a/@href'],
      count: 2,
      ignored: 1,
      first: { path: '/html/body/p/text()', production: 'Li Lei li.lei@csu.edu.cn', shadow: undefined },
      changes: [
        { path: '/html/body/p/text()', production: 'Li Lei li.lei@csu.edu.cn', shadow: undefined },
        { path: '/html/body/a/@href', production: '/student/8f3kq9Zx1b', shadow: '/student/8f3kq9Zx1c' },
      ],
    };
    l.compared('/student', { result: 'mismatch', reason: 'body', diff }, sample('/student/:id'));
    l.compared('/student', { result: 'mismatch', reason: 'body' }, sample('/student/:id'));
    l.compared('/student', { result: 'match', ignored: 3 }, sample('/student/:id'));
    l.reasked('learned');
    l.reasked('failed');
    l.noise.learn('/student', ['/html/body/span/text()']);
    const [unstructured, diffed] = l.samples();
    assert.equal(unstructured?.diff, undefined);
    assert.deepEqual(diffed?.diff, {
      path: '/html/body/p/text()',
      production: 'Li Lei <email>',
      shadow: null,
      differing: 2,
      paths: ['/html/body/p/text()', '/html/body/a/@href'],
      ignored: 1,
      changes: [
        { path: '/html/body/p/text()', production: 'Li Lei <email>', shadow: null },
        { path: '/html/body/a/@href', production: '/student/<token>', shadow: '/student/<token>' },
      ],
    });
    const s = l.snapshot();
    assert.deepEqual(s.structure, { diffed: 1, unstructured: 1 });
    assert.equal(s.noise.learned, 1);
    assert.equal(s.noise.failed, 1);
    assert.equal(s.noise.rescued, 1);
    assert.deepEqual(s.noise.routes['/student']?.paths, ['/html/body/span/text()']);
  });

  it('keeps the last N mismatch samples, newest first, and nothing else', () => {
    const l = new Ledger(3);
    for (let i = 0; i < 7; i++) {
      l.compared('/r', { result: 'mismatch', reason: 'status' }, sample(`/r/${i}`));
      l.compared('/r', { result: 'match' }, sample('/r/match'));
    }
    assert.deepEqual(
      l.samples().map((s) => s.path),
      ['/r/6', '/r/5', '/r/4'],
    );
    assert.deepEqual(Object.keys(l.samples()[0] ?? {}).sort(), [
      'at',
      'method',
      'path',
      'productionStatus',
      'reason',
      'route',
      'shadowStatus',
    ]);
    assert.deepEqual(new Ledger(0).samples(), []);
  });

  it('keeps the last few mismatches of each route apart, with counts, rate and learned noise', () => {
    const l = new Ledger(50);
    for (let i = 0; i < 8; i++)
      l.compared('/busy', { result: 'mismatch', reason: 'status' }, sample(`/busy/${i}`));
    l.compared('/quiet', { result: 'mismatch', reason: 'status' }, sample('/quiet/a'));
    l.compared('/quiet', { result: 'match' }, sample('/quiet/b'));
    l.compared('/ok', { result: 'match' }, sample('/ok'));
    l.noise.learn('/quiet', ['/html/body/span/text()']);
    const d = l.diffs();
    assert.deepEqual(Object.keys(d), ['/busy', '/ok', '/quiet']);
    assert.deepEqual(
      d['/busy']?.samples.map((s) => s.path),
      ['/busy/7', '/busy/6', '/busy/5', '/busy/4', '/busy/3'],
      'the busy route keeps its last five, newest first',
    );
    assert.deepEqual(
      d['/quiet']?.samples.map((s) => s.path),
      ['/quiet/a'],
      'not pushed out by the busy route',
    );
    assert.equal(d['/quiet']?.mismatchRate, 0.5);
    assert.deepEqual(d['/quiet']?.noise?.paths, ['/html/body/span/text()']);
    assert.equal(d['/ok']?.noise, null);
    assert.deepEqual(d['/ok']?.samples, []);
    assert.equal(l.samples().length, 9, 'the overall ring still has them all');
    const none = new Ledger(0);
    none.compared('/busy', { result: 'mismatch', reason: 'status' }, sample('/busy/1'));
    assert.deepEqual(none.diffs()['/busy']?.samples, [], 'MIRROR_SAMPLES=0 keeps no sample anywhere');
  });

  it('passes every count on to the metrics sink', () => {
    const seen: string[] = [];
    const l = new Ledger(1, {
      proxied: (c) => seen.push(`proxied ${c}`),
      sampled: () => seen.push('sampled'),
      mirrored: () => seen.push('mirrored'),
      dropped: (r) => seen.push(`dropped ${r}`),
      compared: (route, result) => seen.push(`compared ${route} ${result}`),
    });
    l.proxied(404);
    l.proxied(502, true);
    l.sampled();
    l.mirrored(0.1);
    l.dropped('target_error');
    l.compared('/x', { result: 'match' }, sample('/x'));
    assert.deepEqual(seen, [
      'proxied 4xx',
      'proxied unreachable',
      'sampled',
      'mirrored',
      'dropped target_error',
      'compared /x match',
    ]);
  });
});
