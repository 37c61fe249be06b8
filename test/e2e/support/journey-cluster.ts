// Where the users' journeys run on real pods: this machine's real node (the default), or a kind
// cluster that hack/kind-e2e.sh made (EVERYCLASS_E2E_KUBECONFIG), so that both paths run the one
// scenario file (test/e2e/real-journeys.test.ts) and cannot drift.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { realNodeNamespaceAnnotations } from '../../../hack/localenv/node/configs.ts';
import { ferretdbImage, importCrashingImage, tagAppImage } from '../../../hack/localenv/node/images.ts';
import { tool } from '../../../hack/localenv/tools.ts';
import type { PodsTarget } from '../../../hack/localenv/up-pods.ts';
import { releaseRealNode, useRealNode } from '../../support/localenv.ts';
import type { Kube } from './operator.ts';

const run = promisify(execFile);

export interface JourneyCluster {
  kube: Kube;
  /** Where `make up` puts the product (the image tag every environment starts on, ...). */
  target: PodsTarget;
  tag: string;
  /** The same image under another tag: a release to roll forward to. */
  next(): Promise<string>;
  /** Our image whose entry point exits at once: a release whose pods really crash. */
  crashing(): Promise<string>;
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
  const target: PodsTarget = {
    kube: cluster,
    tag,
    mongoImage: await ferretdbImage(),
    storageClass: 'standard',
    annotations: realNodeNamespaceAnnotations(),
  };
  return {
    kube: cluster,
    target,
    tag,
    next: async () => {
      await tagAppImage(node.paths, tag, `${tag}-next`);
      return `${tag}-next`;
    },
    crashing: async () => {
      await importCrashingImage(node.paths, `${tag}-crash`, tag);
      return `${tag}-crash`;
    },
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
    target: { kube, tag, mongoImage: 'mongo:7.0', storageClass: 'standard', annotations: {} },
    tag,
    next: async () => `${tag}-next`,
    crashing: async () => `${tag}-crash`,
    release: async () => {},
  };
}
