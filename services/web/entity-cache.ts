// Entity's answers for the pages, kept for a short while: a timetable page asks for the same
// student, timetable and card again and again (every visitor, every reload), and each ask costs an
// RPC in web and a lookup in entity. Kept ENTITY_CACHE_MS (2 s): the freshness the calendar already
// gives (it trusts a data version for as long), so an import shows within 2 s here too. Requests
// asked at once share one call (single flight); failures are not kept; bounded by entries (LRU).
// Only reads whose answer depends on the request alone: the methods below, never identity's.
import type { CallContext } from '../kit/app.ts';
import type { EntityApi } from './backend.ts';

/** Methods whose answers are kept (a function of the request and the data set only). */
export const CACHED_METHODS = ['GetStudent', 'GetTeacher', 'GetRoom', 'GetCard', 'GetTimetable'] as const;

export const ENTITY_CACHE_MS = 2000;

export interface EntityCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  at: number;
  answer: Promise<unknown>;
}

export function cachedEntity(entity: EntityApi, opts: EntityCacheOptions = {}): EntityApi {
  const ttl = opts.ttlMs ?? ENTITY_CACHE_MS;
  const max = opts.maxEntries ?? 10_000;
  const now = opts.now ?? Date.now;
  if (ttl <= 0) return entity;
  const entries = new Map<string, Entry>();
  const wrapped: Record<string, unknown> = { ...entity };
  for (const method of CACHED_METHODS) {
    const call = entity[method] as (req: object, ctx?: CallContext) => Promise<unknown>;
    wrapped[method] = (req: object, ctx?: CallContext) => {
      const key = `${method}\n${JSON.stringify(req)}`;
      const t = now();
      const hit = entries.get(key);
      if (hit && t - hit.at < ttl) {
        entries.delete(key); // most recently used last
        entries.set(key, hit);
        return hit.answer;
      }
      const answer = call(req, ctx);
      const entry = { at: t, answer };
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
      answer.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return answer;
    };
  }
  return wrapped as unknown as EntityApi;
}
