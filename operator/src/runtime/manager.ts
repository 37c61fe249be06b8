// Runs a controller: informers (started at once, so a standby's caches are warm), the probe
// server, leader election, workers once leading, a periodic resync, and graceful shutdown.
// Losing leadership stops the work and rejects wait(): what to do then (exit) is main's call.
// Knows nothing of any particular resource.
import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import { type Clock, systemTimers, type Timers } from './clock.ts';
import { Controller, type Reconcile } from './controller.ts';
import { type KindRef, kindServed, type Verb, type Watched, watchKind } from './informer.ts';
import { LeaderElector, type LeaderOptions } from './leader.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import { combineWatched } from './namespaces.ts';
import { WorkQueue } from './queue.ts';
import { type ProbeServer, startProbeServer } from './server.ts';

export interface ManagerOptions {
  name: string;
  kc: KubeConfig;
  log: Logger;
  metrics: Metrics;
  clock: Clock;
  /** Timers of the queue and of leader election (default: the real clock). */
  timers?: Timers;
  workers: number;
  /**
   * Watch only these namespaces (default: all namespaces): a namespaced install, with a Role in
   * each of them (config/namespaced) and nothing cluster-wide.
   */
  namespaces?: readonly string[];
  /** Every key is reconciled again this often (ms). */
  resyncMs: number;
  probe: { host: string; port: number };
  leaderElection?: Omit<LeaderOptions, 'log' | 'onWrite' | 'timers'>;
  /** How often kinds watched with watchWhenServed are looked up in discovery (ms, default 30 s). */
  discoveryMs?: number;
}

export interface WatchOptions<T extends KubernetesObject> {
  labelSelector?: string;
  /** The keys to reconcile for a change of `obj` (none: ignore the change). */
  map: (obj: T, verb: Verb) => string[];
  /** Trims every object before it is cached (e.g. pods to metadata and status). */
  transform?: (obj: T) => void;
}

/** A kind watched only while the API server serves it (its CRDs may be installed or removed at any time). */
export interface OptionalWatched<T extends KubernetesObject> extends Watched<T> {
  /** Whether discovery last showed the kind served (and so its informer runs). */
  served(): boolean;
}

interface Optional {
  w: Watched<KubernetesObject>;
  served: boolean;
}

export class Manager {
  readonly queue: WorkQueue;
  private readonly o: ManagerOptions;
  private readonly watched: Watched<KubernetesObject>[] = [];
  private readonly optional: Optional[] = [];
  private discoveryTimer: NodeJS.Timeout | undefined;
  private resyncKeys: () => string[] = () => [];
  private controller: Controller | undefined;
  private leader: LeaderElector | undefined;
  private probe: ProbeServer | undefined;
  private resyncTimer: NodeJS.Timeout | undefined;
  private stopping: Promise<void> | undefined;
  private finish: { resolve: () => void; reject: (err: Error) => void } | undefined;
  private readonly finished: Promise<void>;

  constructor(opts: ManagerOptions) {
    this.o = opts;
    this.queue = new WorkQueue({
      backoff: { baseMs: 100, maxMs: 300_000 },
      metrics: opts.metrics.queue(opts.name),
      timers: opts.timers ?? systemTimers,
    });
    this.finished = new Promise<void>((resolve, reject) => {
      this.finish = { resolve, reject };
    });
    this.finished.catch(() => {}); // reported through wait(); never an unhandled rejection
  }

  /**
   * Settles when the manager is done: resolves once stop() finished, rejects (with the
   * LeadershipLostError) when leadership was lost, after the workers stopped taking keys.
   */
  wait(): Promise<void> {
    return this.finished;
  }

  /** An informer of a kind whose every change enqueues the keys `map` returns for the object. */
  private informer<T extends KubernetesObject>(ref: KindRef, opts: WatchOptions<T>): Watched<T> {
    const one = (namespace?: string) =>
      watchKind<T>(this.o.kc, ref, {
        ...(opts.labelSelector ? { labelSelector: opts.labelSelector } : {}),
        ...(namespace ? { namespace } : {}),
        ...(opts.transform ? { transform: opts.transform } : {}),
        log: this.o.log,
        ...(this.o.timers ? { timers: this.o.timers } : {}),
        onChange: (obj, verb) => {
          for (const key of opts.map(obj, verb)) this.queue.add(key);
        },
      });
    const namespaces = this.o.namespaces ?? [];
    if (namespaces.length === 0) return one();
    if (namespaces.length === 1) return one(namespaces[0]);
    return combineWatched(new Map(namespaces.map((n) => [n, one(n)])));
  }

  /** Watches a kind; every change enqueues the keys `map` returns for the object. */
  watch<T extends KubernetesObject>(ref: KindRef, opts: WatchOptions<T>): Watched<T> {
    const w = this.informer(ref, opts);
    this.watched.push(w as unknown as Watched<KubernetesObject>);
    return w;
  }

  /**
   * Like watch, for a kind whose API may not be installed: its informer runs only while discovery
   * shows the kind served (checked at start and every discoveryMs). When that changes, every
   * resync key is enqueued so reconciles see the new state; until then the cache is empty and
   * does not hold /readyz back.
   */
  watchWhenServed<T extends KubernetesObject>(ref: KindRef, opts: WatchOptions<T>): OptionalWatched<T> {
    const w = this.informer(ref, opts);
    const entry: Optional = { w: w as unknown as Watched<KubernetesObject>, served: false };
    this.optional.push(entry);
    return { ...w, served: () => entry.served };
  }

  /** Looks every optional kind up in discovery; starts or stops its informer when that changed. */
  private async discover(): Promise<void> {
    let changed = false;
    for (const entry of this.optional) {
      const served = await kindServed(this.o.kc, entry.w.ref).catch((err: unknown) => {
        this.o.log.warn({ kind: entry.w.ref.kind, err: String(err) }, 'discovery failed');
        return entry.served;
      });
      if (served === entry.served) continue;
      entry.served = served;
      changed = true;
      this.o.log.info(
        { kind: entry.w.ref.kind, apiVersion: entry.w.ref.apiVersion, served },
        'API availability changed',
      );
      if (served) await entry.w.start();
      else await entry.w.stop();
    }
    if (changed && this.controller) for (const key of this.resyncKeys()) this.queue.add(key);
  }

  /** The keys a periodic resync enqueues (usually every primary object). */
  resync(keys: () => string[]): void {
    this.resyncKeys = keys;
  }

  synced(): boolean {
    return this.watched.every((w) => w.synced()) && this.optional.every((o) => !o.served || o.w.synced());
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
    if (this.optional.length) {
      await this.discover();
      this.discoveryTimer = setInterval(() => void this.discover(), this.o.discoveryMs ?? 30_000);
      this.discoveryTimer.unref();
    }
    const le = this.o.leaderElection;
    metrics.leader.set({ name: this.o.name }, 0);
    if (le) {
      this.leader = new LeaderElector(this.o.kc, {
        ...le,
        timers: this.o.timers ?? systemTimers,
        log,
        onWrite: (verb) => metrics.requests.inc({ verb, kind: 'Lease', code: '0' }),
      });
      log.info({ identity: le.identity, lease: `${le.namespace}/${le.name}` }, 'waiting for leadership');
      const won = await this.leader.acquire();
      if (!won) return;
      this.leader.ended.catch((err: Error) => {
        metrics.leader.set({ name: this.o.name }, 0);
        this.stopWork();
        log.error({ err: err.message }, 'leadership lost; no more reconciles');
        this.finish?.reject(err);
      });
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
      this.stopWork();
      if (this.controller) {
        await Promise.race([this.controller.drain(), new Promise((r) => setTimeout(r, graceMs).unref())]);
      }
      await this.leader?.release();
      await Promise.all(this.watched.map((w) => w.stop()));
      await Promise.all(this.optional.filter((o) => o.served).map((o) => o.w.stop()));
      await this.probe?.close();
      this.finish?.resolve();
    })();
    return this.stopping;
  }

  /** No more keys to workers, no more resyncs or discovery. */
  private stopWork(): void {
    if (this.resyncTimer) clearInterval(this.resyncTimer);
    if (this.discoveryTimer) clearInterval(this.discoveryTimer);
    this.queue.shutDown();
  }
}
