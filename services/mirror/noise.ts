// Noise learned from production itself (as Twitter's Diffy does with two instances of the old
// version): for a few sampled GET/HEAD requests the proxy asks production a second time, and the
// parts that differ between production's two answers are noise for that route. The staging
// comparison leaves them out. Bounded: at most MAX_ROUTES routes (the route labels are bounded
// already) and MAX_PATHS noisy paths per route. Decaying: every learning round of a route
// multiplies its paths' weights by DECAY and a path that differs again is back at 1; a path under
// FLOOR (about 28 rounds without differing) is forgotten.

export const MAX_ROUTES = 64;
export const MAX_PATHS = 256;
export const DECAY = 0.9;
export const FLOOR = 0.05;
/** Rounds a route is learned at every sampled copy (within the per-second bound) before the share applies. */
export const WARMUP_ROUNDS = 3;

interface RouteNoise {
  rounds: number;
  /** Rounds in which production's two answers had the same digest (nothing to learn). */
  identical: number;
  paths: Map<string, number>;
  /** Noisy paths not kept because the route had MAX_PATHS already. */
  overflow: number;
}

export interface RouteNoiseSnapshot {
  rounds: number;
  identical: number;
  overflow: number;
  /** Paths currently treated as noise, heaviest first (at most 20 listed). */
  paths: string[];
  noisy: number;
}

export class NoiseMemory {
  private readonly routes = new Map<string, RouteNoise>();
  private readonly inflight = new Map<string, Promise<void>>();

  /** One round of production compared with production on `route`: `paths` are those that differed. */
  learn(route: string, paths: readonly string[], identical = false): void {
    let r = this.routes.get(route);
    if (r === undefined) {
      if (this.routes.size >= MAX_ROUTES) return;
      r = { rounds: 0, identical: 0, paths: new Map(), overflow: 0 };
      this.routes.set(route, r);
    }
    r.rounds++;
    if (identical) r.identical++;
    for (const [p, w] of r.paths) {
      const next = w * DECAY;
      if (next < FLOOR) r.paths.delete(p);
      else r.paths.set(p, next);
    }
    for (const p of paths) {
      if (r.paths.has(p) || r.paths.size < MAX_PATHS) r.paths.set(p, 1);
      else r.overflow++;
    }
  }

  /** A learning round of `route` under way (it never rejects): see untilLearned. */
  track(route: string, round: Promise<void>): void {
    this.inflight.set(route, round);
    void round.then(() => {
      if (this.inflight.get(route) === round) this.inflight.delete(route);
    });
  }

  /** While a route has no round learned yet, the one under way: its first comparisons wait for it. */
  untilLearned(route: string): Promise<void> | undefined {
    return this.rounds(route) === 0 ? this.inflight.get(route) : undefined;
  }

  rounds(route: string): number {
    return this.routes.get(route)?.rounds ?? 0;
  }

  /** Whether a path is noise on a route (read at comparison time; learning may change it later). */
  isNoise(route: string): (path: string) => boolean {
    const paths = this.routes.get(route)?.paths;
    return paths === undefined ? () => false : (path) => paths.has(path);
  }

  snapshot(): Record<string, RouteNoiseSnapshot> {
    const out: Record<string, RouteNoiseSnapshot> = {};
    for (const [route, r] of [...this.routes].sort(([a], [b]) => a.localeCompare(b))) {
      const heaviest = [...r.paths].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      out[route] = {
        rounds: r.rounds,
        identical: r.identical,
        overflow: r.overflow,
        noisy: r.paths.size,
        paths: heaviest.slice(0, 20).map(([p]) => p),
      };
    }
    return out;
  }
}

/**
 * When production is asked a second time: a share of the sampled copies (every copy while a route
 * is warming up), never more than `maxPerSecond` (a token bucket), GET and HEAD only.
 */
export class ReaskBudget {
  private readonly percent: number;
  private readonly maxPerSecond: number;
  private readonly now: () => number;
  private readonly random: () => number;
  private tokens: number;
  private last: number;

  constructor(percent: number, maxPerSecond: number, now = Date.now, random = Math.random) {
    this.percent = percent;
    this.maxPerSecond = maxPerSecond;
    this.now = now;
    this.random = random;
    this.tokens = maxPerSecond;
    this.last = now();
  }

  take(method: string, roundsSoFar: number): boolean {
    if ((method !== 'GET' && method !== 'HEAD') || this.percent <= 0 || this.maxPerSecond <= 0) return false;
    if (roundsSoFar >= WARMUP_ROUNDS && this.random() * 100 >= this.percent) return false;
    const t = this.now();
    this.tokens = Math.min(this.maxPerSecond, this.tokens + ((t - this.last) / 1000) * this.maxPerSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens--;
    return true;
  }
}
