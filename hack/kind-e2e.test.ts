// hack/kind-e2e.sh cannot run here (no Docker), so what it relies on is checked: it parses, it
// waits with kubectl instead of sleeping, and every Service it asks for is one the operator
// builds for that sample, on the port the script names.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

  it('waits with kubectl wait and rollout status, never with sleep or a port-forward', () => {
    assert.doesNotMatch(code, /\bsleep\b/);
    assert.doesNotMatch(code, /port-forward/);
    assert.match(script, /kubectl -n "everyclass-\$tier" wait --for=condition=Ready "ece\/\$tier"/);
    assert.match(script, /rollout status "statefulset\/\$tier-mongo"/);
  });

  it('asks only for Services the operator builds, by their port name', () => {
    const port = /services\/http:\$2:(\w+)\/proxy/.exec(script)?.[1];
    assert.equal(port, 'http');
    const asked = [...script.matchAll(/^answers "[^"]+" (?:'[^']+'|\S+) (\w+) ([\w-]+) (\S+)$/gm)];
    assert.ok(asked.length >= 4, 'the smoke checks');
    for (const [, tier, name] of asked) {
      const svc = services(tier as Tier).find((s) => s.metadata?.name === name);
      assert.ok(svc, `everyclass-${tier} has no Service ${name}`);
      assert.ok(
        svc.spec?.ports?.some((p) => p.name === port && p.port === 80),
        `${name} has no port ${port} on 80`,
      );
    }
  });

  it('runs the shared real-pod scenario file when it exists (the hook)', () => {
    assert.match(script, /SCENARIO="\$\{E2E_SCENARIO:-test\/e2e\/[\w-]+\.test\.ts\}"/);
    assert.match(script, /EVERYCLASS_E2E_KUBECONFIG="\$KUBECONFIG"[^\n]*\\\n[^\n]*npx mocha "\$SCENARIO"/);
  });
});
