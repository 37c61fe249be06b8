// calendar: reads the environment, builds the token store and the entity client, listens.
//   PORT, HOST, ENTITY_URL, MONGO_URL (+ MONGO_DB; optional: tokens in memory without it),
//   APP_CONFIG, CACHE_MAX_BYTES (64 MiB), VERSION_TTL_MS (2000), TOKEN_CACHE_MS (10000),
//   SENTRY_DSN, LOG_LEVEL
//   IDENTITY_URL: when set, tokens are the identity service's (resolved over RPC; MONGO_URL unused)
import { pathToFileURL } from 'node:url';
import type { ReadinessCheck } from '../kit/app.ts';
import { baseConfig, type Env, int, loadAppConfig, optional, url } from '../kit/config.ts';
import { MongoLink, permanentMongoError } from '../kit/mongo.ts';
import { type Listening, runMain, startService } from '../kit/serve.ts';
import { createApp } from './app.ts';
import { CalendarCache } from './cache.ts';
import { entityClient } from './entity-client.ts';
import { identityTokenStore } from './identity-tokens.ts';
import { CachedTokenStore, MemoryTokenStore, MongoTokenStore, type TokenStore } from './tokens.ts';

export function calendarConfig(env: Env) {
  const mongo = optional(env, 'MONGO_URL');
  return {
    ...baseConfig(env),
    entityUrl: url(env, 'ENTITY_URL', ['http:', 'https:']),
    identityUrl: optional(env, 'IDENTITY_URL') ? url(env, 'IDENTITY_URL', ['http:', 'https:']) : undefined,
    mongoUrl: mongo === undefined ? undefined : url(env, 'MONGO_URL', ['mongodb:', 'mongodb+srv:']),
    mongoDb: optional(env, 'MONGO_DB'),
    cacheMaxBytes: int(env, 'CACHE_MAX_BYTES', 64 << 20, 0),
    versionTtlMs: int(env, 'VERSION_TTL_MS', 2000, 0, 3_600_000),
    tokenCacheMs: int(env, 'TOKEN_CACHE_MS', 10_000, 0, 3_600_000),
    app: loadAppConfig(env),
  };
}

export async function start(env: Env = process.env): Promise<Listening> {
  const config = calendarConfig(env);
  return startService('calendar', config, async ({ logger, depend, ...kit }) => {
    let tokens: TokenStore = new MemoryTokenStore();
    let tokensReadiness: ReadinessCheck | undefined;
    if (config.identityUrl) tokens = identityTokenStore(config.identityUrl, kit.signer);
    else if (config.mongoUrl) {
      // MongoDB may not resolve or answer yet: wait for it (see kit/dependency.ts).
      const store = new MongoTokenStore(new MongoLink(config.mongoUrl, { dbName: config.mongoDb }));
      const mongo = depend({
        name: 'mongo',
        open: () => store.open(),
        check: () => store.ping(),
        permanent: permanentMongoError,
      });
      tokensReadiness = mongo.readiness();
      tokens = new CachedTokenStore(store, config.tokenCacheMs);
    }
    if (!config.mongoUrl && !config.identityUrl) {
      logger.warn('MONGO_URL is not set: calendar tokens live in memory and die with the process');
    }
    const app = createApp({
      ...kit,
      logger,
      entity: entityClient(config.entityUrl, kit.signer),
      tokens,
      cache: new CalendarCache(config.cacheMaxBytes),
      app: config.app,
      versionTtlMs: config.versionTtlMs,
      ...(tokensReadiness ? { tokensReadiness } : {}),
    });
    return { app, closers: [() => tokens.close()] };
  });
}

export const main = () => runMain('calendar', () => start());

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
