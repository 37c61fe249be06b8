// The proxy's moving parts built from its configuration: the ledger, the bounded dispatcher, the
// connection pools, the digester and the request listener (main.ts serves them; tests too).
import http from 'node:http';
import type { Registry } from 'prom-client';
import type { Logger } from '../kit/log.ts';
import { defaultIgnoreRules } from './compare.ts';
import { type MirrorConfig, mirroringEnabled } from './config.ts';
import { createDigester, type DigestPool } from './digest.ts';
import { Dispatcher } from './dispatcher.ts';
import { Ledger } from './ledger.ts';
import { createMirrorMetrics } from './metrics.ts';
import { createProxy } from './proxy.ts';
import { createRouteLabeler } from './routes.ts';
import { createSampler } from './sampler.ts';

export interface ProxyParts {
  ledger: Ledger;
  dispatcher: Dispatcher;
  digester: DigestPool;
  upstreamAgent: http.Agent;
  targetAgent: http.Agent;
  listener: http.RequestListener;
}

export function proxyParts(config: MirrorConfig, logger: Logger, registry: Registry): ProxyParts {
  const policy = config.mirror;
  // The gauges read the dispatcher only when scraped, after both exist.
  const ledger = new Ledger(
    policy.samples,
    createMirrorMetrics(registry, () => dispatcher.stats()),
  );
  const dispatcher = new Dispatcher({
    maxInflight: policy.maxInflight,
    queue: policy.queue,
    timeoutMs: policy.timeoutMs,
    onDone: (seconds) => ledger.mirrored(seconds),
    onDrop: (reason) => ledger.dropped(reason),
  });
  const upstreamAgent = new http.Agent({ keepAlive: true, scheduling: 'lifo' });
  const targetAgent = new http.Agent({ keepAlive: true, maxSockets: policy.maxInflight, scheduling: 'lifo' });
  const rules = [...(policy.ignoreDefaults ? defaultIgnoreRules : []), ...policy.ignore];
  const digester = createDigester({
    rules,
    maxBodyBytes: policy.maxBodyBytes,
    workers: policy.compare && mirroringEnabled(policy) ? policy.compareWorkers : 0,
  });
  const listener = createProxy({
    upstreamUrl: config.upstreamUrl,
    policy,
    upstreamAgent,
    targetAgent,
    sampler: createSampler(policy.percent, policy.sticky),
    dispatcher,
    ledger,
    routeOf: createRouteLabeler(),
    digest: digester.digest,
    log: logger,
  });
  return { ledger, dispatcher, digester, upstreamAgent, targetAgent, listener };
}
