// A student's calendar feed tokens: one per semester, listed, revoked, reset, and resolved for
// the calendar service (feed links of other timetables too).
import type { everyclass } from '../../proto/generated/everyclass.js';
import { feedPath } from '../kit/contract.ts';
import { AppError } from '../kit/errors.ts';
import type { IdentityContext, IdentityHandlers } from './context.ts';
import type { CalendarTokenDoc } from './store.ts';
import { resolveFeedLink } from './viewer-handlers.ts';

type ICalendarToken = everyclass.identity.v1.ICalendarToken;
type TokenMethods =
  | 'CreateCalendarToken'
  | 'ListCalendarTokens'
  | 'RevokeCalendarToken'
  | 'ResetCalendarTokens'
  | 'ResolveCalendarToken';

const semesterName = /^\d{4}-\d{4}-[12]$/;

/** Path of a student's feed (the calendar service serves it). */
export const calendarPath = feedPath;

export function calendarTokenHandlers(c: IdentityContext): IdentityHandlers<TokenMethods> {
  const { store, now } = c;
  const { tokens } = c.deps;

  const calendarToken = (t: CalendarTokenDoc): ICalendarToken => {
    const token = tokens.tokenOf(t._id);
    return {
      id: t._id,
      token,
      semester: t.semester,
      path: calendarPath(token),
      createdAt: t.createdAt.toISOString(),
    };
  };

  async function issueToken(studentId: string, semester: string): Promise<CalendarTokenDoc> {
    const { id } = tokens.issue();
    const doc = { _id: id, studentId, semester, createdAt: now() };
    await store.createToken(doc);
    return doc;
  }

  return {
    CreateCalendarToken: async (req) => {
      const a = await c.me(req.session);
      if (!semesterName.test(req.semester))
        throw new AppError('invalid_argument', 'semester must look like 2026-2027-1');
      const existing = await store.tokenFor(a._id, req.semester);
      return calendarToken(existing ?? (await issueToken(a._id, req.semester)));
    },

    ListCalendarTokens: async (req) => {
      const a = await c.me(req.session);
      return { tokens: (await store.tokensOf(a._id)).map(calendarToken) };
    },

    RevokeCalendarToken: async (req) => {
      const a = await c.me(req.session);
      await store.deleteToken(a._id, req.id);
      return {};
    },

    ResetCalendarTokens: async (req) => {
      const a = await c.me(req.session);
      const semesters = [...new Set((await store.tokensOf(a._id)).map((t) => t.semester))];
      await store.deleteTokensOf(a._id);
      const fresh = [];
      for (const s of semesters) fresh.push(await issueToken(a._id, s));
      return { tokens: fresh.map(calendarToken) };
    },

    ResolveCalendarToken: async (req) => {
      const id = tokens.open(req.token);
      // Not an own token: a feed link of any timetable, its visibility decided now.
      if (!id) return resolveFeedLink(store, c.feedLinks, req.token);
      const t = await store.calendarToken(id);
      if (!t) throw new AppError('not_found');
      return { studentId: t.studentId, semester: t.semester };
    },
  };
}
