// The viewer as an analyst's instrument, end to end in Chromium on the real GDELT sample (imported by
// `geokg import --format gdelt` into a temp store) plus a fact file of contradictions made for the test.
import { describe, expect, it } from 'vitest';
import { settle } from './support/browser.ts';
import { startGdeltViewer } from './support/gdelt-viewer.ts';
import { pickIn, visibleAdjacency, visibleNodes } from './support/page-helpers.ts';
import { useViewerSession } from './support/viewer-session.ts';

describe('the viewer on the GDELT sample', () => {
  const s = useViewerSession(startGdeltViewer, { viewport: { width: 1400, height: 900 } });

  it('shows labels at overview, none of them overlapping', async () => {
    await s.page.waitForFunction(() => window.__geokg.shownLabels().length >= 10);
    const boxes = await s.page.evaluate(() => {
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
    const box = s.page.locator('input[data-kind="Document"]');
    expect(await box.isChecked()).toBe(false);
    const doc = await s.page.evaluate(
      () => window.__geokg.renderer!.getGraph().filterNodes((_k, a) => a.kind === 'Document')[0]!,
    );
    expect(await s.page.evaluate((k) => window.__geokg.isNodeVisible(k), doc)).toBe(false);
    await box.check();
    await expect.poll(() => s.page.evaluate((k) => window.__geokg.isNodeVisible(k), doc)).toBe(true);
    await box.uncheck();
    await expect.poll(() => s.page.evaluate((k) => window.__geokg.isNodeVisible(k), doc)).toBe(false);
  });

  it('lists Russia or the United States among the top five actors by degree', async () => {
    await s.page.locator('#tab-button-metrics').click();
    await s.page.locator('#metric').selectOption('degree');
    const rows = s.page.locator('#top-actors tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    const top5 = await rows.evaluateAll((trs) => trs.slice(0, 5).map((tr) => tr.getAttribute('data-node')));
    expect(top5.some((k) => k === 'state:RUS' || k === 'state:USA')).toBe(true);
    // Sorting by another column reorders the table.
    await s.page.locator('#top-actors th[data-sort="name"]').click();
    const names = await s.page.locator('#top-actors tbody td.actor > span:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    // Choosing another metric sorts the table by it, whatever column was clicked before.
    await s.page.locator('#metric').selectOption('pagerank');
    const sorted = s.page.locator('#top-actors th[data-sort="pagerank"]');
    await expect.poll(() => sorted.getAttribute('aria-sort')).toBe('descending');
    await s.page.locator('#metric').selectOption('degree');
    await settle(s.page);
  });

  it('a depth-2 ego network shows exactly the 2-hop neighbourhood over the visible graph', async () => {
    const centre = 'state:EGY';
    await pickIn(s.page, '#search-input', 'Egypt', centre);
    const adjacent = await visibleAdjacency(s.page, s.viewer.store);
    const expected = new Set([centre]);
    let frontier = [centre];
    for (let d = 0; d < 2; d++) {
      frontier = frontier.flatMap((n) => [...(adjacent.get(n) ?? [])].filter((m) => !expected.has(m)));
      for (const n of frontier) expected.add(n);
    }
    await s.page.locator('#ego-2').click();
    await expect.poll(() => s.page.locator('#status').textContent()).toContain('only within 2 of Egypt');
    const visible = await s.page.evaluate(() =>
      window.__geokg.renderer!.getGraph().filterNodes((k) => window.__geokg.isNodeVisible(k)),
    );
    expect(new Set(visible)).toEqual(expected);
    expect(expected.size).toBeGreaterThan(20);
    await s.page.locator('#ego-clear').click();
    await expect.poll(() => s.page.locator('#status').textContent()).not.toContain('only within');
  });

  it('finds a path between two actors chosen by search, and a path edge opens its evidence', async () => {
    await s.page.locator('#tab-button-paths').click();
    await pickIn(s.page, '#path-from-input', 'Egypt', 'state:EGY');
    await pickIn(s.page, '#path-to-input', 'Australia', 'state:AUS');
    const step = s.page.locator('#path-results .path-edge').first();
    await expect.poll(() => step.count()).toBe(1);
    const edge = (await step.getAttribute('data-edge'))!;
    expect(await s.page.evaluate((k) => window.__geokg.renderer!.getEdgeState(k).isMarked, edge)).toBe(true);
    await step.click();
    await expect
      .poll(() => s.page.evaluate(() => window.__geokg.selection()))
      .toEqual({ type: 'edge', key: edge });
    await expect.poll(() => s.page.locator('#evidence .claim').count()).toBeGreaterThan(0);
    // Its documents (a hidden kind) are one click away.
    const doc = s.page.locator('#evidence .doc-link').first();
    const docKey = (await doc.getAttribute('data-node'))!;
    expect(docKey).toMatch(/^doc:/);
    await doc.click();
    await expect
      .poll(() => s.page.evaluate(() => window.__geokg.selection()))
      .toEqual({ type: 'node', key: docKey });
    expect(await s.page.locator('.evidence-name').textContent()).toBeTruthy();
  });

  it('lists the accuse/deny pair of the fact file with both sentences, and marks its edges', async () => {
    await s.page.locator('#tab-button-contradictions').click();
    const accuse = 'state:EGY|accuses|state:ETH';
    const deny = 'state:ETH|denies|state:EGY';
    const pair = s.page
      .locator('[data-contradictions="accuse-deny"] details')
      .filter({ hasText: 'Egypt accuses Ethiopia' });
    await expect.poll(() => pair.count()).toBe(1);
    expect(await pair.locator('summary').textContent()).toContain('Ethiopia denies Egypt');
    await pair.locator('summary').click();
    await expect.poll(() => pair.locator('.sentence').count()).toBe(2);
    const sentences = await pair.locator('.sentence').allTextContents();
    expect(sentences.some((t) => t.includes('Egypt blamed Ethiopia'))).toBe(true);
    expect(sentences.some((t) => t.includes('Ethiopia rejected the charge'))).toBe(true);
    const marked = await s.page.evaluate(
      (ks) => ks.map((k) => window.__geokg.renderer!.getEdgeState(k).isMarked),
      [accuse, deny],
    );
    expect(marked).toEqual([true, true]);
    // The other two kinds from the fact file: one attack, two brigades; an edge asserted and denied.
    const culprits = s.page.locator('[data-contradictions="two-culprits"] summary', {
      hasText: 'Test depot blast',
    });
    expect(await culprits.count()).toBe(1);
    const clash = s.page.locator('[data-contradictions="modality"] summary', {
      hasText: 'Egypt aids Test Brigade One',
    });
    expect(await clash.count()).toBe(1);
  });

  it('the timeline range hides dated claims outside it', async () => {
    const accuse = 'state:EGY|accuses|state:ETH'; // dated 2019-10-20
    const aids = 'state:EGY|aids|org:egy:test-brigade-one';
    const visible = (k: string) => s.page.evaluate((key) => window.__geokg.isEdgeVisible(key), k);
    expect(await visible(accuse)).toBe(true);
    await s.page.locator('#time-from').fill('2019-10-22');
    await expect.poll(() => visible(accuse)).toBe(false);
    await s.page.waitForTimeout(300); // the URL is written 150 ms after the last change
    expect(s.page.url()).toContain('from=2019-10-22');
    expect(await s.page.locator('#timeline-chart .bin.out').count()).toBeGreaterThan(0);
    await s.page.locator('#timeline-clear').click();
    await expect.poll(() => visible(accuse)).toBe(true);
    // A brush over the first half of the chart sets both ends.
    const chart = (await s.page.locator('#timeline-chart').boundingBox())!;
    await s.page.mouse.move(chart.x + 2, chart.y + 20);
    await s.page.mouse.down();
    await s.page.mouse.move(chart.x + chart.width / 2, chart.y + 20, { steps: 4 });
    await s.page.mouse.up();
    await expect.poll(() => s.page.locator('#time-to').inputValue()).not.toBe('');
    expect(await s.page.locator('.timeline-undated').textContent()).toMatch(/include [\d,]+ undated/);
    await s.page.locator('#timeline-clear').click();
    expect(await visible(aids)).toBe(true);
  });

  it('expands a node of an ego network: its neighbours join the view', async () => {
    const centre = 'state:EGY';
    const adjacent = await visibleAdjacency(s.page, s.viewer.store);
    const ring = adjacent.get(centre)!;
    // The neighbour that brings the most nodes the depth-1 view does not show yet.
    const gain = (n: string) =>
      [...(adjacent.get(n) ?? [])].filter((m) => m !== centre && !ring.has(m)).length;
    const [other] = [...ring].sort((a, b) => gain(b) - gain(a) || a.localeCompare(b));
    expect(gain(other!)).toBeGreaterThan(0);
    const expected = new Set([centre, ...ring, ...adjacent.get(other!)!]);
    await pickIn(s.page, '#search-input', 'Egypt', centre);
    await s.page.locator('#ego-1').click();
    await expect.poll(async () => new Set(await visibleNodes(s.page))).toEqual(new Set([centre, ...ring]));
    const name = await s.page.evaluate(
      (k) => window.__geokg.renderer!.getGraph().getNodeAttribute(k, 'label'),
      other!,
    );
    await pickIn(s.page, '#search-input', name, other!);
    await s.page.locator('#ego-expand').click();
    await expect.poll(async () => new Set(await visibleNodes(s.page))).toEqual(expected);
    await s.page.locator('#ego-clear').click();
    await expect.poll(() => s.page.locator('#status').textContent()).not.toContain('only within');
  });

  it('plays the timeline: the range slides forward and the edges follow it', async () => {
    const accuse = 'state:EGY|accuses|state:ETH'; // dated 2019-10-20
    const from = () => s.page.locator('#time-from').inputValue();
    await s.page.locator('#timeline-play').click();
    await expect.poll(() => s.page.locator('#timeline-play').textContent()).toContain('Pause');
    const seen = [await from()];
    while (seen.length < 3) {
      await expect.poll(from, { timeout: 20_000 }).not.toBe(seen.at(-1));
      seen.push(await from());
    }
    await s.page.locator('#timeline-play').click();
    expect(await s.page.locator('#timeline-play').textContent()).toContain('Play');
    expect(seen.every((d, i) => i === 0 || (seen[i - 1] !== '' && d > seen[i - 1]!))).toBe(true);
    // Paused: the accusation shows exactly when its date lies in the range shown.
    await s.page.waitForTimeout(300);
    const [lo, hi] = [await from(), await s.page.locator('#time-to').inputValue()];
    const inRange = (!lo || lo <= '2019-10-20') && (!hi || '2019-10-20' <= hi);
    expect(await s.page.evaluate((k) => window.__geokg.isEdgeVisible(k), accuse)).toBe(inRange);
    await s.page.locator('#timeline-clear').click();
  });

  it('colours nodes by community and by the metric', async () => {
    await s.page.locator('#tab-button-metrics').click();
    await s.page.locator('#metric').selectOption('degree');
    const colours = () =>
      s.page.evaluate(() =>
        window.__geokg
          .renderer!.getGraph()
          .filterNodes((k) => window.__geokg.isNodeVisible(k))
          .map((k) => [k, window.__geokg.renderer!.getNodeDisplayData(k)!.color] as const),
      );
    const byKind = new Map(await colours());
    await s.page.locator('#colour-by').selectOption('community');
    // The nine largest communities take Paul Tol's muted colours in order of size, the rest grey.
    const muted = [
      '#332288',
      '#88CCEE',
      '#44AA99',
      '#117733',
      '#999933',
      '#DDCC77',
      '#CC6677',
      '#882255',
      '#AA4499',
    ];
    await expect
      .poll(async () => (await colours()).filter(([, c]) => c === muted[0]).length)
      .toBeGreaterThan(0);
    const sizes = muted.map(() => 0);
    for (const [, c] of await colours()) {
      const i = muted.indexOf(c);
      expect(i >= 0 || c === '#BBBBBB', c).toBe(true);
      if (i >= 0) sizes[i]!++;
    }
    expect(sizes.filter((n) => n > 0).length).toBeGreaterThan(1);
    expect(sizes.every((n, i) => i === 0 || n <= sizes[i - 1]!)).toBe(true);
    // By the metric (viridis): the nodes of highest degree (visible edges, counted here) are the brightest.
    await s.page.locator('#colour-by').selectOption('metric');
    const top = await s.page.evaluate(() => {
      const g = window.__geokg.renderer!.getGraph();
      const degree = new Map<string, number>();
      g.forEachEdge((e, _a, from, to) => {
        if (!window.__geokg.isEdgeVisible(e)) return;
        for (const n of [from, to]) degree.set(n, (degree.get(n) ?? 0) + 1);
      });
      const max = Math.max(...degree.values());
      return [...degree].filter(([, d]) => d === max).map(([k]) => k);
    });
    const brightest = async () =>
      (await colours())
        .filter(([, c]) => c === '#fde725')
        .map(([k]) => k)
        .sort();
    await expect.poll(brightest).toEqual(top.sort());
    await s.page.locator('#colour-by').selectOption('kind');
    await expect.poll(async () => new Map(await colours())).toEqual(byKind);
  });

  it('logged no errors, CSP violations or dialogs', () => {
    expect(s.problems).toEqual([]);
  });
});
