// Status of an environment: a pure function of the environment, what the operator wants, what
// the cluster shows, and the clock. Identical inputs give an identical status (conditions keep
// their lastTransitionTime unless they flip), so an unchanged world writes nothing.
import type { V1Deployment, V1Pod, V1StatefulSet } from '@kubernetes/client-node';
import { type ConditionInput, mergeConditions, Reason } from '../api/conditions.ts';
import {
  type EveryClassEnvironment,
  type EveryClassEnvironmentStatus,
  type MirrorRouteStatus,
  maxMirrorRoutes,
  type Problem,
  type ServiceStatus,
  serviceNames,
} from '../api/environment.ts';
import type { Resolved } from '../desired/defaults.ts';
import { endpoints } from '../desired/ingress.ts';
import type { MirrorPlan, MirrorState } from '../desired/mirror.ts';
import { names } from '../desired/names.ts';
import { canonicalJson } from '../runtime/objects.ts';
import { type ComponentProblem, componentProblems, podsByComponent } from './pods.ts';
import { envConditions } from './readiness.ts';
import { decideFor, deploymentRolledOut, type RolloutDecision, serviceRollout } from './rollout.ts';

export interface Observed {
  /** Deployments by service name, only when the cached object carries the current desired hash. */
  deployments: Partial<Record<string, { current: boolean; object: V1Deployment }>>;
  mongo: { current: boolean; object: V1StatefulSet } | undefined;
  /** Failures of this pass (apply/prune), one line each. */
  failures: string[];
  mirror: MirrorObserved;
  /** The environment's pods (metadata and status), from the pod informer. */
  pods: readonly V1Pod[];
}

/** Components in the order problems are listed: the services, the proxy, MongoDB. */
export const components = [...serviceNames, 'mirror', 'mongo'] as const;

/** The failing components of an environment, as status.problems and Degraded report them. */
export function problemsOf(
  env: EveryClassEnvironment,
  pods: readonly V1Pod[],
  now: Date,
): ComponentProblem[] {
  return componentProblems(env.metadata.name, pods, now, components);
}

/** status.problems: `since` is kept while a component keeps failing for the same reason. */
export function problemStatus(
  prev: readonly Problem[] | undefined,
  problems: readonly ComponentProblem[],
  now: Date,
): Problem[] {
  return problems.map((p) => {
    const was = prev?.find((q) => q.component === p.component && q.reason === p.reason);
    return { ...p, since: was?.since ?? now.toISOString() };
  });
}

/** Rolled out, and built from the current desired state (the cached object carries its hash). */
function rolledOut(d: { current: boolean; object: V1Deployment } | undefined, replicas: number): boolean {
  return !!d?.current && deploymentRolledOut(d.object, replicas);
}

function deadlineExceeded(d: { current: boolean; object: V1Deployment } | undefined): boolean {
  return !!d?.current && serviceRollout(d.object, '').deadlineExceeded;
}

/** The rollout decision computed from the observed Deployments (what the reconciler does first). */
export function rolloutOf(
  env: EveryClassEnvironment,
  r: Resolved,
  observed: Observed,
  now: Date,
): RolloutDecision {
  const pods = podsByComponent(env.metadata.name, observed.pods);
  const problems = Object.fromEntries(
    problemsOf(env, observed.pods, now).map((p) => [p.component, p.message]),
  );
  return decideFor(
    env,
    r,
    (s) => observed.deployments[s]?.object,
    now,
    (s) => pods.get(s) ?? [],
    problems,
  );
}

function mongoReady(m: Observed['mongo']): boolean {
  if (!m?.current) return false;
  const s = m.object.status;
  return (s?.observedGeneration ?? 0) >= (m.object.metadata?.generation ?? 1) && (s?.readyReplicas ?? 0) >= 1;
}

/** One route's comparison counts, as the proxy labels routes. */
export interface RouteFigures {
  route: string;
  compared: number;
  mismatches: number;
}

/** Figures of the mirror proxy, summed over its pods (reconcilers/mirrorstats.ts reads them). */
export interface ProxyFigures {
  mirrored: number;
  dropped: number;
  /** Answers compared (match + mismatch). */
  compared: number;
  mismatches: number;
  routes: RouteFigures[];
}

export interface MirrorObserved {
  plan: MirrorPlan;
  /** Whether the mirror proxy is desired (mode proxy): production's traffic then depends on it. */
  proxyRuns: boolean;
  /** The proxy Deployment (mode proxy), when cached. */
  proxy?: { current: boolean; object: V1Deployment };
  /** The proxy's figures; undefined when they could not be read (or were not asked for). */
  figures?: ProxyFigures;
}

const stateReasons: Record<Exclude<MirrorState, 'active'>, [Reason, (p: MirrorPlan) => string]> = {
  disabled: [Reason.MirrorDisabled, () => 'spec.mirror is not set'],
  self: [Reason.TargetIsSelf, (p) => `mirror target ${p.target} is this environment`],
  missing: [Reason.TargetNotFound, (p) => `mirror target ${p.target} does not exist`],
  notAccepted: [
    Reason.TargetNotAccepting,
    (p) =>
      `mirror target ${p.target} is in another namespace and does not accept this environment ` +
      '(its spec.acceptMirrorFrom does not name it)',
  ],
  production: [
    Reason.TargetIsProduction,
    (p) => `mirror target ${p.target} is a production environment; traffic is never mirrored into production`,
  ],
  targetNoWeb: [Reason.TargetHasNoWeb, (p) => `mirror target ${p.target} runs no web service`],
  sourceNoWeb: [
    Reason.SourceHasNoWeb,
    () => 'this environment runs no web service: there is nothing to mirror',
  ],
  gatewayApiMissing: [
    Reason.GatewayAPINotInstalled,
    () =>
      'mirror.mode is gateway but the cluster does not serve the Gateway API (gateway.networking.k8s.io/v1 ' +
      'HTTPRoute and v1beta1 ReferenceGrant); install its CRDs (v1.3 or later) or use mode proxy',
  ],
  notReady: [
    Reason.TargetNotReady,
    (p) =>
      `mirror target ${p.target} is not Ready; mirroring is paused until it is (production is served as usual)`,
  ],
};

export function mirrorCondition(m: MirrorObserved): ConditionInput {
  const { plan } = m;
  if (plan.state !== 'active') {
    const [reason, message] = stateReasons[plan.state];
    return { type: 'Mirroring', status: 'False', reason, message: message(plan) };
  }
  const what = `${plan.percent}% of ${plan.methods.join(', ')} requests to ${plan.target}`;
  if (plan.mode === 'gateway')
    return {
      type: 'Mirroring',
      status: 'True',
      reason: Reason.RouteConfigured,
      message: `HTTPRoute mirrors ${what} (mode gateway: no comparison, no figures)`,
    };
  if (!rolledOut(m.proxy, m.proxy?.object.spec?.replicas ?? 1))
    return {
      type: 'Mirroring',
      status: 'Unknown',
      reason: Reason.ProxyNotReady,
      message: `the mirror proxy is not ready yet (it will mirror ${what})`,
    };
  if (!m.figures)
    return {
      type: 'Mirroring',
      status: 'True',
      reason: Reason.StatsUnavailable,
      message: `mirroring ${what}; figures unavailable (the proxy's /_mirror/stats did not answer)`,
    };
  return {
    type: 'Mirroring',
    status: 'True',
    reason: Reason.Mirroring,
    message: `mirroring ${what}${plan.compare ? ', comparing answers' : ''}`,
  };
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)}%`;

/** status.mirror.routes: compared routes, the most mismatches first (then the most compared, then by name). */
export function routeStatus(routes: readonly RouteFigures[]): MirrorRouteStatus[] {
  return routes
    .filter((r) => r.compared > 0)
    .sort((a, b) => b.mismatches - a.mismatches || b.compared - a.compared || a.route.localeCompare(b.route))
    .slice(0, maxMirrorRoutes)
    .map((r) => ({
      route: r.route,
      comparedRequests: r.compared,
      mismatches: r.mismatches,
      mismatchRate: percent(r.mismatches, r.compared),
    }));
}

/** status.mirror: the plan, and the proxy's figures when read; updatedAt moves only when they change. */
export function mirrorStatus(
  prev: EveryClassEnvironmentStatus['mirror'],
  m: MirrorObserved,
  now: Date,
): EveryClassEnvironmentStatus['mirror'] | undefined {
  const { plan } = m;
  if (plan.state === 'disabled' || !plan.target) return undefined;
  const f = m.figures;
  const figures = f
    ? {
        mirroredRequests: f.mirrored,
        droppedRequests: f.dropped,
        comparedRequests: f.compared,
        mismatches: f.mismatches,
        ...(f.compared > 0 ? { mismatchRate: percent(f.mismatches, f.compared) } : {}),
        ...(f.routes.some((r) => r.compared > 0) ? { routes: routeStatus(f.routes) } : {}),
      }
    : {};
  const next = { target: plan.target, mode: plan.mode, percent: plan.percent, ...figures };
  const { updatedAt, ...prevRest } = prev ?? {};
  // Canonical (keys sorted at every depth): the API server gives routes back with its own key order.
  const same = canonicalJson(prevRest) === canonicalJson(next);
  const at = same && updatedAt ? updatedAt : now.toISOString();
  return { ...next, updatedAt: at };
}

/** Maintenance: what spec.maintenance asks of web, as far as the operator has written it. */
export function maintenanceCondition(env: EveryClassEnvironment, r: Resolved): ConditionInput {
  const m = env.spec.maintenance;
  if (!m?.enabled)
    return {
      type: 'Maintenance',
      status: 'False',
      reason: Reason.MaintenanceDisabled,
      message: 'web serves as usual',
    };
  if (r.paused)
    return {
      type: 'Maintenance',
      status: 'False',
      reason: Reason.MaintenanceNotApplied,
      message: 'spec.maintenance is enabled but spec.paused keeps the operator from writing it to web',
    };
  const said = m.message ? `: ${m.message}` : '';
  return {
    type: 'Maintenance',
    status: 'True',
    reason: Reason.MaintenanceEnabled,
    message: `web answers 503 with the maintenance page and Retry-After (calendar feeds keep serving)${said}`,
  };
}

export function computeStatus(
  env: EveryClassEnvironment,
  r: Resolved,
  observed: Observed,
  now: Date,
  /** This pass's rollout decision; `r` already carries its versions. Default: decided from `observed`. */
  decision: RolloutDecision = rolloutOf(env, r, observed, now),
): EveryClassEnvironmentStatus {
  const prev = env.status ?? {};
  const rollout = decision.rollout;
  const generation = env.metadata.generation ?? 0;
  const services: Record<string, ServiceStatus> = {};
  const notReady: string[] = [];
  const failed: string[] = [];
  for (const svc of r.services) {
    const d = observed.deployments[svc.name];
    // Under autoscale the HorizontalPodAutoscaler's choice (the Deployment's replicas) is the want.
    const replicas = svc.autoscale ? (d?.object.spec?.replicas ?? svc.replicas) : svc.replicas;
    const done = rolledOut(d, replicas);
    if (!done) notReady.push(svc.name);
    if (deadlineExceeded(d)) failed.push(svc.name);
    const st = d?.object.status;
    const runningVersion = done ? svc.version : prev.services?.[svc.name]?.runningVersion;
    services[svc.name] = {
      replicas,
      readyReplicas: st?.readyReplicas ?? 0,
      updatedReplicas: d?.current ? (st?.updatedReplicas ?? 0) : 0,
      version: decision.target.services[svc.name] ?? svc.version,
      ...(runningVersion ? { runningVersion } : {}),
    };
  }
  // The Ingress sends web traffic through the mirror proxy: without an available proxy pod production
  // is not served. A rollout of the proxy (its target paused or resumed) keeps serving (maxUnavailable 0)
  // and so does not make the environment unready.
  const m = observed.mirror;
  if (m.proxyRuns && (m.proxy?.object.status?.availableReplicas ?? 0) < 1) notReady.push('mirror');
  const mongoOk = mongoReady(observed.mongo);

  const problems = problemsOf(env, observed.pods, now);
  const conditions: ConditionInput[] = envConditions({
    rollout,
    autoRollback: r.autoRollback,
    progressDeadlineSeconds: r.progressDeadlineSeconds,
    target: decision.target.version,
    version: r.version,
    paused: r.paused,
    notReady,
    mongoOk,
    deadlineExceeded: failed,
    failures: observed.failures,
    problems,
    progress: progress(services),
  });
  conditions.push(mirrorCondition(observed.mirror), maintenanceCondition(env, r));

  const completed = rollout?.lastGood?.version ?? prev.version;
  const mongoClaim = names.mongoClaim(env.metadata.name);
  const mirror = mirrorStatus(prev.mirror, observed.mirror, now);
  return {
    observedGeneration: generation,
    ...(completed ? { version: completed } : {}),
    conditions: mergeConditions(prev.conditions, conditions, generation, now),
    services,
    mongo: { ready: mongoOk, volumeClaim: mongoClaim },
    endpoints: endpoints(env, r),
    ...(problems.length ? { problems: problemStatus(prev.problems, problems, now) } : {}),
    history: decision.history,
    ...(rollout ? { rollout } : {}),
    ...(mirror ? { mirror } : {}),
  };
}

/** `web 1/2 updated 0/2 ready, entity …` for the services still rolling. */
function progress(services: Record<string, ServiceStatus>): string {
  const rolling = Object.entries(services).filter(
    ([, s]) => s.updatedReplicas !== s.replicas || s.readyReplicas !== s.replicas,
  );
  if (!rolling.length) return 'waiting for the controllers';
  return rolling
    .map(([n, s]) => `${n} ${s.updatedReplicas}/${s.replicas} updated ${s.readyReplicas}/${s.replicas} ready`)
    .join(', ');
}
