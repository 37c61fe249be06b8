// What the mirror has done since it started: counts (also exported to Prometheus when a metrics
// sink is given), matches and mismatches per route, and the last N mismatch samples (method,
// redacted path, statuses, where the bodies differ with redacted values: no bodies, no headers),
// and the noise learned from production (noise.ts). /_mirror/stats is its snapshot, /_mirror/diff
// its mismatches by route.
import { type SkipReason, skipReasons, type Verdict } from './compare.ts';
import { type DropReason, dropReasons } from './dispatcher.ts';
import { type MismatchSample, RecentMismatches, sampleDiff } from './mismatches.ts';
import { NoiseMemory, type RouteNoiseSnapshot } from './noise.ts';

export type CompareResult = Verdict['result'];

export interface RouteCounts {
  match: number;
  mismatch: number;
  skipped: number;
}

/** Where counts also go (Prometheus in production, nothing in unit tests). */
export interface MetricsSink {
  proxied(statusClass: string): void;
  sampled(): void;
  mirrored(seconds: number): void;
  dropped(reason: DropReason): void;
  compared(route: string, result: CompareResult): void;
}

export interface LedgerSnapshot {
  since: string;
  proxied: number;
  sampled: number;
  mirrored: number;
  /** Mirrored copies whose comparison is still under way (digests, noise learning). */
  comparing: number;
  dropped: Record<DropReason, number>;
  droppedTotal: number;
  compared: RouteCounts;
  /** Why the skipped ones were not compared (data_versions_differ: staging serves other course data). */
  skippedBy: Record<SkipReason, number>;
  /** mismatch / (match + mismatch); null before anything was compared. */
  mismatchRate: number | null;
  routes: Record<string, RouteCounts>;
  /** Body mismatches with a structural diff, and those without one (too many parts, bad JSON). */
  structure: { diffed: number; unstructured: number };
  noise: {
    /** Second asks of production: answered and learned from, or failed (error, timeout, other status, too large). */
    learned: number;
    failed: number;
    /** Comparisons that matched only because learned noise was left out. */
    rescued: number;
    routes: Record<string, RouteNoiseSnapshot>;
  };
}

/** One route in /_mirror/diff: its counts, the noise left out of its comparisons, its last mismatches. */
export interface RouteDiff extends RouteCounts {
  /** mismatch / (match + mismatch); null before anything was compared. */
  mismatchRate: number | null;
  noise: RouteNoiseSnapshot | null;
  /** Newest first, at most SAMPLES_PER_ROUTE (mismatches.ts). */
  samples: MismatchSample[];
}

export type ReaskOutcome = 'learned' | 'failed';

export class Ledger {
  private readonly since: Date;
  private readonly sink: MetricsSink | undefined;
  private readonly recent: RecentMismatches;
  private proxiedN = 0;
  private sampledN = 0;
  private mirroredN = 0;
  private comparingN = 0;
  private readonly droppedN = Object.fromEntries(dropReasons.map((r) => [r, 0])) as Record<
    DropReason,
    number
  >;
  private readonly routes = new Map<string, RouteCounts>();
  private readonly skippedN = Object.fromEntries(skipReasons.map((r) => [r, 0])) as Record<
    SkipReason,
    number
  >;
  /** Noise learned per route, read by the comparison. */
  readonly noise = new NoiseMemory();
  private readonly reaskN: Record<ReaskOutcome, number> = { learned: 0, failed: 0 };
  private rescuedN = 0;
  private readonly structureN = { diffed: 0, unstructured: 0 };

  constructor(samples: number, sink?: MetricsSink, now: Date = new Date()) {
    this.recent = new RecentMismatches(samples);
    this.sink = sink;
    this.since = now;
  }

  /** `unreachable`: production could not be reached and the proxy answered 502 itself. */
  proxied(status: number, unreachable = false): void {
    this.proxiedN++;
    this.sink?.proxied(unreachable ? 'unreachable' : `${Math.floor(status / 100)}xx`);
  }

  sampled(): void {
    this.sampledN++;
    this.sink?.sampled();
  }

  mirrored(seconds: number): void {
    this.mirroredN++;
    this.sink?.mirrored(seconds);
  }

  /** A comparison starts; the returned function ends it (counted until then in `comparing`). */
  comparing(): () => void {
    this.comparingN++;
    let ended = false;
    return () => {
      if (!ended) this.comparingN--;
      ended = true;
    };
  }

  dropped(reason: DropReason): void {
    this.droppedN[reason]++;
    this.sink?.dropped(reason);
  }

  compared(route: string, verdict: Verdict, sample: Omit<MismatchSample, 'route' | 'reason'>): void {
    let counts = this.routes.get(route);
    if (counts === undefined) {
      counts = { match: 0, mismatch: 0, skipped: 0 };
      this.routes.set(route, counts);
    }
    counts[verdict.result]++;
    this.sink?.compared(route, verdict.result);
    if (verdict.result === 'skipped') this.skippedN[verdict.reason]++;
    if (verdict.result === 'match' && (verdict.ignored ?? 0) > 0) this.rescuedN++;
    if (verdict.result !== 'mismatch') return;
    if (verdict.reason === 'body') this.structureN[verdict.diff ? 'diffed' : 'unstructured']++;
    const diff = sampleDiff(verdict.diff);
    this.recent.add({ ...sample, route, reason: verdict.reason, ...(diff && { diff }) });
  }

  /** A second ask of production for noise learning ended. */
  reasked(outcome: ReaskOutcome): void {
    this.reaskN[outcome]++;
  }

  /** The kept mismatch samples, newest first. */
  samples(): MismatchSample[] {
    return this.recent.latest();
  }

  /** Every compared route: counts, learned noise and last mismatches (sorted by route). */
  diffs(): Record<string, RouteDiff> {
    const noise = this.noise.snapshot();
    const out: Record<string, RouteDiff> = {};
    for (const [route, c] of [...this.routes].sort(([a], [b]) => a.localeCompare(b))) {
      const decided = c.match + c.mismatch;
      out[route] = {
        ...c,
        mismatchRate: decided === 0 ? null : c.mismatch / decided,
        noise: noise[route] ?? null,
        samples: this.recent.ofRoute(route),
      };
    }
    return out;
  }

  snapshot(): LedgerSnapshot {
    const compared: RouteCounts = { match: 0, mismatch: 0, skipped: 0 };
    const routes: Record<string, RouteCounts> = {};
    for (const [route, c] of [...this.routes].sort(([a], [b]) => a.localeCompare(b))) {
      routes[route] = { ...c };
      compared.match += c.match;
      compared.mismatch += c.mismatch;
      compared.skipped += c.skipped;
    }
    const decided = compared.match + compared.mismatch;
    return {
      since: this.since.toISOString(),
      proxied: this.proxiedN,
      sampled: this.sampledN,
      mirrored: this.mirroredN,
      comparing: this.comparingN,
      dropped: { ...this.droppedN },
      droppedTotal: Object.values(this.droppedN).reduce((a, b) => a + b, 0),
      compared,
      skippedBy: { ...this.skippedN },
      mismatchRate: decided === 0 ? null : compared.mismatch / decided,
      routes,
      structure: { ...this.structureN },
      noise: { ...this.reaskN, rescued: this.rescuedN, routes: this.noise.snapshot() },
    };
  }
}
