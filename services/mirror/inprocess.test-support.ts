// The shadow proxy in this process on a loopback port (createProxy with the wiring of main.ts),
// for tests that speak raw HTTP to it. Configuration is the environment main reads.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '../kit/log.ts';
import { createMetrics } from '../kit/metrics.ts';
import { loadConfig } from './config.ts';
import type { Dispatcher } from './dispatcher.ts';
import type { Ledger } from './ledger.ts';
import { type Standin, startStandin } from './standin.test-support.ts';
import { proxyParts } from './wiring.ts';

export interface InProcessProxy {
  port: number;
  ledger: Ledger;
  dispatcher: Dispatcher;
  close(): Promise<void>;
}

export async function startProxy(env: Record<string, string>): Promise<InProcessProxy> {
  const config = loadConfig({ PORT: '0', ADMIN_PORT: '0', ...env });
  const parts = proxyParts(config, silentLogger(), createMetrics('mirror', { defaults: false }).registry);
  const { ledger, dispatcher, digester, upstreamAgent, targetAgent } = parts;
  const server = http.createServer(parts.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    ledger,
    dispatcher,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await dispatcher.close();
      await digester.close();
      upstreamAgent.destroy();
      targetAgent.destroy();
    },
  };
}

export interface Mirrored {
  production: Standin;
  staging: Standin;
  proxy: InProcessProxy;
  close(): Promise<void>;
}

/** Stand-ins of production and staging web, and the proxy between them mirroring 100% (plus `env`). */
export async function startMirrored(env: Record<string, string> = {}): Promise<Mirrored> {
  const production = await startStandin('ok');
  const staging = await startStandin('ok');
  const proxy = await startProxy({
    UPSTREAM_URL: production.url,
    MIRROR_TARGET_URL: staging.url,
    MIRROR_PERCENT: '100',
    ...env,
  });
  return {
    production,
    staging,
    proxy,
    async close() {
      await proxy.close();
      await production.close();
      await staging.close();
    },
  };
}
