// Pages and parts about the site itself: the maintenance page, the tier banner, the footer's
// facts (data date, version, help, feedback) and the about/guide page.
import { html, type SafeHtml } from '../html.ts';
import type { Messages } from '../i18n/zh-CN.ts';

/** What these parts need of a page (a PageContext fits). */
interface Texts {
  t: Messages;
}

/** What the frame says about the site: its tier, version, when the data changed, feedback. */
export interface SiteFrame {
  tier?: string | undefined;
  version?: string | undefined;
  /** YYYY-MM-DD, the school's date of the data's last change. */
  dataUpdated?: string | undefined;
  feedbackUrl?: string | undefined;
}

export function maintenanceBody(p: Texts, message: string, retryAfterSeconds: number): SafeHtml {
  const t = p.t.info;
  return html`<section class="notice maintenance">
  <h1>${t.maintenanceTitle}</h1>
  <p>${message || t.maintenance}</p>
  <p class="sub">${t.retryAfter(Math.max(1, Math.round(retryAfterSeconds / 60)))}</p>
</section>`;
}

/** The banner of a staging or testing site, so nobody takes it for the real one. */
export function tierBanner(p: Texts, frame: SiteFrame | undefined): SafeHtml | '' {
  const text = frame?.tier ? p.t.info.banner[frame.tier] : undefined;
  return text ? html`<p class="tier-banner" role="note">${text}</p>` : '';
}

/** The footer's facts: when the data last changed, the running version, help and feedback. */
export function footerFacts(p: Texts, frame: SiteFrame | undefined): SafeHtml {
  const t = p.t.info;
  const facts = [
    frame?.dataUpdated ? html`<span>${t.dataUpdated(frame.dataUpdated)}</span>` : '',
    frame?.version ? html`<span>${t.version(frame.version)}</span>` : '',
    html`<a href="/about">${t.about}</a>`,
    frame?.feedbackUrl ? html`<a href="${frame.feedbackUrl}" rel="noopener">${t.feedback}</a>` : '',
  ].filter((f) => f !== '');
  return html`<p class="facts">${facts.map((f, i) => html`${i ? ' · ' : ''}${f}`)}</p>`;
}

export function aboutPage(p: Texts, schoolName: string, feedbackUrl: string | undefined): SafeHtml {
  const t = p.t.info;
  const c = p.t.calendar;
  const levels = p.t.settings.levels;
  return html`<h1>${t.aboutTitle}</h1>
<p>${t.aboutIntro(schoolName)}</p>
<section class="guide" id="subscribe">
  <h2>${t.guideTitle}</h2>
  <p>${t.guideIntro}</p>
  <dl class="howto">
    <dt>${c.ios}</dt><dd>${c.iosStepsAbout}</dd>
    <dt>${c.android}</dt><dd>${c.androidSteps}</dd>
    <dt>${c.outlook}</dt><dd>${c.outlookSteps}</dd>
  </dl>
</section>
<section class="guide" id="privacy">
  <h2>${t.privacyTitle}</h2>
  <p>${t.privacyIntro}</p>
  <ul>${t.privacyLevels.map((l, i) => html`<li><strong>${levels[i] ?? ''}</strong> — ${l}</li>`)}</ul>
  <p class="sub">${t.privacyNote}</p>
</section>
${
  feedbackUrl
    ? html`<section class="guide" id="feedback"><h2>${t.feedback}</h2><p>${t.feedbackIntro} <a href="${feedbackUrl}" rel="noopener">${t.feedback}</a></p></section>`
    : ''
}`;
}
