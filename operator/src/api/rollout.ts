// spec.rollout: how version changes roll out.
// Part of the spec schema (api/environment.ts), hence of the CRD.

import { bool, int, obj } from './schema.ts';

export const rolloutSchema = obj(
  'How version changes roll out.',
  {
    progressDeadlineSeconds: int(
      'Seconds a service may take to roll out before the rollout counts as failed.',
      {
        minimum: 30,
        maximum: 3600,
        default: 600,
      },
    ),
    autoRollback: bool('Roll back to the last good version when a rollout fails.', { default: true }),
    failFastRestarts: int(
      'Fail a rollout before its deadline once every new pod of a service has crashed and restarted at ' +
        'least this many times and is not ready. Absent: off, only progressDeadlineSeconds fails a rollout ' +
        '(a crash loop is reported in the Degraded condition either way).',
      { minimum: 1, maximum: 100 },
    ),
  },
  { default: {} },
);
