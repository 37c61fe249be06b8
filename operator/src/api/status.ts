// The status of an EveryClassEnvironment, written by the operator: conditions, services, failing
// containers, rollout state and history, mirroring figures. Part of the CRD (api/environment.ts).
import { problemReasons } from './conditions.ts';
import { backupStatusSchema, dataStatusSchema } from './data.ts';
import { bool, dict, int, list, obj, oneOf, str, type TypeOf } from './schema.ts';

export const mirrorModes = ['proxy', 'gateway'] as const;
export type MirrorMode = (typeof mirrorModes)[number];

const conditionSchema = obj(
  'A condition in the shape of metav1.Condition.',
  {
    type: str('Condition type: Ready, Progressing, Degraded, Mirroring or Maintenance.', { maxLength: 64 }),
    status: oneOf('True, False or Unknown.', ['True', 'False', 'Unknown']),
    observedGeneration: int('The spec generation this condition was computed from.', { minimum: 0 }),
    lastTransitionTime: str('When status last changed.', { format: 'date-time' }),
    reason: str('One-word CamelCase reason.', { maxLength: 1024 }),
    message: str('Human-readable detail.', { maxLength: 32768 }),
  },
  { required: ['type', 'status', 'lastTransitionTime', 'reason', 'message'] },
);

export const serviceStatusSchema = obj('Observed state of one service.', {
  replicas: int('Desired pods.'),
  readyReplicas: int('Pods passing their readiness probe.'),
  updatedReplicas: int('Pods of the current template.'),
  version: str('Version the spec asks for.'),
  runningVersion: str('Version all pods run (set once a rollout completes).'),
});

export const historyEntrySchema = obj(
  'One rollout of spec.version.',
  {
    version: str('The version rolled out.'),
    startedAt: str('When the operator first saw this version.', { format: 'date-time' }),
    completedAt: str('When every service ran it (or the rollout failed).', { format: 'date-time' }),
    outcome: oneOf('Progressing, Complete, Failed, RolledBack, or Superseded (a newer version came first).', [
      'Progressing',
      'Complete',
      'Failed',
      'RolledBack',
      'Superseded',
    ]),
    message: str('Detail of the outcome.'),
    services: dict(
      'Services whose version differed from version in this rollout (per-service overrides).',
      str('An image tag.'),
    ),
  },
  { required: ['version', 'startedAt', 'outcome'] },
);

const versionsSchema = (description: string) =>
  obj(
    description,
    {
      version: str('spec.version of that state.'),
      services: dict('Image tag of each service that runs.', str('An image tag.')),
    },
    { required: ['version', 'services'] },
  );

export const rolloutPhases = ['Progressing', 'Complete', 'RollingBack', 'RolledBack', 'Failed'] as const;
export type RolloutPhase = (typeof rolloutPhases)[number];

export const rolloutStatusSchema = obj(
  'The rollout the operator drives. Kept in status (never only in memory) so that a restarted operator ' +
    'decides the same: a failed target is not retried until the spec asks for other versions.',
  {
    phase: oneOf(
      'Progressing; Complete; RollingBack or RolledBack (the target failed and the services return to, ' +
        'or run, lastGood); Failed (stopped with the target applied: autoRollback is false or no version ' +
        'ever succeeded).',
      rolloutPhases,
    ),
    target: versionsSchema('The versions the spec asks for.'),
    startedAt: str('When the operator first saw the target.', { format: 'date-time' }),
    failedServices: list(
      'Services whose rollout failed (exceeded rollout.progressDeadlineSeconds, or crash-looped).',
      str('A service name.'),
    ),
    failure: obj(
      'Why the rollout failed, as seen when it did.',
      {
        reason: oneOf(
          'ProgressDeadlineExceeded (a Deployment reported it), or CrashLooping (rollout.failFastRestarts).',
          ['ProgressDeadlineExceeded', 'CrashLooping'],
        ),
        pods: str('What the failed services\u2019 containers showed then (status.problems), one line.', {
          maxLength: 4096,
        }),
      },
      { required: ['reason'] },
    ),
    lastGood: versionsSchema(
      'The last versions every service completed rolling out to (the rollback target).',
    ),
  },
  { required: ['phase', 'target', 'startedAt'] },
);

export const problemSchema = obj(
  'A component whose containers fail now, as its pods show it (kubectl describe pod).',
  {
    component: str('web, entity, identity, calendar, mirror or mongo.'),
    reason: oneOf(
      'The kubelet\u2019s reason (OOMKilled: the last exit was an out-of-memory kill).',
      problemReasons,
    ),
    message: str(
      'Failing pods, the pod restarted most, its restart count and its container\u2019s last termination ' +
        'message (one line, credentials masked).',
    ),
    restarts: int('Restarts of that container.'),
    failingPods: int('Pods of the component with a failing container.'),
    pods: int('Pods of the component.'),
    since: str('When this component first failed for this reason.', { format: 'date-time' }),
  },
  { required: ['component', 'reason', 'message'] },
);

/** Routes status.mirror lists at most (the proxy labels at most 32 routes, plus `/` and `other`). */
export const maxMirrorRoutes = 40;

export const mirrorRouteSchema = obj(
  'The mirror proxy\u2019s comparison figures of one route.',
  {
    route: str('The route: the first path segment (/timetable), `/`, or `other`.', { maxLength: 64 }),
    comparedRequests: int('Answers of the target compared with production\u2019s on this route.', {
      minimum: 0,
    }),
    mismatches: int('Of those, the answers that differed.', { minimum: 0 }),
    mismatchRate: str('mismatches / comparedRequests as a percentage, e.g. 0.50%.'),
  },
  { required: ['route', 'comparedRequests', 'mismatches'] },
);

export const mirrorStatusSchema = obj(
  'Mirroring as configured and, in mode proxy, the figures of the mirror proxy (summed over its pods, ' +
    'counted since they started; read every 30 s or so).',
  {
    target: str('Resolved target, namespace/name.'),
    mode: oneOf('proxy or gateway.', mirrorModes),
    percent: int('Share of eligible requests copied now (0 while mirroring is paused).'),
    mirroredRequests: int('Requests copied to the target and answered by it.'),
    droppedRequests: int('Sampled requests not copied (queue full, timeout, target error, body too large).'),
    comparedRequests: int('Answers of the target compared with production\u2019s (match + mismatch).'),
    mismatches: int('Answers of the target that differed.'),
    mismatchRate: str(
      'mismatches / comparedRequests as a percentage, e.g. 1.67%; absent before any comparison.',
    ),
    routes: list(
      'Per route (first path segment, as the proxy labels it), the routes with the most mismatches first; ' +
        'routes without a compared answer are left out.',
      mirrorRouteSchema,
      { maxItems: maxMirrorRoutes, 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['route'] },
    ),
    updatedAt: str('When these figures last changed.', { format: 'date-time' }),
  },
);

export const statusSchema = obj('Observed state of the environment, written by the operator.', {
  observedGeneration: int('The spec generation the status describes.'),
  version: str('The last version every service completed rolling out to.'),
  conditions: list('Ready, Progressing, Degraded, Mirroring, Maintenance.', conditionSchema, {
    'x-kubernetes-list-type': 'map',
    'x-kubernetes-list-map-keys': ['type'],
  }),
  services: dict('Per-service replica counts and versions.', serviceStatusSchema),
  mongo: obj('Observed state of MongoDB.', {
    ready: bool('Whether the MongoDB pod is ready.'),
    volumeClaim: str('Name of the data PersistentVolumeClaim.'),
  }),
  endpoints: obj('Where the environment answers.', {
    web: str('Base URL of the web pages.'),
    calendar: str('Base URL of calendar subscriptions (append <token>.ics).'),
  }),
  problems: list(
    'Components whose containers fail now (crash loops, image pulls, configuration); absent when none do.',
    problemSchema,
    { 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['component'] },
  ),
  history: list('Rollouts of spec.version, newest first (at most 10).', historyEntrySchema, { maxItems: 10 }),
  rollout: rolloutStatusSchema,
  data: dataStatusSchema,
  backup: backupStatusSchema,
  mirror: mirrorStatusSchema,
});

export type EveryClassEnvironmentStatus = TypeOf<typeof statusSchema>;
export type Condition = TypeOf<typeof conditionSchema>;
export type ServiceStatus = TypeOf<typeof serviceStatusSchema>;
export type HistoryEntry = TypeOf<typeof historyEntrySchema>;
export type RolloutStatus = TypeOf<typeof rolloutStatusSchema>;
export type Problem = TypeOf<typeof problemSchema>;
export type Versions = RolloutStatus['target'];
export type MirrorStatus = TypeOf<typeof mirrorStatusSchema>;
export type MirrorRouteStatus = TypeOf<typeof mirrorRouteSchema>;
