// The whole student-facing stack as real processes on 127.0.0.1: entity (with a small generated
// university imported), identity, calendar (tokens resolved by identity) and web, on the FerretDB
// store. Used by the web integration tests, the browser journey and the web benchmark.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, MongoClient } from 'mongodb';
import { waitFor } from '../../hack/localenv/processes.ts';
import { everyclass } from '../../proto/generated/everyclass.js';
import { EntityService } from '../../proto/generated/services.ts';
import { generateUniversity, type ImportRequest } from '../../services/data/generate.ts';
import { importSemester } from '../../services/data/import.ts';
import { TwirpClient } from '../../services/kit/twirp/client.ts';
import { useStore } from '../support/localenv.ts';
import { type RunningService, startService } from './services/support.ts';

const E = everyclass.entity.v1;
const StudentKind = E.Kind.STUDENT;

export const SCHOOL = { schoolName: '中南大学', emailDomain: 'csu.edu.cn' };
/** The version web is told it runs (EVERYCLASS_VERSION), shown in its footer. */
export const STACK_VERSION = '9.8.7-stack';
/** The link base identity puts in mails; tests swap it for the web's real origin. */
export const MAIL_BASE = 'http://everyclass.test';

export interface Stack {
  entity: RunningService;
  identity: RunningService;
  calendar: RunningService;
  web: RunningService;
  data: ImportRequest[];
  /** Entity's RPC, signed as web (the stack's RPC_KEY). */
  entityClient: TwirpClient<typeof EntityService>;
  /** Entity's RPC signed with the admin key (ImportSemester). */
  adminClient: TwirpClient<typeof EntityService>;
  /** The stack's RPC_KEY and ADMIN_KEY (hex): every service signs and checks calls with them. */
  keys: { rpc: string; admin: string };
  identityDb: Db;
  /**
   * Writes web's maintenance file as the kubelet does when the operator changes the ConfigMap
   * (undefined removes it); web re-reads it every 100 ms here.
   */
  setMaintenance(doc: { enabled: boolean; message: string } | undefined): void;
  /** The newest registration link mailed to a student number, pointed at the running web. */
  mailLink(code: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startStack(
  opts: {
    scale?: number;
    seed?: number /** web's SESSION_KEY; stacks sharing it accept each other's forms */;
    webKey?: string;
    /** web's SHADOW_KEY (hex): a shadow proxy in front signs its copies with it. */
    shadowKey?: string;
  } = {},
): Promise<Stack> {
  const store = await useStore();
  const tag = `${process.pid}_${Date.now()}`;
  const dir = mkdtempSync(join(tmpdir(), 'everyclass-web-stack-'));
  const appConfig = join(dir, 'app.json');
  const maintenanceFile = join(dir, 'maintenance.json');
  const data = generateUniversity({ seed: opts.seed ?? 11, scale: opts.scale ?? 0.01 });
  writeFileSync(
    appConfig,
    JSON.stringify({
      ...SCHOOL,
      semesters: data.map((d) => ({ name: d.semester?.name, start: d.semester?.start })),
    }),
  );
  const sessionKey = randomBytes(32).toString('hex');
  const keys = { rpc: randomBytes(32).toString('hex'), admin: randomBytes(32).toString('hex') };
  const running: RunningService[] = [];
  const mongo = new MongoClient(store.url);
  const stop = async () => {
    for (const s of running.splice(0).reverse()) await s.stop().catch(() => {});
    await mongo.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const entity = await startService('entity', {
      MONGO_URL: `${store.url}/web_entity_${tag}`,
      APP_CONFIG: appConfig,
      RPC_KEY: keys.rpc,
      ADMIN_KEY: keys.admin,
    });
    running.push(entity);
    const signed = (caller: string, key: string) => ({ caller, key: Buffer.from(key, 'hex') });
    const entityClient = new TwirpClient(entity.url, EntityService, {
      timeoutMs: 60_000,
      signer: signed('web', keys.rpc),
    });
    const adminClient = new TwirpClient(entity.url, EntityService, {
      timeoutMs: 60_000,
      signer: signed('admin', keys.admin),
    });
    for (const sem of data) await importSemester(adminClient, sem, { chunk: 2000 });
    // The entity service serves from a catalog it reloads after imports: wait until it has them.
    const last = data[data.length - 1]?.students?.at(-1)?.code ?? '';
    await waitFor('the imported data to be served', async () => {
      const r = await entityClient.call('Search', { query: last, kinds: [StudentKind] });
      return r.groups[0]?.total ? true : undefined;
    });
    const identity = await startService('identity', {
      MONGO_URL: `${store.url}/web_identity_${tag}`,
      ENTITY_URL: entity.url,
      SESSION_KEY: sessionKey,
      PUBLIC_URL: MAIL_BASE,
      APP_CONFIG: appConfig,
      RPC_KEY: keys.rpc,
    });
    running.push(identity);
    const calendar = await startService('calendar', {
      ENTITY_URL: entity.url,
      IDENTITY_URL: identity.url,
      APP_CONFIG: appConfig,
      RPC_KEY: keys.rpc,
    });
    running.push(calendar);
    const web = await startService('web', {
      ENTITY_URL: entity.url,
      IDENTITY_URL: identity.url,
      SESSION_KEY: opts.webKey ?? randomBytes(32).toString('hex'),
      CALENDAR_PUBLIC_URL: calendar.url,
      APP_CONFIG: appConfig,
      RPC_KEY: keys.rpc,
      MAINTENANCE_FILE: maintenanceFile,
      MAINTENANCE_POLL_MS: '100',
      EVERYCLASS_VERSION: STACK_VERSION,
      ...(opts.shadowKey ? { SHADOW_KEY: opts.shadowKey } : {}),
    });
    running.push(web);
    await mongo.connect();
    const identityDb = mongo.db(`web_identity_${tag}`);
    const mailLink = async (code: string) => {
      const mail = await identityDb
        .collection<{ to: string; text: string; createdAt: Date }>('outbox')
        .find({ to: `${code}@${SCHOOL.emailDomain}` })
        .sort({ createdAt: -1 })
        .limit(1)
        .next();
      const link = mail && /https?:\/\/\S+/.exec(mail.text)?.[0];
      if (!link) throw new Error(`no registration mail to ${code}`);
      return link.replace(MAIL_BASE, web.url);
    };
    const setMaintenance = (doc: { enabled: boolean; message: string } | undefined) => {
      if (doc) writeFileSync(`${maintenanceFile}.tmp`, JSON.stringify(doc));
      if (doc) renameSync(`${maintenanceFile}.tmp`, maintenanceFile);
      else rmSync(maintenanceFile, { force: true });
    };
    return {
      entity,
      identity,
      calendar,
      web,
      setMaintenance,
      data,
      entityClient,
      adminClient,
      keys,
      identityDb,
      mailLink,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

export interface Page {
  status: number;
  location: string | null;
  body: string;
  headers: Headers;
}

/** A cookie-keeping HTTP client that submits forms the way a browser without JavaScript does. */
export class WebClient {
  readonly base: string;
  readonly cookies = new Map<string, string>();
  last: Page | undefined;

  constructor(base: string) {
    this.base = base;
  }

  async request(path: string, init: RequestInit = {}): Promise<Page> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(new URL(path, this.base), { ...init, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const page = {
      status: res.status,
      location: res.headers.get('location'),
      body: await res.text(),
      headers: res.headers,
    };
    this.last = page;
    return page;
  }

  get(path: string): Promise<Page> {
    return this.request(path);
  }

  /** The CSRF token of the last page's forms. */
  csrf(): string {
    return /name="_csrf" value="([^"]+)"/.exec(this.last?.body ?? '')?.[1] ?? '';
  }

  /**
   * Opens a mailed registration link as a browser would (it is exchanged once and redirects to
   * the password form, which carries no token), then sets the password: the form's answer.
   */
  async setPassword(mailLink: string, password: string): Promise<Page> {
    const link = new URL(mailLink);
    const opened = await this.get(link.pathname + link.search);
    if (opened.status !== 303 || !opened.location) throw new Error(`the link answered ${opened.status}`);
    const form = await this.get(opened.location);
    if (form.status !== 200) throw new Error(`${opened.location} answered ${form.status}`);
    return this.post(opened.location, { password });
  }

  /** Posts a form with the last page's CSRF token (unless `_csrf` is given). */
  post(path: string, fields: Record<string, string>): Promise<Page> {
    const body = new URLSearchParams({ _csrf: this.csrf(), ...fields });
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }
}

/** Registers a student through the school e-mail (the outbox) and sets the password: logged in. */
export async function registerStudent(stack: Stack, client: WebClient, code: string, password: string) {
  await client.get('/register');
  const sent = await client.post('/register', { code });
  if (sent.status !== 200) throw new Error(`/register answered ${sent.status}`);
  const done = await client.setPassword(await stack.mailLink(code), password);
  if (done.status !== 303) throw new Error(`setting the password answered ${done.status}`);
}

/** Sets the logged-in student's privacy level on the settings page. */
export async function setPrivacyLevel(client: WebClient, level: number): Promise<void> {
  await client.get('/settings');
  const r = await client.post('/settings/privacy', { privacy: String(level) });
  if (r.status !== 303) throw new Error(`/settings/privacy answered ${r.status}`);
}
