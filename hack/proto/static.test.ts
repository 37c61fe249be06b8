// The static protobufjs code in proto/generated is what `npm run gen:proto` writes (its pbjs
// step; pbts's .d.ts is derived from it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderStatic, staticPath } from './static.ts';

describe('static protobuf code (proto/generated/everyclass.js)', () => {
  it('is what `npm run gen:proto` writes from proto/ (run it after changing a .proto)', async () => {
    const out = await renderStatic();
    assert.ok(out.length > 0, 'pbjs wrote nothing');
    assert.equal(out === readFileSync(staticPath, 'utf8'), true, 'proto/generated/everyclass.js drifted');
  });
});
