// Runs a controller: informers (started at once, so a standby's caches are warm), the probe
// server, leader election, workers once leading, a periodic resync, and graceful shutdown.
// Knows nothing of any particular resource.
import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import type { Clock } from './clock.ts';
import { Controller, type Reconcile } from './controller.ts';
import { type KindRef, type Watched, watchKind } from './informer.ts';
import { LeaderElector, type LeaderOptions } from './leader.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import { WorkQueue } from './queue.ts';
import { type ProbeServer, startProbeServer } from './server.ts';

export interface ManagerOptions {
  name: string;
  kc: KubeConfig;
  log: Logger;
  metrics: Metrics;
  clock: Clock;
  workers: number;
  /** Watch only this namespace (default: all namespaces). */
  namespace?: string;
  /** Every key is reconciled again this often (ms). */
  resyncMs: number;
  probe: { host: string; port: number };
  leaderElection?: Omit<LeaderOptions, 'clock' | 'log' | 'onWrite'>;
}

export class Manager {
  readonly queue: WorkQueue;
  private readonly o: ManagerOptions;
  private readonly watched: Watched<KubernetesObject>[] = [];
  private resyncKeys: () => string[] = () => [];
  private controller: Controller | undefined;
  private leader: LeaderElector | undefined;
  private probe: ProbeServer | undefined;
  private resyncTimer: NodeJS.Timeout | undefined;
  private stopping: Promise<void> | undefined;

  constructor(opts: ManagerOptions) {
    this.o = opts;
    this.queue = new WorkQueue({
      backoff: { baseMs: 100, maxMs: 300_000 },
      metrics: opts.metrics.queue(opts.name),
    });
  }

  /** Watches a kind; every change enqueues the keys `map` returns for the object. */
  watch<T extends KubernetesObject>(
    ref: KindRef,
    opts: { labelSelector?: string; map: (obj: T) => string[] },
  ): Watched<T> {
    const w = watchKind<T>(this.o.kc, ref, {
      ...(opts.labelSelector ? { labelSelector: opts.labelSelector } : {}),
      ...(this.o.namespace ? { namespace: this.o.namespace } : {}),
      log: this.o.log,
      onChange: (obj) => {
        for (const key of opts.map(obj)) this.queue.add(key);
      },
    });
    this.watched.push(w as unknown as Watched<KubernetesObject>);
    return w;
  }

  /** The keys a periodic resync enqueues (usually every primary object). */
  resync(keys: () => string[]): void {
    this.resyncKeys = keys;
  }

  synced(): boolean {
    return this.watched.every((w) => w.synced());
  }

  /** Listening port of the probe server (after start). */
  get probePort(): number | undefined {
    return this.probe?.port;
  }

  async start(reconcile: Reconcile): Promise<void> {
    const { log, metrics } = this.o;
    this.probe = await startProbeServer({
      ...this.o.probe,
      registry: metrics.registry,
      ready: () => this.synced(),
    });
    log.info({ port: this.probe.port }, 'probe server listening');
    await Promise.all(this.watched.map((w) => w.start()));
    const le = this.o.leaderElection;
    metrics.leader.set({ name: this.o.name }, 0);
    if (le) {
      this.leader = new LeaderElector(this.o.kc, {
        ...le,
        clock: this.o.clock,
        log,
        onWrite: (verb) => metrics.requests.inc({ verb, kind: 'Lease', code: '0' }),
      });
      log.info({ identity: le.identity, lease: `${le.namespace}/${le.name}` }, 'waiting for leadership');
      const won = await this.leader.acquire(() => {
        metrics.leader.set({ name: this.o.name }, 0);
        log.error('leadership lost; exiting so that a restart rejoins as a standby');
        process.exit(1);
      });
      if (!won) return;
    }
    metrics.leader.set({ name: this.o.name }, 1);
    this.controller = new Controller({ name: this.o.name, queue: this.queue, reconcile, metrics, log });
    this.controller.start(this.o.workers);
    for (const key of this.resyncKeys()) this.queue.add(key);
    this.resyncTimer = setInterval(() => {
      for (const key of this.resyncKeys()) this.queue.add(key);
    }, this.o.resyncMs);
    this.resyncTimer.unref();
    log.info({ workers: this.o.workers }, 'controller started');
  }

  /** Stops taking work, lets in-flight reconciles finish (bounded), releases the lease. */
  stop(graceMs = 20_000): Promise<void> {
    this.stopping ??= (async () => {
      if (this.resyncTimer) clearInterval(this.resyncTimer);
      this.queue.shutDown();
      if (this.controller) {
        await Promise.race([this.controller.drain(), new Promise((r) => setTimeout(r, graceMs).unref())]);
      }
      await this.leader?.release();
      await Promise.all(this.watched.map((w) => w.stop()));
      await this.probe?.close();
    })();
    return this.stopping;
  }
}
