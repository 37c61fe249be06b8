// Interleaved rounds of wrk runs: every scenario once per round, round after round, so that a burst
// of other work on the (shared) machine lands on one round of each; each figure is the median, and
// the CPU µs per request of each process group is over all rounds.
import { cpuSnapshot, perRequest } from './cpu.ts';
import { type Load, type LoadOptions, medianLoad, wrk } from './loadgen.ts';

export interface LoadScenario {
  name: string;
  url: string;
  headers?: Record<string, string>;
  /** Paths taken in turn (default: the URL's), each optionally with headers of its own. */
  paths?: LoadOptions['paths'];
  /** Process groups whose CPU this scenario reports (the load generator's is always there). */
  pids: Record<string, number[]>;
}

export interface Measured {
  scenario: LoadScenario;
  m: Load;
  /** "loadgen 12, web 340, …" µs per request. */
  cpu: string;
}

export async function interleaved(
  scenarios: LoadScenario[],
  o: { rounds: number; seconds: number; connections: number; log?: (s: string) => void },
): Promise<Measured[]> {
  const runs: Load[][] = scenarios.map(() => []);
  const used: Array<Record<string, number>> = scenarios.map(() => ({}));
  const opts = (s: LoadScenario, seconds: number) => ({
    connections: o.connections,
    seconds,
    ...(s.headers ? { headers: s.headers } : {}),
    ...(s.paths ? { paths: s.paths } : {}),
  });
  for (const s of scenarios) await wrk(s.url, opts(s, 1)); // warm-up: JIT, pools, caches
  for (let r = 1; r <= o.rounds; r++) {
    for (const [i, s] of scenarios.entries()) {
      o.log?.(`round ${r}/${o.rounds}: ${s.name}`);
      const since = cpuSnapshot(s.pids);
      const m = await wrk(s.url, opts(s, o.seconds));
      runs[i]?.push(m);
      const u = used[i] as Record<string, number>;
      for (const [k, v] of Object.entries({ loadgen: m.loadgenUs * m.requests, ...since() }))
        u[k] = (u[k] ?? 0) + v;
    }
  }
  return scenarios.map((scenario, i) => {
    const all = runs[i] ?? [];
    const total = all.reduce((n, x) => n + x.requests, 0);
    return { scenario, m: medianLoad(all), cpu: perRequest(used[i] ?? {}, total) };
  });
}
