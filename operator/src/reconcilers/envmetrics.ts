// Per-environment metrics, read from the informer caches at scrape time (as kube-state-metrics
// does): what status says (conditions, rollout phase, replicas, mirror figures) and the pods'
// restart counts. Every replica, leader or standby, exports the same series from its warm caches,
// so alert rules aggregate with max by (namespace, name). Nothing here is kept between scrapes:
// the cluster holds the state. The PrometheusRule in config/monitoring uses these names.
import type { V1Pod } from '@kubernetes/client-node';
import { Counter, Gauge, type Registry } from 'prom-client';
import { conditionTypes } from '../api/conditions.ts';
import { type EveryClassEnvironment, rolloutPhases } from '../api/environment.ts';
import { labelKeys } from '../desired/labels.ts';
import { type BackupFigures, backupFigures } from './backupfigures.ts';

export type { BackupFigures };

const statuses = ['True', 'False', 'Unknown'] as const;

/** One series: its labels and value. */
export interface Sample {
  labels: Record<string, string>;
  value: number;
}

export interface EnvironmentSources {
  environments: () => readonly EveryClassEnvironment[];
  pods: () => readonly V1Pod[];
  /**
   * An environment's backup figures. Default: read from the object itself (backupFigures:
   * spec.mongo.backup and status.backup.lastSuccessTime, where the schema has them).
   */
  backup?: (env: EveryClassEnvironment) => BackupFigures | undefined;
}

const who = (env: EveryClassEnvironment) => ({ namespace: env.metadata.namespace, name: env.metadata.name });

/** The samples of every per-environment metric, by metric name: pure, for the collectors and tests. */
export function environmentSamples(src: EnvironmentSources): Record<keyof typeof metricHelp, Sample[]> {
  const out: Record<keyof typeof metricHelp, Sample[]> = {
    everyclass_environment_info: [],
    everyclass_environment_condition: [],
    everyclass_environment_rollout_phase: [],
    everyclass_environment_rollout_started_timestamp_seconds: [],
    everyclass_environment_service_replicas: [],
    everyclass_environment_service_ready_replicas: [],
    everyclass_environment_mirror_percent: [],
    everyclass_environment_mirror_mirrored_requests_total: [],
    everyclass_environment_mirror_dropped_requests_total: [],
    everyclass_environment_mirror_compared_requests_total: [],
    everyclass_environment_mirror_mismatches_total: [],
    everyclass_environment_container_restarts_total: [],
    everyclass_backup_last_success_timestamp_seconds: [],
    everyclass_backup_schedule_interval_seconds: [],
  };
  for (const env of src.environments()) {
    const id = who(env);
    const s = env.status ?? {};
    out.everyclass_environment_info.push({
      labels: { ...id, tier: env.spec.tier, version: s.version ?? '' },
      value: 1,
    });
    for (const type of conditionTypes) {
      const c = s.conditions?.find((x) => x.type === type);
      if (!c) continue;
      for (const status of statuses)
        out.everyclass_environment_condition.push({
          labels: { ...id, condition: type, status },
          value: c.status === status ? 1 : 0,
        });
    }
    if (s.rollout) {
      for (const phase of rolloutPhases)
        out.everyclass_environment_rollout_phase.push({
          labels: { ...id, phase, version: s.rollout.target.version },
          value: s.rollout.phase === phase ? 1 : 0,
        });
      out.everyclass_environment_rollout_started_timestamp_seconds.push({
        labels: id,
        value: Date.parse(s.rollout.startedAt) / 1000,
      });
    }
    for (const [service, st] of Object.entries(s.services ?? {})) {
      out.everyclass_environment_service_replicas.push({
        labels: { ...id, service },
        value: st.replicas ?? 0,
      });
      out.everyclass_environment_service_ready_replicas.push({
        labels: { ...id, service },
        value: st.readyReplicas ?? 0,
      });
    }
    const m = s.mirror;
    if (m?.target) {
      const ml = { ...id, target: m.target };
      out.everyclass_environment_mirror_percent.push({ labels: ml, value: m.percent ?? 0 });
      const figures: Array<[keyof typeof out, number | undefined]> = [
        ['everyclass_environment_mirror_mirrored_requests_total', m.mirroredRequests],
        ['everyclass_environment_mirror_dropped_requests_total', m.droppedRequests],
        ['everyclass_environment_mirror_compared_requests_total', m.comparedRequests],
        ['everyclass_environment_mirror_mismatches_total', m.mismatches],
      ];
      for (const [metric, value] of figures) if (value !== undefined) out[metric].push({ labels: ml, value });
    }
    const backup = (src.backup ?? backupFigures)(env);
    if (backup) {
      out.everyclass_backup_schedule_interval_seconds.push({ labels: id, value: backup.intervalSeconds });
      if (backup.lastSuccess)
        out.everyclass_backup_last_success_timestamp_seconds.push({
          labels: id,
          value: backup.lastSuccess.getTime() / 1000,
        });
    }
  }
  out.everyclass_environment_container_restarts_total = restarts(src.pods());
  return out;
}

/** Restarts of the containers of each environment's pods, summed by component (pods now present). */
function restarts(pods: readonly V1Pod[]): Sample[] {
  const sums = new Map<string, Sample>();
  for (const pod of pods) {
    const l = pod.metadata?.labels ?? {};
    const name = l[labelKeys.instance];
    const component = l[labelKeys.component];
    if (!name || !component) continue;
    const labels = { namespace: pod.metadata?.namespace ?? '', name, component };
    const key = JSON.stringify(labels);
    const n = (pod.status?.containerStatuses ?? []).reduce((a, c) => a + (c.restartCount ?? 0), 0);
    const have = sums.get(key);
    if (have) have.value += n;
    else sums.set(key, { labels, value: n });
  }
  return [...sums.values()];
}

/** Every metric's help text; the keys are the exported names. */
export const metricHelp = {
  everyclass_environment_info:
    'An environment: its tier and the version every service last completed (status.version)',
  everyclass_environment_condition:
    'Status conditions (Ready, Progressing, Degraded, Mirroring): 1 for the current status, 0 for the others',
  everyclass_environment_rollout_phase:
    'status.rollout.phase (Progressing, Complete, RollingBack, RolledBack, Failed): 1 for the current one',
  everyclass_environment_rollout_started_timestamp_seconds: 'When the operator first saw the rollout target',
  everyclass_environment_service_replicas: 'Desired pods of each service (status.services)',
  everyclass_environment_service_ready_replicas: 'Ready pods of each service (status.services)',
  everyclass_environment_mirror_percent:
    'Share of eligible requests mirrored to the target now (status.mirror.percent)',
  everyclass_environment_mirror_mirrored_requests_total:
    'Requests copied to the target and answered (status.mirror, summed over the proxy pods since they started)',
  everyclass_environment_mirror_dropped_requests_total:
    'Sampled requests not copied (status.mirror.droppedRequests)',
  everyclass_environment_mirror_compared_requests_total:
    'Answers of the target compared with production\u2019s (status.mirror.comparedRequests)',
  everyclass_environment_mirror_mismatches_total:
    'Answers of the target that differed (status.mirror.mismatches)',
  everyclass_environment_container_restarts_total:
    'Container restarts of the pods of each component now present (a replaced pod starts again at 0)',
  everyclass_backup_last_success_timestamp_seconds:
    'When the last backup of the environment\u2019s MongoDB succeeded',
  everyclass_backup_schedule_interval_seconds:
    'The longest gap between two runs of the environment\u2019s backup schedule',
} as const;

/** Names of the metrics that count (exported as counters: rate() and increase() apply). */
const counters = new Set<string>(Object.keys(metricHelp).filter((n) => n.endsWith('_total')));

/** Registers the per-environment metrics on `registry`; each scrape reads the caches anew. */
export function registerEnvironmentMetrics(registry: Registry, src: EnvironmentSources): void {
  // Each collect reads the caches again (a pass over them is cheap next to a scrape's round trip).
  const samplesNow = () => environmentSamples(src);
  for (const [name, help] of Object.entries(metricHelp) as Array<[keyof typeof metricHelp, string]>) {
    const base = { name, help, labelNames: labelNamesOf[name], registers: [registry] };
    const samples = () => samplesNow()[name];
    if (counters.has(name))
      new Counter({
        ...base,
        collect() {
          this.reset();
          for (const s of samples()) this.inc(s.labels, s.value);
        },
      });
    else
      new Gauge({
        ...base,
        collect() {
          this.reset();
          for (const s of samples()) this.set(s.labels, s.value);
        },
      });
  }
}

const id = ['namespace', 'name'] as const;
const mirror = [...id, 'target'] as const;
const labelNamesOf: Record<keyof typeof metricHelp, readonly string[]> = {
  everyclass_environment_info: [...id, 'tier', 'version'],
  everyclass_environment_condition: [...id, 'condition', 'status'],
  everyclass_environment_rollout_phase: [...id, 'phase', 'version'],
  everyclass_environment_rollout_started_timestamp_seconds: id,
  everyclass_environment_service_replicas: [...id, 'service'],
  everyclass_environment_service_ready_replicas: [...id, 'service'],
  everyclass_environment_mirror_percent: mirror,
  everyclass_environment_mirror_mirrored_requests_total: mirror,
  everyclass_environment_mirror_dropped_requests_total: mirror,
  everyclass_environment_mirror_compared_requests_total: mirror,
  everyclass_environment_mirror_mismatches_total: mirror,
  everyclass_environment_container_restarts_total: [...id, 'component'],
  everyclass_backup_last_success_timestamp_seconds: id,
  everyclass_backup_schedule_interval_seconds: id,
};
