// The viewer end to end: `geokg view` on the seed graph, driven through its UI in real Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clickCanvas, openViewer, settle, watchProblems } from './support/browser.ts';
import { BACKGROUND_RGB, decodePng, nonBackgroundPixels } from './support/pixels.ts';
import { REPO, XSS, XSS_GROUP, startSeedViewer } from './support/seed-viewer.ts';
import { useViewerSession } from './support/viewer-session.ts';

const ACCUSES = 'state:KAZ|accuses|state:UKR';
const ARTICLE = readFileSync(join(REPO, 'seeds/articles/000_419cbe59cfa141f3.txt'), 'utf8');
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('geokg view in Chromium', () => {
  const s = useViewerSession(() => startSeedViewer({ withMarkupFacts: true }), { acceptDownloads: true });

  it('draws the graph: the canvas is not blank', async () => {
    const png = decodePng(await s.page.locator('#graph').screenshot());
    const share = nonBackgroundPixels(png, BACKGROUND_RGB) / (png.width * png.height);
    expect(share).toBeGreaterThan(0.003);
    const status = await s.page.locator('#status').textContent();
    expect(status).toMatch(/\d+ of \d+ nodes/);
  });

  it('finds Kazakhstan by its capital and centres on it', async () => {
    const before = await s.page.evaluate(() => window.__geokg.renderer!.getCamera().getState());
    await s.page.locator('#search-input').fill('Astana');
    const first = s.page.locator('.suggestion').first();
    await expect.poll(() => first.getAttribute('data-node')).toBe('state:KAZ');
    expect(await first.textContent()).toContain('Astana');
    await first.click();
    await expect
      .poll(() => s.page.evaluate(() => window.__geokg.selection()))
      .toEqual({ type: 'node', key: 'state:KAZ' });
    await expect.poll(() => s.page.locator('.evidence-name').textContent()).toBe('Kazakhstan');
    // The camera ends on the node: its centre is near the middle of the graph area.
    await settle(s.page);
    const after = await s.page.evaluate(() => window.__geokg.renderer!.getCamera().getState());
    expect(after).not.toEqual(before);
    const box = (await s.page.locator('#graph').boundingBox())!;
    const kaz = (await s.page.evaluate(() => window.__geokg.nodeScreenPosition('state:KAZ')))!;
    expect(Math.abs(kaz.x - (box.x + box.width / 2))).toBeLessThan(5);
    expect(Math.abs(kaz.y - (box.y + box.height / 2))).toBeLessThan(5);
    const facts = await s.page.locator('#evidence .facts').first().textContent();
    expect(facts).toContain('state:KAZ');
    expect(facts).toContain('Astana');
  });

  it('clicking the Kazakhstan → Ukraine accuses edge shows its sentence and modality', async () => {
    await s.page.locator('#fit').click();
    await settle(s.page);
    const at = await s.page.evaluate((k) => window.__geokg.edgeScreenPosition(k), ACCUSES);
    expect(at, 'the accuses edge is drawn somewhere on screen').not.toBeNull();
    await clickCanvas(s.page, at!.x, at!.y);
    await expect
      .poll(() => s.page.evaluate(() => window.__geokg.selection()))
      .toEqual({ type: 'edge', key: ACCUSES });
    await settle(s.page);
    const title = squash((await s.page.locator('.evidence-title').textContent())!);
    expect(title).toBe('Kazakhstan accuses Ukraine');
    // The claims come from the server when the edge is opened.
    await expect.poll(() => s.page.locator('#evidence .sentence').count()).toBeGreaterThan(0);
    const sentences = await s.page.locator('#evidence .sentence').allTextContents();
    for (const s of sentences) expect(squash(ARTICLE)).toContain(squash(s));
    expect(await s.page.locator('#evidence .claim .facts').first().textContent()).toContain('alleged');
    expect(await s.page.locator('#evidence .sentence mark').count()).toBeGreaterThan(0);
  });

  it('unticking "alleged" hides that edge: nothing there to click any more', async () => {
    const at = (await s.page.evaluate((k) => window.__geokg.edgeScreenPosition(k), ACCUSES))!;
    await s.page.locator('input[data-modality="alleged"]').uncheck();
    await expect.poll(() => s.page.evaluate((k) => window.__geokg.isEdgeVisible(k), ACCUSES)).toBe(false);
    await settle(s.page);
    expect(await s.page.evaluate((k) => window.__geokg.edgeScreenPosition(k), ACCUSES)).toBeNull();
    await clickCanvas(s.page, at.x, at.y);
    await expect.poll(() => s.page.evaluate(() => window.__geokg.selection()?.key)).not.toBe(ACCUSES);
    await s.page.locator('input[data-modality="alleged"]').check();
    await expect.poll(() => s.page.evaluate((k) => window.__geokg.isEdgeVisible(k), ACCUSES)).toBe(true);
  });

  it('shows markup in the data as text and runs none of it', async () => {
    await s.page.locator('#search-input').fill('Separatists');
    const first = s.page.locator('.suggestion').first();
    await expect.poll(() => first.locator('.suggestion-name').textContent()).toBe(XSS_GROUP);
    await first.click();
    await expect.poll(() => s.page.locator('.evidence-name').textContent()).toBe(XSS_GROUP);
    expect(await s.page.locator('#evidence').textContent()).toContain(XSS);
    const edge = s.page.locator('#evidence .edge-link').first();
    await edge.click();
    await expect.poll(() => s.page.locator('#evidence .sentence').first().textContent()).toContain(XSS);
    expect(await s.page.locator('img').count()).toBe(0);
    expect(s.problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
  });

  it('exports the view as PNG and the visible graph as GEXF', async () => {
    const [png] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('#export-png').click()]);
    const image = decodePng(readFileSync((await png.path())!));
    // Twice the screen's resolution, plus the legend beside the graph and the title above it.
    const graphBox = (await s.page.locator('#graph').boundingBox())!;
    expect(image.width).toBeGreaterThan(2 * graphBox.width);
    expect(image.height).toBeGreaterThan(2 * graphBox.height);
    expect(nonBackgroundPixels(image, BACKGROUND_RGB)).toBeGreaterThan(500);
    const [gexf] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.locator('#export-gexf').click(),
    ]);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    const visible = await s.page.evaluate(
      () => window.__geokg.renderer!.getGraph().filterNodes((n) => window.__geokg.isNodeVisible(n)).length,
    );
    expect(xml.match(/<node /g)?.length).toBe(visible);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)');
  });

  it('a reload with the URL restores camera, filters and selection', async () => {
    await s.page.locator('input[data-modality="alleged"]').uncheck();
    await s.page.locator('input[data-kind="State"]').uncheck();
    await s.page.locator('#search-input').fill('Caspian Pipeline Consortium');
    await s.page.locator('.suggestion').first().click();
    await settle(s.page);
    await s.page.mouse.move(600, 400);
    await s.page.mouse.wheel(0, -300);
    await settle(s.page);
    await s.page.waitForTimeout(400); // the URL is written 150 ms after the last change
    const url = s.page.url();
    const camera = await s.page.evaluate(() => window.__geokg.renderer!.getCamera().getState());
    expect(url).toContain('node=org%3Acaspian-pipeline-consortium');

    const again = await s.context.newPage();
    const againProblems = watchProblems(again);
    await openViewer(again, url);
    expect(await again.evaluate(() => window.__geokg.selection())).toEqual({
      type: 'node',
      key: 'org:caspian-pipeline-consortium',
    });
    const restored = await again.evaluate(() => window.__geokg.renderer!.getCamera().getState());
    for (const k of ['x', 'y', 'ratio'] as const) expect(restored[k]).toBeCloseTo(camera[k], 4);
    expect(await again.locator('input[data-modality="alleged"]').isChecked()).toBe(false);
    expect(await again.locator('input[data-kind="State"]').isChecked()).toBe(false);
    expect(await again.evaluate(() => window.__geokg.isNodeVisible('state:KAZ'))).toBe(false);
    expect(await again.locator('.evidence-name').textContent()).toBe('Caspian Pipeline Consortium');
    // The saved layout was reused: no layout ran on reload.
    expect(await again.evaluate(() => window.__geokg.layout!.iterations)).toBe(0);
    expect(againProblems).toEqual([]);
  });

  it('logged no errors, CSP violations or dialogs', () => {
    expect(s.problems).toEqual([]);
  });
});
