// The chart's optional monitoring (values monitoring.*), generated from config/monitoring like the
// rest of the chart from config/: the PrometheusRule, the PodMonitors and the Grafana dashboard's
// ConfigMap. Off by default; the Prometheus Operator's objects render only where the API server
// serves their kind (.Capabilities.APIVersions), so a cluster without those CRDs installs cleanly.
//
// Each object's body (spec, or the dashboard's JSON) is a chart file read with .Files.Get: the
// alerts' {{ $labels.… }} and the dashboard's {{namespace}} legends must reach Prometheus and
// Grafana as written, not be read as Helm templates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments, stringify } from 'yaml';

export const monitoringDir = 'config/monitoring';

type Obj = Record<string, unknown>;
interface Meta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
}
interface Generator {
  name: string;
  files: string[];
  options?: { labels?: Record<string, string>; disableNameSuffixHash?: boolean };
}
interface Kustomization {
  namespace?: string;
  resources?: string[];
  configMapGenerator?: Generator[];
}

export interface MonitoringValue {
  path: string;
  value: unknown;
  doc: string;
  schema: Obj;
}

export const monitoringValues: MonitoringValue[] = [
  {
    path: 'monitoring.enabled',
    value: false,
    schema: { type: 'boolean' },
    doc:
      "config/monitoring: the alerts (PrometheusRule), the PodMonitors of the operator and of every environment's " +
      'services, and the Grafana dashboard (a ConfigMap labelled grafana_dashboard=1). The first two render ' +
      'only where the API server serves monitoring.coreos.com/v1 (the Prometheus Operator).',
  },
  {
    path: 'monitoring.metricsNamespace',
    value: '',
    schema: { type: 'string', pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$', maxLength: 63 },
    doc:
      'With monitoring.enabled: the namespace Prometheus runs in, e.g. monitoring. The operator (--metrics-namespace) ' +
      "then adds a NetworkPolicy per component of every environment admitting that namespace's pods on its " +
      'metrics port only. Empty: none (where policies are enforced, the services then refuse the scrapes).',
  },
  {
    path: 'monitoring.labels',
    value: {},
    schema: { type: 'object' },
    doc:
      "Added to the PrometheusRule's and PodMonitors' labels, for the Prometheus' ruleSelector and " +
      'podMonitorSelector, e.g. {release: kube-prometheus-stack}.',
  },
];

/** config/monitoring's objects and files, as kustomize would build them (the subset it uses). */
type Source = Obj & { kind: string; apiVersion: string; metadata: Meta };

function readMonitoring(root: string): {
  namespace: string | undefined;
  objects: Array<{ file: string; object: Source }>;
  generators: Generator[];
} {
  const k = parse(readFileSync(join(root, monitoringDir, 'kustomization.yaml'), 'utf8')) as Kustomization &
    Obj;
  const unknown = Object.keys(k).filter(
    (key) => !['apiVersion', 'kind', 'namespace', 'resources', 'configMapGenerator'].includes(key),
  );
  if (unknown.length)
    throw new Error(
      `${monitoringDir}/kustomization.yaml uses ${unknown.join(', ')}, which hack/helm/monitoring.ts does not translate`,
    );
  const objects = (k.resources ?? []).flatMap((file) =>
    parseAllDocuments(readFileSync(join(root, monitoringDir, file), 'utf8'))
      .map((d) => d.toJSON() as Source | null)
      .filter((o): o is Source => o !== null)
      .map((object) => ({ file, object })),
  );
  for (const g of k.configMapGenerator ?? [])
    if (!g.options?.disableNameSuffixHash)
      throw new Error(
        `${monitoringDir}: configMapGenerator ${g.name} needs disableNameSuffixHash (a stable name)`,
      );
  for (const { file, object } of objects)
    if (object.metadata.namespace !== undefined && object.metadata.namespace !== k.namespace)
      throw new Error(
        `${monitoringDir}/${file}: ${object.kind} sets another namespace than the kustomization`,
      );
  return { namespace: k.namespace, objects, generators: k.configMapGenerator ?? [] };
}

const labelsBlock = (labels: Record<string, string> | undefined, extra: string[]) =>
  [
    '  labels:',
    ...Object.entries(labels ?? {}).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`),
    '    {{- include "everyclass.labels" . | nindent 4 }}',
    ...extra,
  ].join('\n');

/**
 * Template and chart files of config/monitoring. `rename` maps config's object names to the chart's
 * (<fullname>-suffix), as for every other object of the chart.
 */
export function renderMonitoring(opts: {
  root: string;
  namespace: string;
  baseName: string;
  rename: (name: string) => string;
  header: (source: string) => string;
}): Map<string, string> {
  const { root, baseName, rename, header } = opts;
  const files = new Map<string, string>();
  const { objects, generators, namespace } = readMonitoring(root);
  if (namespace !== opts.namespace)
    throw new Error(`${monitoringDir} sets namespace ${namespace}, config/default ${opts.namespace}`);
  const suffix = (name: string) => {
    if (name !== baseName && !name.startsWith(`${baseName}-`))
      throw new Error(`${monitoringDir} names an object ${name}, which does not start with ${baseName}`);
    return name.slice(baseName.length);
  };
  for (const { file, object: o } of objects) {
    const { apiVersion, kind, metadata, ...body } = o;
    const bodyFile = `monitoring/${kind.toLowerCase()}-${metadata.name}.yaml`;
    files.set(bodyFile, stringify(body, { lineWidth: 0 }));
    const served = `${apiVersion}/${kind}`;
    files.set(
      `templates/${kind.toLowerCase()}${suffix(metadata.name)}.yaml`,
      [
        header(`${monitoringDir}/${file}`),
        `{{- if and .Values.monitoring.enabled (.Capabilities.APIVersions.Has ${JSON.stringify(served)}) }}`,
        `apiVersion: ${apiVersion}`,
        `kind: ${kind}`,
        'metadata:',
        `  name: ${rename(metadata.name)}`,
        '  namespace: {{ include "everyclass.namespace" . }}',
        labelsBlock(metadata.labels, [
          '    {{- with .Values.monitoring.labels }}',
          '    {{- toYaml . | nindent 4 }}',
          '    {{- end }}',
        ]),
        `{{- .Files.Get ${JSON.stringify(bodyFile)} | nindent 0 }}`,
        '{{- end }}',
        '',
      ].join('\n'),
    );
  }
  for (const g of generators) {
    const entries = g.files.map((f) => {
      const [key, path] = f.includes('=') ? (f.split('=', 2) as [string, string]) : [f.split('/').at(-1)!, f];
      const chartFile = `monitoring/${path}`;
      files.set(chartFile, readFileSync(join(root, monitoringDir, path), 'utf8'));
      return `  ${key}: |\n{{ .Files.Get ${JSON.stringify(chartFile)} | indent 4 }}`;
    });
    files.set(
      `templates/configmap${suffix(g.name)}.yaml`,
      [
        header(`${monitoringDir}/kustomization.yaml (configMapGenerator ${g.name})`),
        '{{- if .Values.monitoring.enabled }}',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        `  name: ${rename(g.name)}`,
        '  namespace: {{ include "everyclass.namespace" . }}',
        labelsBlock(g.options?.labels, []),
        'data:',
        ...entries,
        '{{- end }}',
        '',
      ].join('\n'),
    );
  }
  return files;
}

/** The operator's arguments from monitoring.* (lines of its args list, `ind` the list's indentation). */
export function monitoringArgs(ind: string): string {
  return [
    `${ind}{{- if and .Values.monitoring.enabled .Values.monitoring.metricsNamespace }}`,
    `${ind}- {{ printf "--metrics-namespace=%s" .Values.monitoring.metricsNamespace | quote }}`,
    `${ind}{{- end }}`,
  ].join('\n');
}
