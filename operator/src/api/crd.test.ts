import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse, parseAllDocuments } from 'yaml';
import { crdFile, crdYaml } from './crd.ts';
import { type EveryClassEnvironmentSpec, rootSchema, specSchema } from './environment.ts';
import { paths, undescribed } from './schema.ts';

describe('CRD', () => {
  it('committed YAML matches the generator (run `npm run gen:crd` after changing the schema)', () => {
    assert.equal(readFileSync(crdFile, 'utf8'), crdYaml());
  });

  it('describes every field', () => {
    assert.deepEqual(undescribed(rootSchema), []);
  });

  it('admits every field the samples use (samples and schema agree)', () => {
    const known = new Set(paths(specSchema));
    for (const tier of ['production', 'staging', 'testing']) {
      const [doc] = parseAllDocuments(readFileSync(`config/samples/${tier}.yaml`, 'utf8'));
      const sample = doc?.toJSON() as { spec: EveryClassEnvironmentSpec };
      assert.equal(sample.spec.tier, tier);
      for (const p of leafPaths(sample.spec))
        assert.ok(known.has(p), `${tier}.yaml uses spec.${p}, unknown to the schema`);
    }
  });

  it('has the printer columns of the design', () => {
    const crd = parse(crdYaml()) as {
      spec: { versions: Array<{ additionalPrinterColumns: Array<{ name: string }> }> };
    };
    assert.deepEqual(
      crd.spec.versions[0]?.additionalPrinterColumns.map((c) => c.name),
      ['Tier', 'Version', 'Running', 'Ready', 'Mirror', 'Mismatch', 'Maintenance', 'Age'],
    );
  });
});

function leafPaths(v: unknown, prefix = ''): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => leafPaths(x, `${prefix}[]`));
  if (v && typeof v === 'object') {
    return Object.entries(v).flatMap(([k, x]) => {
      const p = prefix ? `${prefix}.${k}` : k;
      return [p, ...leafPaths(x, p)];
    });
  }
  return [];
}
