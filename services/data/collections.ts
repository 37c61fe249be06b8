// Which collections of an environment's database are course data, copied from one environment
// to another (spec.data.from), and which are people's own (never copied; only a backup holds them).
// The copy is an allow-list: a collection a later version adds is private until named here.

/** Entity's course data (services/entity/store.ts), `meta` last: it holds the data version. */
export const courseCollections = [
  'semesters',
  'students',
  'teachers',
  'rooms',
  'cards',
  'rosters',
  'meta',
] as const;

/** Identity's and calendar's collections: accounts, sessions, tokens, visits, e-mail. */
export const privateCollections = [
  'accounts',
  'sessions',
  'registrations',
  'feed_tokens',
  'visits',
  'outbox',
] as const;

/** Everything a backup dumps: every collection but the server's own (system.*), `meta` last. */
export function dumpOrder(present: readonly string[]): string[] {
  const mine = present.filter((c) => !c.startsWith('system.')).sort();
  return [...mine.filter((c) => c !== 'meta'), ...mine.filter((c) => c === 'meta')];
}
