import assert from 'node:assert/strict';
import { parseBudget, parseDuration, parseRate, parseRef } from './args.ts';
import { CliError, Exit } from './errors.ts';

const usageError = (e: unknown) => e instanceof CliError && e.exitCode === Exit.Usage;

describe('cli arguments', () => {
  describe('parseDuration', () => {
    it('reads Go-style durations', () => {
      assert.equal(parseDuration('10m'), 600_000);
      assert.equal(parseDuration('90s'), 90_000);
      assert.equal(parseDuration('1h'), 3_600_000);
      assert.equal(parseDuration('1h30m'), 5_400_000);
      assert.equal(parseDuration('1.5s'), 1500);
      assert.equal(parseDuration('250ms'), 250);
    });
    it('refuses bare numbers, unknown units and zero with a usage error', () => {
      for (const bad of ['', '10', '10x', 'm', '0s', '5m ', '-1s', '1d']) {
        assert.throws(() => parseDuration(bad), usageError, bad);
      }
    });
  });

  describe('parseRef and parseRate', () => {
    it('takes name or namespace/name', () => {
      assert.deepEqual(parseRef('production', 'ec'), { namespace: 'ec', name: 'production' });
      assert.deepEqual(parseRef('prod/production', 'ec'), { namespace: 'prod', name: 'production' });
      for (const bad of ['', 'a/b/c', 'Prod', '/x', 'x/'])
        assert.throws(() => parseRef(bad, 'ec'), usageError, bad);
    });
    it('takes a fraction or a percentage', () => {
      assert.equal(parseRate('0.05'), 0.05);
      assert.equal(parseRate('5%'), 0.05);
      assert.equal(parseRate('0'), 0);
      for (const bad of ['', '2', '-0.1', 'x', '150%']) assert.throws(() => parseRate(bad), usageError, bad);
    });
  });

  it('takes a mismatch budget: a rate for all answers, route=rate for routes, comma-separated or repeated', () => {
    assert.deepEqual(parseBudget('1%'), { overall: 0.01, routes: {} });
    assert.deepEqual(parseBudget('1%,/timetable=0.5%, /=0.02'), {
      overall: 0.01,
      routes: { '/timetable': 0.005, '/': 0.02 },
    });
    const repeated = parseBudget('/room=1%', parseBudget('2%,/api=0.1'));
    assert.deepEqual(repeated, { overall: 0.02, routes: { '/api': 0.1, '/room': 0.01 } });
    assert.deepEqual(parseBudget('other=5%'), { routes: { other: 0.05 } });
    for (const bad of ['', 'timetable=1%', '/a/b=1%', '/x=', '/x=200%', '1%,'])
      assert.throws(() => parseBudget(bad), usageError, bad);
  });
});
