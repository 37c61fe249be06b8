// Body digests for compare mode, off the proxy's event loop: decoding and running the volatile-part
// rules over a page costs a fraction of a millisecond, and at a high share that would be taken from
// production's requests. A small pool of worker threads does it; when they are behind by more than
// `maxPending` bodies, a body is not digested (its comparison counts as skipped) rather than queued
// without bound. With no workers, digests are computed inline.
import { Worker } from 'node:worker_threads';
import { createStripper, type Fingerprint, fingerprintBody } from './compare.ts';
import { kindOf } from './structure.ts';

/**
 * The fingerprint of one body (undefined: not kept, undecodable, or the workers are too far behind);
 * `split` false: the digest alone (parts `digest_only`).
 */
export type Digester = (
  body: Buffer | undefined,
  encoding: string | undefined,
  contentType?: string,
  split?: boolean,
) => Promise<Fingerprint | undefined>;

/** A body kept for comparison, as it came (maybe compressed). */
export interface KeptBody {
  body: Buffer | undefined;
  encoding: string | undefined;
  contentType: string | undefined;
}

/**
 * The fingerprints of two bodies to compare: their digests first, and their parts only when the
 * digests differ (most copies match: splitting a 15 KB page costs several times its digest).
 */
export async function fingerprintPair(
  digest: Digester,
  a: KeptBody,
  b: KeptBody,
): Promise<[Fingerprint | undefined, Fingerprint | undefined]> {
  const first = await Promise.all([
    digest(a.body, a.encoding, a.contentType, false),
    digest(b.body, b.encoding, b.contentType, false),
  ]);
  const [da, db] = first;
  if (da === undefined || db === undefined || da.digest === db.digest) return first;
  return Promise.all([
    digest(a.body, a.encoding, a.contentType, true),
    digest(b.body, b.encoding, b.contentType, true),
  ]);
}

/** Parts kept per body at most (beyond: compared by digest only, `too_many_parts`). */
export const MAX_PARTS = 5000;

export interface DigesterOptions {
  rules: readonly RegExp[];
  maxBodyBytes: number;
  /** 0: inline, on the event loop. */
  workers: number;
  /** Bodies waiting for a worker at most; beyond that, undefined at once. */
  maxPending?: number;
  maxParts?: number;
}

/** What a digest worker is told at start, and is asked and answers per body. */
export interface WorkerSetup {
  rules: Array<{ source: string; flags: string }>;
  maxBodyBytes: number;
  maxParts: number;
}
export interface DigestRequest {
  id: number;
  body: Uint8Array;
  encoding: string | undefined;
  contentType: string | undefined;
  split: boolean;
}
export interface DigestReply {
  id: number;
  digest: Fingerprint | undefined;
}

export interface DigestPool {
  digest: Digester;
  close(): Promise<void>;
}

/** The worker's file next to this one: .ts when run from source, .js from the built image. */
const workerFile = new URL(
  import.meta.url.endsWith('.ts') ? './digest-worker.ts' : './digest-worker.js',
  import.meta.url,
);

export function createDigester(opts: DigesterOptions): DigestPool {
  const limits = { maxBodyBytes: opts.maxBodyBytes, maxParts: opts.maxParts ?? MAX_PARTS };
  if (opts.workers <= 0) {
    const strip = createStripper(opts.rules);
    return {
      digest: async (body, encoding, contentType, split = true) =>
        body === undefined
          ? undefined
          : fingerprintBody(strip, body, encoding, kindOf(contentType), limits, split),
      close: async () => {},
    };
  }
  const setup: WorkerSetup = {
    rules: opts.rules.map((r) => ({ source: r.source, flags: r.flags })),
    ...limits,
  };
  const maxPending = opts.maxPending ?? 256;
  const waiting = new Map<number, (digest: Fingerprint | undefined) => void>();
  let nextId = 0;
  const alive = new Set<Worker>();
  for (let i = 0; i < opts.workers; i++) {
    const w = new Worker(workerFile, { workerData: setup });
    w.on('message', (reply: DigestReply) => {
      waiting.get(reply.id)?.(reply.digest);
      waiting.delete(reply.id);
    });
    // A broken worker never breaks the proxy: the bodies it had are not compared, the others carry on.
    const gone = () => {
      alive.delete(w);
      if (alive.size > 0) return;
      for (const resolve of waiting.values()) resolve(undefined);
      waiting.clear();
    };
    w.on('error', gone);
    w.on('exit', gone);
    w.unref();
    alive.add(w);
  }
  return {
    digest: (body, encoding, contentType, split = true) => {
      if (body === undefined || waiting.size >= maxPending || alive.size === 0)
        return Promise.resolve(undefined);
      const id = nextId++;
      const pool = [...alive];
      const worker = pool[id % pool.length] as Worker;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        // Copied, not transferred: a body is digested, then split when digests differ, and
        // production's may be compared twice (with staging's, and with its own second answer).
        const request: DigestRequest = { id, body, encoding, contentType, split };
        worker.postMessage(request);
      });
    },
    close: async () => {
      await Promise.all([...alive].map((w) => w.terminate()));
      for (const resolve of waiting.values()) resolve(undefined);
      waiting.clear();
    },
  };
}
