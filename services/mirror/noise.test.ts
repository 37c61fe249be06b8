import assert from 'node:assert/strict';
import { MAX_PATHS, MAX_ROUTES, NoiseMemory, ReaskBudget, WARMUP_ROUNDS } from './noise.ts';

describe('noise memory', () => {
  it('learns per route, decays what stops differing, forgets it', () => {
    const m = new NoiseMemory();
    m.learn('/a', ['/p/text()', '/q/@x']);
    assert.ok(m.isNoise('/a')('/p/text()'));
    assert.ok(!m.isNoise('/b')('/p/text()'), 'another route learned nothing');
    // /p keeps differing, /q never again: /q is forgotten after 29 rounds (0.9^29 < 0.05 < 0.9^28).
    for (let i = 0; i < 28; i++) m.learn('/a', ['/p/text()']);
    assert.ok(m.isNoise('/a')('/q/@x'), 'still remembered after 28 rounds');
    m.learn('/a', ['/p/text()']);
    assert.ok(!m.isNoise('/a')('/q/@x'), 'forgotten after 29 rounds');
    assert.ok(m.isNoise('/a')('/p/text()'));
    m.learn('/a', [], true);
    const s = m.snapshot()['/a'];
    assert.deepEqual(s, { rounds: 31, identical: 1, overflow: 0, noisy: 1, paths: ['/p/text()'] });
  });

  it('is bounded: paths per route and routes', () => {
    const m = new NoiseMemory();
    m.learn(
      '/a',
      Array.from({ length: MAX_PATHS + 10 }, (_, i) => `/x[${i}]`),
    );
    assert.equal(m.snapshot()['/a']?.noisy, MAX_PATHS);
    assert.equal(m.snapshot()['/a']?.overflow, 10);
    assert.equal(m.snapshot()['/a']?.paths.length, 20);
    for (let i = 0; i < MAX_ROUTES + 5; i++) m.learn(`/r${i}`, []);
    assert.equal(Object.keys(m.snapshot()).length, MAX_ROUTES);
  });
});

describe('second asks of production', () => {
  it('GET and HEAD only; every copy while a route warms up, then the share; never past the rate', () => {
    let t = 0;
    let draw = 0.5;
    const b = new ReaskBudget(
      1,
      2,
      () => t,
      () => draw,
    );
    assert.equal(b.take('POST', 0), false);
    assert.equal(b.take('GET', 0), true);
    assert.equal(b.take('HEAD', 1), true);
    assert.equal(b.take('GET', 2), false, 'two per second at most');
    t = 500;
    assert.equal(b.take('GET', 2), true, 'the bucket refills');
    t = 5000;
    assert.equal(b.take('GET', WARMUP_ROUNDS), false, 'after warm-up: a 0.5 draw is not within 1%');
    draw = 0.001;
    assert.equal(b.take('GET', WARMUP_ROUNDS), true);
    assert.equal(new ReaskBudget(0, 2).take('GET', 0), false, '0% is off');
    assert.equal(new ReaskBudget(1, 0).take('GET', 0), false, '0 per second is off');
  });

  it('the share holds over many copies', () => {
    let t = 0;
    const b = new ReaskBudget(1, 1000, () => t);
    let n = 0;
    for (let i = 0; i < 100_000; i++) {
      t += 10;
      if (b.take('GET', WARMUP_ROUNDS)) n++;
    }
    // Binomial(100000, 0.01): mean 1000, σ ≈ 31.5; within 5σ.
    assert.ok(Math.abs(n - 1000) < 160, `${n} second asks`);
  });
});
