// web: reads the environment, builds the RPC clients, listens. Wiring only.
//   PORT, HOST, ADMIN_PORT (9090: /readyz and /metrics, never behind a Service), ENTITY_URL, IDENTITY_URL, SESSION_KEY (32 bytes, or a comma-separated list: the first signs, all verify; signs cookies, makes CSRF
//   tokens), APP_CONFIG (schoolName, emailDomain, lessonSlots), CALENDAR_PUBLIC_URL (public base
//   of the .ics feed; default: the site's own origin), WEB_LOCALE (zh-CN | en), SENTRY_DSN, LOG_LEVEL,
//   MAINTENANCE_FILE (spec.maintenance, re-read every MAINTENANCE_POLL_MS, 2000), EVERYCLASS_VERSION
//   (the image's version, in the footer)
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
import { createAdminApp, createApp } from './app.ts';
import { entityDataVersion, twirpBackend } from './backend.ts';
import { DataVersionCache } from './dataversion.ts';
import { cachedEntity } from './entity-cache.ts';
import { en } from './i18n/en.ts';
import { type Messages, zhCN } from './i18n/zh-CN.ts';
import { watchMaintenance } from './maintenance.ts';

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
    maintenanceFile: optional(env, 'MAINTENANCE_FILE'),
    maintenancePollMs: int(env, 'MAINTENANCE_POLL_MS', 2000, 50, 600_000),
    version: optional(env, 'EVERYCLASS_VERSION'),
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
  return startService('web', config, async (kit) => {
    const maintenance = config.maintenanceFile
      ? watchMaintenance(config.maintenanceFile, config.maintenancePollMs, (err) =>
          kit.logger.warn({ err: String(err) }, 'maintenance file unreadable'),
        )
      : undefined;
    const rpc = twirpBackend({ entity: config.entityUrl, identity: config.identityUrl }, kit.signer);
    return {
      admin: { app: createAdminApp({ ...kit, readiness }), port: config.adminPort },
      app: createApp({
        ...kit,
        backend: { ...rpc, entity: cachedEntity(rpc.entity) },
        dataVersion: new DataVersionCache(entityDataVersion(config.entityUrl, kit.signer)),
        app: config.app,
        sessionKey: config.sessionKey,
        calendarUrl: config.calendarUrl,
        messages: config.messages,
        version: config.version,
        maintenance: maintenance?.current,
      }),
    };
  });
}

export const main = () => runMain('web', () => start());

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
