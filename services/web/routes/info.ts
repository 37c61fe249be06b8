// Pages about the site: the about/guide page (subscribing on iOS, Android and Outlook, what the
// privacy levels mean, where to send feedback).
import type { KitRouter } from '../../kit/app.ts';
import type { Site } from '../site.ts';
import { aboutPage } from '../views/info.ts';

export function infoRoutes(router: KitRouter, site: Site): void {
  const { app, t, page } = site;
  router.get('/about', (ctx) =>
    page(ctx, t.info.aboutTitle, (p) => aboutPage(p, app.schoolName, app.feedbackUrl)),
  );
}
