// web: reads the environment, builds the RPC clients, listens. Wiring only.
//   PORT, HOST, ADMIN_PORT (9090: /readyz and /metrics, never behind a Service), ENTITY_URL, IDENTITY_URL, SESSION_KEY (32 bytes, or a comma-separated list: the first signs, all verify; signs cookies, makes CSRF
//   tokens), APP_CONFIG (schoolName, emailDomain, lessonSlots), CALENDAR_PUBLIC_URL (public base
//   of the .ics feed; default: the site's own origin), WEB_LOCALE (zh-CN | en), SENTRY_DSN, LOG_LEVEL
import { pathToFileURL } from 'node:url';
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
import { type Listening, runMain, startService } from '../kit/serve.ts';
import { TwirpClient } from '../kit/twirp.ts';
import { createAdminApp, createApp } from './app.ts';
import { api, entityMethods, identityMethods } from './backend.ts';
import { cachedEntity } from './entity-cache.ts';
import { en } from './i18n/en.ts';
import { type Messages, zhCN } from './i18n/zh-CN.ts';

const locales: Record<string, Messages> = { 'zh-CN': zhCN, en };

export function webConfig(env: Env) {
  const base = baseConfig(env);
  const adminPort = int(env, 'ADMIN_PORT', 9090, 0, 65535);
  if (adminPort === base.port && adminPort !== 0) throw new ConfigError('ADMIN_PORT must differ from PORT');
  return {
    ...base,
    adminPort,
    entityUrl: url(env, 'ENTITY_URL', ['http:', 'https:']),
    identityUrl: url(env, 'IDENTITY_URL', ['http:', 'https:']),
    sessionKey: keys32(env, 'SESSION_KEY'),
    calendarUrl: optional(env, 'CALENDAR_PUBLIC_URL')
      ? url(env, 'CALENDAR_PUBLIC_URL', ['http:', 'https:'])
      : undefined,
    messages: locale(env),
    app: loadAppConfig(env),
  };
}

function locale(env: Env): Messages {
  const name = str(env, 'WEB_LOCALE', 'zh-CN');
  const m = locales[name];
  if (!m)
    throw new ConfigError(
      `WEB_LOCALE must be one of ${Object.keys(locales).join(', ')}, got ${JSON.stringify(name)}`,
    );
  return m;
}

export async function start(env: Env = process.env): Promise<Listening> {
  const config = webConfig(env);
  const readiness = [peerCheck('entity', config.entityUrl), peerCheck('identity', config.identityUrl)];
  return startService('web', config, async (kit) => ({
    admin: { app: createAdminApp({ ...kit, readiness }), port: config.adminPort },
    app: createApp({
      ...kit,
      backend: {
        entity: cachedEntity(
          api(
            new TwirpClient(config.entityUrl, 'everyclass.entity.v1.Entity', { signer: kit.signer }),
            entityMethods,
          ),
        ),
        identity: api(
          new TwirpClient(config.identityUrl, 'everyclass.identity.v1.Identity', { signer: kit.signer }),
          identityMethods,
        ),
      },
      app: config.app,
      sessionKey: config.sessionKey,
      calendarUrl: config.calendarUrl,
      messages: config.messages,
    }),
  }));
}

export const main = () => runMain('web', () => start());

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
