// Several replicas on one database: an import through one entity replica is served by the
// other after its poll; two calendar replicas give the same bytes and ETag for a token, so a
// client's conditional request is answered 304 whichever replica it reaches.

import assert from 'node:assert/strict';
import { everyclass } from '../../../proto/generated/everyclass.js';
import { CalendarService, EntityService } from '../../../proto/generated/services.ts';
import { generateUniversity } from '../../../services/data/generate.ts';
import { importSemester } from '../../../services/data/import.ts';
import { TwirpClient } from '../../../services/kit/twirp/client.ts';
import { useStore } from '../../support/localenv.ts';
import { type RunningService, startService, waitForDataVersion } from './support.ts';

const epb = everyclass.entity.v1;

describe('replicas (real processes, FerretDB)', function () {
  this.timeout(120_000);
  const running: RunningService[] = [];
  after(async () => {
    for (const s of running.splice(0)) await s.stop();
  });

  it('serves an import made through another entity replica, and renders identically on every calendar replica', async () => {
    const store = await useStore();
    const env = { MONGO_URL: `${store.url}/replicas_${process.pid}`, DATA_POLL_MS: '200' };
    const [a, b] = await Promise.all([startService('entity', env), startService('entity', env)]);
    running.push(a!, b!);
    const data = generateUniversity({ seed: 11, scale: 0.01 })[0]!;
    const totals = await importSemester(new TwirpClient(a!.url, EntityService), data);
    await waitForDataVersion(b!.url, totals.dataVersion);
    const code = data.enrollments![0]!.studentCode!;
    const found = await new TwirpClient(b!.url, EntityService).call('Search', {
      query: code,
      kinds: [epb.Kind.STUDENT],
    });
    assert.equal(found.groups[0]!.total, 1, 'replica b serves what was imported through a');

    const calEnv = { ENTITY_URL: a!.url, MONGO_URL: `${store.url}/replicas_tokens_${process.pid}` };
    const [c1, c2] = await Promise.all([
      startService('calendar', calEnv),
      startService('calendar', { ...calEnv, ENTITY_URL: b!.url }),
    ]);
    running.push(c1!, c2!);
    const grant = await new TwirpClient(c1!.url, CalendarService).call('CreateToken', {
      studentId: found.groups[0]!.items![0]!.id!,
      semester: data.semester!.name!,
    });
    const r1 = await fetch(`${c1!.url}${grant.path}`);
    const r2 = await fetch(`${c2!.url}${grant.path}`);
    assert.equal(r1.status, 200);
    assert.equal(r2.status, 200, 'the token made on one replica resolves on the other');
    assert.equal(r1.headers.get('etag'), r2.headers.get('etag'));
    assert.equal(await r1.text(), await r2.text());
    const again = await fetch(`${c2!.url}${grant.path}`, {
      headers: { 'if-none-match': r1.headers.get('etag')! },
    });
    assert.equal(again.status, 304);
  });
});
