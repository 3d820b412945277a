// The viewer's load, layout and panning, measured in the page: time to first frame (rendered, and on
// screen), ForceAtlas2 iterations per second (drawn live, and in the worker alone), the longest
// main-thread task while the layout runs, and frames per second while the mouse drags the stage.
import type { Page } from '@geokg/viewer/testing';

export interface LoadFigures {
  payloadMB: number;
  payloadMs: number;
  firstFrameMs: number;
  firstFrameShownMs: number;
}

export interface MotionFigures {
  panFps: number;
  fa2PerSecond: number;
  fa2WorkerOnly: number;
  longestTaskMs: number;
  longTasks: number;
}

// tsx compiles this file with keepNames, which wraps the functions passed to page.evaluate in __name().
const LONGTASK_INIT = `
  window.__name = (f) => f;
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** Opens the viewer, waits for its first frame on screen, and stops the layout it starts by itself. */
export async function openBench(page: Page, url: string): Promise<LoadFigures> {
  await page.addInitScript(LONGTASK_INIT);
  await page.goto(url);
  await page.waitForFunction(
    () => window.__geokg?.metrics.firstFrame !== undefined || window.__geokg?.error,
    null,
    { timeout: 300_000 },
  );
  if (!(await page.evaluate(() => window.__geokg.metrics.firstFrame)))
    throw new Error(`viewer failed: ${await page.evaluate(() => window.__geokg.error)}`);
  // Rendered is not yet shown: on a software GPU the browser holds the page until the GPU drew it.
  await page.waitForFunction(() => window.__geokg.metrics.firstFrameShown !== undefined, null, {
    timeout: 300_000,
  });
  const m = await page.evaluate(() => window.__geokg.metrics);
  await page.evaluate(() => window.__geokg.layout!.stop());
  await page.waitForTimeout(500);
  return {
    payloadMB: (m.payloadBytes ?? 0) / 1e6,
    payloadMs: m.payloadLoaded ?? NaN,
    firstFrameMs: m.firstFrame!,
    firstFrameShownMs: m.firstFrameShown!,
  };
}

/** Runs the layout for `ms`, positions drawn live or only at the end; iterations/s and long tasks. */
function runLayout(page: Page, ms: number, live: boolean) {
  return page.evaluate(
    async ([ms, live]) => {
      const g = window.__geokg;
      const tasks = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks;
      g.layout!.livePositions = live;
      const from = performance.now();
      const it0 = g.layout!.iterations;
      g.layout!.start();
      await new Promise((r) => setTimeout(r, ms));
      const it1 = g.layout!.iterations;
      const to = performance.now();
      g.layout!.stop();
      g.layout!.livePositions = true;
      const during = tasks.filter((t) => t.start >= from && t.start <= to);
      return {
        perSecond: ((it1 - it0) * 1000) / (to - from),
        longest: Math.max(0, ...during.map((t) => t.duration)),
        count: during.length,
      };
    },
    [ms, live] as const,
  );
}

export async function measureMotion(page: Page, seconds: number): Promise<MotionFigures> {
  // As a person sees it: positions drawn every frame while the worker iterates.
  const layout = await runLayout(page, seconds * 1000, true);
  await page.waitForTimeout(500);
  // The worker alone: positions drawn only at the end, so rendering cannot hold the worker back.
  const workerOnly = await runLayout(page, Math.min(seconds, 4) * 1000, false);
  await page.waitForTimeout(500);
  // Panning: drag the stage with the mouse in circles and count the frames sigma renders.
  const box = (await page.locator('#graph').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number };
    w.__frames = 0;
    window.__geokg.renderer!.on('afterRender', () => void w.__frames++);
  });
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const t0 = Date.now();
  for (let i = 1; Date.now() - t0 < Math.min(seconds, 5) * 1000; i++) {
    await page.mouse.move(cx + 120 * Math.cos(i / 8), cy + 120 * Math.sin(i / 8));
  }
  const frames = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  const panFps = (frames * 1000) / (Date.now() - t0);
  await page.mouse.up();
  await page.waitForTimeout(500);
  return {
    panFps,
    fa2PerSecond: layout.perSecond,
    fa2WorkerOnly: workerOnly.perSecond,
    longestTaskMs: layout.longest,
    longTasks: layout.count,
  };
}
