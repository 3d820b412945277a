// `geokg build` on the shipped seeds, then `stats` and `export`, through the real command.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { geokg, snapshot } from './run.ts';

let store: string;

beforeAll(() => {
  store = join(mkdtempSync(join(tmpdir(), 'geokg-build-')), 'data');
  const r = geokg(['--store', store, 'build']);
  expect(r.stderr).toMatch(/built .* from \d+ seed file/);
  expect(r.code).toBe(0);
});

describe('geokg build', () => {
  it('builds the seed graph with one node per state and the article’s accusation as alleged', () => {
    const r = geokg(['--store', store, 'export', '--format', 'json']);
    expect(r.code).toBe(0);
    const g = Graph.from(JSON.parse(r.stdout));
    const states = g.filterNodes((_, a) => a.kind === 'State');
    const iso = states.map((n) => g.getNodeAttribute(n, 'iso3') as string);
    expect(new Set(iso).size).toBe(iso.length);
    expect(iso).toEqual(expect.arrayContaining(['KAZ', 'UKR', 'RUS', 'AZE']));
    expect(states.map((n) => g.getNodeAttribute(n, 'name'))).not.toContain('Astana');
    expect(g.getEdgeAttributes('state:KAZ|accuses|state:UKR')).toMatchObject({ modality: 'alleged' });
    expect(g.getEdgeAttributes('state:KAZ|requests-explanation|state:UKR')).toMatchObject({
      modality: 'asserted',
    });
    // The article's consortium and the fact file's are one node.
    expect(g.filterNodes((_, a) => a.kind === 'Consortium')).toEqual(['org:caspian-pipeline-consortium']);
  });

  it('adds nothing when run again', () => {
    const before = snapshot(store);
    const r = geokg(['--store', store, 'build', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ claimsNew: 0, entitiesNew: 0, edgesNew: 0 });
    expect(snapshot(store)).toEqual(before);
  });

  it('counts by kind and predicate in stats --json', () => {
    const r = geokg(['--store', store, 'stats', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.byKind.State).toBe(4);
    expect(s.byPredicate['stakeholder-of']).toBeGreaterThanOrEqual(3);
    // Every figure equals what the claim rows say when counted here, by the plainest reading of them.
    const rows = geokg(['--store', store, 'export', '--format', 'jsonl'])
      .stdout.split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const kindOf = new Map<string, string>(
      rows.filter((r) => r.type === 'entity').map((r) => [r.id, r.kind]),
    );
    const claims = new Map(rows.filter((r) => r.type === 'claim').map((r) => [r.id, r]));
    const edges = new Map(
      [...claims.values()].map((c) => [`${c.subject.id}|${c.predicate}|${c.object.id}`, c]),
    );
    const tally = (xs: string[]) =>
      xs.reduce<Record<string, number>>((t, x) => ({ ...t, [x]: (t[x] ?? 0) + 1 }), {});
    expect(s.nodes).toBe(kindOf.size);
    expect(s.claims).toBe(claims.size);
    expect(s.edges).toBe(edges.size);
    expect(s.byKind).toEqual(tally([...kindOf.values()]));
    expect(s.byPredicate).toEqual(tally([...edges.values()].map((c) => c.predicate)));
    expect(s.byModality).toEqual(tally([...claims.values()].map((c) => c.modality)));
  });

  it('streams each graph export as the text the loaded seed graph gives, positions and all', async () => {
    const { gexfChunks, graphmlChunks, jsonChunks, layout, openStore, partsOfGraph } =
      await import('@geokg/core');
    const parts = partsOfGraph(await openStore(store).load());
    const positions = layout(parts);
    for (const [format, chunks] of [
      ['json', jsonChunks],
      ['gexf', gexfChunks],
      ['graphml', graphmlChunks],
    ] as const) {
      const r = geokg(['--store', store, 'export', '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe([...chunks(parts, { positions })].join(''));
    }
    const none = geokg(['--store', store, 'export', '--format', 'gexf', '--layout', 'none']);
    expect(none.stdout).not.toContain('viz:position');
  });

  it('exports GEXF and GraphML, and says what to do for an unknown format', () => {
    expect(geokg(['--store', store, 'export', '--format', 'gexf']).stdout).toMatch(/^<\?xml[\s\S]*<gexf/);
    expect(geokg(['--store', store, 'export', '--format', 'graphml']).stdout).toMatch(/<graphml/);
    const bad = geokg(['--store', store, 'export', '--format', 'dot']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown --format "dot"; use json, gexf, graphml, jsonl/);
  });

  it('tells a user with no store what to run', () => {
    const r = geokg(['--store', join(store, 'nope'), 'stats']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no store at .*; run `geokg build`/);
  });
});
