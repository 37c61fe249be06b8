// The course data itself: its version, and ImportSemester (the data role's import, admin only).
import type { CallContext } from '../kit/app.ts';
import type { Catalog } from './catalog.ts';
import type { EntityContext, EntityHandlers } from './context.ts';
import { toImportBatch } from './records.ts';

type DataMethods = 'GetDataVersion' | 'ImportSemester';

/** The data version a catalog serves, as GetDataVersion and GET /dataversion answer it. */
export function servedVersion(catalog: Catalog): { version: string; updatedAt: string } {
  return { version: catalog.version.version, updatedAt: catalog.version.updatedAt.toISOString() };
}

export function dataHandlers(ctx: EntityContext): EntityHandlers<DataMethods> {
  const { deps } = ctx;
  const { catalog, store } = deps;
  return {
    GetDataVersion: async () => servedVersion(catalog()),

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
