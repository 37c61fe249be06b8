// A headless Chromium (Debian's, driven by playwright-core) that asks for nothing but the pages a
// test opens: no background networking, no updates, no QUIC.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export function chromiumPath(): string {
  for (const c of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (c && existsSync(c)) return c;
  }
  throw new Error(
    'the browser journey needs Chromium: `apt-get install -y chromium` (or `hack/ensure-chromium.sh`), or set CHROMIUM_PATH',
  );
}

/** launch() gives every run a fresh, temporary user-data-dir. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
