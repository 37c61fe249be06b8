// One informer per kind on client-node's ListWatch: a cache, change callbacks, a `synced`
// flag for /readyz, and a restart with backoff when the watch fails (client-node's ListWatch
// stops on an error and leaves restarting to its user).
import {
  ApiException,
  CustomObjectsApi,
  type KubeConfig,
  type KubernetesListObject,
  type KubernetesObject,
  KubernetesObjectApi,
  makeInformer,
  type ObjectCache,
} from '@kubernetes/client-node';
import { systemTimers, type Timers } from './clock.ts';
import type { Logger } from './log.ts';
import { backoffDelay } from './queue.ts';

/** Restart delays of a failing informer: 500 ms doubling to 30 s, back to 500 ms after a good start. */
export const restartBackoff = { baseMs: 500, maxMs: 30_000 };

export interface KindRef {
  apiVersion: string;
  kind: string;
  plural: string;
}

export type Verb = 'add' | 'update' | 'delete';

/**
 * A change filter in the shape of controller-runtime's predicates: true when the object is new,
 * deleted, or its `signature` differs from the last one seen (by uid); other updates (status
 * fields nothing reads) are ignored.
 */
export function changedOnly<T extends KubernetesObject>(signature: (obj: T) => string) {
  const seen = new Map<string, string>();
  return (obj: T, verb: Verb): boolean => {
    const uid = obj.metadata?.uid ?? `${obj.metadata?.namespace}/${obj.metadata?.name}`;
    if (verb === 'delete') return seen.delete(uid) || true;
    const sig = signature(obj);
    if (seen.get(uid) === sig) return false;
    seen.set(uid, sig);
    return true;
  };
}

export interface Watched<T extends KubernetesObject> {
  readonly ref: KindRef;
  readonly cache: ObjectCache<T>;
  synced(): boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Whether the API server serves the kind (discovery of its group version); false on 404. */
export async function kindServed(kc: KubeConfig, ref: KindRef): Promise<boolean> {
  const [group, version] = ref.apiVersion.includes('/') ? ref.apiVersion.split('/') : ['', ref.apiVersion];
  if (!group || !version) return true; // the core group is always served
  try {
    const list = await kc.makeApiClient(CustomObjectsApi).getAPIResources({ group, version });
    return list.resources.some((r) => r.name === ref.plural);
  } catch (err) {
    if (err instanceof ApiException && err.code === 404) return false;
    throw err;
  }
}

/** The collection path of a kind, across namespaces or in one. */
export function watchPath(ref: KindRef, namespace?: string): string {
  const base = ref.apiVersion.includes('/') ? `/apis/${ref.apiVersion}` : `/api/${ref.apiVersion}`;
  return namespace ? `${base}/namespaces/${namespace}/${ref.plural}` : `${base}/${ref.plural}`;
}

export function watchKind<T extends KubernetesObject>(
  kc: KubeConfig,
  ref: KindRef,
  opts: {
    labelSelector?: string;
    /** Watch one namespace only (default: all). */
    namespace?: string;
    onChange: (obj: T, verb: Verb) => void;
    /** Trims every object in place before it is cached (what nothing reads need not be kept). */
    transform?: (obj: T) => void;
    log: Logger;
    /** Default: the real clock. */
    timers?: Timers;
  },
): Watched<T> {
  const api = KubernetesObjectApi.makeApiClient(kc);
  // List items come without apiVersion and kind (watch events carry them): fill them in so
  // every cached object has the same shape.
  const list = async (): Promise<KubernetesListObject<T>> => {
    const l = await api.list<T>(
      ref.apiVersion,
      ref.kind,
      opts.namespace,
      undefined,
      undefined,
      undefined,
      undefined,
      opts.labelSelector,
    );
    for (const item of l.items) {
      item.apiVersion ??= ref.apiVersion;
      item.kind ??= ref.kind;
    }
    return l;
  };
  const informer = makeInformer<T>(kc, watchPath(ref, opts.namespace), list, opts.labelSelector);
  let synced = false;
  let stopped = false;
  let failures = 0;
  let cancelRestart: (() => void) | undefined;
  const timers = opts.timers ?? systemTimers;
  // The cache stores the very objects the callbacks receive: drop their managedFields, which
  // nothing here reads and which are often the bulk of an object (controller-runtime's
  // TransformStripManagedFields).
  const strip = (o: T): T => {
    if (o.metadata) delete o.metadata.managedFields;
    opts.transform?.(o);
    return o;
  };
  informer.on('add', (o) => opts.onChange(strip(o), 'add'));
  informer.on('update', (o) => opts.onChange(strip(o), 'update'));
  informer.on('delete', (o) => opts.onChange(o, 'delete'));
  informer.on('error', (err: unknown) => {
    if (stopped) return;
    failures++;
    const delay = backoffDelay(failures, restartBackoff);
    opts.log.warn({ kind: ref.kind, err: String(err), retryInMs: delay }, 'watch failed; restarting');
    cancelRestart = timers.schedule(delay, () => void begin());
  });
  const begin = async () => {
    if (stopped) return;
    const before = failures;
    await informer.start();
    if (failures === before) {
      synced = true;
      failures = 0;
    }
  };
  return {
    ref,
    cache: informer,
    synced: () => synced,
    start: begin,
    stop: async () => {
      stopped = true;
      cancelRestart?.();
      await informer.stop();
    },
  };
}
