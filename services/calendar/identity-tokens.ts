// Calendar tokens owned by the identity service: a feed request resolves its token over Twirp
// (ResolveCalendarToken) every time, so a revoked or reset link stops working at once. Tokens
// are created and revoked through identity (the web's settings pages), not here.
import { IdentityService } from '../../proto/generated/services.ts';
import type { Signer } from '../kit/callers.ts';
import { AppError } from '../kit/errors.ts';
import { TwirpClient, TwirpError } from '../kit/twirp/client.ts';
import type { TokenStore } from './tokens.ts';

export function identityTokenStore(identityUrl: string, signer?: Signer): TokenStore {
  const client = new TwirpClient(identityUrl, IdentityService, { signer });
  const elsewhere = async (): Promise<never> => {
    throw new AppError('invalid_argument', 'calendar tokens are issued and revoked by the identity service');
  };
  return {
    create: elsewhere,
    revoke: elsewhere,
    async resolve(token) {
      try {
        const r = await client.call('ResolveCalendarToken', { token });
        return { token, studentId: r.studentId, semester: r.semester, hidden: r.hidden };
      } catch (err) {
        if (err instanceof TwirpError && err.code === 'not_found') return undefined;
        throw new AppError('unavailable', 'the identity service is unavailable');
      }
    },
    async ping() {
      const res = await fetch(`${client.baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (!res.ok) throw new Error(`identity /healthz answered ${res.status}`);
    },
    async close() {},
  };
}
