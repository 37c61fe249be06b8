// The backup figures of an environment, read from the cached object itself: spec.mongo.backup
// (schedule, suspend) and status.backup.lastSuccessTime, which the backup feature adds to the
// schema (RFC 3339, as the CronJob's status.lastSuccessfulTime it is copied from). Read through a
// small structural type rather than the schema's, trusting no shape: where the fields are absent
// (an environment without backups), an environment has no backup series.
import { backupDefaults } from '../api/data.ts';
import type { EveryClassEnvironment } from '../api/environment.ts';
import { longestGapSeconds } from './schedulegap.ts';

/** A backup's figures (everyclass_backup_*): undefined for an environment without backups. */
export interface BackupFigures {
  /** When the last backup succeeded (absent: none yet). */
  lastSuccess?: Date;
  /** The longest gap between two runs of the backup's schedule, in seconds. */
  intervalSeconds: number;
}

/** The fields read, each possibly absent or of another type (nothing here trusts their shape). */
interface BackupFields {
  spec?: { mongo?: { backup?: { schedule?: unknown; suspend?: unknown } } };
  status?: { backup?: { lastSuccessTime?: unknown } };
}

/** The schema's default of spec.mongo.backup.schedule (daily at 03:00), when the object omits it. */
export const defaultBackupSchedule = backupDefaults.schedule;

/**
 * Figures of an environment that backs up (spec.mongo.backup set, not suspended, its schedule one
 * that runs); undefined otherwise, so that a suspended or removed backup raises no alert.
 */
export function backupFigures(env: EveryClassEnvironment): BackupFigures | undefined {
  const o = env as BackupFields;
  const spec = o.spec?.mongo?.backup;
  if (!spec || typeof spec !== 'object' || spec.suspend === true) return undefined;
  const schedule = typeof spec.schedule === 'string' ? spec.schedule : defaultBackupSchedule;
  const intervalSeconds = longestGapSeconds(schedule);
  if (intervalSeconds === undefined) return undefined;
  const raw = o.status?.backup?.lastSuccessTime;
  const at = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
  return Number.isNaN(at) ? { intervalSeconds } : { intervalSeconds, lastSuccess: new Date(at) };
}
