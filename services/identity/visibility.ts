// Who may see a student's timetable: the student; anyone at level 0; logged-in students at
// level 1; at levels 1 and 2 also a student whose access request the owner accepted. Pure.
import type { Privacy } from './store.ts';

export function visibleTo(level: Privacy, owner: string, viewer: string, granted: boolean): boolean {
  if (viewer !== '' && viewer === owner) return true;
  if (level === 0) return true;
  if (viewer === '') return false;
  return level === 1 || granted;
}
