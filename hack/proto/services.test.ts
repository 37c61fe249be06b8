import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderServices, servicesPath } from './services.ts';

describe('service descriptors (proto/generated/services.ts)', () => {
  it('are what `npm run gen:proto` writes from proto/ (run it after changing a .proto)', () => {
    assert.equal(readFileSync(servicesPath, 'utf8'), renderServices(), 'services.ts drifted from proto/');
  });

  describe('from a .proto', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'everyclass-proto-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    const render = (body: string) => {
      const file = join(dir, 'x.proto');
      writeFileSync(file, `syntax = "proto3";\npackage t.v1;\n${body}`);
      return renderServices([file]);
    };

    it('carry idempotency_level, unknown when absent', () => {
      const text = render(`service S {
        rpc Read(M) returns (M) { option idempotency_level = NO_SIDE_EFFECTS; }
        rpc Put(M) returns (M) { option idempotency_level = IDEMPOTENT; }
        rpc Send(M) returns (M);
      }
      message M { string a_b = 1; }`);
      assert.match(text, /Read: \{[^}]*idempotency: 'NO_SIDE_EFFECTS'/);
      assert.match(text, /Put: \{[^}]*idempotency: 'IDEMPOTENT'/);
      assert.match(text, /Send: \{[^}]*idempotency: 'IDEMPOTENCY_UNKNOWN'/);
      assert.match(text, /export const SService = \{\n {2}name: 't\.v1\.S'/);
    });

    it('name each field both ways and mark maps and message fields', () => {
      const text = render(`service S { rpc Get(Req) returns (Res); }
      message Req { string student_id = 1; }
      message Res { map<string, int32> level_by_id = 1; repeated Item items = 2; }
      message Item { uint32 week_no = 1; }`);
      assert.match(text, /\{ js: 'studentId', proto: 'student_id' \}/);
      assert.match(text, /\{ js: 'levelById', proto: 'level_by_id', map: true \}/);
      assert.match(text, /\{ js: 'items', proto: 'items', message: 't\.v1\.Item' \}/);
      assert.match(
        text,
        /'t\.v1\.Item': \[\n {6}\{ js: 'weekNo', proto: 'week_no' \}/,
        'nested messages are listed',
      );
    });

    it('refuse an idempotency level protobuf does not define', () => {
      assert.throws(
        () =>
          render('service S { rpc Get(M) returns (M) { option idempotency_level = SAFE; } }\nmessage M {}'),
        /t\.v1\.S\.Get: idempotency_level SAFE is not one of/,
      );
    });
  });
});
