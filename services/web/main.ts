// web: reads the environment, builds the RPC clients, listens. Wiring only.
//   PORT, HOST, ENTITY_URL, IDENTITY_URL, SESSION_KEY (32 bytes: signs cookies, makes CSRF
//   tokens), APP_CONFIG (schoolName, emailDomain, lessonSlots), CALENDAR_PUBLIC_URL (public base
//   of the .ics feed; default: the site's own origin), SENTRY_DSN, LOG_LEVEL
import { pathToFileURL } from 'node:url';
import { baseConfig, type Env, key32, loadAppConfig, optional, url } from '../kit/config.ts';
import { createLogger } from '../kit/log.ts';
import { createMetrics } from '../kit/metrics.ts';
import { createReporter } from '../kit/sentry.ts';
import { type Listening, runMain, serve } from '../kit/serve.ts';
import { TwirpClient } from '../kit/twirp.ts';
import { createApp } from './app.ts';
import { api, entityMethods, identityMethods } from './backend.ts';

export function webConfig(env: Env) {
  return {
    ...baseConfig(env),
    entityUrl: url(env, 'ENTITY_URL', ['http:', 'https:']),
    identityUrl: url(env, 'IDENTITY_URL', ['http:', 'https:']),
    sessionKey: key32(env, 'SESSION_KEY'),
    calendarUrl: optional(env, 'CALENDAR_PUBLIC_URL')
      ? url(env, 'CALENDAR_PUBLIC_URL', ['http:', 'https:'])
      : undefined,
    app: loadAppConfig(env),
  };
}

export async function start(env: Env = process.env): Promise<Listening> {
  const config = webConfig(env);
  const logger = createLogger('web', config.logLevel);
  const reporter = createReporter(config.sentryDsn, 'web');
  const draining = { value: false };
  const app = createApp({
    backend: {
      entity: api(new TwirpClient(config.entityUrl, 'everyclass.entity.v1.Entity'), entityMethods),
      identity: api(new TwirpClient(config.identityUrl, 'everyclass.identity.v1.Identity'), identityMethods),
    },
    app: config.app,
    sessionKey: config.sessionKey,
    calendarUrl: config.calendarUrl,
    logger,
    metrics: createMetrics('web'),
    reporter,
    isDraining: () => draining.value,
  });
  return serve(app, {
    host: config.host,
    port: config.port,
    logger,
    draining,
    closers: [() => reporter.flush()],
  });
}

export const main = () => runMain('web', () => start());

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
