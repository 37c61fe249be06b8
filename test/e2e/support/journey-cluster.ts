// Where the users' journeys run on real pods: this machine's real node (the default), or a kind
// cluster that hack/kind-e2e.sh made (EVERYCLASS_E2E_KUBECONFIG), so that both paths run the one
// scenario file (test/e2e/real-journeys.test.ts) and cannot drift.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { realNodeNamespaceAnnotations } from '../../../hack/localenv/node/configs.ts';
import {
  appRepo,
  ferretdbImage,
  importCrashingImage,
  tagAppImage,
} from '../../../hack/localenv/node/images.ts';
import { tool } from '../../../hack/localenv/tools.ts';
import { releaseRealNode, useRealNode } from '../../support/localenv.ts';
import { apply, eventually, type Kube } from './operator.ts';

const run = promisify(execFile);

export interface JourneyCluster {
  kube: Kube;
  /** The image tag every environment starts on (our image, built from this tree). */
  tag: string;
  /** The same image under another tag: a release to roll forward to. */
  next(): Promise<string>;
  /** Our image whose entry point exits at once: a release whose pods really crash. */
  crashing(): Promise<string>;
  /** spec.mongo.image: FerretDB's image here, the official mongo image on kind. */
  mongoImage: string;
  /** The StorageClass the samples' volumes use. */
  storageClass: string;
  /** A namespace's annotations that put its pods on real pods (none needed on kind). */
  annotations: Record<string, string>;
  /** Frees what the journeys held (the machine's one real node). */
  release(): Promise<void>;
}

export async function journeyCluster(): Promise<JourneyCluster> {
  const kindConfig = process.env.EVERYCLASS_E2E_KUBECONFIG;
  return kindConfig ? kindCluster(kindConfig) : localRealNode();
}

async function localRealNode(): Promise<JourneyCluster> {
  const { cluster, node } = await useRealNode();
  const tag = node.images.app.split(':').pop() ?? '';
  return {
    kube: cluster,
    tag,
    next: async () => {
      await tagAppImage(node.paths, tag, `${tag}-next`);
      return `${tag}-next`;
    },
    crashing: async () => {
      await importCrashingImage(node.paths, `${tag}-crash`, tag);
      return `${tag}-crash`;
    },
    mongoImage: await ferretdbImage(),
    storageClass: 'standard',
    annotations: realNodeNamespaceAnnotations(),
    release: async () => {
      await releaseRealNode();
    },
  };
}

/** kind: hack/kind-e2e.sh built and loaded the images (EVERYCLASS_E2E_IMAGE_TAG, -next, -crash). */
async function kindCluster(kubeconfig: string): Promise<JourneyCluster> {
  const tag = process.env.EVERYCLASS_E2E_IMAGE_TAG ?? 'e2e';
  const kubectl = async (...args: string[]) =>
    (
      await run(tool('kubernetes', 'kubectl'), [`--kubeconfig=${kubeconfig}`, ...args], {
        maxBuffer: 64 << 20,
      })
    ).stdout;
  const kube: Kube = { kubeconfig, kubectl };
  return {
    kube,
    tag,
    next: async () => `${tag}-next`,
    crashing: async () => `${tag}-crash`,
    mongoImage: 'mongo:7.0',
    storageClass: 'standard',
    annotations: {},
    release: async () => {},
  };
}

/** Creates (or updates) a namespace whose pods run on real pods, ready for pods. */
export async function journeyNamespace(jc: JourneyCluster, name: string): Promise<void> {
  await apply(jc.kube, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, annotations: jc.annotations },
  });
  await eventually(
    `default ServiceAccount in ${name}`,
    async () => (await jc.kube.kubectl('get', 'sa', 'default', '-n', name).catch(() => '')) || undefined,
  );
}

interface Doc {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec?: { template?: { spec: { containers: Array<{ image: string }> } } };
}

/**
 * config/default as a platform engineer installs it (kubectl apply -k), with our image's tag and
 * the operator's namespace annotated so that its pods land where the journeys run.
 */
export async function installOperator(jc: JourneyCluster): Promise<void> {
  const docs = parseAllDocuments(await jc.kube.kubectl('kustomize', 'config/default')).map(
    (d) => d.toJSON() as Doc,
  );
  for (const d of docs) {
    if (d.kind === 'Namespace') d.metadata.annotations = { ...d.metadata.annotations, ...jc.annotations };
    for (const c of d.spec?.template?.spec.containers ?? [])
      if (c.image.startsWith(`${appRepo}:`)) c.image = `${appRepo}:${jc.tag}`;
  }
  await apply(jc.kube, ...docs);
}
