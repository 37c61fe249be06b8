// Who may see a student's timetable: public, logged-in students only, or private.
import { AppError } from '../kit/errors.ts';
import { accountMessage, type IdentityContext, type IdentityHandlers, privacyOf } from './context.ts';
import type { Privacy } from './store.ts';

export function privacyHandlers(c: IdentityContext): IdentityHandlers<'GetPrivacy' | 'SetPrivacy'> {
  const { store, now } = c;
  return {
    GetPrivacy: async (req) => {
      if (req.studentIds.length > 1000) throw new AppError('invalid_argument', 'at most 1000 ids');
      const found = await store.accounts(req.studentIds);
      const levels: Record<string, Privacy> = {};
      for (const id of req.studentIds) levels[id] = 0;
      for (const a of found) levels[a._id] = privacyOf(a.privacy);
      return { levels };
    },

    SetPrivacy: async (req) => {
      const a = await c.me(req.session);
      const level: number = req.privacy;
      if (level !== 0 && level !== 1 && level !== 2)
        throw new AppError('invalid_argument', 'privacy must be 0, 1 or 2');
      await store.setPrivacy(a._id, level, now());
      return accountMessage({ ...a, privacy: level });
    },
  };
}
