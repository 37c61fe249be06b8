// The mismatches the proxy keeps to show, redacted: the last N of all routes (/_mirror/mismatches)
// and the last few of each route (/_mirror/diff, which `everyclass mirror diff` reads). No bodies,
// no headers, no query strings; values masked by redactValue. Bounded: the routes are the bounded
// route labels (routes.ts), and each ring has a fixed capacity.
import { type PartsDiff, redactValue } from './structure.ts';

/** One differing part as kept: both values redacted (null: that side has no such part). */
export interface SampleChange {
  path: string;
  production: string | null;
  shadow: string | null;
}

/** Where a body mismatch is: the first differing part, both values redacted (null: that side has no such part). */
export interface SampleDiff {
  path: string;
  production: string | null;
  shadow: string | null;
  /** Parts that differ in all; `paths`: the first few of them. */
  differing: number;
  paths: string[];
  /** Differences left out as learned noise. */
  ignored: number;
  /** The first few differing parts with their values, in production's document order. */
  changes: SampleChange[];
}

export interface MismatchSample {
  at: string;
  method: string;
  route: string;
  /** Without query string, identifying segments replaced by ":id" (see routes.ts). */
  path: string;
  productionStatus: number;
  shadowStatus: number;
  reason: 'status' | 'body';
  /** For a body mismatch of two answers with parts (HTML, JSON, text lines). */
  diff?: SampleDiff;
}

/** Mismatches kept per route for /_mirror/diff (at most MIRROR_SAMPLES). */
export const SAMPLES_PER_ROUTE = 5;
/** Routes with kept mismatches at most (the route labels are bounded already: 32 and `other`). */
export const MAX_SAMPLE_ROUTES = 64;

/** A part diff as a sample keeps it: values redacted, at most five paths named. */
export function sampleDiff(d: PartsDiff | undefined): SampleDiff | undefined {
  if (d?.first === undefined) return undefined;
  return {
    path: d.first.path,
    production: redactValue(d.first.production),
    shadow: redactValue(d.first.shadow),
    differing: d.count,
    paths: d.paths.slice(0, 5),
    ignored: d.ignored,
    changes: d.changes.map((c) => ({
      path: c.path,
      production: redactValue(c.production),
      shadow: redactValue(c.shadow),
    })),
  };
}

/** The last `capacity` items, newest first. */
export class Ring<T> {
  private readonly items: T[] = [];
  private next = 0;
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  push(item: T): void {
    if (this.capacity === 0) return;
    this.items[this.next] = item;
    this.next = (this.next + 1) % this.capacity;
  }

  newestFirst(): T[] {
    const n = this.items.length;
    const out: T[] = [];
    for (let i = 1; i <= n; i++) out.push(this.items[(this.next - i + n) % n] as T);
    return out;
  }
}

export class RecentMismatches {
  private readonly all: Ring<MismatchSample>;
  private readonly byRoute = new Map<string, Ring<MismatchSample>>();
  private readonly perRoute: number;

  /** `capacity`: MIRROR_SAMPLES (0 keeps nothing at all). */
  constructor(capacity: number, perRoute = SAMPLES_PER_ROUTE) {
    this.all = new Ring(capacity);
    this.perRoute = Math.min(capacity, perRoute);
  }

  add(sample: MismatchSample): void {
    this.all.push(sample);
    let ring = this.byRoute.get(sample.route);
    if (ring === undefined) {
      if (this.perRoute === 0 || this.byRoute.size >= MAX_SAMPLE_ROUTES) return;
      ring = new Ring(this.perRoute);
      this.byRoute.set(sample.route, ring);
    }
    ring.push(sample);
  }

  /** Every route's last mismatches, newest first. */
  latest(): MismatchSample[] {
    return this.all.newestFirst();
  }

  /** One route's last mismatches, newest first. */
  ofRoute(route: string): MismatchSample[] {
    return this.byRoute.get(route)?.newestFirst() ?? [];
  }
}
