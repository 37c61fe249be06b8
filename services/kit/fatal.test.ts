import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oneLine, redact, writeTerminationMessage } from './fatal.ts';

describe('fatal exit line', () => {
  it('masks the credentials of URLs and password-like pairs', () => {
    assert.equal(
      redact('cannot reach mongodb://everyclass:s3cr3t@db-0.db.ns.svc:27017/x?authSource=admin'),
      'cannot reach mongodb://***@db-0.db.ns.svc:27017/x?authSource=admin',
    );
    assert.equal(
      redact('MONGO_URL must be a URL, got "mongodb://u:p w@h"'),
      'MONGO_URL must be a URL, got "mongodb://***@h"',
    );
    assert.equal(redact('login failed: password=hunter2 user=x'), 'login failed: password=*** user=x');
    assert.equal(redact('{"token": "abc.def"}'), '{"token": "***"}');
    assert.equal(redact('http://example.edu/path and plain text'), 'http://example.edu/path and plain text');
  });

  it('folds lines and bounds the length', () => {
    assert.equal(oneLine('  first\n  second\r\nthird  '), 'first second third');
    const long = oneLine('x'.repeat(5000));
    assert.equal(long.length, 1024);
    assert.ok(long.endsWith('…'));
  });

  it('writes an existing termination message file (truncating it) and never creates one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fatal-'));
    const file = join(dir, 'termination-log');
    writeFileSync(file, 'an older, longer message');
    assert.equal(writeTerminationMessage('short', file), true);
    assert.equal(readFileSync(file, 'utf8'), 'short');
    const absent = join(dir, 'absent');
    assert.equal(writeTerminationMessage('short', absent), false);
    assert.equal(existsSync(absent), false);
  });
});
