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
});
