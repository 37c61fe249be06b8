import assert from 'node:assert/strict';
import { exportedSeries, metricNamesIn } from './metric-names.ts';

describe('metric names of PromQL expressions', () => {
  it('finds the selected metrics, not functions, aggregations, labels or durations', () => {
    assert.deepEqual(
      metricNamesIn(
        'histogram_quantile(0.95, sum by (namespace, le) (rate(http_request_duration_seconds_bucket{shadow="false", namespace=~"$namespace"}[5m])))',
      ),
      ['http_request_duration_seconds_bucket'],
    );
    assert.deepEqual(
      metricNamesIn(
        'time() - max by (name) (a_seconds) > 2 * max without (pod) (b_seconds) and on (name) c unless d offset 5m',
      ),
      ['a_seconds', 'b_seconds', 'c', 'd'],
    );
    assert.deepEqual(metricNamesIn('label_values(everyclass_environment_info, namespace)'), [
      'everyclass_environment_info',
    ]);
    assert.deepEqual(metricNamesIn('sum(rate(x_total{route="/a(b)"}[1m])) / ignoring(route) y'), [
      'x_total',
      'y',
    ]);
  });

  it('lists what the operator and the services register, histograms by their series', async () => {
    const names = await exportedSeries();
    for (const n of [
      'controller_runtime_reconcile_total',
      'controller_runtime_reconcile_time_seconds_bucket',
      'everyclass_environment_condition',
      'http_requests_total',
      'http_request_duration_seconds_count',
      'mirror_dropped_requests_total',
      'process_cpu_seconds_total',
    ])
      assert.ok(names.has(n), `${n} is exported`);
    assert.ok(!names.has('http_request_duration_seconds'), 'a histogram has no series of its bare name');
  });
});
