// Listening and draining: on SIGTERM/SIGINT stop accepting, let in-flight requests finish (up to
// a grace period), then close the dependencies (Mongo, ...) and exit 0. A bad configuration is
// one line on stderr (and in the termination message) and exit code 1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KitApp } from './app.ts';
import type { Signer } from './callers.ts';
import { type BaseConfig, ConfigError } from './config.ts';
import { Dependency, type DependencyOptions } from './dependency.ts';
import { errorMessage, exitFatal } from './fatal.ts';
import { createLogger, type Logger } from './log.ts';
import { createMetrics, type HttpMetrics } from './metrics.ts';
import { createReporter, type ErrorReporter } from './sentry.ts';
import type { CallerPolicy } from './twirp/server.ts';

export interface Listening {
  server: Server;
  port: number;
  /** Stops accepting, waits for in-flight requests, runs the closers. */
  drain(): Promise<void>;
}

export interface ServeOptions {
  host: string;
  port: number;
  logger: Logger;
  /** Called after the server stopped, in order (close Mongo, flush Sentry, ...). */
  closers?: Array<() => Promise<void>>;
  graceMs?: number;
  /** Flipped on drain so /readyz reports 503. */
  draining?: { value: boolean };
}

export async function serve(app: KitApp, opts: ServeOptions): Promise<Listening> {
  const server = createServer(app.callback());
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  opts.logger.info({ host: opts.host, port }, 'listening');
  let drained: Promise<void> | undefined;
  const drain = () => {
    drained ??= (async () => {
      if (opts.draining) opts.draining.value = true;
      opts.logger.info('draining');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), opts.graceMs ?? 10_000);
      await closed;
      clearTimeout(timer);
      for (const close of opts.closers ?? []) {
        try {
          await close();
        } catch (err) {
          opts.logger.warn({ err }, 'closing a dependency failed');
        }
      }
      opts.logger.info('stopped');
    })();
    return drained;
  };
  return { server, port, drain };
}

/** What every service's wiring gets from the kit. */
export interface Wiring {
  logger: Logger;
  reporter: ErrorReporter;
  metrics: HttpMetrics;
  isDraining: () => boolean;
  /** base.trustedProxyHops (TRUSTED_PROXY_HOPS), for createServiceApp. */
  trustedProxyHops: number;
  /** Who may call this service's RPCs (RPC_KEY, ADMIN_KEY): for mountTwirp; undefined without keys. */
  callers: CallerPolicy | undefined;
  /** SHADOW_KEY, for createServiceApp. */
  shadowKeys: Buffer[];
  /** How this service signs its calls (RPC_KEY), for its TwirpClients; undefined without a key. */
  signer: Signer | undefined;
  /** Ends the process with one line (stderr and termination message): for errors no retry can fix. */
  fatal: (what: string) => never;
  /**
   * A dependency to wait for (kit/dependency.ts), started once the service listens and stopped
   * when it drains; put its readiness() into the app's readiness checks.
   */
  depend: (opts: Omit<DependencyOptions, 'fatal' | 'logger'>) => Dependency;
}

/** RPC methods that want the admin key (ADMIN_KEY), per service: those that rewrite data. */
export const adminMethods: Record<string, readonly string[]> = { entity: ['ImportSemester'] };

/**
 * The common part of every `main`: logger, error reporter, metrics, then the service's own app from
 * `build`, listening, then its dependencies (opened in the background, retried: the service answers
 * /healthz at once and /readyz once they are there), and draining (stop retrying, its closers, the
 * reporter).
 */
export async function startService(
  name: string,
  base: BaseConfig,
  build: (w: Wiring) => Promise<{
    app: KitApp;
    closers?: Array<() => Promise<void>>;
    /** A second app on its own port (web's /readyz and /metrics, out of the Ingress's reach). */
    admin?: { app: KitApp; port: number };
  }>,
): Promise<Listening> {
  const logger = createLogger(name, base.logLevel);
  const reporter = createReporter(base.sentryDsn, name);
  const draining = { value: false };
  const metrics = createMetrics(name);
  const fatal = (what: string): never => exitFatal(name, what);
  const deps: Dependency[] = [];
  const depend: Wiring['depend'] = (opts) => {
    const d = new Dependency({ ...opts, fatal, logger });
    deps.push(d);
    return d;
  };
  const {
    app,
    closers = [],
    admin,
  } = await build({
    logger,
    reporter,
    metrics,
    isDraining: () => draining.value,
    trustedProxyHops: base.trustedProxyHops,
    callers:
      base.rpcKeys.length > 0 || base.adminKeys.length > 0
        ? { rpcKeys: base.rpcKeys, adminKeys: base.adminKeys, adminMethods: adminMethods[name] ?? [] }
        : undefined,
    shadowKeys: base.shadowKeys,
    signer: base.rpcKeys[0] ? { caller: name, key: base.rpcKeys[0] } : undefined,
    fatal,
    depend,
  });
  // The admin port listens first (the readiness probe asks it) and closes last.
  const adminListening = admin
    ? await serve(admin.app, { host: base.host, port: admin.port, logger: logger.child({ port: 'admin' }) })
    : undefined;
  const listening = await serve(app, {
    host: base.host,
    port: base.port,
    logger,
    draining,
    closers: [
      async () => {
        for (const d of deps) d.stop();
      },
      ...closers,
      ...(adminListening ? [() => adminListening.drain()] : []),
      () => reporter.flush(),
    ],
  });
  for (const d of deps) d.start();
  return listening;
}

/**
 * Runs a service's main: exits 1 with one line (stderr and the termination message, see fatal.ts)
 * on a ConfigError, a failed start or an error nothing caught; drains on SIGTERM/SIGINT.
 */
export async function runMain(name: string, start: () => Promise<Listening>): Promise<void> {
  process.on('uncaughtException', (err) => exitFatal(name, `crashed: ${errorMessage(err)}`));
  process.on('unhandledRejection', (err) => exitFatal(name, `crashed: ${errorMessage(err)}`));
  let listening: Listening;
  try {
    listening = await start();
  } catch (err) {
    if (err instanceof ConfigError) exitFatal(name, `bad configuration: ${err.message}`);
    exitFatal(name, `failed to start: ${errorMessage(err)}`);
  }
  const stop = () => {
    listening.drain().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
