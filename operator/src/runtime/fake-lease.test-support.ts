// A Lease API in memory for leader election tests: one store, one client per replica.
import { ApiException, type V1Lease } from '@kubernetes/client-node';
import type { LeaseApi } from './leader.ts';

/** One Lease held in memory, with resourceVersion checks like the API server's. */
export class LeaseStore {
  lease: V1Lease | undefined;
  private rv = 0;
  read(): V1Lease {
    if (!this.lease) throw new ApiException(404, 'not found', {}, {});
    return structuredClone(this.lease);
  }
  create(lease: V1Lease): V1Lease {
    if (this.lease) throw new ApiException(409, 'exists', {}, {});
    return this.store(lease);
  }
  replace(lease: V1Lease): V1Lease {
    if (lease.metadata?.resourceVersion !== this.lease?.metadata?.resourceVersion) {
      throw new ApiException(409, 'conflict', {}, {});
    }
    return this.store(lease);
  }
  private store(lease: V1Lease): V1Lease {
    this.lease = structuredClone({
      ...lease,
      metadata: { ...lease.metadata, resourceVersion: String(++this.rv) },
    });
    return structuredClone(this.lease);
  }
}

/** One replica's connection to the store; `hang` makes its requests wait for their signal forever. */
export class FakeLeaseApi implements LeaseApi {
  hang = false;
  readonly calls: string[] = [];
  readonly signals: AbortSignal[] = [];
  readonly store: LeaseStore;
  constructor(store = new LeaseStore()) {
    this.store = store;
  }

  get lease(): V1Lease | undefined {
    return this.store.lease;
  }
  private answer<T>(verb: string, signal: AbortSignal, fn: () => T): Promise<T> {
    this.calls.push(verb);
    this.signals.push(signal);
    if (this.hang) return new Promise<T>(() => {}); // a request the API server never answers
    try {
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(err);
    }
  }
  read(_ns: string, _name: string, signal: AbortSignal): Promise<V1Lease> {
    return this.answer('read', signal, () => this.store.read());
  }
  create(lease: V1Lease, signal: AbortSignal): Promise<V1Lease> {
    return this.answer('create', signal, () => this.store.create(lease));
  }
  replace(lease: V1Lease, signal: AbortSignal): Promise<V1Lease> {
    return this.answer('replace', signal, () => this.store.replace(lease));
  }
}
