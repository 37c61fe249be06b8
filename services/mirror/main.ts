// The shadow proxy: wiring only. `node services/mirror/main.ts`, configured by environment
// variables (README.md). PORT carries the proxied traffic, ADMIN_PORT the health, metrics and
// figures. SIGTERM: /readyz turns 503, in-flight requests finish (up to DRAIN_GRACE_MS), copies
// still queued or running are dropped (counted as shutdown), then the process exits 0.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../kit/log.ts';
import { createMetrics } from '../kit/metrics.ts';
import { runMain, serve } from '../kit/serve.ts';
import { createAdminApp } from './admin.ts';
import { loadConfig, mirroringEnabled } from './config.ts';
import { proxyParts } from './wiring.ts';

await runMain('mirror', async () => {
  const config = loadConfig(process.env);
  const policy = config.mirror;
  const logger = createLogger('mirror', config.logLevel);
  const metrics = createMetrics('mirror');

  const { ledger, dispatcher, digester, upstreamAgent, targetAgent, listener } = proxyParts(
    config,
    logger,
    metrics.registry,
  );
  const proxy = http.createServer(listener);
  proxy.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(config.port, config.host, () => resolve());
  });
  const port = (proxy.address() as AddressInfo).port;

  let draining = false;
  const healthUrl = config.upstreamUrl + config.upstreamHealthPath;
  const admin = await serve(
    createAdminApp({
      policy,
      ledger,
      dispatcher,
      logger,
      metrics,
      isDraining: () => draining,
      readiness: [
        {
          name: 'upstream',
          async check() {
            const res = await fetch(healthUrl, { signal: AbortSignal.timeout(2000) });
            await res.arrayBuffer();
            if (res.status >= 500) throw new Error(`${healthUrl} answered ${res.status}`);
          },
        },
      ],
    }),
    { host: config.host, port: config.adminPort, logger },
  );
  logger.info(
    {
      port,
      adminPort: admin.port,
      upstream: config.upstreamUrl,
      target: policy.targetUrl ?? null,
      mirroring: mirroringEnabled(policy),
      percent: policy.percent,
    },
    'proxy listening',
  );

  let drained: Promise<void> | undefined;
  const drain = () => {
    drained ??= (async () => {
      draining = true;
      logger.info('draining the proxy');
      const closed = new Promise<void>((resolve) => proxy.close(() => resolve()));
      // Kept-alive connections become idle as their last answer ends: close them as they do.
      const idle = setInterval(() => proxy.closeIdleConnections(), 50);
      proxy.closeIdleConnections();
      const timer = setTimeout(() => proxy.closeAllConnections(), config.drainGraceMs);
      await closed;
      clearInterval(idle);
      clearTimeout(timer);
      await dispatcher.close();
      await digester.close();
      upstreamAgent.destroy();
      targetAgent.destroy();
      await admin.drain();
    })();
    return drained;
  };
  return { server: proxy, port, drain };
});
