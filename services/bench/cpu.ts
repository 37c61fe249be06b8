// CPU time of whole processes (all their threads), read from /proc, so that a benchmark can say
// where the two cores went: the load generator, the server under test, its upstreams.
import { readFileSync } from 'node:fs';

const TICK_US = 10_000; // USER_HZ is 100 on Linux

/** utime + stime of a process in µs; 0 once it is gone. */
export function cpuMicros(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start after the last ')'.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_US;
  } catch {
    return 0;
  }
}

/** The process and its direct children (nginx's master and workers). */
export function withChildren(pid: number): number[] {
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return [pid, ...(kids ? kids.split(' ').map(Number) : [])];
  } catch {
    return [pid];
  }
}

/** Snapshots CPU of named process groups; `since()` gives each group's µs used since the snapshot. */
export function cpuSnapshot(groups: Record<string, number[]>): () => Record<string, number> {
  const sum = (pids: number[]) => pids.reduce((n, p) => n + cpuMicros(p), 0);
  const start = Object.fromEntries(Object.entries(groups).map(([k, pids]) => [k, sum(pids)]));
  return () =>
    Object.fromEntries(Object.entries(groups).map(([k, pids]) => [k, sum(pids) - (start[k] ?? 0)]));
}

/** "name 12.3" cells: µs of CPU per request for each group. */
export function perRequest(used: Record<string, number>, requests: number): string {
  return Object.entries(used)
    .map(([k, us]) => `${k} ${(us / Math.max(1, requests)).toFixed(0)}`)
    .join(', ');
}
