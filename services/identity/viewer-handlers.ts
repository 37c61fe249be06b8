// The Identity methods about other people's timetables: feed links of any timetable, which
// timetables a viewer may see, and access requests for private ones (issue 15, items 1 to 3).
// Shadow calls of the writing ones (RequestAccess, AnswerAccessRequest) never get here.
import { everyclass } from '../../proto/generated/everyclass.js';
import { feedPath } from '../kit/contract.ts';
import { AppError } from '../kit/errors.ts';
import type { AccessDoc, AccessState } from './access-store.ts';
import { type IdentityContext, type IdentityHandlers, privacyOf } from './context.ts';
import type { FeedLinks } from './feed-links.ts';
import type { IdentityStore } from './store.ts';
import { visibleTo } from './visibility.ts';

const pb = everyclass.identity.v1;
const Status = pb.AccessStatus;
const Answer = pb.AccessAnswer;

type ViewerMethods =
  | 'CreateFeedLink'
  | 'CheckVisibility'
  | 'RequestAccess'
  | 'ListAccessRequests'
  | 'AnswerAccessRequest';

export const statusOf = (s: AccessState | undefined): everyclass.identity.v1.AccessStatus =>
  s === 'pending'
    ? Status.PENDING
    : s === 'accepted'
      ? Status.ACCEPTED
      : s === 'declined'
        ? Status.DECLINED
        : Status.NONE;

const request = (d: AccessDoc) => ({
  askerId: d.asker,
  askerName: d.askerName,
  ownerId: d.owner,
  status: statusOf(d.status),
  createdAt: d.createdAt.toISOString(),
});

/** Which of `owners` the viewer ('' when anonymous) may see now. */
export async function visibility(
  store: IdentityStore,
  viewer: string,
  owners: string[],
): Promise<Map<string, boolean>> {
  const [accounts, granted] = await Promise.all([
    store.accounts(owners),
    store.access.grantedTo(viewer, owners),
  ]);
  const levels = new Map(accounts.map((a) => [a._id, privacyOf(a.privacy)]));
  return new Map(owners.map((o) => [o, visibleTo(levels.get(o) ?? 0, o, viewer, granted.has(o))] as const));
}

export function viewerHandlers(c: IdentityContext): IdentityHandlers<ViewerMethods> {
  const { store, feedLinks, now } = c;
  const viewerOf = async (session: string) => (session ? ((await c.session(session))?.studentId ?? '') : '');

  return {
    CreateFeedLink: async (req) => {
      // Anonymous, or the session's student: a dead session is an error, not a silent downgrade.
      const subscriber = req.session ? (await c.me(req.session))._id : '';
      const token = feedLinks.seal({ ownerId: req.ownerId, semester: req.semester, subscriber });
      if (!token)
        throw new AppError('invalid_argument', 'owner_id or semester is malformed', { field: 'owner_id' });
      return { token, path: feedPath(token) };
    },

    CheckVisibility: async (req) => {
      if (req.studentIds.length > 100)
        throw new AppError('invalid_argument', 'at most 100 ids', { field: 'student_ids' });
      const seen = await visibility(store, await viewerOf(req.session), req.studentIds);
      return { visible: Object.fromEntries(seen) };
    },

    RequestAccess: async (req) => {
      const a = await c.me(req.session);
      if (req.ownerId === a._id)
        throw new AppError('invalid_argument', 'that is your own timetable', { field: 'owner_id' });
      const owner = req.ownerId ? await store.account(req.ownerId) : null;
      // Only a timetable the asker cannot see (an account at level 1 or 2) can be asked for.
      if (!owner || privacyOf(owner.privacy) === 0)
        throw new AppError('not_found', 'no private timetable to ask for');
      const existing = await store.access.get(owner._id, a._id);
      if (existing?.status === 'pending' || existing?.status === 'accepted') return request(existing);
      const t = now();
      const slot = await store.limits.claim(`ar:${a._id}`, t, 86_400_000, c.limits.accessRequestsPerDay);
      if (!slot.ok) throw c.rateLimited(slot.retryAt);
      await store.access.ask(owner._id, a._id, a.name, t);
      const saved = await store.access.get(owner._id, a._id);
      if (!saved) throw new AppError('internal');
      return request(saved);
    },

    ListAccessRequests: async (req) => {
      const a = await c.me(req.session);
      return { requests: (await store.access.toOwner(a._id)).map(request) };
    },

    AnswerAccessRequest: async (req) => {
      const a = await c.me(req.session);
      const found = req.askerId ? await store.access.get(a._id, req.askerId) : null;
      if (!found) throw new AppError('not_found', 'no such request');
      if (req.answer === Answer.REVOKE || (req.answer === Answer.DECLINE && found.status === 'accepted')) {
        await store.access.revoke(a._id, req.askerId);
        return { ...request(found), status: Status.NONE };
      }
      const status =
        req.answer === Answer.ACCEPT ? 'accepted' : req.answer === Answer.DECLINE ? 'declined' : undefined;
      if (!status)
        throw new AppError('invalid_argument', 'answer must be ACCEPT, DECLINE or REVOKE', {
          field: 'answer',
        });
      await store.access.answer(a._id, req.askerId, status, now());
      return { ...request(found), status: statusOf(status) };
    },
  };
}

/** ResolveCalendarToken for a feed link: the owner and semester, hidden when the subscriber may not see it now. */
export async function resolveFeedLink(store: IdentityStore, feedLinks: FeedLinks, token: string) {
  const g = feedLinks.open(token);
  if (!g) throw new AppError('not_found');
  const seen = await visibility(store, g.subscriber, [g.ownerId]);
  return { studentId: g.ownerId, semester: g.semester, hidden: seen.get(g.ownerId) !== true };
}
