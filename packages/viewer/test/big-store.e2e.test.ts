// `geokg view` on a store bigger than what it sends: the real GDELT sample (1,514 nodes) served with
// `--top 300`, and parts of it chosen by the page's own URL parameters (kind, country, time range,
// neighbourhood, N), which the app passes on to the server. Expected parts are worked out here from
// `geokg export --format json` of the same store.
import { beforeAll, describe, expect, it } from 'vitest';
import { openViewer } from './support/browser.ts';
import { startGdeltViewer } from './support/gdelt-viewer.ts';
import { geokg } from './support/seed-viewer.ts';
import { useViewerSession } from './support/viewer-session.ts';

interface Store {
  /** Node id → kind and country (`country`, or a state's `iso3`). */
  nodes: Map<string, { kind: string; country?: string }>;
  /** Distinct edges (subject, predicate, object) with their claims' dates. */
  edges: { source: string; target: string; dates: string[] }[];
}

/** The store's rows (`geokg export --format jsonl`): entities, then claims. */
async function readStore(store: string): Promise<Store> {
  const { stdout } = await geokg(['export', '--format', 'jsonl', '--store', store]);
  const nodes: Store['nodes'] = new Map();
  const edges = new Map<string, Store['edges'][number]>();
  for (const line of stdout.split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as Record<string, unknown> & { type: string; id: string };
    if (r.type === 'entity') {
      const country = (r.country ?? (r.kind === 'State' ? r.iso3 : undefined)) as string | undefined;
      nodes.set(r.id, { kind: r.kind as string, ...(country ? { country } : {}) });
      continue;
    }
    const c = r as unknown as { subject: { id: string }; predicate: string; object: { id: string } } & {
      time?: { occurred?: string; reported?: string };
    };
    const key = `${c.subject.id}\u0000${c.predicate}\u0000${c.object.id}`;
    const e = edges.get(key) ?? { source: c.subject.id, target: c.object.id, dates: [] };
    const date = c.time?.occurred ?? c.time?.reported;
    if (date) e.dates.push(date);
    edges.set(key, e);
  }
  return { nodes, edges: [...edges.values()] };
}

/** The `top` nodes of most distinct edges among the edges `keep` leaves (ties by id), as the server picks. */
function topPart(g: Store, top: number, keep: (e: Store['edges'][number]) => boolean): Set<string> {
  const degree = new Map<string, number>();
  for (const e of g.edges.filter(keep))
    for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  const ranked = [...degree].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Set(ranked.slice(0, top).map(([k]) => k));
}

describe('the viewer on a store bigger than it sends', () => {
  const s = useViewerSession(() => startGdeltViewer(['--top', '300']), {
    viewport: { width: 1200, height: 800 },
  });
  let g: Store;
  const kind = (id: string): string | undefined => g.nodes.get(id)?.kind;

  beforeAll(async () => {
    g = await readStore(s.viewer.store);
  });

  const shownNodes = (): Promise<string[]> =>
    s.page.evaluate(() => window.__geokg.renderer!.getGraph().nodes());
  const open = async (query: string): Promise<Set<string>> => {
    await openViewer(s.page, `${s.viewer.url}?${query}`);
    return new Set(await shownNodes());
  };

  it('sends the 300 nodes of most edges by default, and says so', async () => {
    expect(g.nodes.size).toBeGreaterThan(1000);
    expect(s.viewer.output).toMatch(/sending 300 \(the selection/);
    expect(new Set(await shownNodes())).toEqual(topPart(g, 300, () => true));
  });

  it('passes kind and N on: ?kind=State&top=40', async () => {
    const states = (e: Store['edges'][number]) => kind(e.source) === 'State' && kind(e.target) === 'State';
    const expected = topPart(g, 40, states);
    expect(expected.size).toBe(40);
    expect(await open('kind=State&top=40')).toEqual(expected);
    await expect
      .poll(() => s.page.locator('#status').textContent())
      .toContain('part of the store (top=40&kind=State)');
  });

  it('passes the neighbourhood of an actor on: ?around=state:EGY&depth=1', async () => {
    const near = new Set(['state:EGY']);
    for (const e of g.edges) {
      if (e.source === 'state:EGY') near.add(e.target);
      if (e.target === 'state:EGY') near.add(e.source);
    }
    const expected = topPart(g, 300, (e) => near.has(e.source) && near.has(e.target));
    expect(expected.has('state:EGY')).toBe(true);
    expect(await open('around=state%3AEGY&depth=1')).toEqual(expected);
  });

  it('passes country and a time range on, and a part-only edge opens its claims from that part', async () => {
    const egyptian = new Set([...g.nodes].filter(([, n]) => n.country === 'EGY').map(([id]) => id));
    // Claims dated on the day; every date here is a whole day (partial dates would count by any day).
    const inRange = (e: Store['edges'][number]) => e.dates.includes('2019-10-23');
    const expected = topPart(g, 300, (e) => egyptian.has(e.source) && egyptian.has(e.target) && inRange(e));
    const shown = await open('country=EGY&from=2019-10-23&to=2019-10-23');
    expect(shown).toEqual(expected);
    // The fact file's "Egypt aids Test Brigade One" (2019-10-23) is in this part and in no default one.
    const edge = 'state:EGY|aids|org:egy:test-brigade-one';
    expect(await s.page.evaluate((k) => window.__geokg.renderer!.getGraph().hasEdge(k), edge)).toBe(true);
    await s.page.locator('#search-input').fill('Test Brigade One');
    await s.page.locator('.suggestion').first().click();
    await s.page.locator(`#evidence .edge-link[data-edge="${edge}"]`).click();
    const sentences = s.page.locator('#evidence .claim');
    await expect.poll(() => sentences.count()).toBe(2);
    expect(await s.page.locator('#evidence').textContent()).toContain(
      'Egypt denied arming the first brigade',
    );
    expect(s.problems).toEqual([]);
  });
});
