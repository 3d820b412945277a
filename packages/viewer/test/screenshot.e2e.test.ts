// A reference image of the seed graph: seeded start positions and a fixed number of ForceAtlas2
// iterations make the picture reproducible. UPDATE_SCREENSHOTS=1 rewrites the reference.
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { openViewer, watchProblems } from './support/browser.ts';
import { startSeedViewer } from './support/seed-viewer.ts';
import { useViewerSession } from './support/viewer-session.ts';

const REFERENCE = join(import.meta.dirname, '__screenshots__', 'seed-graph.png');
/** Share of pixels allowed to differ (antialiasing, font hinting). */
const TOLERANCE = 0.001;

describe('seed graph screenshot', () => {
  const s = useViewerSession(startSeedViewer, { page: false });

  it('matches the reference image', async () => {
    // A fresh context has no saved layout: the layout runs from its seeded start to its fixed budget.
    const context = await s.browser.newContext({
      viewport: { width: 1100, height: 760 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await openViewer(page, s.viewer.url);
    expect(await page.evaluate(() => window.__geokg.layout!.iterations)).toBeGreaterThan(0);
    const actual = PNG.sync.read(await page.locator('#graph').screenshot());
    expect(problems).toEqual([]);

    if (process.env.UPDATE_SCREENSHOTS || !existsSync(REFERENCE)) {
      if (!process.env.UPDATE_SCREENSHOTS) {
        throw new Error(
          `no reference at ${REFERENCE}; run with UPDATE_SCREENSHOTS=1 to write it, then look at it`,
        );
      }
      mkdirSync(dirname(REFERENCE), { recursive: true });
      writeFileSync(REFERENCE, PNG.sync.write(actual));
      return;
    }
    const expected = PNG.sync.read(readFileSync(REFERENCE));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const diff = new PNG({ width: actual.width, height: actual.height });
    const bad = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
      threshold: 0.1,
    });
    const share = bad / (actual.width * actual.height);
    console.log(`screenshot: ${bad} pixels differ (${(share * 100).toFixed(3)}%)`);
    if (share > TOLERANCE) {
      const out = REFERENCE.replace(/\.png$/, '.diff.png');
      writeFileSync(out, PNG.sync.write(diff));
      writeFileSync(REFERENCE.replace(/\.png$/, '.actual.png'), PNG.sync.write(actual));
      expect.fail(`${(share * 100).toFixed(2)}% of pixels differ (allowed ${TOLERANCE * 100}%); see ${out}`);
    }
  });
});
