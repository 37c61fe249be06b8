// The command line's only I/O with the cluster: the current kubeconfig (KUBECONFIG, ~/.kube/config,
// in-cluster; --kubeconfig/--context/-n override), reads of EveryClassEnvironments, the merge patch
// of spec.version, a watch of one environment, and GETs of pods' ports through the API server's pod
// proxy (`kubectl get --raw /api/v1/namespaces/NS/pods/POD:PORT/proxy/PATH`).
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ApiException,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  PatchStrategy,
  setHeaderOptions,
  Watch,
} from '@kubernetes/client-node';
import { statusMessage } from '../api/api-errors.ts';
import { type EveryClassEnvironment, group, plural, version } from '../api/environment.ts';
import { formatRef, type Ref } from './args.ts';
import { CliError, Exit, usage } from './errors.ts';
import type { PodAnswer } from './mirror-report.ts';

export interface GlobalOptions {
  kubeconfig?: string;
  context?: string;
  namespace?: string;
}

export interface Cluster {
  /** The namespace of -n, else of the current context, else "default". */
  namespace: string;
  /** Whether -n was given (status without an environment then lists only that namespace). */
  namespaceGiven: boolean;
  get(ref: Ref): Promise<EveryClassEnvironment>;
  /** Environments of one namespace, or of every namespace. */
  list(namespace: string | undefined): Promise<EveryClassEnvironment[]>;
  /** `kubectl patch ece <name> --type merge -p '{"spec":{"version":"<v>"}}'`. */
  patchVersion(ref: Ref, version: string): Promise<EveryClassEnvironment>;
  /**
   * GET `path` on `port` of every Ready pod `selector` finds in `namespace`, through the API
   * server's pod proxy (RBAC: list pods, get pods/proxy). One answer per pod: its JSON, or why not.
   */
  podsGet(namespace: string, selector: string, port: number, path: string): Promise<PodAnswer[]>;
  /**
   * Calls onChange with the environment now and after every change (undefined once deleted)
   * until it returns true or the signal aborts. A watch from the last resourceVersion; when the
   * watch ends or fails transiently, a fresh read one second later.
   */
  watch(
    ref: Ref,
    onChange: (env: EveryClassEnvironment | undefined) => boolean,
    signal: AbortSignal,
  ): Promise<void>;
}

/** onRetry hears of transient failures (network, 5xx, 429) that a watch retries after a second. */
/** The kubeconfig of --kubeconfig/--context (else the default) and the namespace of -n or the context. */
export function loadConfig(opts: GlobalOptions): { kc: KubeConfig; namespace: string } {
  const kc = new KubeConfig();
  try {
    if (opts.kubeconfig) kc.loadFromFile(opts.kubeconfig);
    else kc.loadFromDefault();
  } catch (err) {
    throw usage(`cannot load kubeconfig: ${(err as Error).message}`);
  }
  if (opts.context) {
    if (!kc.getContextObject(opts.context)) throw usage(`context "${opts.context}" not found in kubeconfig`);
    kc.setCurrentContext(opts.context);
  }
  if (!kc.getCurrentCluster()) throw usage('no cluster in the current kubeconfig context');
  const namespace = opts.namespace ?? kc.getContextObject(kc.getCurrentContext())?.namespace ?? 'default';
  return { kc, namespace };
}

export function connect(opts: GlobalOptions, onRetry?: (message: string) => void): Cluster {
  const { kc, namespace } = loadConfig(opts);
  const api = kc.makeApiClient(CustomObjectsApi);
  const core = kc.makeApiClient(CoreV1Api);
  const base = { group, version, plural };
  const get = async (ref: Ref) =>
    (await call(ref, () => api.getNamespacedCustomObject({ ...base, ...ref }))) as EveryClassEnvironment;

  return {
    namespace,
    namespaceGiven: opts.namespace !== undefined,
    get,
    async list(ns) {
      const res = (await call(undefined, () =>
        ns ? api.listNamespacedCustomObject({ ...base, namespace: ns }) : api.listClusterCustomObject(base),
      )) as { items: EveryClassEnvironment[] };
      return res.items;
    },
    async patchVersion(ref, v) {
      return (await call(ref, () =>
        api.patchNamespacedCustomObject(
          { ...base, ...ref, body: { spec: { version: v } } },
          setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
        ),
      )) as EveryClassEnvironment;
    },
    async podsGet(ns, selector, port, path) {
      const pods = await call(
        undefined,
        () => core.listNamespacedPod({ namespace: ns, labelSelector: selector }),
        `pods in ${ns}`,
      );
      const ready = pods.items.filter(
        (p) =>
          !p.metadata?.deletionTimestamp &&
          p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
      );
      return Promise.all(
        ready.map(async (p): Promise<PodAnswer> => {
          const pod = p.metadata?.name ?? '';
          try {
            // client-node parses a JSON answer already; a text one arrives as a string.
            // The path goes in the URL (…/proxy/<path>): the API server replaces a `path` query
            // parameter with the URL's own subpath, so the pod would be asked for `/`.
            const body: unknown = await core.connectGetNamespacedPodProxyWithPath({
              name: `${pod}:${port}`,
              namespace: ns,
              path: path.replace(/^\/+/, ''),
            });
            return { pod, doc: typeof body === 'string' ? JSON.parse(body) : body };
          } catch (err) {
            return { pod, error: apiError(err, undefined, `pod ${ns}/${pod} port ${port}${path}`).message };
          }
        }),
      );
    },
    async watch(ref, onChange, signal) {
      while (!signal.aborted) {
        try {
          if (await watchOnce(ref, onChange, signal)) return;
        } catch (err) {
          const e = err instanceof CliError ? err : apiError(err, ref);
          if (!e.transient) throw e;
          onRetry?.(e.message);
        }
        await sleep(1000, undefined, { signal }).catch(() => {});
      }
    },
  };

  /** One read and one watch; true once onChange said done (or the signal aborted). */
  async function watchOnce(
    ref: Ref,
    onChange: (env: EveryClassEnvironment | undefined) => boolean,
    signal: AbortSignal,
  ): Promise<boolean> {
    let current: EveryClassEnvironment | undefined;
    try {
      current = await get(ref);
    } catch (err) {
      if (!(err instanceof CliError && err.httpStatus === 404)) throw err;
    }
    if (onChange(current)) return true;
    const ended = Promise.withResolvers<unknown>();
    let done = false;
    const finish = () => {
      done = true;
      ended.resolve(undefined);
    };
    const req = await new Watch(kc).watch(
      `/apis/${group}/${version}/namespaces/${ref.namespace}/${plural}`,
      {
        fieldSelector: `metadata.name=${ref.name}`,
        resourceVersion: current?.metadata.resourceVersion,
        allowWatchBookmarks: false,
      },
      (phase: string, obj: EveryClassEnvironment) => {
        if (done) return;
        if (phase !== 'ADDED' && phase !== 'MODIFIED' && phase !== 'DELETED') return;
        if (onChange(phase === 'DELETED' ? undefined : obj)) finish();
      },
      (err: unknown) => ended.resolve(err),
    );
    signal.addEventListener('abort', finish, { once: true });
    if (signal.aborted) finish(); // the timeout fired while the watch was being opened
    const err = await ended.promise;
    signal.removeEventListener('abort', finish);
    req.abort();
    if (done) return true;
    // A watch that ends (the server's timeout, client-node's 30 s inactivity timeout, 410 Gone,
    // a dropped connection) is followed by a fresh read; a refusal (401, 403) ends the command.
    if (err) {
      const e = err as Error & { statusCode?: number };
      const code = e.statusCode ?? 0;
      if (code >= 400 && code < 500 && code !== 410 && code !== 429) {
        throw new CliError(
          Exit.Cluster,
          `watch of environment ${formatRef(ref)}: HTTP ${code}: ${e.message}`,
        );
      }
      if (e.name !== 'TimeoutError' && e.name !== 'AbortError')
        onRetry?.(`watch ended: ${e.message ?? String(err)}`);
    }
    return false;
  }
}

/** Runs one API call; maps its failure to a one-line CliError (exit 4). */
async function call<T>(ref: Ref | undefined, op: () => Promise<T>, what?: string): Promise<T> {
  try {
    return await op();
  } catch (err) {
    throw apiError(err, ref, what);
  }
}

/** `what`: the object asked for, when it is not an environment (`ref`) or the list of them. */
export function apiError(err: unknown, ref: Ref | undefined, object?: string): CliError {
  if (err instanceof ApiException) {
    const what = object ?? (ref ? `environment ${formatRef(ref)}` : 'environments');
    if (err.code === 404 && object === undefined) {
      const e = new CliError(
        Exit.Cluster,
        ref
          ? `${what} not found`
          : 'the EveryClassEnvironment resource is not served (is the CRD installed?)',
      );
      e.httpStatus = 404;
      return e;
    }
    const message = statusMessage(err.body);
    const e = new CliError(Exit.Cluster, `${what}: HTTP ${err.code}: ${message ?? 'request failed'}`);
    e.httpStatus = err.code;
    e.transient = err.code >= 500 || err.code === 429;
    return e;
  }
  const e = err as Error & { cause?: { code?: string; message?: string } };
  const cause = e.cause?.code ?? e.cause?.message;
  const out = new CliError(
    Exit.Cluster,
    `cannot reach the API server: ${e.message}${cause ? ` (${cause})` : ''}`,
  );
  out.transient = true;
  return out;
}
