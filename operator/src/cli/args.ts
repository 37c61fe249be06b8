// Arguments of the everyclass command line: environment references, durations, rates. Pure; a bad
// argument is a usage error (exit 2) naming what was expected.
import type { EveryClassEnvironment } from '../api/environment.ts';
import { usage } from './errors.ts';

export interface Ref {
  namespace: string;
  name: string;
}

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** `name` (in defaultNamespace) or `namespace/name`. */
export function parseRef(text: string, defaultNamespace: string): Ref {
  const parts = text.split('/');
  const [namespace, name] = parts.length === 2 ? parts : [defaultNamespace, parts[0]];
  if (parts.length > 2 || !name || !namespace || !dnsLabel.test(name) || !dnsLabel.test(namespace)) {
    throw usage(`invalid environment reference "${text}": expected name or namespace/name`);
  }
  return { namespace, name };
}

export const formatRef = (r: Ref): string => `${r.namespace}/${r.name}`;
export const refOf = (env: EveryClassEnvironment): Ref => ({
  namespace: env.metadata.namespace,
  name: env.metadata.name,
});

const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go-style durations: 10m, 90s, 1h, 1h30m, 500ms. A bare number is refused (which unit?). */
export function parseDuration(text: string): number {
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let end = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * (units[m[2] ?? ''] ?? 0);
    end = re.lastIndex;
  }
  if (text === '' || end !== text.length || total <= 0) {
    throw usage(`invalid duration "${text}": expected e.g. 90s, 10m, 1h, 1h30m`);
  }
  return Math.round(total);
}

/** A share as a fraction: `0.05` or `5%`. */
export function parseRate(text: string): number {
  const percent = text.endsWith('%');
  const n = Number(percent ? text.slice(0, -1) : text);
  const rate = percent ? n / 100 : n;
  if (text.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw usage(`invalid rate "${text}": expected a fraction between 0 and 1 (0.05) or a percentage (5%)`);
  }
  return rate;
}

/** Promotion's limits on the mismatch rate: of all compared answers, and of named routes. */
export interface MismatchBudget {
  overall?: number;
  routes: Record<string, number>;
}

/**
 * `--max-mismatch-rate`: `1%` (all answers), `/timetable=0.5%` (one route, as the proxy labels
 * routes: the first path segment, `/` or `other`), or both comma-separated; a repeated flag adds
 * to `previous` (a later value for the same limit wins).
 */
export function parseBudget(text: string, previous?: MismatchBudget): MismatchBudget {
  const out: MismatchBudget = { ...previous, routes: { ...previous?.routes } };
  for (const item of text.split(',')) {
    const eq = item.indexOf('=');
    if (eq < 0) {
      out.overall = parseRate(item.trim());
      continue;
    }
    const route = item.slice(0, eq).trim();
    if (!/^(\/[a-z0-9_-]*|other)$/.test(route))
      throw usage(
        `invalid route "${route}" in --max-mismatch-rate: expected /segment (e.g. /timetable), / or other`,
      );
    out.routes[route] = parseRate(item.slice(eq + 1).trim());
  }
  return out;
}
