// What the calendar needs from the entity service, and its Twirp implementation.
import type { everyclass } from '../../proto/generated/everyclass.js';
import { EntityService } from '../../proto/generated/services.ts';
import type { CallContext } from '../kit/app.ts';
import type { Signer } from '../kit/callers.ts';
import { AppError } from '../kit/errors.ts';
import { TwirpClient, TwirpError } from '../kit/twirp/client.ts';

export type Timetable = everyclass.entity.v1.Timetable;

export interface EntityApi {
  getTimetable(studentId: string, semester: string, ctx?: CallContext): Promise<Timetable>;
  getDataVersion(ctx?: CallContext): Promise<{ version: string; updatedAt: string }>;
}

/** Entity errors as the calendar's own: not_found stays not_found, the rest is unavailable. */
function translate(err: unknown): never {
  if (err instanceof TwirpError && err.code === 'not_found') throw new AppError('not_found');
  if (err instanceof TwirpError && err.code === 'deadline_exceeded') throw new AppError('deadline_exceeded');
  throw new AppError('unavailable', `entity: ${(err as Error).message}`);
}

export function entityClient(baseUrl: string, signer?: Signer): EntityApi {
  const client = new TwirpClient(baseUrl, EntityService, { timeoutMs: 10_000, signer });
  return {
    getTimetable: (id, semester, ctx) =>
      client.call('GetTimetable', { id, semester }, { ctx }).catch(translate),
    getDataVersion: (ctx) => client.call('GetDataVersion', {}, { ctx }).catch(translate),
  };
}
