// The viewer as an analyst's instrument, end to end in Chromium on the real GDELT sample (imported by
// `geokg import --format gdelt` into a temp store) plus a fact file of contradictions made for the test.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openViewer, settle, watchProblems } from './support/browser.ts';
import { startGdeltViewer } from './support/gdelt-viewer.ts';
import { geokg } from './support/seed-viewer.ts';
import type { SeedViewer } from './support/seed-viewer.ts';

/** Types into a search box and picks the suggestion for `node`. */
async function pickIn(page: Page, input: string, text: string, node: string): Promise<void> {
  await page.locator(input).fill(text);
  const hit = page.locator(`${input} ~ ul .suggestion[data-node="${node}"]`);
  await expect.poll(() => hit.count()).toBe(1);
  await hit.click();
}

describe('the viewer on the GDELT sample', () => {
  let viewer: SeedViewer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    viewer = await startGdeltViewer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    problems = watchProblems(page);
    await openViewer(page, viewer.url);
  });

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
  });

  it('shows labels at overview, none of them overlapping', async () => {
    await page.waitForFunction(() => window.__geokg.shownLabels().length >= 10);
    const boxes = await page.evaluate(() => {
      const r = window.__geokg.renderer!;
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = '12px sans-serif';
      return window.__geokg.shownLabels().map((k) => {
        const d = r.getNodeDisplayData(k)!;
        const p = r.framedGraphToViewport(d);
        const x = p.x + r.scaleSize(d.size) + 3;
        return { k, x, y: p.y - 8, w: ctx.measureText(d.label ?? '').width, h: 16 };
      });
    });
    for (const a of boxes)
      for (const b of boxes)
        if (a.k < b.k)
          expect(
            a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h,
            `${a.k} and ${b.k}`,
          ).toBe(false);
  });

  it('hides documents by default and shows them when ticked', async () => {
    const box = page.locator('input[data-kind="Document"]');
    expect(await box.isChecked()).toBe(false);
    const doc = await page.evaluate(
      () => window.__geokg.renderer!.getGraph().filterNodes((_k, a) => a.kind === 'Document')[0]!,
    );
    expect(await page.evaluate((k) => window.__geokg.isNodeVisible(k), doc)).toBe(false);
    await box.check();
    await expect.poll(() => page.evaluate((k) => window.__geokg.isNodeVisible(k), doc)).toBe(true);
    await box.uncheck();
    await expect.poll(() => page.evaluate((k) => window.__geokg.isNodeVisible(k), doc)).toBe(false);
  });

  it('lists Russia or the United States among the top five actors by degree', async () => {
    await page.locator('#tab-button-metrics').click();
    await page.locator('#metric').selectOption('degree');
    const rows = page.locator('#top-actors tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    const top5 = await rows.evaluateAll((trs) => trs.slice(0, 5).map((tr) => tr.getAttribute('data-node')));
    expect(top5.some((k) => k === 'state:RUS' || k === 'state:USA')).toBe(true);
    // Sorting by another column reorders the table.
    await page.locator('#top-actors th[data-sort="name"]').click();
    const names = await page.locator('#top-actors tbody td.actor > span:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await settle(page);
  });

  it('a depth-2 ego network shows exactly the 2-hop neighbourhood over the visible graph', async () => {
    const centre = 'state:EGY';
    await pickIn(page, '#search-input', 'Egypt', centre);
    // What the default filters leave, computed here from the store's own export (not from the page).
    const hiddenKinds = new Set(
      await page
        .locator('input[data-kind]:not(:checked)')
        .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).dataset.kind!)),
    );
    const exported = await geokg(['export', '--format', 'json', '--store', viewer.store]);
    const graph = JSON.parse(exported.stdout) as {
      nodes: { key: string; attributes: { kind: string } }[];
      edges: { source: string; target: string }[];
    };
    const shown = new Set(graph.nodes.filter((n) => !hiddenKinds.has(n.attributes.kind)).map((n) => n.key));
    const adjacent = new Map<string, Set<string>>();
    for (const e of graph.edges) {
      if (!shown.has(e.source) || !shown.has(e.target)) continue;
      for (const [a, b] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const) {
        adjacent.set(a, (adjacent.get(a) ?? new Set()).add(b));
      }
    }
    const expected = new Set([centre]);
    let frontier = [centre];
    for (let d = 0; d < 2; d++) {
      frontier = frontier.flatMap((n) => [...(adjacent.get(n) ?? [])].filter((m) => !expected.has(m)));
      for (const n of frontier) expected.add(n);
    }
    await page.locator('#ego-2').click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('only within 2 of Egypt');
    const visible = await page.evaluate(() =>
      window.__geokg.renderer!.getGraph().filterNodes((k) => window.__geokg.isNodeVisible(k)),
    );
    expect(new Set(visible)).toEqual(expected);
    expect(expected.size).toBeGreaterThan(20);
    await page.locator('#ego-clear').click();
    await expect.poll(() => page.locator('#status').textContent()).not.toContain('only within');
  });

  it('finds a path between two actors chosen by search, and a path edge opens its evidence', async () => {
    await page.locator('#tab-button-paths').click();
    await pickIn(page, '#path-from-input', 'Egypt', 'state:EGY');
    await pickIn(page, '#path-to-input', 'Australia', 'state:AUS');
    const step = page.locator('#path-results .path-edge').first();
    await expect.poll(() => step.count()).toBe(1);
    const edge = (await step.getAttribute('data-edge'))!;
    expect(await page.evaluate((k) => window.__geokg.renderer!.getEdgeState(k).isMarked, edge)).toBe(true);
    await step.click();
    await expect
      .poll(() => page.evaluate(() => window.__geokg.selection()))
      .toEqual({ type: 'edge', key: edge });
    await expect.poll(() => page.locator('#evidence .claim').count()).toBeGreaterThan(0);
    // Its documents (a hidden kind) are one click away.
    const doc = page.locator('#evidence .doc-link').first();
    const docKey = (await doc.getAttribute('data-node'))!;
    expect(docKey).toMatch(/^doc:/);
    await doc.click();
    await expect
      .poll(() => page.evaluate(() => window.__geokg.selection()))
      .toEqual({ type: 'node', key: docKey });
    expect(await page.locator('.evidence-name').textContent()).toBeTruthy();
  });

  it('lists the accuse/deny pair of the fact file with both sentences, and marks its edges', async () => {
    await page.locator('#tab-button-contradictions').click();
    const accuse = 'state:EGY|accuses|state:ETH';
    const deny = 'state:ETH|denies|state:EGY';
    const pair = page
      .locator('[data-contradictions="accuse-deny"] details')
      .filter({ hasText: 'Egypt accuses Ethiopia' });
    await expect.poll(() => pair.count()).toBe(1);
    expect(await pair.locator('summary').textContent()).toContain('Ethiopia denies Egypt');
    await pair.locator('summary').click();
    await expect.poll(() => pair.locator('.sentence').count()).toBe(2);
    const sentences = await pair.locator('.sentence').allTextContents();
    expect(sentences.some((t) => t.includes('Egypt blamed Ethiopia'))).toBe(true);
    expect(sentences.some((t) => t.includes('Ethiopia rejected the charge'))).toBe(true);
    const marked = await page.evaluate(
      (ks) => ks.map((k) => window.__geokg.renderer!.getEdgeState(k).isMarked),
      [accuse, deny],
    );
    expect(marked).toEqual([true, true]);
    // The other two kinds from the fact file: one attack, two brigades; an edge asserted and denied.
    const culprits = page.locator('[data-contradictions="two-culprits"] summary', {
      hasText: 'Test depot blast',
    });
    expect(await culprits.count()).toBe(1);
    const clash = page.locator('[data-contradictions="modality"] summary', {
      hasText: 'Egypt aids Test Brigade One',
    });
    expect(await clash.count()).toBe(1);
  });

  it('the timeline range hides dated claims outside it', async () => {
    const accuse = 'state:EGY|accuses|state:ETH'; // dated 2019-10-20
    const aids = 'state:EGY|aids|org:egy:test-brigade-one';
    const visible = (k: string) => page.evaluate((key) => window.__geokg.isEdgeVisible(key), k);
    expect(await visible(accuse)).toBe(true);
    await page.locator('#time-from').fill('2019-10-22');
    await expect.poll(() => visible(accuse)).toBe(false);
    await page.waitForTimeout(300); // the URL is written 150 ms after the last change
    expect(page.url()).toContain('from=2019-10-22');
    expect(await page.locator('#timeline-chart .bin.out').count()).toBeGreaterThan(0);
    await page.locator('#timeline-clear').click();
    await expect.poll(() => visible(accuse)).toBe(true);
    // A brush over the first half of the chart sets both ends.
    const chart = (await page.locator('#timeline-chart').boundingBox())!;
    await page.mouse.move(chart.x + 2, chart.y + 20);
    await page.mouse.down();
    await page.mouse.move(chart.x + chart.width / 2, chart.y + 20, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => page.locator('#time-to').inputValue()).not.toBe('');
    expect(await page.locator('.timeline-undated').textContent()).toMatch(/include [\d,]+ undated/);
    await page.locator('#timeline-clear').click();
    expect(await visible(aids)).toBe(true);
  });

  it('logged no errors, CSP violations or dialogs', () => {
    expect(problems).toEqual([]);
  });
});
