// The free-room finder: the day and slot (now by default), campus and building filters, a
// holiday or makeup-day notice, and the free rooms grouped by building.
import type { everyclass } from '../../../proto/generated/everyclass.js';
import type { LessonSlot } from '../../kit/config.ts';
import { html, type SafeHtml } from '../html.ts';
import type { SemesterSpan } from '../timetable.ts';
import type { PageContext } from './layout.ts';

type Room = everyclass.entity.v1.IRoom;

export interface FreeRoomsView {
  semesters: SemesterSpan[];
  semester: string;
  weeks: number;
  week: number;
  weekday: number;
  slot: number; // 0-based
  slots: readonly LessonSlot[];
  campus: string;
  campuses: string[];
  building: string;
  buildings: string[];
  /** Shown for now (nothing asked): the result says so. */
  now: boolean;
  /** The day answered for (YYYY-MM-DD), its holiday and the holidays moved to it. */
  date: string;
  holiday: string;
  makeupFor: Array<{ date: string; name: string }>;
  rooms: Room[] | undefined; // undefined: no day to show (outside every semester)
}

const option = (value: string | number, label: string, selected: boolean) =>
  html`<option value="${value}"${selected ? ' selected' : ''}>${label}</option>`;

function form(p: PageContext, v: FreeRoomsView): SafeHtml {
  const t = p.t.freeRooms;
  const tt = p.t.timetable;
  return html`<form class="switcher" method="get" action="/rooms/free">
  <label>${tt.semester}<select name="semester">${v.semesters.map((s) => option(s.name, s.name, s.name === v.semester))}</select></label>
  <label>${tt.week}<select name="week">${Array.from({ length: v.weeks || 20 }, (_, i) => option(i + 1, tt.weekN(i + 1), i + 1 === v.week))}</select></label>
  <label>${t.weekday}<select name="weekday">${[1, 2, 3, 4, 5, 6, 7].map((d) => option(d, tt.weekdays[d] ?? '', d === v.weekday))}</select></label>
  <label>${t.slot}<select name="slot">${v.slots.map((s, i) => option(i + 1, `${tt.slot(2 * i + 1, 2 * i + 2)} ${s.start}`, i === v.slot))}</select></label>
  <label>${t.campus}<select name="campus">${option('', t.anyCampus, v.campus === '')}${v.campuses.map((c) => option(c, c, c === v.campus))}</select></label>
  <label>${t.building}<select name="building">${option('', t.anyBuilding, v.building === '')}${v.buildings.map((b) => option(b, b, b === v.building))}</select></label>
  <button type="submit">${t.find}</button>
</form>`;
}

function dayNotice(p: PageContext, v: FreeRoomsView): SafeHtml | '' {
  const t = p.t.freeRooms;
  if (v.holiday) return html`<p class="notice day-note">${t.holiday(v.date, v.holiday)}</p>`;
  if (v.makeupFor.length)
    return html`<p class="notice day-note">${v.makeupFor.map((h) => t.makeup(v.date, h.name, h.date))}</p>`;
  return '';
}

export function freeRoomsPage(p: PageContext, v: FreeRoomsView): SafeHtml {
  const t = p.t.freeRooms;
  const tt = p.t.timetable;
  const slot = v.slots[v.slot];
  const when = v.date
    ? html`<p class="sub when-now">${v.now ? html`<strong>${t.now}</strong> ` : ''}${t.summary(
        v.date,
        tt.weekN(v.week),
        tt.weekdays[v.weekday] ?? '',
        `${tt.slot(2 * v.slot + 1, 2 * v.slot + 2)} ${slot ? `${slot.start}–${slot.end}` : ''}`,
      )}${v.now ? '' : html` · <a href="/rooms/free">${t.backToNow}</a>`}</p>`
    : html`<p class="notice">${t.outside}</p>`;
  let result: SafeHtml | string = '';
  if (v.rooms) {
    const byBuilding = Map.groupBy(v.rooms, (r) => r.building ?? '');
    result = v.rooms.length
      ? html`<p>${t.result(v.rooms.length)}</p>
${[...byBuilding].map(
  ([b, rooms]) =>
    html`<section class="group"><h2>${b}</h2><ul class="rooms">${rooms.map(
      (r) =>
        html`<li><a href="/room/${r.id ?? ''}">${r.name}</a> <small>${tt.capacity(r.capacity ?? 0)}</small></li>`,
    )}</ul></section>`,
)}`
      : html`<p class="notice">${t.none}</p>`;
  }
  return html`<h1>${t.title}</h1>
${when}
${dayNotice(p, v)}
${form(p, v)}
${result}`;
}
