// What `everyclass mirror diff` shows: the mirror proxies' /_mirror/diff documents (one per proxy
// pod, services/mirror/README.md) read defensively and merged into one report per environment that
// mirrors into the one asked about. Pure.

/** One differing part of a kept mismatch; values are redacted by the proxy (null: that side has none). */
export interface DiffChange {
  path: string;
  production: string | null;
  shadow: string | null;
}

export interface DiffSample {
  at: string;
  method: string;
  /** Redacted by the proxy: no query string, identifying segments as ":id". */
  path: string;
  productionStatus: number;
  shadowStatus: number;
  reason: 'status' | 'body';
  /** Parts that differ in all, the first few with their values, and differences left out as noise. */
  diff?: { differing: number; ignored: number; changes: DiffChange[] };
}

export interface RouteReport {
  route: string;
  match: number;
  mismatch: number;
  skipped: number;
  /** mismatch / (match + mismatch); null before anything was compared. */
  mismatchRate: number | null;
  /** Paths learned as noise on this route (left out of every comparison), and the learning rounds. */
  noise: { rounds: number; paths: string[] };
  /** Newest first. */
  samples: DiffSample[];
}

export interface SourceReport {
  /** The environment whose traffic is mirrored, namespace/name. */
  source: string;
  /** Proxy pods read, and those that could not be (one line each). */
  pods: number;
  unreadable: string[];
  /** Earliest start of the proxies read (their counts restart with the pod). */
  since: string | null;
  /** Routes with mismatches first (most first), then by name. */
  routes: RouteReport[];
}

/** Samples shown per route at most (each proxy pod keeps five). */
export const maxSamplesPerRoute = 5;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const value = (v: unknown): string | null => str(v) ?? null;

function parseSample(v: unknown): DiffSample | undefined {
  const s = obj(v);
  const at = str(s.at);
  const path = str(s.path);
  const reason = s.reason === 'status' || s.reason === 'body' ? s.reason : undefined;
  if (at === undefined || path === undefined || reason === undefined) return undefined;
  const d = s.diff === undefined ? undefined : obj(s.diff);
  return {
    at,
    method: str(s.method) ?? 'GET',
    path,
    productionStatus: num(s.productionStatus),
    shadowStatus: num(s.shadowStatus),
    reason,
    ...(d && {
      diff: {
        differing: num(d.differing),
        ignored: num(d.ignored),
        changes: arr(d.changes).flatMap((c) => {
          const o = obj(c);
          const p = str(o.path);
          return p === undefined
            ? []
            : [{ path: p, production: value(o.production), shadow: value(o.shadow) }];
        }),
      },
    }),
  };
}

/** One pod's /_mirror/diff document as route reports; what is not one is left out. */
export function parseDiffDoc(doc: unknown): { since: string | null; routes: RouteReport[] } {
  const d = obj(doc);
  const routes = Object.entries(obj(d.routes)).map(([route, v]): RouteReport => {
    const r = obj(v);
    const noise = obj(r.noise);
    return {
      route,
      match: num(r.match),
      mismatch: num(r.mismatch),
      skipped: num(r.skipped),
      mismatchRate: null,
      noise: { rounds: num(noise.rounds), paths: arr(noise.paths).flatMap((p) => str(p) ?? []) },
      samples: arr(r.samples).flatMap((s) => parseSample(s) ?? []),
    };
  });
  return { since: str(d.since) ?? null, routes };
}

/** Several pods' route reports summed: counts added, noise paths united, samples newest first. */
export function mergeRoutes(pods: readonly (readonly RouteReport[])[]): RouteReport[] {
  const byRoute = new Map<string, RouteReport>();
  for (const routes of pods)
    for (const r of routes) {
      const was = byRoute.get(r.route);
      byRoute.set(
        r.route,
        was === undefined
          ? { ...r, noise: { ...r.noise }, samples: [...r.samples] }
          : {
              ...was,
              match: was.match + r.match,
              mismatch: was.mismatch + r.mismatch,
              skipped: was.skipped + r.skipped,
              noise: {
                rounds: was.noise.rounds + r.noise.rounds,
                paths: [...new Set([...was.noise.paths, ...r.noise.paths])],
              },
              samples: [...was.samples, ...r.samples],
            },
      );
    }
  return [...byRoute.values()]
    .map((r) => {
      const decided = r.match + r.mismatch;
      return {
        ...r,
        mismatchRate: decided === 0 ? null : r.mismatch / decided,
        samples: r.samples.sort((a, b) => b.at.localeCompare(a.at)).slice(0, maxSamplesPerRoute),
      };
    })
    .sort((a, b) => b.mismatch - a.mismatch || a.route.localeCompare(b.route));
}

/** One pod's answer: its document, or why it could not be read. */
export type PodAnswer = { pod: string; doc: unknown } | { pod: string; error: string };

/** The report of one source environment from its proxy pods' answers. */
export function sourceReport(source: string, answers: readonly PodAnswer[]): SourceReport {
  const read = answers.flatMap((a) => ('doc' in a ? [parseDiffDoc(a.doc)] : []));
  const since = read.flatMap((r) => r.since ?? []).sort()[0] ?? null;
  return {
    source,
    pods: read.length,
    unreadable: answers.flatMap((a) => ('error' in a ? [`${a.pod}: ${a.error}`] : [])),
    since,
    routes: mergeRoutes(read.map((r) => r.routes)),
  };
}
