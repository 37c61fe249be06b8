// config/rbac/mirror_diff_role.yaml grants what `everyclass mirror diff` uses (kube.ts: get and list
// environments, list pods, GET through pods/proxy) and nothing more.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

describe('cli: the role of mirror diff (config/rbac/mirror_diff_role.yaml)', () => {
  it('grants exactly the verbs the command uses', () => {
    const role = parse(readFileSync('config/rbac/mirror_diff_role.yaml', 'utf8')) as {
      kind: string;
      rules: Rule[];
    };
    assert.equal(role.kind, 'ClusterRole');
    const granted = role.rules.flatMap((r) =>
      r.apiGroups.flatMap((g) => r.resources.map((res) => `${g}/${res}: ${[...r.verbs].sort().join(',')}`)),
    );
    assert.deepEqual(granted.sort(), [
      '/pods/proxy: get',
      '/pods: list',
      'everyclass.io/everyclassenvironments: get,list',
    ]);
  });
});
