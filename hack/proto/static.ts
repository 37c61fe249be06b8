// protobufjs's static code for proto/generated/everyclass.js (pbjs) and its types (pbts).
import { join } from 'node:path';
import { pbjs, pbts } from 'protobufjs-cli';
import { protoFiles, repoRoot } from './services.ts';

export const staticPath = join(repoRoot, 'proto', 'generated', 'everyclass.js');
export const typesPath = join(repoRoot, 'proto', 'generated', 'everyclass.d.ts');
const pbjsArgs = [
  '-t',
  'static-module',
  '-w',
  'es6',
  '--dependency',
  'protobufjs/minimal.js',
  '--no-beautify',
];

/** The text of everyclass.js, as pbjs writes it from every .proto file. */
export function renderStatic(files = protoFiles()): Promise<string> {
  return new Promise((resolve, reject) =>
    pbjs.main([...pbjsArgs, ...files], (err, text) => (err ? reject(err) : resolve(text ?? ''))),
  );
}

/** Writes everyclass.d.ts from the written everyclass.js (pbts runs jsdoc: a few seconds). */
export function writeTypes(): Promise<void> {
  return new Promise((resolve, reject) =>
    pbts.main(['--no-comments', '-o', typesPath, staticPath], (err) => (err ? reject(err) : resolve())),
  );
}
