// What KWOK simulates in the local cluster: its own "fast" stages (from its Go module) for nodes,
// pods and volumes, one fake node, the StorageClasses it provisions, and a stage that keeps images
// tagged *-never-ready from ever turning Ready (failed-rollout tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

/** StorageClasses the fake provisioner serves: KWOK's own and the names our samples use. */
export const storageClasses = ['kwok-volume', 'standard', 'nfs-client'];
export const fakeNodeName = 'kwok-node-0';

/**
 * KWOK's own "fast" stages from its module: nodes turn Ready with heartbeats, pods turn
 * Running/Ready at once, PVCs of our StorageClasses get a PV and bind.
 */
export function kwokConfigYaml(moduleDir: string): string {
  const stageDirs = ['node/fast', 'node/heartbeat', 'pod/fast', 'volume/fast'];
  // Stages only: a KwokConfiguration document would replace KWOK's defaults with zeros.
  const docs: string[] = [];
  for (const sub of stageDirs) {
    const d = join(moduleDir, 'kustomize', 'stage', sub);
    for (const f of readdirSync(d).sort()) {
      if (!f.endsWith('.yaml') || f === 'kustomization.yaml' || f === 'storage-class.yaml') continue;
      for (const doc of parseAllDocuments(readFileSync(join(d, f), 'utf8'))) {
        const stage = doc.toJSON() as { kind?: string } | null;
        if (stage?.kind !== 'Stage') continue;
        if ((stage as { metadata?: { name?: string } }).metadata?.name === 'pod-ready')
          excludeNeverReady(stage);
        docs.push(
          stringify(stage).replaceAll("self.spec.storageClassName == 'kwok-volume'", storageClassCel()),
        );
      }
    }
  }
  docs.push(neverReadyStageYaml);
  return docs.join('---\n');
}

/**
 * Images whose tag ends in this suffix start but never turn Ready (a failed rollout, for tests):
 * KWOK's pod-ready stage skips them and `pod-never-ready` marks them Running, not Ready.
 */
export const neverReadyTagSuffix = '-never-ready';
const neverReadyCel = `self.spec.containers.exists(c, c.image.endsWith('${neverReadyTagSuffix}'))`;

function excludeNeverReady(stage: object): void {
  const spec = (stage as { spec: { selector: { matchExpressions: object[] } } }).spec;
  spec.selector.matchExpressions.push({ cel: { expression: `!(${neverReadyCel})` } });
}

const neverReadyStageYaml = stringify({
  apiVersion: 'kwok.x-k8s.io/v1alpha1',
  kind: 'Stage',
  metadata: { name: 'pod-never-ready' },
  spec: {
    resourceRef: { apiGroup: 'v1', kind: 'Pod' },
    selector: {
      matchExpressions: [
        { key: '.metadata.deletionTimestamp', operator: 'DoesNotExist' },
        { key: '.status.phase', operator: 'In', values: ['Pending'] },
        { cel: { expression: neverReadyCel } },
      ],
    },
    next: {
      statusTemplate: [
        '{{ $now := Now }}',
        'conditions:',
        '- {lastTransitionTime: {{ $now | Quote }}, status: "True", type: Initialized}',
        '- {lastTransitionTime: {{ $now | Quote }}, status: "False", type: Ready, reason: ContainersNotReady}',
        '- {lastTransitionTime: {{ $now | Quote }}, status: "False", type: ContainersReady, reason: ContainersNotReady}',
        'containerStatuses:',
        '{{ range .spec.containers }}',
        '- image: {{ .image | Quote }}',
        '  name: {{ .name | Quote }}',
        '  ready: false',
        '  started: true',
        '  restartCount: 0',
        '  state:',
        '    running:',
        '      startedAt: {{ $now | Quote }}',
        '{{ end }}',
        'phase: Running',
        'startTime: {{ $now | Quote }}',
        '',
      ].join('\n'),
    },
  },
});

function storageClassCel(): string {
  return `self.spec.storageClassName in [${storageClasses.map((s) => `'${s}'`).join(', ')}]`;
}

export function fixturesYaml(): string {
  const node = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: fakeNodeName,
      annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
      labels: {
        'kubernetes.io/hostname': fakeNodeName,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'topology.kubernetes.io/zone': 'local-a',
        type: 'kwok',
      },
    },
    spec: {},
    status: {
      allocatable: { cpu: '64', memory: '256Gi', pods: '2000' },
      capacity: { cpu: '64', memory: '256Gi', pods: '2000' },
    },
  };
  const classes = storageClasses.map((name) => ({
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name,
      annotations: name === 'kwok-volume' ? { 'storageclass.kubernetes.io/is-default-class': 'true' } : {},
    },
    provisioner: 'kwok.x-k8s.io/volume',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'Immediate',
    allowVolumeExpansion: true,
  }));
  return [node, ...classes].map((o) => stringify(o)).join('---\n');
}
