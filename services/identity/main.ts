// identity: reads the environment, listens, connects to MongoDB (waiting for it). Wiring only.
//   PORT, HOST, MONGO_URL (MONGO_DB), ENTITY_URL, SESSION_KEY (32 bytes, or a comma-separated list: the first signs, all verify; derives the calendar
//   token key), PUBLIC_URL (the web site, for links in mails), APP_CONFIG (schoolName,
//   emailDomain), SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD, SMTP_FROM (no
//   SMTP_HOST: mail goes to the outbox collection), SENTRY_DSN, LOG_LEVEL
import { pathToFileURL } from 'node:url';
import { EntityService } from '../../proto/generated/services.ts';
import { peerCheck } from '../kit/app.ts';
import {
  baseConfig,
  ConfigError,
  type Env,
  int,
  keys32,
  loadAppConfig,
  optional,
  str,
  url,
} from '../kit/config.ts';
import { permanentMongoError } from '../kit/mongo.ts';
import { type Listening, runMain, startService } from '../kit/serve.ts';
import { TwirpClient } from '../kit/twirp/client.ts';
import { createApp } from './app.ts';
import { entityDirectory } from './directory.ts';
import { FeedLinks } from './feed-links.ts';
import { outboxMailer, type SmtpConfig, smtpMailer } from './mailer.ts';
import { CalendarTokens } from './secrets.ts';
import { IdentityStore } from './store.ts';

function smtpConfig(env: Env, emailDomain: string): SmtpConfig | undefined {
  const host = optional(env, 'SMTP_HOST');
  if (host === undefined) return undefined;
  const port = int(env, 'SMTP_PORT', 587, 1, 65535);
  const secure = str(env, 'SMTP_SECURE', port === 465 ? 'true' : 'false');
  if (secure !== 'true' && secure !== 'false') throw new ConfigError('SMTP_SECURE must be true or false');
  return {
    host,
    port,
    secure: secure === 'true',
    user: optional(env, 'SMTP_USER'),
    password: optional(env, 'SMTP_PASSWORD'),
    from: str(env, 'SMTP_FROM', `EveryClass <no-reply@${emailDomain}>`),
  };
}

export function identityConfig(env: Env) {
  const app = loadAppConfig(env);
  return {
    ...baseConfig(env),
    mongoUrl: url(env, 'MONGO_URL', ['mongodb:', 'mongodb+srv:']),
    mongoDb: optional(env, 'MONGO_DB'),
    entityUrl: url(env, 'ENTITY_URL', ['http:', 'https:']),
    sessionKey: keys32(env, 'SESSION_KEY'),
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:'], 'http://localhost:8080'),
    smtp: smtpConfig(env, app.emailDomain),
    app,
  };
}

export async function start(env: Env = process.env): Promise<Listening> {
  const config = identityConfig(env);
  return startService('identity', config, async ({ logger, depend, ...kit }) => {
    const store = new IdentityStore(IdentityStore.link(config.mongoUrl, config.mongoDb));
    // MongoDB may not resolve or answer yet: wait for it; afterwards /readyz follows its pings,
    // and the entity service's /healthz (registration asks it who a student is).
    const mongo = depend({
      name: 'mongo',
      open: () => store.open(),
      check: () => store.ping(),
      permanent: permanentMongoError,
    });
    const now = () => new Date();
    const mailer = config.smtp ? smtpMailer(config.smtp) : outboxMailer(store, now);
    logger.info({ mailer: mailer.kind }, 'mail delivery');
    const app = createApp({
      ...kit,
      logger,
      store,
      directory: entityDirectory(new TwirpClient(config.entityUrl, EntityService, { signer: kit.signer })),
      mailer,
      tokens: new CalendarTokens(config.sessionKey),
      feedLinks: new FeedLinks(config.sessionKey),
      schoolName: config.app.schoolName,
      emailDomain: config.app.emailDomain,
      publicUrl: config.publicUrl,
      now,
      readiness: [mongo.readiness(), peerCheck('entity', config.entityUrl)],
    });
    // FerretDB has no TTL indexes: expired sessions, links and counters are swept here.
    const sweeper = setInterval(() => {
      if (mongo.isOpen) store.sweep(now()).catch((err: unknown) => logger.warn({ err }, 'sweep failed'));
    }, 10 * 60_000);
    sweeper.unref();
    return { app, closers: [async () => clearInterval(sweeper), () => store.close()] };
  });
}

export const main = () => runMain('identity', () => start());

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
