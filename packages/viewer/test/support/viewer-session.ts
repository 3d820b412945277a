// One viewer, one Chromium and one page for a whole test file: started before its tests (the server
// from `start`, then the browser, a context and a page on the viewer's URL, watched for problems) and
// stopped after them. Every viewer e2e file starts this way.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, openViewer, watchProblems } from './browser.ts';
import type { SeedViewer } from './seed-viewer.ts';

export interface ViewerSession {
  readonly viewer: SeedViewer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught errors, console errors (CSP violations land there) and dialogs seen on the page. */
  readonly problems: string[];
}

export interface SessionOptions {
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** Open a page on the viewer (the default); false leaves contexts and pages to the tests. */
  page?: boolean;
}

/** Call inside a describe block; the fields are set once its beforeAll has run. */
export function useViewerSession(start: () => Promise<SeedViewer>, opts: SessionOptions = {}): ViewerSession {
  const s = { problems: [] as string[] } as { -readonly [K in keyof ViewerSession]: ViewerSession[K] };
  beforeAll(async () => {
    s.viewer = await start();
    s.browser = await launchChromium();
    if (opts.page === false) return;
    s.context = await s.browser.newContext({
      viewport: opts.viewport ?? { width: 1280, height: 800 },
      ...(opts.acceptDownloads ? { acceptDownloads: true } : {}),
    });
    s.page = await s.context.newPage();
    s.problems = watchProblems(s.page);
    await openViewer(s.page, s.viewer.url);
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.viewer?.close();
  });
  return s;
}
