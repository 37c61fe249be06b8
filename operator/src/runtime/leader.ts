// Leader election on a coordination.k8s.io/v1 Lease, in the shape of client-go's
// leaderelection: acquire when the lease is free or its holder has not renewed it for a
// whole lease duration (measured on our own clock from when we last saw it change), renew
// every retry period, give up leadership when renewals fail for the renew deadline, and
// release the lease on graceful shutdown so a standby takes over at once. Every lease request
// is bounded: while leading, by what is left of the renew deadline (a hung renewal ends
// leadership on time instead of letting the old leader work on after its lease expired).
// Losing leadership is reported through `ended` (a rejection), never by exiting the process.
import { CoordinationV1Api, type KubeConfig, type V1Lease, V1MicroTime } from '@kubernetes/client-node';
import { statusCode, withSignal } from './client.ts';
import { abortable, sleep, systemTimers, type Timers } from './clock.ts';
import type { Logger } from './log.ts';

export interface LeaderOptions {
  namespace: string;
  name: string;
  identity: string;
  leaseDurationMs: number;
  renewDeadlineMs: number;
  retryPeriodMs: number;
  log: Logger;
  /** Default: the real clock. */
  timers?: Timers;
  /** Default: the coordination.k8s.io/v1 API of the kubeconfig. */
  api?: LeaseApi;
  /** Counts lease writes (they are the only writes expected in a steady state). */
  onWrite?: (verb: 'create' | 'update') => void;
}

/** The Lease requests leader election makes; each one ends (rejects) when its signal aborts. */
export interface LeaseApi {
  read(namespace: string, name: string, signal: AbortSignal): Promise<V1Lease>;
  create(lease: V1Lease, signal: AbortSignal): Promise<V1Lease>;
  replace(lease: V1Lease, signal: AbortSignal): Promise<V1Lease>;
}

export function coordinationLeaseApi(kc: KubeConfig): LeaseApi {
  const api = kc.makeApiClient(CoordinationV1Api);
  const ref = (l: V1Lease) => ({ name: l.metadata?.name ?? '', namespace: l.metadata?.namespace ?? '' });
  return {
    read: (namespace, name, signal) => api.readNamespacedLease({ name, namespace }, withSignal(signal)),
    create: (lease, signal) =>
      api.createNamespacedLease({ namespace: ref(lease).namespace, body: lease }, withSignal(signal)),
    replace: (lease, signal) =>
      api.replaceNamespacedLease({ ...ref(lease), body: lease }, withSignal(signal)),
  };
}

/** Leadership ended because the lease could not be renewed within the renew deadline. */
export class LeadershipLostError extends Error {
  override name = 'LeadershipLostError';
}

export interface Observed {
  holder: string;
  renewTime: string;
  /** Our clock when we first saw this (holder, renewTime) pair. */
  seenAtMs: number;
}

/** Whether `me` may take the lease: it is free, already ours, or its holder went silent. */
export function mayAcquire(
  holder: string | undefined,
  me: string,
  observed: Observed | undefined,
  nowMs: number,
  leaseMs: number,
): boolean {
  if (!holder || holder === me) return true;
  if (!observed) return false;
  return nowMs >= observed.seenAtMs + leaseMs;
}

export class LeaderElector {
  private readonly api: LeaseApi;
  private readonly o: LeaderOptions;
  private readonly timers: Timers;
  private observed: Observed | undefined;
  private leading = false;
  private lastRenewMs = 0;
  private stopped = false;
  private endedWith: { resolve: () => void; reject: (err: Error) => void } | undefined;
  /**
   * Settles once leadership (or the wait for it) ends: resolves after release(), rejects with
   * LeadershipLostError when renewals failed for the renew deadline.
   */
  readonly ended: Promise<void>;

  constructor(kc: KubeConfig, opts: LeaderOptions) {
    this.o = opts;
    this.api = opts.api ?? coordinationLeaseApi(kc);
    this.timers = opts.timers ?? systemTimers;
    this.ended = new Promise<void>((resolve, reject) => {
      this.endedWith = { resolve, reject };
    });
    this.ended.catch(() => {}); // reported to whoever awaits it; never an unhandled rejection
  }

  isLeader(): boolean {
    return this.leading;
  }

  /**
   * Blocks until leadership is acquired (true) or release() is called first (false), then renews
   * in the background. Each attempt is bounded by the renew deadline.
   */
  async acquire(): Promise<boolean> {
    while (!this.stopped) {
      const started = this.timers.now();
      if (await this.tryAcquireOrRenew(this.timers.timeout(this.o.renewDeadlineMs))) {
        if (this.stopped) return false;
        this.leading = true;
        this.lastRenewMs = started;
        this.o.log.info(
          { lease: `${this.o.namespace}/${this.o.name}`, identity: this.o.identity },
          'became leader',
        );
        void this.renewLoop();
        return true;
      }
      await sleep(this.timers, this.o.retryPeriodMs);
    }
    return false;
  }

  private async renewLoop(): Promise<void> {
    while (!this.stopped && this.leading) {
      await sleep(this.timers, this.o.retryPeriodMs);
      if (this.stopped) return;
      const started = this.timers.now();
      const deadline = this.lastRenewMs + this.o.renewDeadlineMs;
      const renewed =
        deadline > started && (await this.tryAcquireOrRenew(this.timers.timeout(deadline - started)));
      if (this.stopped) return;
      if (renewed) {
        this.lastRenewMs = started;
      } else if (this.timers.now() >= deadline) {
        this.leading = false;
        const msg = `lease ${this.o.namespace}/${this.o.name} not renewed within the renew deadline (${this.o.renewDeadlineMs} ms)`;
        this.o.log.error({ identity: this.o.identity }, `lost leadership: ${msg}`);
        this.endedWith?.reject(new LeadershipLostError(msg));
        return;
      }
    }
  }

  private async tryAcquireOrRenew(signal: AbortSignal): Promise<boolean> {
    const { namespace, name, identity } = this.o;
    const now = this.timers.now();
    const spec = (old: V1Lease['spec']) => ({
      holderIdentity: identity,
      leaseDurationSeconds: Math.ceil(this.o.leaseDurationMs / 1000),
      acquireTime:
        old?.holderIdentity === identity && old.acquireTime ? old.acquireTime : new V1MicroTime(now),
      renewTime: new V1MicroTime(now),
      leaseTransitions: (old?.leaseTransitions ?? 0) + (old?.holderIdentity === identity ? 0 : 1),
    });
    let lease: V1Lease;
    try {
      lease = await abortable(this.api.read(namespace, name, signal), signal);
    } catch (err) {
      if (statusCode(err) !== 404) {
        this.o.log.warn({ err: String(err) }, 'reading the lease failed');
        return false;
      }
      try {
        this.o.onWrite?.('create');
        await abortable(
          this.api.create({ metadata: { name, namespace }, spec: spec(undefined) }, signal),
          signal,
        );
        return true;
      } catch (e) {
        this.o.log.debug({ err: String(e) }, 'creating the lease failed');
        return false;
      }
    }
    const holder = lease.spec?.holderIdentity ?? undefined;
    const renewTime = lease.spec?.renewTime ? new Date(lease.spec.renewTime).toISOString() : '';
    if (!this.observed || this.observed.holder !== (holder ?? '') || this.observed.renewTime !== renewTime) {
      this.observed = { holder: holder ?? '', renewTime, seenAtMs: now };
    }
    const leaseMs = (lease.spec?.leaseDurationSeconds ?? 0) * 1000 || this.o.leaseDurationMs;
    if (!mayAcquire(holder, identity, this.observed, now, leaseMs)) return false;
    try {
      this.o.onWrite?.('update');
      await abortable(this.api.replace({ ...lease, spec: spec(lease.spec) }, signal), signal);
      return true;
    } catch (err) {
      this.o.log.debug({ err: String(err) }, 'updating the lease failed');
      return false;
    }
  }

  /** Stops renewing and, if leading, releases the lease so a standby need not wait for expiry. */
  async release(): Promise<void> {
    this.stopped = true;
    const wasLeading = this.leading;
    this.leading = false;
    try {
      if (wasLeading) await this.releaseLease();
    } finally {
      this.endedWith?.resolve();
    }
  }

  private async releaseLease(): Promise<void> {
    const { namespace, name } = this.o;
    const signal = this.timers.timeout(this.o.renewDeadlineMs);
    try {
      const lease = await abortable(this.api.read(namespace, name, signal), signal);
      if (lease.spec?.holderIdentity !== this.o.identity) return;
      this.o.onWrite?.('update');
      await abortable(
        this.api.replace(
          { ...lease, spec: { ...lease.spec, holderIdentity: '', leaseDurationSeconds: 1 } },
          signal,
        ),
        signal,
      );
    } catch (err) {
      this.o.log.warn({ err: String(err) }, 'releasing the lease failed');
    }
  }
}
