// Pages anyone may open: home, search results, timetables (student, teacher, room), a class
// with its classmates (the free-room finder: free-rooms.ts).
import type { everyclass } from '../../../proto/generated/everyclass.js';
import type { LessonSlot } from '../../kit/config.ts';
import { html, query, type SafeHtml } from '../html.ts';
import { buildGrid, type SemesterSpan } from '../timetable.ts';
import { accessBlock, subscribeLink } from './feeds.ts';
import { type PageContext, searchForm } from './layout.ts';

type Card = everyclass.entity.v1.ICard;
type Ref = everyclass.entity.v1.IRef;
type SearchGroup = everyclass.entity.v1.ISearchGroup;

export type OwnerKind = 'student' | 'teacher' | 'room';
const kindPath = ['', 'student', 'teacher', 'room', 'card'];

/** The page of a search result or reference (/student/<id>, /room/<id>, ...). */
export function refPath(r: Ref): string {
  return `/${kindPath[r.kind ?? 0] ?? ''}/${r.id ?? ''}`;
}

export function refLink(r: Ref): SafeHtml {
  return html`<a href="${refPath(r)}">${r.name}</a>`;
}

export function home(p: PageContext, schoolName: string): SafeHtml {
  return html`<section class="hero">
  <h1>${schoolName} · ${p.t.site}</h1>
  <p class="sub">${p.t.tagline}</p>
  ${searchForm(p, '', true)}
</section>`;
}

export interface SearchView {
  q: string;
  groups: SearchGroup[];
  kind: string | undefined; // one group, paged
  page: number;
  pageSize: number;
}

export function searchResults(p: PageContext, v: SearchView): SafeHtml {
  const t = p.t.search;
  const groups = v.groups.filter((g) => (g.total ?? 0) > 0);
  const body = groups.map((g) => {
    const kind = kindPath[g.kind ?? 0] ?? '';
    const total = g.total ?? 0;
    const pages = Math.ceil(total / v.pageSize);
    const nav = v.kind
      ? html`<p class="pager">
  ${v.page > 1 ? html`<a href="/search${query({ q: v.q, kind, page: v.page - 1 })}">${t.prev}</a>` : ''}
  ${v.page < pages ? html`<a href="/search${query({ q: v.q, kind, page: v.page + 1 })}">${t.next}</a>` : ''}
</p>`
      : total > (g.items?.length ?? 0)
        ? html`<p class="pager"><a href="/search${query({ q: v.q, kind })}">${t.more}</a></p>`
        : '';
    return html`<section class="group" id="${kind}">
  <h2>${t.groups[kind] ?? kind} <small>${t.total(total)}</small></h2>
  <ul class="refs">
    ${(g.items ?? []).map((r) => html`<li>${refLink(r)} <span class="code">${r.code}</span> <small>${r.detail}</small></li>`)}
  </ul>
  ${nav}
</section>`;
  });
  return html`${searchForm(p, v.q)}
<h1>${t.title(v.q)}</h1>
${groups.length === 0 ? html`<p class="notice">${t.none}</p>` : body}`;
}

export interface TimetableView {
  kind: OwnerKind;
  id: string;
  title: string;
  detail: string;
  semesters: SemesterSpan[];
  semester: SemesterSpan | undefined;
  week: number; // 0: every week
  currentWeek: number | undefined;
  /** undefined: hidden by the owner's privacy level (1 or 2). */
  cards: Card[] | undefined;
  hiddenLevel: number;
  slots: LessonSlot[];
  isOwner: boolean;
  /** The viewer's access request for a hidden timetable (AccessStatus) and whether one was just sent. */
  access?: { request: number; asked: boolean };
}

/** Links to several teachers (or rooms, ...), with the locale's list separator. */
function refList(p: PageContext, refs: Ref[]): SafeHtml {
  return html`${refs.map((r, i) => html`${i ? p.t.listSeparator : ''}${refLink(r)}`)}`;
}

function cardCell(p: PageContext, c: Card, kind: OwnerKind): SafeHtml {
  const teachers = kind === 'teacher' ? [] : (c.teachers ?? []);
  return html`<div class="card">
  <a href="/card/${c.id ?? ''}">${c.courseName}</a>
  ${kind !== 'room' && c.room ? html`<span class="room">@${refLink(c.room)}</span>` : ''}
  <span class="weeks">${c.weekText}</span>
  ${teachers.length ? html`<span class="teachers">${refList(p, teachers)}</span>` : ''}
</div>`;
}

function switcher(p: PageContext, v: TimetableView): SafeHtml {
  const t = p.t.timetable;
  const weeks = v.semester?.weeks ?? 0;
  return html`<form class="switcher" method="get" action="/${v.kind}/${v.id}">
  <label>${t.semester}
    <select name="semester">
      ${v.semesters.map((s) => html`<option value="${s.name}"${s.name === v.semester?.name ? ' selected' : ''}>${s.name}</option>`)}
    </select>
  </label>
  <label>${t.week}
    <select name="week">
      <option value="0"${v.week === 0 ? ' selected' : ''}>${t.allWeeks}</option>
      ${Array.from({ length: weeks }, (_, i) => i + 1).map(
        (w) =>
          html`<option value="${w}"${w === v.week ? ' selected' : ''}>${t.weekN(w)}${w === v.currentWeek ? t.thisWeek : ''}</option>`,
      )}
    </select>
  </label>
  <button type="submit">${t.switch}</button>
</form>`;
}

export function timetable(p: PageContext, v: TimetableView): SafeHtml {
  const t = p.t.timetable;
  const head = html`<h1>${t.of(v.title)}</h1>
<p class="sub">${v.detail}</p>`;
  if (v.cards === undefined) {
    return html`${head}
<section class="notice hidden-timetable">
  <p>${v.hiddenLevel === 1 ? t.hidden1 : t.hidden2}</p>
  ${v.hiddenLevel === 1 && !p.viewer ? html`<p><a href="/login${query({ next: `/${v.kind}/${v.id}` })}">${t.loginToSee}</a></p>` : ''}
  ${p.viewer ? accessBlock(p, v.id, v.access ?? { request: 0, asked: false }) : ''}
</section>`;
  }
  const grid = buildGrid(v.cards, v.slots, v.week || undefined);
  const empty = grid.rows.every((r) => r.cells.every((c) => c.length === 0)) && grid.other.length === 0;
  const table = html`<div class="grid-wrap"><table class="grid">
  <thead><tr><th></th>${grid.days.map((d) => html`<th scope="col">${t.weekdays[d]}</th>`)}</tr></thead>
  <tbody>
  ${grid.rows.map(
    (r) => html`<tr>
    <th scope="row">${t.slot(r.firstPeriod, r.lastPeriod)}<small>${r.slot.start}–${r.slot.end}</small></th>
    ${r.cells.map((cell) => html`<td>${cell.map((c) => cardCell(p, c, v.kind))}</td>`)}
  </tr>`,
  )}
  </tbody>
</table></div>`;
  const days = html`<div class="daylist">
  ${grid.days.map((d, col) => {
    const items = grid.rows.flatMap((r) =>
      (r.cells[col] ?? []).map(
        (c) =>
          html`<li><span class="when">${t.slot(r.firstPeriod, r.lastPeriod)}</span>${cardCell(p, c, v.kind)}</li>`,
      ),
    );
    return items.length ? html`<section><h2>${t.weekdays[d]}</h2><ul>${items}</ul></section>` : '';
  })}
</div>`;
  const other = grid.other.length
    ? html`<section><h2>${t.other}</h2><ul>${grid.other.map(
        (c) =>
          html`<li>${t.weekdays[c.weekday ?? 0]} ${t.periods(c.firstPeriod ?? 0, c.lastPeriod ?? 0)} ${cardCell(p, c, v.kind)}</li>`,
      )}</ul></section>`
    : '';
  return html`${head}
${switcher(p, v)}
${v.isOwner ? html`<p class="actions"><a class="button" href="/calendar${query({ semester: v.semester?.name })}">${t.subscribe}</a></p>` : subscribeLink(p, v.kind, v.id, v.semester?.name)}
${empty ? html`<p class="notice">${t.noCards}</p>` : html`${table}${days}${other}`}`;
}

export interface ClassmateView {
  id: string;
  name: string;
  detail: string;
}

export interface CardView {
  card: Card;
  slots: LessonSlot[];
  total: number;
  classmates: ClassmateView[];
  /** Classmates on this page who keep their timetable private: only counted. */
  hidden: number;
  page: number;
  pageSize: number;
}

export function cardPage(p: PageContext, v: CardView): SafeHtml {
  const t = p.t.card;
  const c = v.card;
  const first = c.firstPeriod ?? 0;
  const last = c.lastPeriod ?? 0;
  const slotFirst = v.slots[Math.floor((first - 1) / 2)];
  const slotLast = v.slots[Math.floor((last - 1) / 2)];
  const times = slotFirst && slotLast ? ` ${slotFirst.start}–${slotLast.end}` : '';
  const pages = Math.ceil(v.total / v.pageSize);
  return html`<h1>${c.courseName}</h1>
<p class="sub">${c.semester}</p>
<dl class="facts">
  <dt>${t.course}</dt><dd>${c.courseCode}</dd>
  <dt>${t.teachers}</dt><dd>${refList(p, c.teachers ?? [])}</dd>
  <dt>${t.room}</dt><dd>${c.room ? refLink(c.room) : ''}</dd>
  <dt>${t.time}</dt><dd>${p.t.timetable.weekdays[c.weekday ?? 0]} ${p.t.timetable.periods(first, last)}${times}</dd>
  <dt>${t.weeks}</dt><dd>${c.weekText}</dd>
</dl>
<h2>${t.classmates(v.total)}</h2>
<ul class="classmates">
  ${v.classmates.map((s) => html`<li><a href="/student/${s.id}">${s.name}</a> <small>${s.detail}</small></li>`)}
</ul>
${v.hidden > 0 ? html`<p class="sub">${t.hidden(v.hidden)}</p>` : ''}
${
  pages > 1
    ? html`<p class="pager">
  ${v.page > 1 ? html`<a href="/card/${c.id ?? ''}${query({ page: v.page - 1 })}">${p.t.search.prev}</a>` : ''}
  ${v.page < pages ? html`<a href="/card/${c.id ?? ''}${query({ page: v.page + 1 })}">${p.t.search.next}</a>` : ''}
</p>`
    : ''
}`;
}
