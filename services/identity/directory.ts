// Students as the entity service knows them, over Twirp.
import { everyclass } from '../../proto/generated/everyclass.js';
import { AppError } from '../kit/errors.ts';
import { type TwirpClient, TwirpError } from '../kit/twirp.ts';
import type { Directory } from './handlers.ts';

const getStudent = {
  input: everyclass.entity.v1.GetRequest,
  output: everyclass.entity.v1.Student,
  idempotent: true,
};

export function entityDirectory(entity: TwirpClient): Directory {
  return {
    async student(id, call) {
      try {
        const s = await entity.call('GetStudent', getStudent, { id }, { ctx: call });
        return { id: s.id, code: s.code, name: s.name };
      } catch (err) {
        if (err instanceof TwirpError && err.code === 'not_found') return undefined;
        call.log.warn({ err }, 'entity GetStudent failed');
        throw new AppError('unavailable', 'the course data service is unavailable');
      }
    },
  };
}
