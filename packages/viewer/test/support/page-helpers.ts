// Helpers for tests that drive the viewer's analysis tools: pick a search suggestion, read what is
// visible, and work out the expected neighbourhoods from the store's own export.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { geokg } from './seed-viewer.ts';

/** Types into a search box and picks the suggestion for `node`. */
export async function pickIn(page: Page, input: string, text: string, node: string): Promise<void> {
  await page.locator(input).fill(text);
  const hit = page.locator(`${input} ~ ul .suggestion[data-node="${node}"]`);
  await expect.poll(() => hit.count()).toBe(1);
  await hit.click();
}

/**
 * Who neighbours whom over what the default filters leave (the kinds unticked in the legend hidden),
 * worked out from the store's own `geokg export --format json`, not from the page's graph.
 */
export async function visibleAdjacency(page: Page, store: string): Promise<Map<string, Set<string>>> {
  const hiddenKinds = new Set(
    await page
      .locator('input[data-kind]:not(:checked)')
      .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).dataset.kind!)),
  );
  const exported = await geokg(['export', '--format', 'json', '--store', store]);
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
  return adjacent;
}

export const visibleNodes = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    window.__geokg.renderer!.getGraph().filterNodes((k) => window.__geokg.isNodeVisible(k)),
  );
