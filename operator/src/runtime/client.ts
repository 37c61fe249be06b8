// Writes to the API server: every write goes through here, carries the field manager and is
// counted (rest_client_requests_total), so tests and the benchmark can prove a steady state
// writes nothing. Repeated Events are aggregated like client-go's recorder: the same event
// again (object, type, reason, message, component) bumps count and lastTimestamp of the first.
import { createHash } from 'node:crypto';
import type { AgentOptions } from 'node:https';
import {
  ApiException,
  type Cluster,
  type ConfigurationOptions,
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  type KubernetesObject,
  KubernetesObjectApi,
  Observable,
  PatchStrategy,
  setHeaderOptions,
  type V1OwnerReference,
} from '@kubernetes/client-node';

export interface WriteCounter {
  write(
    verb: 'apply' | 'create' | 'patch' | 'delete' | 'patch-status' | 'event',
    kind: string,
    code: number,
  ): void;
}

export interface ResourceRef {
  group: string;
  version: string;
  plural: string;
  namespace: string;
  name: string;
  /**
   * The resourceVersion the new status was computed from: the write fails with 409 Conflict when the
   * object changed since (no blind overwrite). Undefined writes unconditionally.
   */
  resourceVersion: string | undefined;
}

export interface EventInput {
  regarding: { apiVersion: string; kind: string; namespace: string; name: string; uid?: string };
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  component: string;
  now: Date;
}

/** Request options under which the request is cancelled when `signal` aborts. */
export function withSignal(signal: AbortSignal): ConfigurationOptions {
  return {
    middleware: [
      {
        pre: (ctx) => {
          ctx.setSignal(signal);
          return new Observable(Promise.resolve(ctx));
        },
        post: (res) => new Observable(Promise.resolve(res)),
      },
    ],
    middlewareMergeStrategy: 'append',
  };
}

/** The JSON patch replaceStatus sends: the resourceVersion precondition, then the status. */
function statusPatch(status: unknown, resourceVersion: string | undefined): object[] {
  return [
    ...(resourceVersion
      ? [{ op: 'replace', path: '/metadata/resourceVersion', value: resourceVersion }]
      : []),
    { op: 'add', path: '/status', value: status },
  ];
}

export function statusCode(err: unknown): number {
  if (err instanceof ApiException) return err.code;
  return 0;
}

/** The private factory every API call of client-node 2.0.x goes through (KubeConfig.createDispatcher). */
interface DispatcherFactory {
  createDispatcher(cluster: Cluster | null, agentOptions: AgentOptions): unknown;
}

/**
 * Makes every API call made through `kc` share kept-alive connections. client-node 2.0.1 builds a
 * new undici Agent for every call (applySecurityAuthentication → createDispatcher), i.e. a TCP and
 * TLS handshake per request and sockets left to time out; here one Agent is made per distinct
 * cluster and TLS material, and reused. Throws if client-node no longer has that factory (an
 * upgrade to check, not to ignore).
 */
export function shareConnections(kc: KubeConfig): void {
  const factory = kc as unknown as DispatcherFactory;
  if (typeof factory.createDispatcher !== 'function')
    throw new Error('client-node has no KubeConfig.createDispatcher: check shareConnections');
  const create = factory.createDispatcher.bind(kc);
  const made = new Map<string, unknown>();
  factory.createDispatcher = (cluster, agentOptions) => {
    const h = createHash('sha256').update(JSON.stringify([cluster?.server, cluster?.proxyUrl]));
    for (const [k, v] of Object.entries(agentOptions).sort(([a], [b]) => a.localeCompare(b)))
      h.update(`\0${k}=`).update(typeof v === 'string' || Buffer.isBuffer(v) ? v : (JSON.stringify(v) ?? ''));
    const key = h.digest('hex');
    if (made.has(key)) return made.get(key);
    const d = create(cluster, agentOptions);
    if (made.size >= 8) made.clear(); // rotated certificates: the old agents go
    made.set(key, d);
    return d;
  };
}

/** How many distinct events are remembered for aggregation (client-go's LRU holds 4096 too). */
const eventCacheSize = 4096;

interface RecordedEvent {
  name: string;
  namespace: string;
  count: number;
}

export class KubeClient {
  /** Events recorded by this client, by what makes two of them the same; oldest first. */
  private readonly recorded = new Map<string, RecordedEvent>();
  private readonly objects: KubernetesObjectApi;
  private readonly custom: CustomObjectsApi;
  private readonly core: CoreV1Api;
  private readonly fieldManager: string;
  private readonly counter: WriteCounter | undefined;

  constructor(kc: KubeConfig, opts: { fieldManager: string; counter?: WriteCounter }) {
    this.objects = KubernetesObjectApi.makeApiClient(kc);
    this.custom = kc.makeApiClient(CustomObjectsApi);
    this.core = kc.makeApiClient(CoreV1Api);
    this.fieldManager = opts.fieldManager;
    this.counter = opts.counter;
  }

  private async counted<T>(
    verb: Parameters<WriteCounter['write']>[0],
    kind: string,
    op: () => Promise<T>,
  ): Promise<T> {
    try {
      const out = await op();
      this.counter?.write(verb, kind, 200);
      return out;
    } catch (err) {
      this.counter?.write(verb, kind, statusCode(err));
      throw err;
    }
  }

  /** Server-side apply of the whole object under our field manager, taking over conflicting fields. */
  apply<T extends KubernetesObject>(obj: T): Promise<T> {
    return this.counted('apply', obj.kind ?? '', () =>
      this.objects.patch(obj, undefined, undefined, this.fieldManager, true, PatchStrategy.ServerSideApply),
    );
  }

  /** Creates the object; resolves false (and writes nothing more) when it already exists. */
  async createIfAbsent(obj: KubernetesObject): Promise<boolean> {
    try {
      await this.counted('create', obj.kind ?? '', () =>
        this.objects.create(obj, undefined, undefined, this.fieldManager),
      );
      return true;
    } catch (err) {
      if (statusCode(err) === 409) return false;
      throw err;
    }
  }

  /**
   * Replaces metadata.ownerReferences of the object if it is still the version observed (a JSON
   * merge patch carrying its resourceVersion: a concurrent change fails with 409 and is retried).
   */
  async setOwnerReferences(obj: KubernetesObject, refs: V1OwnerReference[]): Promise<void> {
    const { name, namespace, resourceVersion } = obj.metadata ?? {};
    await this.counted('patch', obj.kind ?? '', () =>
      this.objects.patch(
        {
          apiVersion: obj.apiVersion,
          kind: obj.kind,
          metadata: { name, namespace, resourceVersion, ownerReferences: refs },
        },
        undefined,
        undefined,
        this.fieldManager,
        undefined,
        PatchStrategy.MergePatch,
      ),
    );
  }

  /** Deletes the object if it is still the one observed (uid precondition); absent is fine. */
  async delete(obj: KubernetesObject): Promise<void> {
    const uid = obj.metadata?.uid;
    try {
      await this.counted('delete', obj.kind ?? '', () =>
        this.objects.delete(obj, undefined, undefined, undefined, undefined, 'Background', {
          ...(uid ? { preconditions: { uid } } : {}),
        }),
      );
    } catch (err) {
      if (statusCode(err) !== 404) throw err;
    }
  }

  /**
   * Replaces the status subresource of a custom resource (JSON patch), on the condition that the
   * object still has ref.resourceVersion (the patched object carries it, so the API server answers
   * 409 Conflict when it moved on, as for an update).
   */
  async replaceStatus(ref: ResourceRef, kind: string, status: unknown): Promise<void> {
    const { resourceVersion, ...path } = ref;
    await this.counted('patch-status', kind, () =>
      this.custom.patchNamespacedCustomObjectStatus(
        { ...path, body: statusPatch(status, resourceVersion) },
        setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
      ),
    );
  }

  /** Addresses of the Ready pods matching a label selector in a namespace (a read, not counted as a write). */
  async readyPodIPs(namespace: string, labelSelector: string): Promise<string[]> {
    const pods = await this.core.listNamespacedPod({ namespace, labelSelector });
    return pods.items
      .filter(
        (p) =>
          !p.metadata?.deletionTimestamp &&
          p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
      )
      .flatMap((p) => (p.status?.podIP ? [p.status.podIP] : []));
  }

  /**
   * Records a core/v1 Event on an object (what `kubectl describe` shows). The same event again
   * patches the first one's count and lastTimestamp instead of creating another object; if that
   * one is gone (events expire), a new one is created.
   */
  async event(e: EventInput): Promise<void> {
    const r = e.regarding;
    const key = JSON.stringify([
      e.component,
      r.apiVersion,
      r.kind,
      r.namespace,
      r.name,
      r.uid,
      e.type,
      e.reason,
      e.message,
    ]);
    const seen = this.recorded.get(key);
    if (seen) {
      this.recorded.delete(key); // most recently used last
      try {
        await this.counted('event', 'Event', () =>
          this.core.patchNamespacedEvent(
            {
              name: seen.name,
              namespace: seen.namespace,
              body: { count: seen.count + 1, lastTimestamp: e.now },
            },
            setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
          ),
        );
        this.remember(key, { ...seen, count: seen.count + 1 });
        return;
      } catch (err) {
        if (statusCode(err) !== 404) {
          this.remember(key, seen);
          throw err;
        }
      }
    }
    const created = await this.counted('event', 'Event', () =>
      this.core.createNamespacedEvent({
        namespace: r.namespace,
        body: {
          metadata: { generateName: `${r.name}.`, namespace: r.namespace },
          involvedObject: {
            apiVersion: r.apiVersion,
            kind: r.kind,
            namespace: r.namespace,
            name: r.name,
            ...(r.uid ? { uid: r.uid } : {}),
          },
          type: e.type,
          reason: e.reason,
          message: e.message,
          source: { component: e.component },
          reportingComponent: e.component,
          reportingInstance: e.component,
          firstTimestamp: e.now,
          lastTimestamp: e.now,
          count: 1,
          action: e.reason,
        },
      }),
    );
    if (created.metadata?.name)
      this.remember(key, { name: created.metadata.name, namespace: r.namespace, count: 1 });
  }

  private remember(key: string, event: RecordedEvent): void {
    this.recorded.set(key, event);
    if (this.recorded.size > eventCacheSize) {
      const oldest = this.recorded.keys().next().value;
      if (oldest !== undefined) this.recorded.delete(oldest);
    }
  }
}
