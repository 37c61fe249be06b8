import assert from 'node:assert/strict';
import { bucketOf, type ClientView, clientKey, cookieValue, createSampler } from './sampler.ts';

const anon: ClientView = { cookie: undefined, forwardedFor: undefined, remoteAddress: '10.0.0.1' };

/** A seeded generator (mulberry32) so that the counts below are reproducible. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Within 4 standard deviations of the binomial mean. Every count here is deterministic (seeded draws,
 * hashed keys), the same on every run: the bound says the share is right, it is no chance of failing.
 */
function assertShare(hits: number, n: number, percent: number): void {
  const p = percent / 100;
  const sigma = Math.sqrt(n * p * (1 - p));
  assert.ok(
    Math.abs(hits - n * p) <= 4 * sigma,
    `${hits} of ${n} is not ${percent}% ± 4σ (σ = ${sigma.toFixed(1)})`,
  );
}

describe('sampler', () => {
  it('0% never and 100% always samples', () => {
    const never = createSampler(0, { kind: 'none' });
    const always = createSampler(100, { kind: 'none' });
    for (let i = 0; i < 1000; i++) {
      assert.equal(never(anon), false);
      assert.equal(always(anon), true);
    }
  });

  it('samples the given share per request', () => {
    for (const percent of [1, 10, 50, 12.5]) {
      const sample = createSampler(percent, { kind: 'none' }, seeded(percent * 7));
      let hits = 0;
      for (let i = 0; i < 20_000; i++) if (sample(anon)) hits++;
      assertShare(hits, 20_000, percent);
    }
  });

  it('sticky by cookie: one session is mirrored whole, sessions in the given share', () => {
    const sample = createSampler(10, { kind: 'cookie', name: 'sid' }, () => 0.99);
    let mirroredSessions = 0;
    for (let s = 0; s < 5000; s++) {
      const view = { ...anon, cookie: `theme=dark; sid=session-${s}; other=1` };
      const first = sample(view);
      for (let i = 0; i < 5; i++) assert.equal(sample(view), first);
      if (first) mirroredSessions++;
    }
    assertShare(mirroredSessions, 5000, 10);
  });

  it('sticky without a key yet falls back to a draw per request', () => {
    const sample = createSampler(10, { kind: 'cookie', name: 'sid' }, () => 0.05);
    assert.equal(sample(anon), true);
    const none = createSampler(10, { kind: 'cookie', name: 'sid' }, () => 0.5);
    assert.equal(none(anon), false);
  });

  it('sticky by client address prefers the first X-Forwarded-For entry', () => {
    const sticky = { kind: 'client-ip' } as const;
    assert.equal(clientKey(sticky, { ...anon, forwardedFor: ' 203.0.113.7 , 10.1.1.1' }), '203.0.113.7');
    assert.equal(clientKey(sticky, anon), '10.0.0.1');
    assert.equal(clientKey({ kind: 'none' }, anon), undefined);
  });

  it('reads one cookie out of a Cookie header', () => {
    assert.equal(cookieValue('a=1; sid=xyz; b=2', 'sid'), 'xyz');
    assert.equal(cookieValue('a=1;sid=xyz', 'sid'), 'xyz');
    assert.equal(cookieValue('xsid=1', 'sid'), undefined);
    assert.equal(cookieValue('sid=', 'sid'), undefined);
    assert.equal(cookieValue(undefined, 'sid'), undefined);
  });

  it('buckets are stable and spread evenly', () => {
    assert.equal(bucketOf('session-1'), bucketOf('session-1'));
    const counts = new Array(10).fill(0) as number[];
    for (let i = 0; i < 10_000; i++) {
      const b = Math.floor(bucketOf(`k${i}`) / 1000);
      counts[b] = (counts[b] ?? 0) + 1;
    }
    for (const c of counts) assertShare(c, 10_000, 10);
  });
});
