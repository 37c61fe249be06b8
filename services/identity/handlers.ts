// The Identity RPC methods, by concept: registration, sessions, privacy, calendar tokens, visits,
// and other people's timetables (feed links, visibility, access requests). Every method acting for a student takes the session token and checks it; secrets never
// reach the logs (the kit logs paths, never bodies).
import type { IdentityService } from '../../proto/generated/services.ts';
import type { Handlers } from '../kit/twirp/descriptor.ts';
import { calendarTokenHandlers } from './calendar-tokens.ts';
import { identityContext } from './context.ts';
import type { IdentityDeps } from './deps.ts';
import { privacyHandlers } from './privacy.ts';
import { registrationHandlers } from './registration.ts';
import { sessionHandlers } from './sessions.ts';
import { viewerHandlers } from './viewer-handlers.ts';
import { visitHandlers } from './visits.ts';

export function identityHandlers(deps: IdentityDeps): Handlers<typeof IdentityService> {
  const c = identityContext(deps);
  return {
    ...registrationHandlers(c),
    ...sessionHandlers(c),
    ...privacyHandlers(c),
    ...calendarTokenHandlers(c),
    ...visitHandlers(c),
    ...viewerHandlers(c),
  };
}
