// One mongoose connection per store, created unopened so that models can be bound at once and
// opened later, as often as it takes (a failed openUri leaves the connection reusable). After the
// first open the driver reconnects by itself when MongoDB comes back; `ping` says whether it
// answers now, quickly (the readiness probe has 2 s): a known disconnection fails at once, a ping
// that hangs fails after its timeout.
import mongoose, { type Connection } from 'mongoose';
import { errorMessage } from './fatal.ts';

export interface MongoOptions {
  /** Database when the URL has none in its path. */
  dbName?: string | undefined;
  maxPoolSize?: number;
  /** How long one open attempt (and an operation) waits for a server (ms). */
  serverSelectionTimeoutMS?: number;
}

export class MongoLink {
  readonly conn: Connection;
  readonly #url: string;
  readonly #opts: MongoOptions;

  constructor(url: string, opts: MongoOptions = {}) {
    this.#url = url;
    this.#opts = opts;
    this.conn = mongoose.createConnection();
    // An 'error' event without a listener would end the process; failures surface from open().
    this.conn.on('error', () => {});
  }

  /** One attempt to connect; rejects with the driver's error (see permanentMongoError). */
  async open(): Promise<void> {
    const { dbName, maxPoolSize, serverSelectionTimeoutMS } = this.#opts;
    try {
      await this.conn.openUri(this.#url, {
        ...(dbName ? { dbName } : {}),
        ...(maxPoolSize ? { maxPoolSize } : {}),
        // How long an attempt, and an operation while MongoDB is away, waits for it.
        serverSelectionTimeoutMS: serverSelectionTimeoutMS ?? 5000,
        // A heartbeat every 2 s: a server that went away or came back is noticed within seconds.
        heartbeatFrequencyMS: 2000,
        autoIndex: false,
      });
    } catch (err) {
      // The client of the failed attempt (mongoose keeps it) would keep monitoring: close it.
      await (this.conn as { client?: { close(): Promise<void> } }).client?.close().catch(() => {});
      throw err;
    }
  }

  /** Resolves when MongoDB answers a ping within `timeoutMs`. */
  async ping(timeoutMs = 1500): Promise<void> {
    const db = this.conn.db;
    if (!db || this.conn.readyState !== mongoose.ConnectionStates.connected) throw new Error('not connected');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to a ping within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([db.command({ ping: 1 }), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.conn.close();
  }
}

/**
 * Why retrying cannot help, for the errors that need a human: a URL the driver refuses and
 * credentials the server rejects. Undefined for everything else (DNS not resolving yet, refused or
 * timed-out connections, a server still starting): those are retried.
 */
export function permanentMongoError(err: unknown): string | undefined {
  const e = err as { name?: string; code?: unknown; codeName?: unknown };
  const message = errorMessage(err);
  if (e?.name === 'MongoParseError' || e?.name === 'MongoInvalidArgumentError' || e?.name === 'MongoAPIError')
    return `bad configuration: MONGO_URL: ${message}`;
  if (e?.code === 18 || e?.codeName === 'AuthenticationFailed' || /authentication failed/i.test(message))
    return `MongoDB refused the credentials of MONGO_URL: ${message}`;
  return undefined;
}
