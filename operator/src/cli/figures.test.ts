import assert from 'node:assert/strict';
import type { MirrorStatus } from '../api/environment.ts';
import { compareFiguresFor } from './figures.ts';
import { ece } from './fixtures.test-support.ts';

describe('cli: compare figures', () => {
  it('counts the rate against compared answers once the proxy reports them', () => {
    const prod = ece('production', { mirror: { target: 'staging', compare: true } });
    const figures: MirrorStatus = { mirroredRequests: 1200, comparedRequests: 1000, mismatches: 30 };
    prod.status!.mirror = figures;
    assert.deepEqual(compareFiguresFor([prod], { namespace: 'ec', name: 'staging' }), {
      sources: ['ec/production'],
      requests: 1000,
      mismatches: 30,
      rate: 0.03,
      routes: {},
    });
  });

  it('finds no compare figures without compare, without requests, or for another target', () => {
    const prod = ece('production', { mirror: { target: 'other/staging', compare: true } });
    prod.status!.mirror = { mirroredRequests: 10, mismatches: 10 };
    assert.equal(compareFiguresFor([prod], { namespace: 'ec', name: 'staging' }), undefined);
    const noCompare = ece('production', { mirror: { target: 'staging', compare: false } });
    noCompare.status!.mirror = { mirroredRequests: 10, mismatches: 10 };
    assert.equal(compareFiguresFor([noCompare], { namespace: 'ec', name: 'staging' }), undefined);
    const none = ece('production', { mirror: { target: 'staging', compare: true } });
    assert.equal(compareFiguresFor([none], { namespace: 'ec', name: 'staging' }), undefined);
  });

  it('sums the route figures of every source mirroring into the target', () => {
    const a = ece('production', { mirror: { target: 'staging', compare: true } });
    a.status!.mirror = {
      comparedRequests: 100,
      mismatches: 3,
      routes: [{ route: '/room', comparedRequests: 10, mismatches: 2 }],
    };
    const b = ece('canary', { mirror: { target: 'staging', compare: true } });
    b.status!.mirror = {
      comparedRequests: 50,
      mismatches: 1,
      routes: [
        { route: '/room', comparedRequests: 30, mismatches: 0 },
        { route: '/api', comparedRequests: 20, mismatches: 1 },
      ],
    };
    assert.deepEqual(compareFiguresFor([a, b], { namespace: 'ec', name: 'staging' })?.routes, {
      '/room': { requests: 40, mismatches: 2, rate: 0.05 },
      '/api': { requests: 20, mismatches: 1, rate: 0.05 },
    });
  });
});
