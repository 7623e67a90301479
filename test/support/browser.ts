import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { waitLimitMs } from './wait-limit.ts';

/** Debian's Chromium (`apt-get install chromium`, which `.ci/run` does); playwright-core never downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the browser tests leave their screenshots; the ones shown in the README are copied from here into docs/. */
export const screenshotFolder = path.resolve('test-output', 'screenshots');

// This machine reaches nothing but the npm registry and Debian's mirror: without these flags Chromium keeps trying
// Google's hosts and its refused connections pile up; --no-sandbox because CI runs as root.
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium, or fails saying how to install it: the browser tests are never skipped, since a CI run that
 * skipped them would pass without having looked at a single page.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${chromiumPath}, which is missing: run \`apt-get install chromium fonts-wqy-microhei fonts-noto-color-emoji\` ` +
        '(.ci/run installs them), or set CHROMIUM_PATH to another Chromium.',
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/** What the window shows, scrolled so that `top` (a card, say) starts at its top edge when given. */
/**
 * A window of the size the README's screenshots have. Every wait (an element, a page answered only once the service
 * has acted on a press) gets the suite's wait limit rather than Playwright's 30 s, which a busy CI machine can pass.
 */
export async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(waitLimitMs);
  page.setDefaultNavigationTimeout(waitLimitMs);
  return page;
}

export async function saveScreenshot(page: Page, name: string, top?: Locator): Promise<string> {
  await mkdir(screenshotFolder, { recursive: true });
  // Typed by hand: the project compiles without the DOM's types, and this function runs in the page.
  if (top) await top.evaluate((element: { scrollIntoView(options: { block: 'start' }): void }) => element.scrollIntoView({ block: 'start' }));
  const file = path.join(screenshotFolder, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
