// The owner of a timetable page (a student, teacher or room) as the pages show it: the id as
// entity spells it, the title, the detail line and the semesters with classes.
import type { CallContext } from '../kit/app.ts';
import type { EntityApi } from './backend.ts';
import type { Messages } from './i18n/zh-CN.ts';

export type OwnerKind = 'student' | 'teacher' | 'room';
export const ownerKinds: readonly OwnerKind[] = ['student', 'teacher', 'room'];

export interface Owner {
  id: string;
  title: string;
  detail: string;
  /** Semesters with classes; undefined for rooms (every semester). */
  semesters: string[] | undefined;
}

export async function loadOwner(
  entity: EntityApi,
  t: Messages,
  kind: OwnerKind,
  id: string,
  call: CallContext,
): Promise<Owner> {
  const join = (parts: Array<string | null | undefined>) => parts.filter(Boolean).join(t.detailSeparator);
  if (kind === 'student') {
    const s = await entity.GetStudent({ id }, call);
    return {
      id: s.id,
      title: s.name,
      detail: join([s.klass, s.major, s.department]),
      semesters: s.semesters,
    };
  }
  if (kind === 'teacher') {
    const x = await entity.GetTeacher({ id }, call);
    return { id: x.id, title: x.name, detail: join([x.title, x.department]), semesters: x.semesters };
  }
  const r = await entity.GetRoom({ id }, call);
  return {
    id: r.id,
    title: r.name,
    detail: join([r.building, r.campus, t.timetable.capacity(r.capacity), t.timetable.aliases(r.aliases)]),
    semesters: undefined,
  };
}
