// The Entity RPC methods, by concept: search, lookups of one entity, timetables and free rooms,
// and the course data (version, import). Every public id that does not open (tampered, foreign, of
// another kind) is `not_found`, exactly like a missing one (context.ts).
import type { EntityService } from '../../proto/generated/services.ts';
import type { Handlers } from '../kit/twirp/descriptor.ts';
import { type EntityDeps, entityContext } from './context.ts';
import { dataHandlers } from './data-handlers.ts';
import { lookupHandlers } from './lookup-handlers.ts';
import { searchHandlers } from './search-handlers.ts';
import { timetableHandlers } from './timetable-handlers.ts';

export type { EntityDeps } from './context.ts';

export function entityHandlers(deps: EntityDeps): Handlers<typeof EntityService> {
  const c = entityContext(deps);
  return {
    ...searchHandlers(c),
    ...lookupHandlers(c),
    ...timetableHandlers(c),
    ...dataHandlers(c),
  };
}
