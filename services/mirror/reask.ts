// The second ask of production for noise learning (noise.ts): the same GET or HEAD with the same
// headers, on a fresh connection (so that behind a Service it may reach another replica), bounded
// in time and in the body kept. Its answer only feeds the noise memory; nobody waits for it but
// the staging comparison of the same request. It carries the shadow flag, signed with production's
// shadow key (the one request to production that does): a GET may have side effects all the same
// (a timetable view is recorded), and production must not act on one client request twice.
import http from 'node:http';
import { SHADOW_HEADER } from '../kit/app.ts';
import { SHADOW_SIGNATURE_HEADER, signShadow } from '../kit/callers.ts';
import { partsOfFingerprint } from './compare.ts';
import { type Digester, fingerprintPair, type KeptBody } from './digest.ts';
import type { Ledger } from './ledger.ts';
import { MAX_PATHS } from './noise.ts';
import { diffParts } from './structure.ts';

export interface Reasked {
  status: number;
  /** undefined: larger than the limit. */
  body: Buffer | undefined;
  encoding: string | undefined;
  contentType: string | undefined;
}

export function askAgain(
  shadowKey: Buffer | undefined,
  upstreamUrl: string,
  method: string,
  url: string,
  headers: string[],
  timeoutMs: number,
  maxBodyBytes: number,
): Promise<Reasked | undefined> {
  const u = new URL(upstreamUrl);
  const base = u.pathname === '/' ? '' : u.pathname.replace(/\/+$/, '');
  return new Promise((resolve) => {
    const req = http.request({
      agent: false,
      hostname: u.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: Number(u.port || 80),
      method,
      path: base + url,
      headers: [
        ...headers,
        SHADOW_HEADER,
        '1',
        ...(shadowKey ? [SHADOW_SIGNATURE_HEADER, signShadow(shadowKey, method, base + url)] : []),
      ],
      signal: AbortSignal.timeout(timeoutMs),
    });
    req.on('error', () => resolve(undefined));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= maxBodyBytes) chunks.push(c);
        else chunks.length = 0;
      });
      res.on('error', () => resolve(undefined));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: size <= maxBodyBytes ? Buffer.concat(chunks, size) : undefined,
          encoding: res.headers['content-encoding'],
          contentType: res.headers['content-type'],
        }),
      );
    });
    req.end();
  });
}

export interface LearnDeps {
  shadowKey: Buffer | undefined;
  upstreamUrl: string;
  timeoutMs: number;
  maxBodyBytes: number;
  ledger: Ledger;
  digest: Digester;
}

/**
 * Asks production again for what it answered as `first`, and teaches the route's noise memory the
 * parts that differ. An answer with another status, too large or without parts teaches nothing.
 */
export async function learnFromProduction(
  deps: LearnDeps,
  route: string,
  method: string,
  url: string,
  headers: string[],
  first: { status: number; kept: KeptBody },
): Promise<void> {
  const again = await askAgain(
    deps.shadowKey,
    deps.upstreamUrl,
    method,
    url,
    headers,
    deps.timeoutMs,
    deps.maxBodyBytes,
  );
  if (!again || again.status !== first.status) return deps.ledger.reasked('failed');
  const [a, body] = await fingerprintPair(deps.digest, first.kept, again);
  if (a === undefined || body === undefined) return deps.ledger.reasked('failed');
  if (a.digest === body.digest) deps.ledger.noise.learn(route, [], true);
  else {
    const pa = partsOfFingerprint(a);
    const pb = typeof pa === 'string' ? pa : partsOfFingerprint(body);
    if (typeof pa === 'string' || typeof pb === 'string') return deps.ledger.reasked('failed');
    deps.ledger.noise.learn(route, diffParts(pa, pb, undefined, MAX_PATHS).paths);
  }
  deps.ledger.reasked('learned');
}
