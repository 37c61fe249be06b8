// Maintenance mode (spec.maintenance): the operator writes MAINTENANCE_FILE into web's ConfigMap
// and the kubelet updates the mounted file in place; web re-reads it while it runs, so turning
// maintenance on or off needs no restart. A missing file is "not in maintenance"; a file that
// does not parse keeps the last state read (a half-written update never flips the site).
import { readFile } from 'node:fs/promises';
import type { MaintenanceDocument } from '../kit/contract.ts';

export type Maintenance = MaintenanceDocument;

/** Parses the document; undefined when it is not one (the caller keeps what it had). */
export function parseMaintenance(text: string): Maintenance | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
  const o = doc as Record<string, unknown>;
  if (typeof o.enabled !== 'boolean') return undefined;
  const message = typeof o.message === 'string' ? o.message.slice(0, 500) : '';
  return { enabled: o.enabled, message };
}

export interface MaintenanceWatch {
  /** The state in force: undefined or `enabled: false` means serving as usual. */
  current(): Maintenance | undefined;
  /** Reads the file now (tests; the poller calls it every interval). */
  refresh(): Promise<void>;
  stop(): void;
}

/** Re-reads `path` every `intervalMs`; the timer never keeps the process alive. */
export function watchMaintenance(
  path: string,
  intervalMs: number,
  onError: (err: unknown) => void = () => {},
): MaintenanceWatch {
  let state: Maintenance | undefined;
  let reading: Promise<void> | undefined;
  const refresh = (): Promise<void> => {
    reading ??= readFile(path, 'utf8')
      .then(
        (text) => {
          const parsed = parseMaintenance(text);
          if (parsed) state = parsed;
          else onError(new Error(`${path}: not a maintenance document; keeping the last state`));
        },
        (err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT') state = undefined;
          else onError(err);
        },
      )
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
  const timer = setInterval(() => void refresh(), intervalMs);
  timer.unref();
  void refresh();
  return { current: () => state, refresh, stop: () => clearInterval(timer) };
}
