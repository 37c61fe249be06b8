// Pages of one's own account: log in, register (by school e-mail), set a password, settings
// (privacy, calendar links, visitors) and the calendar subscription page.
import type { everyclass } from '../../../proto/generated/everyclass.js';
import { html, query, type SafeHtml } from '../html.ts';
import { feedBox } from './feeds.ts';
import { csrfField, type PageContext } from './layout.ts';

type CalendarToken = everyclass.identity.v1.ICalendarToken;
type Visitor = everyclass.identity.v1.IVisitor;

const errorLine = (message: string | undefined) =>
  message ? html`<p class="error" role="alert">${message}</p>` : '';

export function login(p: PageContext, v: { code: string; next: string; error?: string }): SafeHtml {
  const t = p.t.login;
  return html`<section class="form-page">
<h1>${t.title}</h1>
${errorLine(v.error)}
<form method="post" action="/login">
  ${csrfField(p)}
  <input type="hidden" name="next" value="${v.next}">
  <label>${t.code}<input name="code" value="${v.code}" inputmode="numeric" autocomplete="username" maxlength="32" required></label>
  <label>${t.password}<input type="password" name="password" autocomplete="current-password" maxlength="128" required></label>
  <button type="submit">${t.submit}</button>
</form>
<p>${t.noAccount} <a href="/register">${p.t.nav.register}</a></p>
</section>`;
}

export function register(
  p: PageContext,
  v: { code: string; domain: string; error?: string; sent?: string },
): SafeHtml {
  const t = p.t.register;
  if (v.sent) {
    return html`<section class="form-page"><h1>${t.title}</h1><p class="ok" role="status">${t.sent(v.sent)}</p></section>`;
  }
  return html`<section class="form-page">
<h1>${t.title}</h1>
<p>${t.intro(v.domain)}</p>
${errorLine(v.error)}
<form method="post" action="/register">
  ${csrfField(p)}
  <label>${t.code}<input name="code" value="${v.code}" inputmode="numeric" maxlength="32" required></label>
  <button type="submit">${t.submit}</button>
</form>
</section>`;
}

export function setPassword(p: PageContext, v: { name: string; error?: string }): SafeHtml {
  const t = p.t.register;
  return html`<section class="form-page">
<h1>${t.setTitle}</h1>
<p>${t.setIntro(v.name)}</p>
${errorLine(v.error)}
<form method="post" action="/register/password">
  ${csrfField(p)}
  <label>${t.password}<input type="password" name="password" autocomplete="new-password" minlength="8" maxlength="128" required></label>
  <button type="submit">${t.setSubmit}</button>
</form>
</section>`;
}

export interface SettingsView {
  privacy: number;
  saved: boolean;
  tokens: CalendarToken[];
  feedUrl: (path: string) => string;
  visitors: Visitor[];
  anonymous: number;
  /** More sections (the access requests: views/feeds.ts). */
  extra?: SafeHtml;
}

export function settings(p: PageContext, v: SettingsView): SafeHtml {
  const t = p.t.settings;
  const me = p.viewer;
  const privacy = html`<section>
<h2>${t.privacy}</h2>
${v.saved ? html`<p class="ok" role="status">${t.saved}</p>` : ''}
<form method="post" action="/settings/privacy" class="privacy">
  ${csrfField(p)}
  ${t.levels.map(
    (
      label,
      level,
    ) => html`<label class="choice"><input type="radio" name="privacy" value="${level}"${level === v.privacy ? ' checked' : ''}> ${label}
    ${t.levelNotes[level] ? html`<small>${t.levelNotes[level]}</small>` : ''}</label>`,
  )}
  <button type="submit">${t.save}</button>
</form>
</section>`;
  const tokens = html`<section>
<h2>${t.tokens}</h2>
${
  v.tokens.length
    ? html`<ul class="tokens">${v.tokens.map(
        (
          k,
        ) => html`<li><strong>${k.semester}</strong> <small>${t.created} ${(k.createdAt ?? '').slice(0, 10)}</small>
  <code class="url">${v.feedUrl(k.path ?? '')}</code>
  <form method="post" action="/settings/tokens/revoke" class="inline">${csrfField(p)}<input type="hidden" name="id" value="${k.id}"><button type="submit" class="danger">${t.revoke}</button></form></li>`,
      )}</ul>
<form method="post" action="/settings/tokens/reset">${csrfField(p)}<button type="submit" class="danger">${t.reset}</button> <small>${t.resetNote}</small></form>`
    : html`<p>${t.noTokens} <a href="/calendar">${p.t.nav.calendar}</a></p>`
}
</section>`;
  const visitors = html`<section>
<h2>${t.visitors}</h2>
${
  v.visitors.length
    ? html`<ul class="visitors">${v.visitors.map(
        (x) =>
          html`<li><a href="/student/${x.studentId ?? ''}">${x.name}</a> <small>${(x.lastSeenAt ?? '').slice(0, 16).replace('T', ' ')} · ${t.visits(x.count ?? 0)}</small></li>`,
      )}</ul>`
    : html`<p>${t.noVisitors}</p>`
}
${v.anonymous ? html`<p>${t.anonymous(v.anonymous)}</p>` : ''}
</section>`;
  return html`<h1>${t.title}</h1>
<p class="sub">${me ? t.account(me.name ?? '', me.studentCode ?? '') : ''}</p>
${privacy}
${v.extra ?? ''}
${tokens}
${visitors}`;
}

export interface CalendarView {
  semesters: string[];
  semester: string;
  token: CalendarToken | undefined;
  httpsUrl: string;
  webcalUrl: string;
  qrSvg: string; // generated by the qrcode library from our own URL
}

export function calendar(p: PageContext, v: CalendarView): SafeHtml {
  const t = p.t.calendar;
  const picker = html`<form class="switcher" method="get" action="/calendar">
  <label>${p.t.timetable.semester}<select name="semester">${v.semesters.map(
    (s) => html`<option value="${s}"${s === v.semester ? ' selected' : ''}>${s}</option>`,
  )}</select></label>
  <button type="submit">${p.t.timetable.switch}</button>
</form>`;
  if (!v.token) {
    return html`<h1>${t.title}</h1>
<p>${t.intro}</p>
${picker}
<form method="post" action="/calendar/subscribe">${csrfField(p)}<input type="hidden" name="semester" value="${v.semester}"><button type="submit">${t.create}</button></form>`;
  }
  return html`<h1>${t.title}</h1>
<p>${t.intro}</p>
${picker}
${feedBox(p, v)}
<form method="post" action="/calendar/reset${query({ semester: v.semester })}">${csrfField(p)}<button type="submit" class="danger">${t.reset}</button> <small>${t.resetNote}</small></form>`;
}
