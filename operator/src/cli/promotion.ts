// Whether a promotion is allowed: the version --from runs successfully, and its compare figures
// within the given budget. Pure: no I/O, no clock.
import { conditionOf, Reason } from '../api/conditions.ts';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { formatRef, type MismatchBudget, refOf } from './args.ts';
import type { CompareFigures } from './figures.ts';
import { readyOnTarget } from './rollout-state.ts';
import { formatRate } from './units.ts';

export type PromoteDecision =
  | { allowed: true; version: string; noop: boolean; reason: string; warnings: string[] }
  | { allowed: false; reason: string };

/** Per-service version overrides (spec.services.<name>.version) of an environment. */
function overrides(env: EveryClassEnvironment): [string, string][] {
  return Object.entries(env.spec.services ?? {}).flatMap(([name, s]) =>
    s?.version ? [[name, s.version]] : [],
  );
}

/** Promotion copies spec.version only: per-service overrides on either side are worth a word. */
function overrideWarnings(src: string, dst: string, from: EveryClassEnvironment, to: EveryClassEnvironment) {
  return [
    ...overrides(from).map(
      ([svc, v]) => `${src} runs ${svc} ${v} (spec.services.${svc}.version); promotion does not copy it`,
    ),
    ...overrides(to).map(
      ([svc, v]) => `${dst} keeps ${svc} at ${v} (spec.services.${svc}.version overrides spec.version)`,
    ),
  ];
}

/**
 * Why the compare figures exceed the budget (the whole first, then each named route), or undefined.
 * A named route without figures is not checked: a warning says so.
 */
function overBudget(
  src: string,
  compare: CompareFigures,
  budget: MismatchBudget | undefined,
  warnings: string[],
): string | undefined {
  const from = `from ${compare.sources.join(', ')}`;
  if (budget?.overall !== undefined && compare.rate > budget.overall)
    return (
      `mismatch rate of traffic mirrored to ${src} is ${formatRate(compare.rate)} (${compare.mismatches}/` +
      `${compare.requests} ${from}), above --max-mismatch-rate ${formatRate(budget.overall)}`
    );
  for (const [route, max] of Object.entries(budget?.routes ?? {})) {
    const f = compare.routes[route];
    if (f === undefined || f.requests === 0) {
      warnings.push(
        `no compare figures for route ${route} in traffic mirrored to ${src}; its limit was not checked`,
      );
      continue;
    }
    if (f.rate > max)
      return (
        `mismatch rate of route ${route} in traffic mirrored to ${src} is ${formatRate(f.rate)} (${f.mismatches}/` +
        `${f.requests} ${from}), above --max-mismatch-rate ${route}=${formatRate(max)}`
      );
  }
  return undefined;
}

/**
 * Whether `from`'s version may be copied to `to`: from has been observed at its current
 * generation, is Ready and not Degraded, runs the version its spec asks for (status.version ==
 * spec.version), and, when compare figures exist and limits are given, its mismatch rate (of all
 * compared answers, and of each route named) is within them.
 */
export function decidePromote(
  from: EveryClassEnvironment,
  to: EveryClassEnvironment,
  compare: CompareFigures | undefined,
  budget: MismatchBudget | undefined,
): PromoteDecision {
  const src = formatRef(refOf(from));
  const dst = formatRef(refOf(to));
  const refuse = (why: string): PromoteDecision => ({
    allowed: false,
    reason: `refusing to promote ${src} to ${dst}: ${why}`,
  });
  const generation = from.metadata.generation ?? 0;
  if (from.status?.observedGeneration !== generation) {
    return refuse(`the operator has not observed generation ${generation} of ${src} yet`);
  }
  const ready = conditionOf(from.status.conditions, 'Ready');
  if (ready?.status === 'True' && ready.reason === Reason.RolledBack) {
    return refuse(`${src} was rolled back to its last good version (${ready.reason}: ${ready.message})`);
  }
  if (!readyOnTarget(from)) {
    return refuse(
      `${src} is not Ready (${ready ? `${ready.status} ${ready.reason}: ${ready.message}` : 'no Ready condition'})`,
    );
  }
  const degraded = conditionOf(from.status.conditions, 'Degraded');
  if (degraded?.status === 'True') {
    return refuse(`${src} is Degraded (${degraded.reason}: ${degraded.message})`);
  }
  const version = from.status.version;
  if (!version || version !== from.spec.version) {
    return refuse(
      `${src} asks for ${from.spec.version} but runs ${version ?? 'no completed version'} (its rollout has not succeeded)`,
    );
  }
  let figures = '';
  const warnings = overrideWarnings(src, dst, from, to);
  if (compare) {
    figures = `, mismatch rate ${formatRate(compare.rate)} (${compare.mismatches}/${compare.requests})`;
    const over = overBudget(src, compare, budget, warnings);
    if (over) return refuse(over);
  }
  if (to.spec.version === version) {
    return {
      allowed: true,
      version,
      noop: true,
      reason: `${dst} already asks for ${version}${figures}`,
      warnings,
    };
  }
  return {
    allowed: true,
    version,
    noop: false,
    warnings,
    reason: `promoted ${version} from ${src} to ${dst} (was ${to.spec.version})${figures}`,
  };
}
