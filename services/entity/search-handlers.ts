// Search over students, teachers, rooms and cards, with the single exact match web goes straight to.
import { everyclass } from '../../proto/generated/everyclass.js';
import { AppError } from '../kit/errors.ts';
import type { SearchKind } from './catalog.ts';
import { type EntityContext, type EntityHandlers, page } from './context.ts';
import { normaliseQuery } from './search-keys.ts';

const pb = everyclass.entity.v1;
type Kind = everyclass.entity.v1.Kind;

const kindOf: Record<SearchKind, Kind> = {
  student: pb.Kind.STUDENT,
  teacher: pb.Kind.TEACHER,
  room: pb.Kind.ROOM,
  card: pb.Kind.CARD,
};

type SearchMethods = 'Search';

export function searchHandlers(ctx: EntityContext): EntityHandlers<SearchMethods> {
  const { catalog } = ctx.deps;
  const { refOf } = ctx;
  return {
    Search: async (req) => {
      const q = normaliseQuery(req.query);
      if (q === undefined) throw new AppError('invalid_argument', 'query must have 1 to 64 characters');
      const { skip, limit } = page(req.page, req.pageSize);
      const c = catalog();
      const wanted = (Object.keys(kindOf) as SearchKind[]).filter(
        (k) => req.kinds.length === 0 || req.kinds.includes(kindOf[k]),
      );
      const groups = wanted.map((k) => {
        const found = c.search(k, q, skip, limit, req.semester || undefined);
        const items = found.items.map((d) => refOf(k, d));
        return { kind: kindOf[k], total: found.total, items };
      });
      // A single exact match (code, name or alias) anywhere in the results: web goes straight there.
      const exact = wanted.flatMap((k) =>
        c.exactMatches(k, q, 2, req.semester || undefined).map((d) => refOf(k, d)),
      );
      return { groups, ...(exact.length === 1 ? { exact: exact[0] } : {}) };
    },
  };
}
