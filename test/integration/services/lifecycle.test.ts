// Service processes: a bad configuration is one line and exit code 1; SIGTERM drains and exits 0.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useStore } from '../../support/localenv.ts';
import { startService, testKey } from './support.ts';

const cli = join(import.meta.dirname, '../../../services/cli.ts');

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !['MONGO_URL', 'ENTITY_URL', 'ID_ENCRYPTION_KEY', 'PORT'].includes(k),
      ),
    );
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...clean, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('service processes', function () {
  this.timeout(60_000);

  const cases: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['entity without MONGO_URL', ['entity'], { ID_ENCRYPTION_KEY: testKey }, /MONGO_URL is required/],
    [
      'entity with a short key',
      ['entity'],
      { MONGO_URL: 'mongodb://127.0.0.1:1/x', ID_ENCRYPTION_KEY: 'abc' },
      /ID_ENCRYPTION_KEY must be 32 bytes/,
    ],
    ['calendar with a bad ENTITY_URL', ['calendar'], { ENTITY_URL: 'not a url' }, /ENTITY_URL must be a URL/],
    [
      'entity with a MONGO_URL the driver refuses (no retry can fix it)',
      ['entity'],
      {
        MONGO_URL: 'mongodb://everyclass:pw@127.0.0.1:1/x?notAnOption=1',
        ID_ENCRYPTION_KEY: testKey,
        PORT: '0',
      },
      /bad configuration: MONGO_URL: option notanoption is not supported/,
    ],
    [
      'entity with a bad PORT',
      ['entity'],
      { PORT: '99999', MONGO_URL: 'mongodb://x/y', ID_ENCRYPTION_KEY: testKey },
      /PORT must be between/,
    ],
  ];
  for (const [what, args, env, message] of cases) {
    it(`exits 1 with one clear line, also as termination message: ${what}`, async () => {
      // In a pod the kubelet creates the file (/dev/termination-log); here a test file stands in.
      const termination = join(mkdtempSync(join(tmpdir(), 'lifecycle-')), 'termination-log');
      writeFileSync(termination, '');
      const { code, stderr } = await run(args, { ...env, TERMINATION_MESSAGE_PATH: termination });
      assert.equal(code, 1);
      assert.match(stderr, message);
      assert.equal(stderr.trim().split('\n').length, 1, `one line, no stack trace: ${stderr}`);
      assert.equal(readFileSync(termination, 'utf8'), stderr.trim());
    });
  }

  it('never writes a credential of MONGO_URL into its exit line', async () => {
    const { code, stderr } = await run(['entity'], {
      MONGO_URL: 'mongodb://everyclass:s3cr3t-pw@[not-a-host/x',
      ID_ENCRYPTION_KEY: testKey,
    });
    assert.equal(code, 1);
    assert.match(stderr, /bad configuration: .*MONGO_URL/);
    assert.ok(!stderr.includes('s3cr3t'), stderr);
  });

  it('refuses an unknown service name', async () => {
    const { code, stderr } = await run(['nope'], {});
    assert.equal(code, 2);
    assert.match(stderr, /usage/);
  });

  it('drains on SIGTERM and exits 0', async () => {
    const store = await useStore();
    const svc = await startService('entity', {
      MONGO_URL: `${store.url}/lifecycle_${process.pid}`,
      LOG_LEVEL: 'info',
    });
    process.kill(svc.pid, 'SIGTERM');
    assert.equal(await svc.exited, 0);
    const log = readFileSync(svc.logFile, 'utf8');
    assert.match(log, /"msg":"draining"/);
    assert.match(log, /"msg":"stopped"/);
    await svc.stop();
  });
});
