// GET /calendar/ics/<token>.ics: resolve the token, compute the ETag from the data version
// (no generation needed to answer 304), then serve from the cache or generate once.
import { createHash } from 'node:crypto';
import type { CallContext } from '../kit/app.ts';
import type { AppConfig } from '../kit/config.ts';
import { schoolDate } from '../kit/dates.ts';
import { AppError } from '../kit/errors.ts';
import { type CachedCalendar, type CalendarCache, encodeCalendar } from './cache.ts';
import type { EntityApi, Timetable } from './entity-client.ts';
import { classEvents, type OwnerKind } from './events.ts';
import { hiddenCalendar } from './hidden.ts';
import { renderIcs } from './ics.ts';
import { TOKEN_PATTERN, type TokenGrant, type TokenStore } from './tokens.ts';

/** Bump when the rendering changes, so that clients refetch. */
export const RENDER_VERSION = '2';

export interface FeedDeps {
  entity: EntityApi;
  tokens: TokenStore;
  cache: CalendarCache;
  app: AppConfig;
  /**
   * How long a data version read from the entity service is trusted (ms). Past that, and up to
   * STALE_FACTOR times as long, it is still served while one refresh runs (stale-while-revalidate);
   * 0: every request asks.
   */
  versionTtlMs: number;
  now?: () => number;
}

/** How much older than its TTL a data version may be and still be served while it is refreshed. */
export const STALE_FACTOR = 5;

/** ETags remembered per data version at most (beyond: forgotten, recomputed). */
const MAX_ETAGS = 200_000;

type DataVersion = { version: string; updatedAt: string };

export interface FeedAnswer {
  status: 200 | 304;
  etag: string;
  lastModified: Date;
  body?: CachedCalendar;
  cached?: boolean;
}

export interface Conditional {
  ifNoneMatch?: string | undefined;
  ifModifiedSince?: string | undefined;
}

export class Feed {
  readonly #deps: FeedDeps;
  readonly #configHash: string;
  #version: { value: DataVersion; at: number } | undefined;
  /** The one refresh of the data version under way: every request that must wait waits on it. */
  #refreshing: Promise<DataVersion> | undefined;
  /** ETags of the current data version, by token (hashing costs more than the rest of a 304). */
  #etags = { version: '', byToken: new Map<string, string>() };

  constructor(deps: FeedDeps) {
    this.#deps = deps;
    this.#configHash = createHash('sha256')
      .update(
        JSON.stringify([deps.app.lessonSlots, deps.app.schoolName, deps.app.semesters, deps.app.timezone]),
      )
      .digest('hex')
      .slice(0, 8);
  }

  #now(): number {
    return (this.#deps.now ?? Date.now)();
  }

  /** Single flight: one GetDataVersion at a time, whoever asks. */
  #refresh(ctx: CallContext | undefined): Promise<DataVersion> {
    if (this.#refreshing) return this.#refreshing;
    const p = this.#deps.entity.getDataVersion(ctx).then((value) => {
      this.#version = { value, at: this.#now() };
      return value;
    });
    this.#refreshing = p;
    const done = () => {
      this.#refreshing = undefined;
    };
    p.then(done, done);
    return p;
  }

  async #dataVersion(ctx: CallContext | undefined): Promise<DataVersion> {
    const ttl = this.#deps.versionTtlMs;
    const v = this.#version;
    const age = v ? this.#now() - v.at : Number.POSITIVE_INFINITY;
    if (v && age < ttl) return v.value;
    if (v && ttl > 0 && age < ttl * STALE_FACTOR) {
      // Stale while revalidating: this answer does not wait; a failed refresh is retried by the next.
      this.#refresh(undefined).catch(() => {});
      return v.value;
    }
    return this.#refresh(ctx);
  }

  async serve(file: string, cond: Conditional, ctx?: CallContext): Promise<FeedAnswer> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    // One answer for malformed, unknown and revoked tokens: nothing tells them apart.
    if (!TOKEN_PATTERN.test(token)) throw new AppError('not_found', 'no such calendar');
    const grant = await this.#deps.tokens.resolve(token);
    if (!grant) throw new AppError('not_found', 'no such calendar');
    if (grant.hidden) return this.#hidden(grant, cond);
    const version = await this.#dataVersion(ctx);
    const etag = this.#etag(grant, version.version);
    const lastModified = new Date(Math.floor(Date.parse(version.updatedAt) / 1000) * 1000);
    if (notModified(cond, etag, lastModified)) return { status: 304, etag, lastModified };
    const hit = this.#deps.cache.get(etag);
    if (hit) return { status: 200, etag, lastModified, body: hit, cached: true };
    const timetable = await this.#deps.entity.getTimetable(grant.studentId, grant.semester, ctx);
    const text = render(timetable, this.#deps.app, lastModified);
    if (timetable.dataVersion !== version.version) {
      // Another entity replica answered from another data version: label the body with the
      // version it really reflects, and do not cache it under the one we asked about.
      const other = this.#etag(grant, timetable.dataVersion);
      return { status: 200, etag: other, lastModified, body: encodeCalendar(other, text), cached: false };
    }
    const body = encodeCalendar(etag, text);
    this.#deps.cache.set(body);
    return { status: 200, etag, lastModified, body, cached: false };
  }

  /** The explanation calendar of a feed its subscriber may not see now (hidden.ts); it names today. */
  #hidden(grant: TokenGrant, cond: Conditional): FeedAnswer {
    const now = new Date((this.#deps.now ?? Date.now)());
    const today = schoolDate(now, this.#deps.app.timezone);
    const etag = this.#etag(grant, `hidden/${today}`);
    const lastModified = new Date(`${today}T00:00:00Z`);
    if (notModified(cond, etag, lastModified)) return { status: 304, etag, lastModified };
    const text = hiddenCalendar(grant.token, today, this.#deps.app.timezone, lastModified);
    return { status: 200, etag, lastModified, body: encodeCalendar(etag, text), cached: false };
  }

  #etag(grant: TokenGrant, dataVersion: string): string {
    if (this.#etags.version !== dataVersion || this.#etags.byToken.size >= MAX_ETAGS)
      this.#etags = { version: dataVersion, byToken: new Map() };
    const memo = this.#etags.byToken;
    const key = `${grant.token}\n${grant.studentId}\n${grant.semester}`;
    let etag = memo.get(key);
    if (etag === undefined) {
      etag = etagOf(this.#configHash, grant, dataVersion);
      memo.set(key, etag);
    }
    return etag;
  }
}

function etagOf(configHash: string, grant: TokenGrant, dataVersion: string): string {
  const parts = [RENDER_VERSION, configHash, grant.token, grant.studentId, grant.semester, dataVersion];
  return `"${createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 27)}"`;
}

function notModified(cond: Conditional, etag: string, lastModified: Date): boolean {
  if (cond.ifNoneMatch !== undefined) {
    // Weak comparison, as RFC 9110 asks for If-None-Match.
    const tags = cond.ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  if (cond.ifModifiedSince !== undefined) {
    const since = Date.parse(cond.ifModifiedSince);
    return !Number.isNaN(since) && lastModified.getTime() <= since;
  }
  return false;
}

const kinds: Record<number, OwnerKind> = { 1: 'student', 2: 'teacher', 3: 'room' };
const ownerKind = (k: number | null | undefined): OwnerKind => kinds[k ?? 1] ?? 'student';

export function render(t: Timetable, app: AppConfig, stamp: Date): string {
  const sem = t.semester;
  if (!sem || !t.owner) throw new AppError('internal', 'timetable without owner or semester');
  const events = classEvents(
    {
      name: sem.name ?? '',
      start: sem.start ?? '',
      holidays: (sem.holidays ?? []).map((h) => ({
        date: h.date ?? '',
        name: h.name ?? '',
        makeupDate: h.makeupDate ?? '',
      })),
    },
    t.cards.map((c) => ({
      code: c.code ?? '',
      courseName: c.courseName ?? '',
      weekday: c.weekday ?? 0,
      firstPeriod: c.firstPeriod ?? 0,
      lastPeriod: c.lastPeriod ?? 0,
      weeks: c.weeks ?? [],
      weekText: c.weekText ?? '',
      room: c.room?.name || c.room?.code || '',
      teachers: (c.teachers ?? []).map((x) => x.name ?? ''),
    })),
    app.lessonSlots,
    ownerKind(t.owner.kind),
  );
  return renderIcs({
    name: `${t.owner.name}的${sem.name}课表`,
    description: `${app.schoolName} · EveryClass 每课`,
    events,
    stamp,
    timezone: app.timezone,
  });
}
