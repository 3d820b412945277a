// Real Chromium for the e2e tests and the benchmark: Debian's build, driven by playwright-core.
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export type { Browser, Page };

export const CHROMIUM = process.env.GEOKG_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Page problems worth failing a test for: uncaught errors, console errors (CSP violations land there), dialogs. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

/** Opens the viewer and waits until the graph is drawn and the first layout has settled. */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__geokg?.ready || window.__geokg?.error, null, { timeout: 60_000 });
  const error = await page.evaluate(() => window.__geokg.error);
  if (error) throw new Error(`viewer failed to start: ${error}`);
  await page.waitForFunction(
    () => window.__geokg.metrics.firstFrame !== undefined && !window.__geokg.layout?.running,
    null,
    {
      timeout: 120_000,
    },
  );
  await settle(page);
}

/** Waits for camera animations to end and two more frames, so what the hook reports is what is drawn. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__geokg.renderer?.getCamera().isAnimating());
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const lastClick = new WeakMap<Page, number>();

/**
 * Clicks the graph like a person: sigma takes two clicks within 300 ms anywhere as a double click
 * (a zoom), and a test script clicks far faster than that.
 */
export async function clickCanvas(page: Page, x: number, y: number): Promise<void> {
  const wait = (lastClick.get(page) ?? 0) + 400 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  await page.mouse.click(x, y);
  lastClick.set(page, Date.now());
}
