// Reading the mirror proxy's figures (GET /_mirror/stats on its admin port, services/mirror/README.md)
// for status.mirror. The reconciler gets a MirrorStatsReader as a dependency: in a cluster it asks
// every Ready proxy pod and sums; tests (and clusters without a pod network to the operator) point it
// at a URL template instead.
import type { EveryClassEnvironment } from '../api/environment.ts';
import { mirrorAdminPort, mirrorProxySelector, mirrorStatsPath } from '../desired/names.ts';
import type { Logger } from '../runtime/log.ts';
import type { ProxyFigures, RouteFigures } from './status.ts';

/** The proxy's figures for `env`, summed over its pods; undefined when they cannot all be read. */
export type MirrorStatsReader = (env: EveryClassEnvironment) => Promise<ProxyFigures | undefined>;

const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;

/**
 * The most of a /_mirror/stats answer the operator reads (a real one is a few hundred bytes). The
 * proxy runs an image the resource's author chooses: its answer is read up to this, never whole.
 */
export const maxStatsBytes = 64 << 10;

/** A response's body as JSON, reading at most `max` bytes (more is an error, the rest unread). */
export async function boundedJson(res: Response, max: number): Promise<unknown> {
  const reader = res.body?.getReader();
  if (!reader) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new Error(`the answer exceeds ${max} bytes`);
    }
    chunks.push(value);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Routes read from one document at most (the proxy labels at most 32, plus `/` and `other`). */
const maxRoutesRead = 64;

/** Per-route comparison counts of a /_mirror/stats document; malformed entries are left out. */
function parseRoutes(routes: unknown): RouteFigures[] {
  if (!routes || typeof routes !== 'object') return [];
  const out: RouteFigures[] = [];
  for (const [route, c] of Object.entries(routes).slice(0, maxRoutesRead)) {
    const counts = (c ?? {}) as { match?: unknown; mismatch?: unknown };
    const match = count(counts.match);
    const mismatch = count(counts.mismatch);
    if (route.length > 64 || match === undefined || mismatch === undefined) continue;
    out.push({ route, compared: match + mismatch, mismatches: mismatch });
  }
  return out;
}

/** The figures of one /_mirror/stats document, or undefined when it is not one. */
export function parseStats(doc: unknown): ProxyFigures | undefined {
  if (!doc || typeof doc !== 'object') return undefined;
  const d = doc as { mirrored?: unknown; droppedTotal?: unknown; compared?: unknown; routes?: unknown };
  const c = (d.compared ?? {}) as { match?: unknown; mismatch?: unknown };
  const mirrored = count(d.mirrored);
  const dropped = count(d.droppedTotal);
  const match = count(c.match);
  const mismatch = count(c.mismatch);
  if (mirrored === undefined || dropped === undefined || match === undefined || mismatch === undefined)
    return undefined;
  return {
    mirrored,
    dropped,
    compared: match + mismatch,
    mismatches: mismatch,
    routes: parseRoutes(d.routes),
  };
}

export function sumFigures(all: readonly ProxyFigures[]): ProxyFigures {
  const sum = { mirrored: 0, dropped: 0, compared: 0, mismatches: 0 };
  const routes = new Map<string, RouteFigures>();
  for (const f of all) {
    sum.mirrored += f.mirrored;
    sum.dropped += f.dropped;
    sum.compared += f.compared;
    sum.mismatches += f.mismatches;
    for (const r of f.routes) {
      const was = routes.get(r.route);
      routes.set(r.route, {
        route: r.route,
        compared: (was?.compared ?? 0) + r.compared,
        mismatches: (was?.mismatches ?? 0) + r.mismatches,
      });
    }
  }
  return { ...sum, routes: [...routes.values()] };
}

/** `{namespace}` and `{name}` of a URL template filled in for an environment. */
export function expandTemplate(template: string, env: EveryClassEnvironment): string {
  return template
    .replaceAll('{namespace}', encodeURIComponent(env.metadata.namespace))
    .replaceAll('{name}', encodeURIComponent(env.metadata.name));
}

/** Label selector of an environment's proxy pods (the contract's, which the CLI uses too). */
export function proxyPodSelector(env: EveryClassEnvironment): string {
  return mirrorProxySelector(env.metadata.name);
}

/**
 * A reader fetching every URL `urls` gives for an environment (each one proxy pod's stats) and
 * summing. Partial figures would understate, so one failure (or no pod at all) gives undefined.
 */
export function httpStatsReader(opts: {
  urls: (env: EveryClassEnvironment) => Promise<string[]>;
  timeoutMs: number;
  log: Logger;
}): MirrorStatsReader {
  return async (env) => {
    const key = `${env.metadata.namespace}/${env.metadata.name}`;
    try {
      const urls = await opts.urls(env);
      if (urls.length === 0) return undefined;
      const once = async (url: string) => {
        const res = await fetch(url, { signal: AbortSignal.timeout(opts.timeoutMs) });
        if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
        const f = parseStats(await boundedJson(res, maxStatsBytes));
        if (!f) throw new Error(`${url}: not a /_mirror/stats document`);
        return f;
      };
      // One retry: a single slow answer (a busy node) should not flip Mirroring to
      // StatsUnavailable and back, two status writes and two events for nothing.
      const all = await Promise.all(urls.map((url) => once(url).catch(() => once(url))));
      return sumFigures(all);
    } catch (err) {
      opts.log.debug({ environment: key, err: String(err) }, 'mirror figures unavailable');
      return undefined;
    }
  };
}

/** The URLs of every Ready proxy pod's stats, from their addresses. */
export function podStatsUrls(podIPs: readonly string[]): string[] {
  return podIPs.map(
    (ip) => `http://${ip.includes(':') ? `[${ip}]` : ip}:${mirrorAdminPort}${mirrorStatsPath}`,
  );
}
