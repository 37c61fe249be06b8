// Leader election on a coordination.k8s.io/v1 Lease, in the shape of client-go's
// leaderelection: acquire when the lease is free or its holder has not renewed it for a
// whole lease duration (measured on our own clock from when we last saw it change), renew
// every retry period, give up leadership when renewals fail for the renew deadline, and
// release the lease on graceful shutdown so a standby takes over at once.
import { CoordinationV1Api, type KubeConfig, type V1Lease, V1MicroTime } from '@kubernetes/client-node';
import { statusCode } from './client.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './log.ts';

export interface LeaderOptions {
  namespace: string;
  name: string;
  identity: string;
  leaseDurationMs: number;
  renewDeadlineMs: number;
  retryPeriodMs: number;
  clock: Clock;
  log: Logger;
  /** Counts lease writes (they are the only writes expected in a steady state). */
  onWrite?: (verb: 'create' | 'update') => void;
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
  private readonly api: CoordinationV1Api;
  private readonly o: LeaderOptions;
  private observed: Observed | undefined;
  private leading = false;
  private lastRenewMs = 0;
  private stopped = false;

  constructor(kc: KubeConfig, opts: LeaderOptions) {
    this.api = kc.makeApiClient(CoordinationV1Api);
    this.o = opts;
  }

  isLeader(): boolean {
    return this.leading;
  }

  /**
   * Blocks until leadership is acquired (or stop() is called), then renews in the background;
   * calls onLost once if leadership is lost.
   */
  async acquire(onLost: () => void): Promise<boolean> {
    while (!this.stopped) {
      if (await this.tryAcquireOrRenew()) {
        this.leading = true;
        this.lastRenewMs = this.o.clock.now().getTime();
        this.o.log.info(
          { lease: `${this.o.namespace}/${this.o.name}`, identity: this.o.identity },
          'became leader',
        );
        void this.renewLoop(onLost);
        return true;
      }
      await sleep(this.o.retryPeriodMs);
    }
    return false;
  }

  private async renewLoop(onLost: () => void): Promise<void> {
    while (!this.stopped && this.leading) {
      await sleep(this.o.retryPeriodMs);
      if (this.stopped) return;
      const now = this.o.clock.now().getTime();
      if (await this.tryAcquireOrRenew()) {
        this.lastRenewMs = now;
      } else if (now - this.lastRenewMs >= this.o.renewDeadlineMs) {
        this.leading = false;
        this.o.log.error({ identity: this.o.identity }, 'lost leadership');
        onLost();
        return;
      }
    }
  }

  private async tryAcquireOrRenew(): Promise<boolean> {
    const { namespace, name, identity, clock } = this.o;
    const now = clock.now();
    const spec = (old: V1Lease['spec']) => ({
      holderIdentity: identity,
      leaseDurationSeconds: Math.ceil(this.o.leaseDurationMs / 1000),
      acquireTime:
        old?.holderIdentity === identity && old.acquireTime
          ? old.acquireTime
          : new V1MicroTime(now.getTime()),
      renewTime: new V1MicroTime(now.getTime()),
      leaseTransitions: (old?.leaseTransitions ?? 0) + (old?.holderIdentity === identity ? 0 : 1),
    });
    let lease: V1Lease;
    try {
      lease = await this.api.readNamespacedLease({ name, namespace });
    } catch (err) {
      if (statusCode(err) !== 404) {
        this.o.log.warn({ err: String(err) }, 'reading the lease failed');
        return false;
      }
      try {
        this.o.onWrite?.('create');
        await this.api.createNamespacedLease({
          namespace,
          body: { metadata: { name, namespace }, spec: spec(undefined) },
        });
        return true;
      } catch (e) {
        this.o.log.debug({ err: String(e) }, 'creating the lease failed');
        return false;
      }
    }
    const holder = lease.spec?.holderIdentity ?? undefined;
    const renewTime = lease.spec?.renewTime ? new Date(lease.spec.renewTime).toISOString() : '';
    if (!this.observed || this.observed.holder !== (holder ?? '') || this.observed.renewTime !== renewTime) {
      this.observed = { holder: holder ?? '', renewTime, seenAtMs: now.getTime() };
    }
    const leaseMs = (lease.spec?.leaseDurationSeconds ?? 0) * 1000 || this.o.leaseDurationMs;
    if (!mayAcquire(holder, identity, this.observed, now.getTime(), leaseMs)) return false;
    try {
      this.o.onWrite?.('update');
      await this.api.replaceNamespacedLease({ name, namespace, body: { ...lease, spec: spec(lease.spec) } });
      return true;
    } catch (err) {
      this.o.log.debug({ err: String(err) }, 'updating the lease failed');
      return false;
    }
  }

  /** Stops renewing and, if leading, releases the lease so a standby need not wait for expiry. */
  async release(): Promise<void> {
    this.stopped = true;
    if (!this.leading) return;
    this.leading = false;
    const { namespace, name } = this.o;
    try {
      const lease = await this.api.readNamespacedLease({ name, namespace });
      if (lease.spec?.holderIdentity !== this.o.identity) return;
      this.o.onWrite?.('update');
      await this.api.replaceNamespacedLease({
        name,
        namespace,
        body: { ...lease, spec: { ...lease.spec, holderIdentity: '', leaseDurationSeconds: 1 } },
      });
    } catch (err) {
      this.o.log.warn({ err: String(err) }, 'releasing the lease failed');
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
