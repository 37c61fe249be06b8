// `make up`, the main job, end to end on private state: the URLs it prints answer (a timetable
// page, a calendar feed that parses), three environments are Ready, a second run changes
// nothing, and `down` leaves no process and no port behind.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ical from 'node-ical';
import { isAlive } from '../../hack/localenv/processes.ts';
import { repoRoot, tool } from '../../hack/localenv/tools.ts';
import { readUpState } from '../../hack/localenv/up.ts';

const run = promisify(execFile);
const cli = join(repoRoot, 'hack', 'localenv', 'cli.ts');

function portOpen(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const s = createConnection({ host: hostname, port: Number(port) }, () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

describe('make up (the main job) on a private cluster and store, process mode', function () {
  this.timeout(900_000);
  const base = mkdtempSync(join(tmpdir(), 'everyclass-up-'));
  const env = {
    ...process.env,
    EVERYCLASS_CLUSTER_DIR: join(base, 'cluster'),
    EVERYCLASS_STORE_DIR: join(base, 'store'),
    EVERYCLASS_UP_DIR: join(base, 'up'),
    EVERYCLASS_UP_SCALE: '0.02',
    // Process mode: with a real node, make up runs everything as pods instead, which
    // real-journeys.test.ts starts from (hack/localenv/up-pods.ts).
    EVERYCLASS_REAL_NODE: '0',
  };
  const localenv = async (...args: string[]) =>
    (await run(process.execPath, [cli, ...args], { env, maxBuffer: 16 << 20 })).stdout;
  let printed = '';

  before(async () => {
    await localenv('cluster-up');
    await localenv('store-up');
    printed = await localenv('up');
  });

  after(async () => {
    await localenv('down').catch(() => '');
    await localenv('cluster-down').catch(() => '');
    await localenv('store-down').catch(() => '');
    rmSync(base, { recursive: true, force: true });
  });

  it('prints the site, a calendar feed and the KUBECONFIG line', () => {
    assert.match(printed, /Student site .*:\s+http:\/\/127\.0\.0\.1:\d+/);
    assert.match(printed, /Sample calendar feed .*:\s+http:\/\/127\.0\.0\.1:\d+\/calendar\/ics\/\S+\.ics/);
    assert.match(printed, /webcal:\/\/127\.0\.0\.1:\d+\/calendar\/ics\//);
    assert.match(printed, new RegExp(`export KUBECONFIG=${join(base, 'cluster', 'kubeconfig')}`));
  });

  it('serves a student timetable through the site and a feed that parses', async () => {
    const state = readUpState(join(base, 'up'));
    assert.ok(state?.site && state.feed && state.student);
    const search = await fetch(`${state.site}/search?q=${state.student.code}`, { redirect: 'manual' });
    assert.equal(search.status, 303, 'an exact student number goes straight to the student');
    const link = search.headers.get('location');
    assert.ok(link?.startsWith('/student/'), 'the search leads to the student');
    const page = await fetch(`${state.site}${link}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<table class="grid">/);
    const feed = await fetch(state.feed);
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('content-type') ?? '', /text\/calendar/);
    const events = Object.values(ical.sync.parseICS(await feed.text())).filter((c) => c?.type === 'VEVENT');
    assert.ok(events.length > 0, 'the feed has events');
  });

  it('shows three Ready environments in kubectl get ece', async () => {
    const kubectl = tool('kubernetes', 'kubectl');
    const { stdout } = await run(kubectl, [
      `--kubeconfig=${join(base, 'cluster', 'kubeconfig')}`,
      'get',
      'ece',
      '-A',
    ]);
    for (const name of ['production', 'staging', 'testing']) {
      assert.match(
        stdout,
        new RegExp(`^everyclass-${name}\\s+${name}\\s+${name}\\s+(\\S+)\\s+\\1\\s+True\\s`, 'm'),
        stdout,
      );
    }
  });

  it('is idempotent: a second run reuses every process and URL', async () => {
    const before = readUpState(join(base, 'up'));
    await localenv('up');
    const again = readUpState(join(base, 'up'));
    assert.deepEqual(again?.services, before?.services);
    assert.equal(again?.operator?.pid, before?.operator?.pid);
    assert.equal(again?.feed, before?.feed);
  });

  it('down leaves no process and no port behind', async () => {
    const state = readUpState(join(base, 'up'));
    assert.ok(state);
    const processes = [...state.services, ...(state.operator ? [state.operator] : [])];
    await localenv('down');
    await localenv('cluster-down');
    await localenv('store-down');
    for (const p of processes) {
      assert.equal(isAlive(p.pid), false, `${p.name} (pid ${p.pid}) still runs`);
      if (p.name !== 'operator')
        assert.equal(await portOpen(p.url), false, `${p.name} still listens on ${p.url}`);
    }
  });
});
