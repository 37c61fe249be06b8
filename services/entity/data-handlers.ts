// The course data itself: its version, and ImportSemester (the data role's import, admin only).
import type { CallContext } from '../kit/app.ts';
import type { EntityContext, EntityHandlers } from './context.ts';
import { toImportBatch } from './records.ts';

type DataMethods = 'GetDataVersion' | 'ImportSemester';

export function dataHandlers(ctx: EntityContext): EntityHandlers<DataMethods> {
  const { deps } = ctx;
  const { catalog, store } = deps;
  return {
    GetDataVersion: async () => {
      const v = catalog().version;
      return { version: v.version, updatedAt: v.updatedAt.toISOString() };
    },

    ImportSemester: async (req, call: CallContext) => {
      const name = req.semester?.name?.trim() ?? '';
      const batch = toImportBatch(req, name ? await store.getSemester(name) : null);
      const result = await store.importBatch(batch);
      if (result.changed > 0) deps.onImported?.();
      call.log.info(
        { ...result.counts, changed: result.changed, version: result.version.version },
        'imported',
      );
      return { ...result.counts, dataVersion: result.version.version };
    },
  };
}
