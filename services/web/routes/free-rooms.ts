// Free rooms as a student uses them: with nothing asked, now (today, the slot running or next;
// after the last slot, tomorrow's first); a campus and a building filter; holidays hold no
// classes and makeup days hold the moved ones (entity's FreeRooms decides, as the feeds do).
import type { everyclass } from '../../../proto/generated/everyclass.js';
import { callContext, type KitRouter } from '../../kit/app.ts';
import { choices, freeRoomsNow } from '../free-rooms.ts';
import { intParam, type Site, str } from '../site.ts';
import { defaultSemester, weekOf } from '../timetable.ts';
import { freeRoomsPage } from '../views/free-rooms.ts';

type FreeRooms = everyclass.entity.v1.FreeRoomsResponse;

export function freeRoomsRoutes(router: KitRouter, site: Site): void {
  const { app, entity, t, now, semesters, page } = site;

  router.get('/rooms/free', async (ctx) => {
    const call = callContext(ctx);
    const all = await semesters(call);
    const slots = app.lessonSlots;
    const current = freeRoomsNow(now(), app.timezone, slots);
    const semester = all.find((s) => s.name === ctx.query.semester) ?? defaultSemester(all, current.date);
    const slot = intParam(str(ctx.query.slot), 1, slots.length, current.slot + 1) - 1;
    const asked = ctx.query.week !== undefined && ctx.query.weekday !== undefined;
    // The day: the one asked for, else today (or tomorrow) when it falls in the semester.
    const day = asked
      ? {
          week: intParam(str(ctx.query.week), 1, semester?.weeks || 30, 1),
          weekday: intParam(str(ctx.query.weekday), 1, 7, 1),
        }
      : semester && weekOf(semester, current.date) !== undefined
        ? { date: current.date }
        : undefined;
    let answer: FreeRooms | undefined;
    if (semester && day) {
      const ask = (period: number) =>
        entity.FreeRooms({ semester: semester.name, period, ...day }, call) as Promise<FreeRooms>;
      // A slot is two periods: a room is free for the slot when it is free in both.
      const [a, b] = await Promise.all([ask(2 * slot + 1), ask(2 * slot + 2)]);
      const inB = new Set(b.rooms.map((r) => r.id));
      answer = { ...a, rooms: a.rooms.filter((r) => inB.has(r.id)) } as FreeRooms;
    }
    const campus = str(ctx.query.campus).slice(0, 64);
    const building = str(ctx.query.building).slice(0, 64);
    const free = answer?.rooms ?? [];
    const onCampus = campus ? free.filter((r) => r.campus === campus) : free;
    const keep = (list: string[], v: string) => (v && !list.includes(v) ? [...list, v] : list);
    await page(ctx, t.freeRooms.title, (p) =>
      freeRoomsPage(p, {
        semesters: all,
        semester: semester?.name ?? '',
        weeks: semester?.weeks ?? 0,
        week: answer?.week || (day && 'week' in day ? day.week : undefined) || 1,
        weekday: answer?.weekday || (day && 'weekday' in day ? day.weekday : undefined) || 1,
        slot,
        slots,
        campus,
        campuses: keep(choices(free.map((r) => r.campus)), campus),
        building,
        buildings: keep(choices(onCampus.map((r) => r.building)), building),
        now: !asked && answer !== undefined,
        date: answer?.date ?? '',
        holiday: answer?.holiday ?? '',
        makeupFor: (answer?.makeupFor ?? []).map((h) => ({ date: h.date ?? '', name: h.name ?? '' })),
        rooms: answer ? onCampus.filter((r) => !building || r.building === building) : undefined,
      }),
    );
  });
}
