// hack/kind-e2e.sh cannot run here (no Docker), so what it relies on is checked: it parses, it
// and the scenario's setup wait with kubectl instead of sleeping, every Service the scenario asks
// for is one the operator builds for that sample, and it runs the one real-pod scenario file.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { V1Service } from '@kubernetes/client-node';
import { ready, sample } from '../operator/src/desired/fixtures.test-support.ts';
import { buildDesired } from '../operator/src/desired/index.ts';
import { resolveMirror } from '../operator/src/desired/mirror.ts';

const script = readFileSync('hack/kind-e2e.sh', 'utf8');
/** The commands, without comment lines. */
const code = script
  .split('\n')
  .filter((l) => !/^\s*#/.test(l))
  .join('\n');
type Tier = 'production' | 'staging' | 'testing';

/** The Services the operator builds for a sample in everyclass-<tier> (production mirroring into staging). */
function services(tier: Tier): V1Service[] {
  const env = sample(tier, `everyclass-${tier}`);
  const target = ready(sample('staging', 'everyclass-staging'));
  const mirror = resolveMirror(env, tier === 'production' ? target : undefined, { gatewayApi: false });
  return buildDesired(env, { mirror }).objects.filter((o) => o.kind === 'Service') as V1Service[];
}

describe('hack/kind-e2e.sh', () => {
  it('is valid bash', () => {
    execFileSync('bash', ['-n', 'hack/kind-e2e.sh']);
  });

  const upPods = readFileSync('hack/localenv/up-pods.ts', 'utf8');
  const journeys = readFileSync('test/e2e/real-journeys.test.ts', 'utf8');

  it('waits with kubectl wait and rollout status, never with sleep or a port-forward (script and scenario setup)', () => {
    assert.doesNotMatch(code, /\bsleep\b/);
    assert.doesNotMatch(code, /port-forward/);
    assert.doesNotMatch(upPods, /\bsleep\(|setTimeout\(/);
    assert.match(
      upPods,
      /'wait',\s*'-n',\s*namespaceOf\(tier\),\s*'--for=condition=Ready',\s*`ece\/\$\{tier\}`/,
    );
    assert.match(upPods, /'rollout',\s*'status'/);
  });

  it('asks only for Services the operator builds, on port 80 named http', () => {
    const asked = [
      ...upPods.matchAll(/serviceUrl\(t, (?:'(\w+)'|tier), '(\w+)'\)/g),
      ...journeys.matchAll(/service\('(\w+)', '(\w+)'\)/g),
    ].map(([, tier, svc]) => [tier ?? 'production', svc] as const);
    assert.ok(asked.length >= 6, `the Services the scenario opens (${asked.length})`);
    for (const [tier, svc] of asked) {
      const name = `${tier}-${svc}`;
      const found = services(tier as Tier).find((s) => s.metadata?.name === name);
      assert.ok(found, `everyclass-${tier} has no Service ${name}`);
      assert.ok(
        found.spec?.ports?.some((p) => p.name === 'http' && p.port === 80),
        `${name} has no port http on 80`,
      );
    }
  });

  it('runs the one real-pod scenario file, with the kind cluster and the images it loaded', () => {
    const scenario = /SCENARIO="\$\{E2E_SCENARIO:-(test\/e2e\/[\w-]+\.test\.ts)\}"/.exec(script)?.[1];
    assert.equal(scenario, 'test/e2e/real-journeys.test.ts');
    assert.ok(existsSync(scenario));
    assert.match(
      code,
      /EVERYCLASS_E2E_KUBECONFIG="\$KUBECONFIG" EVERYCLASS_E2E_IMAGE_TAG="\$VERSION" npx mocha "\$SCENARIO"/,
    );
    // The tags the scenario rolls to (support/journey-cluster.ts): TAG-next and TAG-crash.
    assert.match(code, /"\$IMAGE:\$VERSION-next"/);
    assert.match(code, /"\$IMAGE:\$VERSION-crash"/);
  });
});
