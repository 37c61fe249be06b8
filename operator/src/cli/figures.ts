// Compare figures of the command line: what status.mirror of the environments mirroring into one
// environment says about its answers (the operator reads them from the mirror proxy). Pure.
import type { EveryClassEnvironment } from '../api/environment.ts';
import { formatRef, type Ref, refOf } from './args.ts';

/** The resolved mirror target of an environment (status first, then spec), as a reference. */
export function mirrorTarget(env: EveryClassEnvironment): Ref | undefined {
  const t = env.status?.mirror?.target ?? env.spec.mirror?.target;
  if (!t) return undefined;
  const [a, b] = t.split('/');
  return b ? { namespace: a ?? '', name: b } : { namespace: env.metadata.namespace, name: t };
}

export interface RouteCompareFigures {
  requests: number;
  mismatches: number;
  rate: number;
}

export interface CompareFigures extends RouteCompareFigures {
  /** The environments whose mirrored traffic was compared, namespace/name. */
  sources: string[];
  /** Per route (status.mirror.routes, summed over the sources); empty when none were reported. */
  routes: Record<string, RouteCompareFigures>;
}

const figure = (requests: number, mismatches: number): RouteCompareFigures => ({
  requests,
  mismatches,
  rate: requests === 0 ? 0 : mismatches / requests,
});

/** Two sets of route figures added up. */
function addRoutes(
  a: Record<string, RouteCompareFigures>,
  b: Record<string, RouteCompareFigures>,
): Record<string, RouteCompareFigures> {
  const out = { ...a };
  for (const [route, f] of Object.entries(b))
    out[route] = figure(
      (out[route]?.requests ?? 0) + f.requests,
      (out[route]?.mismatches ?? 0) + f.mismatches,
    );
  return out;
}

/** Compare figures of one environment's mirrored traffic, or undefined when none were reported. */
export function compareFiguresOf(env: EveryClassEnvironment): CompareFigures | undefined {
  const m = env.status?.mirror;
  // Without the proxy's compared count (mode gateway, an older proxy) the rate counts against mirroredRequests.
  const requests = m?.comparedRequests ?? m?.mirroredRequests ?? 0;
  if (!env.spec.mirror?.compare || requests <= 0) return undefined;
  const mismatches = m?.mismatches ?? 0;
  const routes = Object.fromEntries(
    (m?.routes ?? []).map((r) => [r.route, figure(r.comparedRequests, r.mismatches)]),
  );
  return { sources: [formatRef(refOf(env))], ...figure(requests, mismatches), routes };
}

/** Compare figures of the traffic every environment in `all` mirrors into `target`, summed. */
export function compareFiguresFor(
  all: readonly EveryClassEnvironment[],
  target: Ref,
): CompareFigures | undefined {
  let out: CompareFigures | undefined;
  for (const env of all) {
    const t = mirrorTarget(env);
    if (!t || t.namespace !== target.namespace || t.name !== target.name) continue;
    const f = compareFiguresOf(env);
    if (!f) continue;
    const requests = (out?.requests ?? 0) + f.requests;
    const mismatches = (out?.mismatches ?? 0) + f.mismatches;
    out = {
      sources: [...(out?.sources ?? []), ...f.sources],
      ...figure(requests, mismatches),
      routes: addRoutes(out?.routes ?? {}, f.routes),
    };
  }
  return out;
}
