// The frame of every page: head (no scripts, one stylesheet), the navigation, the footer.
import type { everyclass } from '../../../proto/generated/everyclass.js';
import { html, type SafeHtml } from '../html.ts';
import type { Messages } from '../i18n/zh-CN.ts';
import { CSRF_FIELD } from '../security.ts';
import { footerFacts, type SiteFrame, tierBanner } from './info.ts';

export type { SiteFrame };

export type Account = everyclass.identity.v1.IAccount;

/** What every page needs to render: texts, the CSRF token, who is looking. */
export interface PageContext {
  t: Messages;
  csrf: string;
  viewer: Account | undefined;
  stylesheet: string;
  /** Facts about the site every page shows (banner, footer); absent on pages made without them. */
  frame?: SiteFrame;
}

export const csrfField = (p: PageContext) =>
  html`<input type="hidden" name="${CSRF_FIELD}" value="${p.csrf}">`;

export function searchForm(p: PageContext, q = '', big = false): SafeHtml {
  return html`<form class="search${big ? ' big' : ''}" method="get" action="/search" role="search">
  <input type="search" name="q" value="${q}" placeholder="${p.t.search.placeholder}" aria-label="${p.t.search.button}" maxlength="64" required>
  <button type="submit">${p.t.search.button}</button>
</form>`;
}

export function layout(p: PageContext, title: string, body: SafeHtml): SafeHtml {
  const { t, viewer } = p;
  const account = viewer
    ? html`<a href="/student/${viewer.studentId ?? ''}">${t.nav.me}</a>
    <a href="/calendar">${t.nav.calendar}</a>
    <a href="/settings">${t.nav.settings}</a>
    <form method="post" action="/logout" class="inline">${csrfField(p)}<button type="submit" class="link">${t.nav.logout}</button></form>`
    : html`<a href="/login">${t.nav.login}</a> <a href="/register">${t.nav.register}</a>`;
  return html`<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t.site}</title>
<link rel="stylesheet" href="${p.stylesheet}">
</head>
<body>
${tierBanner(p, p.frame)}
<header class="top">
  <a class="brand" href="/">${t.site}</a>
  <nav>
    <a href="/rooms/free">${t.nav.freeRooms}</a>
    <a href="/together">${t.people.together.nav}</a>
    ${account}
  </nav>
</header>
<main>
${body}
</main>
<footer>${footerFacts(p, p.frame)}<p>${t.footer}</p></footer>
</body>
</html>`;
}

export function errorBody(p: PageContext, title: string, message: string): SafeHtml {
  return html`<section class="notice">
  <h1>${title}</h1>
  <p>${message}</p>
  <p><a href="/">${p.t.errors.back}</a></p>
</section>`;
}
