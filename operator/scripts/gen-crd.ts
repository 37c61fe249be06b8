// Writes the generated CRD YAML: node operator/scripts/gen-crd.ts
import { writeFileSync } from 'node:fs';
import { crdFile, crdYaml } from '../src/api/crd.ts';

writeFileSync(crdFile, crdYaml());
console.log(`wrote ${crdFile}`);
