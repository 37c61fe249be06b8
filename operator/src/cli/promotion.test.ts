import assert from 'node:assert/strict';
import { compareFiguresFor } from './figures.ts';
import { cond, ece, readyConditions } from './fixtures.test-support.ts';
import { decidePromote } from './promotion.ts';

describe('cli: promotion', () => {
  describe('decidePromote', () => {
    const production = () => ece('production', { tier: 'production', version: '2.3.1' });

    it('allows a Ready staging that runs its spec version, and names the version', () => {
      assert.deepEqual(decidePromote(ece('staging'), production(), undefined, undefined), {
        allowed: true,
        version: '2.4.0',
        noop: false,
        reason: 'promoted 2.4.0 from ec/staging to ec/production (was 2.3.1)',
        warnings: [],
      });
    });

    it('warns that per-service version overrides are not promoted', () => {
      const staging = ece('staging');
      staging.spec.services = { web: {}, calendar: { version: '2.4.1' } };
      const prod = production();
      prod.spec.services = { calendar: { replicas: 2, version: '2.3.2' } };
      const d = decidePromote(staging, prod, undefined, undefined);
      assert.deepEqual(d.allowed && d.warnings, [
        'ec/staging runs calendar 2.4.1 (spec.services.calendar.version); promotion does not copy it',
        'ec/production keeps calendar at 2.3.2 (spec.services.calendar.version overrides spec.version)',
      ]);
    });

    it('is a no-op when production already asks for the version', () => {
      const d = decidePromote(
        ece('staging'),
        ece('production', { tier: 'production' }),
        undefined,
        undefined,
      );
      assert.equal(d.allowed && d.noop, true);
    });

    it('refuses when staging is not Ready', () => {
      const staging = ece('staging', {
        status: {
          observedGeneration: 3,
          version: '2.4.0',
          conditions: [cond('Ready', 'False', 'ServicesNotReady', 'not ready: web')],
        },
      });
      assert.deepEqual(decidePromote(staging, production(), undefined, undefined), {
        allowed: false,
        reason:
          'refusing to promote ec/staging to ec/production: ec/staging is not Ready (False ServicesNotReady: not ready: web)',
      });
    });

    it('refuses when staging is Ready only because it was rolled back', () => {
      const staging = ece('staging');
      staging.status!.conditions = [cond('Ready', 'True', 'RolledBack', 'calendar runs 2.4.0, not 2.4.1')];
      assert.deepEqual(decidePromote(staging, production(), undefined, undefined), {
        allowed: false,
        reason:
          'refusing to promote ec/staging to ec/production: ec/staging was rolled back to its last good version (RolledBack: calendar runs 2.4.0, not 2.4.1)',
      });
    });

    it('refuses when staging is still rolling out or rolled back (status.version differs from spec)', () => {
      const staging = ece('staging', {
        status: { observedGeneration: 3, version: '2.3.1', conditions: readyConditions() },
      });
      const d = decidePromote(staging, production(), undefined, undefined);
      assert.equal(d.allowed, false);
      assert.match(d.reason, /asks for 2\.4\.0 but runs 2\.3\.1/);
    });

    it('refuses when Degraded, and before the operator observed the generation', () => {
      const degraded = ece('staging');
      degraded.status?.conditions?.push(cond('Degraded', 'True', 'ApplyFailed', 'x'));
      degraded.status!.conditions = degraded.status?.conditions?.filter(
        (c) => !(c.type === 'Degraded' && c.status === 'False'),
      );
      assert.match(
        decidePromote(degraded, production(), undefined, undefined).reason,
        /is Degraded \(ApplyFailed: x\)/,
      );
      const unobserved = ece('staging');
      unobserved.metadata.generation = 4;
      assert.match(
        decidePromote(unobserved, production(), undefined, undefined).reason,
        /not observed generation 4/,
      );
    });

    it('checks the mismatch rate of traffic mirrored into staging against the limit', () => {
      const prod = ece('production', {
        tier: 'production',
        version: '2.3.1',
        mirror: { target: 'staging', compare: true, percent: 10 },
      });
      prod.status!.mirror = { target: 'ec/staging', mirroredRequests: 1000, mismatches: 30 };
      const figures = compareFiguresFor([prod, ece('staging')], { namespace: 'ec', name: 'staging' });
      assert.deepEqual(figures, {
        sources: ['ec/production'],
        requests: 1000,
        mismatches: 30,
        rate: 0.03,
        routes: {},
      });
      const refused = decidePromote(ece('staging'), prod, figures, { overall: 0.01, routes: {} });
      assert.equal(refused.allowed, false);
      assert.match(
        refused.reason,
        /mismatch rate of traffic mirrored to ec\/staging is 3% \(30\/1000 from ec\/production\), above --max-mismatch-rate 1%/,
      );
      const allowed = decidePromote(ece('staging'), prod, figures, { overall: 0.05, routes: {} });
      assert.equal(allowed.allowed, true);
      assert.match(allowed.reason, /mismatch rate 3% \(30\/1000\)$/);
      assert.equal(decidePromote(ece('staging'), prod, figures, undefined).allowed, true, 'no limit given');
    });

    it('checks the routes a budget names, and says when a named route has no figures', () => {
      const prod = ece('production', {
        tier: 'production',
        version: '2.3.1',
        mirror: { target: 'staging', compare: true },
      });
      prod.status!.mirror = {
        target: 'ec/staging',
        comparedRequests: 1000,
        mismatches: 6,
        routes: [
          { route: '/timetable', comparedRequests: 200, mismatches: 4 },
          { route: '/student', comparedRequests: 800, mismatches: 2 },
        ],
      };
      const figures = compareFiguresFor([prod], { namespace: 'ec', name: 'staging' });
      const refused = decidePromote(ece('staging'), prod, figures, {
        overall: 0.01,
        routes: { '/timetable': 0.005 },
      });
      assert.equal(refused.allowed, false);
      assert.match(
        refused.reason,
        /mismatch rate of route \/timetable in traffic mirrored to ec\/staging is 2% \(4\/200 from ec\/production\), above --max-mismatch-rate \/timetable=0\.5%$/,
      );
      const allowed = decidePromote(ece('staging'), prod, figures, {
        routes: { '/student': 0.005, '/room': 0.001 },
      });
      assert.equal(allowed.allowed, true, 'the overall 0.6% has no limit; /student is at 0.25%');
      assert.deepEqual(allowed.allowed && allowed.warnings, [
        'no compare figures for route /room in traffic mirrored to ec/staging; its limit was not checked',
      ]);
    });
  });
});
