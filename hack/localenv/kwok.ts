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
export function kwokConfigYaml(moduleDir: string, volumesRoot: string): string {
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
          stringify(localVolumes(stage, volumesRoot)).replaceAll(
            "self.spec.storageClassName == 'kwok-volume'",
            storageClassCel(),
          ),
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

/**
 * KWOK provisions hostPath volumes, which a real node mounts without applying fsGroup (a pod of a
 * non-root uid could not write them). Provision `local` volumes under `volumesRoot` instead, open
 * to every Linux node (KWOK's and the real one): the real node's volume keeper creates their
 * directories (node/volumes.ts) and kubelet applies fsGroup to them.
 */
function localVolumes(stage: object, volumesRoot: string): object {
  const hostPath =
    /^( *)hostPath:\n *path: \/tmp\/kwok-local-path-provisioner\/(pvc-\{\{ \.metadata\.uid \}\})\n *type: DirectoryOrCreate\n/m;
  const steps = (stage as { spec?: { steps?: Array<{ apply?: { template?: string } }> } }).spec?.steps ?? [];
  for (const step of steps) {
    const t = step.apply?.template;
    if (!t || !hostPath.test(t)) continue;
    step.apply = {
      ...step.apply,
      template: t.replace(hostPath, (_m, indent: string, name: string) =>
        [
          `${indent}local:`,
          `${indent}  path: ${volumesRoot}/${name}`,
          `${indent}nodeAffinity:`,
          `${indent}  required:`,
          `${indent}    nodeSelectorTerms:`,
          `${indent}    - matchExpressions:`,
          `${indent}      - {key: kubernetes.io/os, operator: In, values: [linux]}`,
          '',
        ].join('\n'),
      ),
    };
  }
  if (JSON.stringify(stage).includes('kwok-local-path-provisioner'))
    throw new Error("KWOK's volume stage changed: its hostPath template no longer matches");
  return stage;
}

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
