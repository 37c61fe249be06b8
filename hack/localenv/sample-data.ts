// The data `make up` puts in its local environments: the generated university imported into an
// entity database, and a sample student registered through the outbox mail as a person would.
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { everyclass } from '../../proto/generated/everyclass.js';
import { EntityService, IdentityService } from '../../proto/generated/services.ts';
import type { generateUniversity } from '../../services/data/generate.ts';
import { importSemester } from '../../services/data/import.ts';
import { TwirpClient } from '../../services/kit/twirp/client.ts';
import type { Keys } from './keys.ts';
import { waitFor } from './processes.ts';

const E = everyclass.entity.v1;
/** The school of the local environments' APP_CONFIG: registration mails go to <code>@emailDomain. */
export const school = { schoolName: '中南大学', emailDomain: 'csu.edu.cn' };
const signer = (caller: string, hex: string) => ({ caller, key: Buffer.from(hex, 'hex') });

/** Imports the generated university unless the entity database already holds it. */
export async function importOnce(
  entityUrl: string,
  storeUrl: string,
  db: string,
  data: ReturnType<typeof generateUniversity>,
  log: (line: string) => void,
  env: string,
  keys: Pick<Keys, 'rpc' | 'admin'>,
): Promise<void> {
  const mongo = await MongoClient.connect(storeUrl);
  try {
    const want = new Set(data.flatMap((d) => (d.students ?? []).map((st) => st.code))).size;
    const names = (await mongo.db(db).listCollections().toArray()).map((c) => c.name);
    const have = names.includes('students') ? await mongo.db(db).collection('students').countDocuments() : 0;
    if (have >= want && want > 0) return;
  } finally {
    await mongo.close();
  }
  const client = new TwirpClient(entityUrl, EntityService, {
    timeoutMs: 120_000,
    signer: signer('web', keys.rpc),
  });
  const admin = new TwirpClient(entityUrl, EntityService, {
    timeoutMs: 120_000,
    signer: signer('admin', keys.admin),
  });
  const t0 = Date.now();
  for (const sem of data) await importSemester(admin, sem, { chunk: 2000 });
  log(
    `${env}: imported ${data.length} semesters of generated data in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  const last = data.at(-1)?.students?.at(-1)?.code ?? '';
  await waitFor(
    `${env} entity to serve the import`,
    async () => {
      const r = await client.call('Search', { query: last, kinds: [E.Kind.STUDENT] });
      return r.groups[0]?.total ? true : undefined;
    },
    120_000,
  );
}

/** Registers a student through the outbox mail, as a person would, and subscribes them to a semester. */
export async function registerSample(
  entityUrl: string,
  identityUrl: string,
  storeUrl: string,
  db: string,
  code: string,
  semester: string,
  rpcKey: string,
): Promise<{ password: string; path: string }> {
  const identity = new TwirpClient(identityUrl, IdentityService, {
    signer: signer('web', rpcKey),
  });
  const entity = new TwirpClient(entityUrl, EntityService, { signer: signer('web', rpcKey) });
  const found = await entity.call('Search', {
    query: code,
    kinds: [E.Kind.STUDENT],
    pageSize: 10,
  });
  const studentId = found.groups.flatMap((g) => g.items).find((r) => r?.code === code)?.id ?? '';
  await identity.call('StartRegistration', { studentId });
  const mongo = await MongoClient.connect(storeUrl);
  let token = '';
  try {
    const mail = await mongo
      .db(db)
      .collection<{ to: string; text: string; createdAt: Date }>('outbox')
      .find({ to: `${code}@${school.emailDomain}` })
      .sort({ createdAt: -1 })
      .limit(1)
      .next();
    token = /[?&]token=([^&\s]+)/.exec(mail?.text ?? '')?.[1] ?? '';
  } finally {
    await mongo.close();
  }
  if (!token) throw new Error(`no registration mail for ${code} in ${db}.outbox`);
  const password = `Every-${randomBytes(6).toString('base64url')}-Class`;
  const { formToken } = await identity.call('ExchangeRegistration', { token: decodeURIComponent(token) });
  const session = await identity.call('CompleteRegistration', { token: formToken, password });
  const feed = await identity.call('CreateCalendarToken', { session: session.token, semester });
  return { password, path: feed.path };
}
