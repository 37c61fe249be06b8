// Students as the entity service knows them, over Twirp.
import type { EntityService } from '../../proto/generated/services.ts';
import { AppError } from '../kit/errors.ts';
import { type TwirpClient, TwirpError } from '../kit/twirp/client.ts';
import type { Directory } from './deps.ts';

export function entityDirectory(entity: TwirpClient<typeof EntityService>): Directory {
  return {
    async student(id, call) {
      try {
        const s = await entity.call('GetStudent', { id }, { ctx: call });
        return { id: s.id, code: s.code, name: s.name };
      } catch (err) {
        if (err instanceof TwirpError && err.code === 'not_found') return undefined;
        call.log.warn({ err }, 'entity GetStudent failed');
        throw new AppError('unavailable', 'the course data service is unavailable');
      }
    },
  };
}
