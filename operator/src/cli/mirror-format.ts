// `everyclass mirror diff` as text: per route the counts and the noise left out, and each kept
// mismatch as a short unified diff of the parts that differ (production `-`, staging `+`). Pure.
import type { DiffChange, DiffSample, RouteReport, SourceReport } from './mirror-report.ts';
import { formatRate } from './units.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One differing part as a hunk: `@@ path @@`, then production's value `-`, staging's `+` (a missing side has no line). */
function hunk(c: DiffChange): string[] {
  return [
    `@@ ${c.path} @@`,
    ...(c.production === null ? [] : [`-${c.production}`]),
    ...(c.shadow === null ? [] : [`+${c.shadow}`]),
  ];
}

/** A kept mismatch: one line saying what, then its unified diff. */
export function sampleText(s: DiffSample): string[] {
  const head = `${s.method} ${s.path}  ${s.productionStatus} -> ${s.shadowStatus}  ${s.at}`;
  if (s.reason === 'status') return [`${head}  status differs (bodies not compared)`];
  const d = s.diff;
  if (d === undefined || d.changes.length === 0)
    return [`${head}  body differs (no structural diff: too many parts, or not parsable)`];
  const noise = d.ignored > 0 ? `, ${plural(d.ignored, 'noise difference')} left out` : '';
  const more = d.differing - d.changes.length;
  return [
    `${head}  ${plural(d.differing, 'part')} ${d.differing === 1 ? 'differs' : 'differ'}${noise}`,
    '--- production',
    '+++ staging',
    ...d.changes.flatMap(hunk),
    ...(more > 0 ? [`... ${plural(more, 'more differing part')}`] : []),
  ];
}

function routeHead(r: RouteReport): string {
  const compared = r.match + r.mismatch;
  const rate = r.mismatchRate === null ? '' : ` (${formatRate(r.mismatchRate)})`;
  const skipped = r.skipped > 0 ? `, ${r.skipped} skipped` : '';
  const noise =
    r.noise.paths.length > 0
      ? `; noise left out: ${plural(r.noise.paths.length, 'path')} (${r.noise.paths.join(', ')}), learned in ${plural(r.noise.rounds, 'round')}`
      : r.noise.rounds > 0
        ? `; no noise learned in ${plural(r.noise.rounds, 'round')}`
        : '';
  return `${r.route}   ${r.mismatch} of ${compared} compared differ${rate}${skipped}${noise}`;
}

/** The whole report of one source environment; `samples`: mismatches shown per route at most. */
export function reportText(target: string, report: SourceReport, samples: number): string {
  const compared = report.routes.reduce((n, r) => n + r.match + r.mismatch, 0);
  const mismatches = report.routes.reduce((n, r) => n + r.mismatch, 0);
  const since = report.since ? `, counted since ${report.since}` : '';
  const lines = [
    `Traffic mirrored into ${target} from ${report.source} (${plural(report.pods, 'proxy pod')}${since})`,
    ...report.unreadable.map((u) => `not read: ${u}`),
    compared === 0
      ? 'nothing compared yet'
      : `${mismatches} of ${compared} compared answers differ (${formatRate(mismatches / compared)})`,
  ];
  const differing = report.routes.filter((r) => r.mismatch > 0);
  for (const r of differing) {
    lines.push('', routeHead(r));
    for (const s of r.samples.slice(0, samples)) lines.push(...sampleText(s).map((l) => `  ${l}`));
    const hidden = r.mismatch - Math.min(samples, r.samples.length);
    if (hidden > 0) lines.push(`  (${plural(hidden, 'older mismatch', 'older mismatches')} not shown)`);
  }
  const matching = report.routes.filter((r) => r.mismatch === 0 && r.match > 0);
  if (matching.length > 0)
    lines.push('', `matching: ${matching.map((r) => `${r.route} (${r.match})`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
