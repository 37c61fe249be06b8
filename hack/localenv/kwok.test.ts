import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { kwokConfigYaml } from './kwok.ts';
import { kwokModuleDir, pinnedVersions } from './tools.ts';

describe("KWOK's stages as the local cluster uses them", () => {
  it('provisions local volumes under the cluster (fsGroup applies on the real node), never hostPath', () => {
    const yaml = kwokConfigYaml(kwokModuleDir(pinnedVersions().KWOK_VERSION ?? 'v0.8.0'), '/c/volumes');
    const stages = parseAllDocuments(yaml).map((d) => d.toJSON() as { metadata: { name: string } });
    const provision = JSON.stringify(stages.find((s) => s.metadata.name === 'pvc-provision'));
    assert.match(provision, /local:\\n *path: \/c\/volumes\/pvc-\{\{ \.metadata\.uid \}\}/);
    assert.match(provision, /key: kubernetes.io\/os, operator: In, values: \[linux\]/);
    assert.doesNotMatch(yaml, /hostPath|kwok-local-path-provisioner/);
  });
});
