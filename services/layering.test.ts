// Imports flow one way: services use the kit and the generated proto code, never each other;
// the kit knows no service. Tools (data, bench), tests, benches and test harnesses may use more.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = import.meta.dirname;
const services = ['calendar', 'entity', 'identity', 'mirror', 'web'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    const tooling = e.name.endsWith('.test.ts') || e.name === 'bench.ts' || e.name === 'harness.ts';
    return e.name.endsWith('.ts') && !tooling ? [p] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) =>
    resolve(file, '..', m[1]!),
  );
}

describe('service layering', () => {
  for (const name of ['kit', ...services]) {
    it(`${name} imports only ${name === 'kit' ? 'itself' : 'itself, the kit and the generated proto code'}`, () => {
      const dir = join(root, name);
      let files: string[];
      try {
        files = sources(dir);
      } catch {
        return; // a service that does not exist yet
      }
      const allowed = [
        dir,
        ...(name === 'kit' ? [] : [join(root, 'kit'), resolve(root, '../proto/generated')]),
      ];
      const bad = files.flatMap((f) =>
        relativeImports(f)
          .filter((target) => !allowed.some((a) => target === a || target.startsWith(`${a}/`)))
          .map((target) => `${relative(root, f)} → ${relative(root, target)}`),
      );
      assert.deepEqual(bad, []);
    });
  }
});
