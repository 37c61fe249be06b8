// The mirror's Prometheus metrics, on the kit's registry (which also carries the process defaults
// and http_requests_total of the admin port). Proxied production requests are counted under their
// own name, mirror_proxied_requests_total, never http_requests_total: production web counts those
// requests itself, and a sum over the namespace must not see them twice.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { DispatcherStats } from './dispatcher.ts';
import type { MetricsSink } from './ledger.ts';

export function createMirrorMetrics(registry: Registry, dispatcher: () => DispatcherStats): MetricsSink {
  const registers = [registry];
  const proxied = new Counter({
    name: 'mirror_proxied_requests_total',
    help: 'Requests forwarded to production (the upstream), by status class (unreachable: the proxy answered 502 itself)',
    labelNames: ['status_class'] as const,
    registers,
  });
  const sampled = new Counter({
    name: 'mirror_sampled_requests_total',
    help: 'Requests chosen to be copied to the target (each ends up mirrored or dropped)',
    registers,
  });
  const mirrored = new Counter({
    name: 'mirror_mirrored_requests_total',
    help: 'Copies the target answered within the deadline',
    registers,
  });
  const dropped = new Counter({
    name: 'mirror_dropped_requests_total',
    help: 'Copies given up, by reason: queue_full, timeout, target_error, body_too_large, shutdown',
    labelNames: ['reason'] as const,
    registers,
  });
  const compared = new Counter({
    name: 'mirror_compared_requests_total',
    help: "Target answers compared with production's, by route (first path segment) and result (match, mismatch, skipped)",
    labelNames: ['route', 'result'] as const,
    registers,
  });
  const latency = new Histogram({
    name: 'mirror_target_duration_seconds',
    help: 'Time from sending a copy to the end of the target answer',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  new Gauge({
    name: 'mirror_inflight_requests',
    help: 'Copies being sent to the target now',
    registers,
    collect() {
      this.set(dispatcher().inflight);
    },
  });
  new Gauge({
    name: 'mirror_queued_requests',
    help: 'Copies waiting for a free slot',
    registers,
    collect() {
      this.set(dispatcher().queued);
    },
  });
  return {
    proxied: (statusClass) => proxied.inc({ status_class: statusClass }),
    sampled: () => sampled.inc(),
    mirrored: (seconds) => {
      mirrored.inc();
      latency.observe(seconds);
    },
    dropped: (reason) => dropped.inc({ reason }),
    compared: (route, result) => compared.inc({ route, result }),
  };
}
