// Who viewed my timetable: visits recorded per viewer (or anonymously), and the list of them.
import type { CallContext } from '../kit/app.ts';
import { accountMessage, type IdentityContext, type IdentityHandlers, privacyOf } from './context.ts';
import type { AccountDoc, SessionDoc } from './store.ts';
import { statusOf } from './viewer-handlers.ts';

type VisitMethods = 'RecordView' | 'ViewTimetable' | 'ListVisitors';

export function visitHandlers(c: IdentityContext): IdentityHandlers<VisitMethods> {
  const { store, now } = c;

  /** A visit to a timetable: by a logged-in student, or anonymous; never in shadow, never one's own. */
  async function recordView(owner: AccountDoc | null, s: SessionDoc | undefined, call: CallContext) {
    if (call.shadow || !owner) return; // only students with an account see their visitors
    if (s?.studentId === owner._id) return;
    if (s) await store.recordVisit(owner._id, s.studentId, now());
    else await store.recordAnonymousVisit(owner._id);
  }

  return {
    RecordView: async (req, call) => {
      if (!req.studentId) return {};
      const [owner, s] = await Promise.all([store.account(req.studentId), c.session(req.session)]);
      await recordView(owner, s, call);
      return {};
    },

    ViewTimetable: async (req, call) => {
      const [owner, s] = await Promise.all([
        req.studentId ? store.account(req.studentId) : null,
        c.session(req.session),
      ]);
      const [viewer, asked] = await Promise.all([
        s ? store.account(s.studentId) : null,
        s && owner ? store.access.get(owner._id, s.studentId) : null,
        recordView(owner, s, call),
      ]);
      return {
        viewer: viewer ? accountMessage(viewer) : null,
        privacy: privacyOf(owner?.privacy),
        granted: asked?.status === 'accepted',
        request: statusOf(asked?.status),
      };
    },

    ListVisitors: async (req) => {
      const a = await c.me(req.session);
      const limit = Math.min(req.limit || 20, 100);
      const visits = await store.visitsOf(a._id, limit);
      const viewers = new Map((await store.accounts(visits.map((v) => v.viewer))).map((v) => [v._id, v]));
      let hidden = 0;
      const visitors = [];
      for (const v of visits) {
        const who = viewers.get(v.viewer);
        // A visitor who keeps their own timetable private is counted, not named.
        if (!who || privacyOf(who.privacy) === 2) hidden += v.count;
        else
          visitors.push({
            studentId: who._id,
            name: who.name,
            lastSeenAt: v.lastAt.toISOString(),
            count: v.count,
          });
      }
      return { visitors, anonymousCount: (a.anonymousViews ?? 0) + hidden };
    },
  };
}
