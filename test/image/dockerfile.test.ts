// The image cannot be built here (no container engine), so its references are checked:
// every path the Dockerfile copies exists, and every role of the entry point runs real code.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const entrypoint = readFileSync(join(root, 'hack/image-entrypoint.sh'), 'utf8');

/** `COPY a b dest` lines of the build context (not `--from=` stages). */
function contextCopies(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => /^COPY\s/.test(l) && !/--from=/.test(l))
    .flatMap((l) => l.trim().split(/\s+/).slice(1, -1));
}

/** role → the dist/ JavaScript file the entry point runs for it. */
function entrypointTargets(text: string): Map<string, string> {
  const roles = new Map<string, string>();
  for (const m of text.matchAll(/^\s*([a-z |]+)\)\s*exec node (?:--\S+ )*\/app\/(dist\/\S+\.js)/gm)) {
    for (const role of (m[1] ?? '').split('|')) roles.set(role.trim(), m[2] ?? '');
  }
  return roles;
}

describe('container image (Dockerfile)', function () {
  this.timeout(180_000);

  it('copies only paths that exist in the repository', () => {
    const copies = contextCopies(dockerfile);
    assert.ok(copies.length >= 5, `expected several COPY sources, got ${copies.join(', ')}`);
    for (const src of copies)
      assert.ok(existsSync(join(root, src)), `Dockerfile copies ${src}, which does not exist`);
  });

  it('runs as a numeric non-root user with an entry point that exists', () => {
    assert.match(dockerfile, /^USER 1000:1000$/m);
    assert.match(dockerfile, /^ENTRYPOINT \["\/usr\/local\/bin\/everyclass-entrypoint"\]$/m);
    assert.match(dockerfile, /^COPY hack\/image-entrypoint\.sh \/usr\/local\/bin\/everyclass-entrypoint$/m);
  });

  it('has an entry role for the operator and every service the operator deploys', () => {
    const roles = entrypointTargets(entrypoint);
    for (const role of ['operator', 'web', 'entity', 'identity', 'calendar', 'mirror', 'data']) {
      assert.ok(roles.has(role), `entry point lacks the role ${role}`);
    }
    const cli = readFileSync(join(root, 'services/cli.ts'), 'utf8');
    for (const svc of ['web', 'entity', 'identity', 'calendar']) {
      assert.match(
        cli,
        new RegExp(`\\b${svc}: \\(\\) => import\\('\\./${svc}/main\\.ts'\\)`),
        `services/cli.ts cannot run ${svc}`,
      );
    }
  });

  it('builds dist/ with a file behind every role of the entry point', () => {
    const out = mkdtempSync(join(tmpdir(), 'everyclass-dist-'));
    try {
      execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', out], {
        cwd: root,
        stdio: 'pipe',
      });
      for (const [role, target] of entrypointTargets(entrypoint)) {
        const file = join(out, target.replace(/^dist\//, ''));
        assert.ok(existsSync(file), `role ${role} runs ${target}, which the build does not produce`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
