import assert from 'node:assert/strict';
import { parseDuration, parseRate, parseRef } from './args.ts';
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
});
