// The services web talks to, over Twirp only: the methods it uses of entity and identity, typed
// from the generated descriptors (their retries too), so tests can stand in for a service with
// plain functions.
import { EntityService, IdentityService } from '../../proto/generated/services.ts';
import type { Signer } from '../kit/callers.ts';
import { type Api, TwirpClient, twirpApi } from '../kit/twirp/client.ts';

/** Web reads course data (and its version, for the footer); imports belong to the data tool. */
export type EntityApi = Omit<Api<typeof EntityService>, 'ImportSemester'>;
/** Web never resolves feed tokens (the calendar does) nor records views apart from ViewTimetable. */
export type IdentityApi = Omit<Api<typeof IdentityService>, 'ResolveCalendarToken' | 'RecordView'>;

export interface Backend {
  entity: EntityApi;
  identity: IdentityApi;
}

export function twirpBackend(
  urls: { entity: string; identity: string },
  signer: Signer | undefined,
): Backend {
  return {
    entity: twirpApi(new TwirpClient(urls.entity, EntityService, { signer })),
    identity: twirpApi(new TwirpClient(urls.identity, IdentityService, { signer })),
  };
}

/**
 * entity's course data version for DataVersionCache (dataversion.ts): a client of its own with a
 * short deadline, apart from any page; GetDataVersion has no side effects, so the descriptor
 * lets it retry.
 */
export function entityDataVersion(url: string, signer: Signer | undefined): () => Promise<string> {
  const entity = new TwirpClient(url, EntityService, { signer, timeoutMs: 2000 });
  return async () => (await entity.call('GetDataVersion', {})).version;
}
