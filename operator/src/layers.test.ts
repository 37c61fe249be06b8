// Imports flow one way (style.md): desired → api; reconcilers → api, desired, runtime;
// runtime → nothing of ours; api → nothing of ours; cli → api only.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = 'operator/src';
const allowed: Record<string, string[]> = {
  api: ['api'],
  desired: ['api', 'desired'],
  runtime: ['runtime'],
  reconcilers: ['api', 'desired', 'runtime', 'reconcilers'],
  cli: ['api', 'cli'],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('operator layering', () => {
  for (const [layer, may] of Object.entries(allowed)) {
    it(`${layer}/ imports only ${may.join(', ')}`, () => {
      const bad: string[] = [];
      for (const file of files(join(root, layer))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/^import [^;]*? from '(\.[^']+)';/gms)) {
          const target = relative(root, resolve(dirname(file), m[1] ?? '')).split('/')[0] ?? '';
          if (!may.includes(target)) bad.push(`${file} imports ${m[1]}`);
        }
      }
      assert.deepEqual(bad, []);
    });
  }
});
