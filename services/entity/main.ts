// entity: reads the environment, listens, connects to MongoDB (waiting for it). Wiring only.
//   PORT, HOST, MONGO_URL (with the database in its path, or MONGO_DB), ID_ENCRYPTION_KEY,
//   APP_CONFIG, DATA_POLL_MS (how often to look for a new data version, 5000), RELOAD_QUIET_MS
//   (reload this long after the last import call, 500), SENTRY_DSN, LOG_LEVEL
import { pathToFileURL } from 'node:url';
import { baseConfig, type Env, int, key32, loadAppConfig, optional, url } from '../kit/config.ts';
import { AppError } from '../kit/errors.ts';
import { permanentMongoError } from '../kit/mongo.ts';
import { type Listening, runMain, startService } from '../kit/serve.ts';
import { createApp } from './app.ts';
import { IdCipher } from './ids.ts';
import { LiveCatalog } from './live.ts';
import { EntityStore } from './store.ts';

export function entityConfig(env: Env) {
  return {
    ...baseConfig(env),
    mongoUrl: url(env, 'MONGO_URL', ['mongodb:', 'mongodb+srv:']),
    mongoDb: optional(env, 'MONGO_DB'),
    idKey: key32(env, 'ID_ENCRYPTION_KEY'),
    pollMs: int(env, 'DATA_POLL_MS', 5000, 0, 3_600_000),
    reloadQuietMs: int(env, 'RELOAD_QUIET_MS', 500, 0, 60_000),
    app: loadAppConfig(env),
  };
}

export async function start(env: Env = process.env): Promise<Listening> {
  const config = entityConfig(env);
  return startService('entity', config, async ({ logger, depend, ...kit }) => {
    const store = new EntityStore(EntityStore.link(config.mongoUrl, config.mongoDb));
    const live = new LiveCatalog(store, logger, config.pollMs);
    // MongoDB may not resolve or answer yet (a new pod, a restarting server): wait for it, ready
    // once the catalog is loaded; afterwards /readyz follows its pings.
    const mongo = depend({
      name: 'mongo',
      open: async () => {
        await store.open();
        await live.start();
      },
      check: () => store.ping(),
      permanent: permanentMongoError,
    });
    const app = createApp({
      ...kit,
      logger,
      store,
      // Before the first load, an answer from the empty catalog would say "no such student".
      catalog: () => {
        if (!live.loaded)
          throw new AppError('unavailable', 'the course data is not loaded yet (waiting for mongo)');
        return live.current;
      },
      onImported: () => live.refreshSoon(config.reloadQuietMs),
      ids: new IdCipher(config.idKey),
      app: config.app,
      readiness: [mongo.readiness()],
    });
    return { app, closers: [async () => live.stop(), () => store.close()] };
  });
}

export const main = () => runMain('entity', () => start());

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
