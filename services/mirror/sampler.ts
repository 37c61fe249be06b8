// Which requests are copied to the target: a share of them, either drawn per request or, when
// sticky, decided by a hash of the client's key so that one user's whole session is mirrored
// (or not) together. Pure: the random source is injected.
import type { Sticky } from './config.ts';

/** What the sampler may look at of a request. */
export interface ClientView {
  /** The Cookie header as received (several lines joined with "; "). */
  cookie: string | undefined;
  /** The X-Forwarded-For header as received. */
  forwardedFor: string | undefined;
  /** The peer address of the connection. */
  remoteAddress: string | undefined;
}

export type Sampler = (client: ClientView) => boolean;

/** Resolution of the share: 1/100 of a percent. */
const BUCKETS = 10_000;

export function createSampler(percent: number, sticky: Sticky, random: () => number = Math.random): Sampler {
  const threshold = Math.round(percent * (BUCKETS / 100));
  if (threshold <= 0) return () => false;
  if (threshold >= BUCKETS) return () => true;
  const draw = () => Math.floor(random() * BUCKETS) < threshold;
  if (sticky.kind === 'none') return draw;
  return (client) => {
    const key = clientKey(sticky, client);
    // No key yet (e.g. the first request, before the session cookie is set): drawn at random.
    return key === undefined ? draw() : bucketOf(key) < threshold;
  };
}

export function clientKey(sticky: Sticky, client: ClientView): string | undefined {
  if (sticky.kind === 'cookie') return cookieValue(client.cookie, sticky.name);
  if (sticky.kind === 'client-ip') {
    // Behind the ingress the peer is the ingress; the first X-Forwarded-For entry is the client.
    const first = client.forwardedFor?.split(',')[0]?.trim();
    return first || client.remoteAddress || undefined;
  }
  return undefined;
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const v = part.slice(eq + 1).trim();
      return v === '' ? undefined : v;
    }
  }
  return undefined;
}

/** A stable bucket in [0, BUCKETS) for a key: FNV-1a, then murmur3's finaliser to spread the bits. */
export function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % BUCKETS;
}
