// Prometheus metrics of one app: requests by route, method, status and shadow, and their latency.
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export interface HttpMetrics {
  registry: Registry;
  requests: Counter<'route' | 'method' | 'status' | 'shadow'>;
  duration: Histogram<'route' | 'method' | 'status' | 'shadow'>;
}

export function createMetrics(service: string, opts: { defaults?: boolean } = {}): HttpMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (opts.defaults ?? true) collectDefaultMetrics({ register: registry });
  const labelNames = ['route', 'method', 'status', 'shadow'] as const;
  return {
    registry,
    requests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests served, by route, method, status and whether they were mirrored (shadow) traffic',
      labelNames,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency in seconds, by route, method, status and shadow',
      labelNames,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
  };
}
