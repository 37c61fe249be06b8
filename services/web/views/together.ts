// The multi-person schedule page (多人日程): search and add people, pick a week, see who is busy
// in each slot and where everyone is free; the page's address is the shareable link.
import type { everyclass } from '../../../proto/generated/everyclass.js';
import { html, type SafeHtml } from '../html.ts';
import type { SemesterSpan } from '../timetable.ts';
import { type Cell, type FreeBusy, MAX_PEOPLE, type PersonRef, personParam } from '../together.ts';
import type { PageContext } from './layout.ts';

type Ref = everyclass.entity.v1.IRef;

export interface TogetherView {
  people: Array<{ ref: PersonRef; name: string; unknown: boolean }>;
  semesters: SemesterSpan[];
  semester: SemesterSpan | undefined;
  week: number;
  currentWeek: number | undefined;
  q: string;
  found: Array<{ ref: PersonRef; item: Ref }>;
  grid: FreeBusy | undefined;
  shareUrl: string;
}

/** /together with these people and the chosen semester and week. */
export function togetherHref(people: PersonRef[], semester: string, week: number): string {
  const q = new URLSearchParams();
  for (const p of people) q.append('p', personParam(p));
  if (semester) q.set('semester', semester);
  if (week) q.set('week', String(week));
  const s = q.toString();
  return `/together${s ? `?${s}` : ''}`;
}

const kept = (people: PersonRef[]) =>
  people.map((p) => html`<input type="hidden" name="p" value="${personParam(p)}">`);

function cell(p: PageContext, c: Cell): SafeHtml {
  const t = p.t.people.together;
  const sep = p.t.listSeparator;
  if (c.free) return html`<span class="free">${t.allFree}</span>`;
  return html`${c.busy.length ? html`<span class="busy">${t.busy}${c.busy.join(sep)}</span>` : ''}${c.unknown.length ? html`<span class="unknown">${t.unknown}${c.unknown.join(sep)}</span>` : ''}`;
}

function grid(p: PageContext, g: FreeBusy): SafeHtml {
  const tt = p.t.timetable;
  const table = html`<div class="grid-wrap"><table class="grid together">
  <thead><tr><th></th>${g.days.map((d) => html`<th scope="col">${tt.weekdays[d]}</th>`)}</tr></thead>
  <tbody>${g.rows.map(
    (
      r,
    ) => html`<tr><th scope="row">${tt.slot(r.firstPeriod, r.lastPeriod)}<small>${r.slot.start}–${r.slot.end}</small></th>
    ${r.cells.map((c) => html`<td class="${c.free ? 'all-free' : ''}">${cell(p, c)}</td>`)}</tr>`,
  )}</tbody>
</table></div>`;
  const days = html`<div class="daylist together">${g.days.map(
    (d, col) =>
      html`<section><h2>${tt.weekdays[d]}</h2><ul>${g.rows.map((r) => {
        const c = r.cells[col];
        return c
          ? html`<li class="${c.free ? 'all-free' : ''}"><span class="when">${tt.slot(r.firstPeriod, r.lastPeriod)}</span><span>${cell(p, c)}</span></li>`
          : '';
      })}</ul></section>`,
  )}</div>`;
  return html`${table}${days}`;
}

export function together(p: PageContext, v: TogetherView): SafeHtml {
  const t = p.t.people.together;
  const tt = p.t.timetable;
  const refs = v.people.map((x) => x.ref);
  const sem = v.semester?.name ?? '';
  const search = html`<form class="search" method="get" action="/together" role="search">
  ${kept(refs)}<input type="hidden" name="semester" value="${sem}"><input type="hidden" name="week" value="${v.week}">
  <input type="search" name="q" value="${v.q}" placeholder="${t.search}" aria-label="${t.search}" maxlength="64" required>
  <button type="submit">${p.t.search.button}</button>
</form>`;
  const full = refs.length >= MAX_PEOPLE;
  const found = v.found.length
    ? html`<ul class="refs found">${v.found.map(
        (f) =>
          html`<li>${f.item.name} <small>${f.item.detail}</small> ${
            full || refs.some((r) => r.id === f.ref.id)
              ? ''
              : html`<a class="add" href="${togetherHref([...refs, f.ref], sem, v.week)}">${t.add}</a>`
          }</li>`,
      )}</ul>${full ? html`<p class="sub">${t.tooManyPeople(MAX_PEOPLE)}</p>` : ''}`
    : v.q
      ? html`<p class="notice">${p.t.search.none}</p>`
      : '';
  const chosen = v.people.length
    ? html`<h2>${t.people}</h2><ul class="people">${v.people.map(
        (x) =>
          html`<li>${x.name}${x.unknown ? html` <small>(${t.unknown.replace(/[：:]\s*$/, '')})</small>` : ''} <a class="remove" href="${togetherHref(
            refs.filter((r) => r.id !== x.ref.id),
            sem,
            v.week,
          )}">${t.remove}</a></li>`,
      )}</ul>`
    : html`<p class="notice">${t.nobody}</p>`;
  const switcher = html`<form class="switcher" method="get" action="/together">
  ${kept(refs)}
  <label>${tt.semester}<select name="semester">${v.semesters.map((s) => html`<option value="${s.name}"${s.name === sem ? ' selected' : ''}>${s.name}</option>`)}</select></label>
  <label>${tt.week}<select name="week">${Array.from({ length: v.semester?.weeks ?? 0 }, (_, i) => i + 1).map(
    (w) =>
      html`<option value="${w}"${w === v.week ? ' selected' : ''}>${tt.weekN(w)}${w === v.currentWeek ? tt.thisWeek : ''}</option>`,
  )}</select></label>
  <button type="submit">${tt.switch}</button>
</form>`;
  return html`<h1>${t.title}</h1>
<p class="sub">${t.intro}</p>
${search}
${found}
${chosen}
${
  v.grid
    ? html`${switcher}
${grid(p, v.grid)}
<p class="sub">${t.unknownNote}</p>
<p>${t.share}</p>
<p><code class="url" id="share-url">${v.shareUrl}</code></p>`
    : ''
}`;
}
