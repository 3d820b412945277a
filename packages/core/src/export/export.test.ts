// Each export read back into graphology (graphology-gexf and graphology-graphml parse in node through
// @xmldom/xmldom) must give the same nodes and edges, the edges' aggregates as typed columns, and the
// colours, sizes and positions written; streamed from a store, each is the same text as from the graph.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { GeoGraph } from '../graph/geograph.ts';
import { claimId } from '../model/claim.ts';
import type { Claim } from '../model/claim.ts';
import { refOf } from '../model/entity.ts';
import type { Entity } from '../model/entity.ts';
import { defaultOntology } from '../ontology/load.ts';
import { toClaimsJsonl } from './claims.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toJson, jsonChunks } from './json.ts';
import { gexfChunks } from './gexf.ts';
import { graphmlChunks } from './graphml.ts';
import { partsOfGraph } from './parts.ts';
import { partsOfStore } from './spill.ts';
import { layout } from './style.ts';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/store.ts';

const entity = (
  id: string,
  kind: string,
  name: string,
  props: Record<string, unknown> = {},
  aliases: string[] = [],
) => ({ id, kind, name, aliases, props }) as Entity;

const kaz = entity('state:KAZ', 'State', 'Kazakhstan', { iso3: 'KAZ', demonyms: ['Kazakhstani'] }, [
  'Astana',
  'Kazakh',
]);
const ukr = entity('state:UKR', 'State', 'Ukraine', { iso3: 'UKR' }, ['Kyiv']);
const cpc = entity('org:cpc', 'Consortium', 'Caspian <Pipeline> & "Consortium"', {}, ["CPC's", 'KTK']);
const pipe = entity('facility:p', 'Pipeline', 'Pipeline\twith a tab', {
  commodity: 'oil',
  description: 'line 1\nline 2',
});

function claim(s: Entity, predicate: string, o: Entity, extra: Partial<Claim> = {}): Claim {
  const draft: Omit<Claim, 'id'> = {
    subject: refOf(s),
    predicate,
    object: refOf(o),
    modality: 'asserted',
    confidence: 0.9,
    source: 'text',
    evidence: {
      docId: 'doc:a',
      doc: 'a.txt',
      sentence: 0,
      start: 0,
      end: 10,
      text: 'Astana <asks> Kyiv & more',
    },
    ...extra,
  };
  return { id: claimId(draft), ...draft };
}

let geo: GeoGraph;
beforeAll(() => {
  geo = new GeoGraph(defaultOntology());
  for (const e of [kaz, ukr, cpc, pipe]) geo.addEntity(e);
  geo.addClaim(claim(kaz, 'requests-explanation', ukr, { cameo: '101', plover: 'REQUEST' }));
  // A second claim on the same edge, from another document: one edge, two claims.
  geo.addClaim(
    claim(kaz, 'requests-explanation', ukr, {
      modality: 'alleged',
      evidence: { docId: 'doc:b', doc: 'b.txt', sentence: 3 },
      time: { occurred: '2025-02-17' },
    }),
  );
  // Two predicates between one pair: a multigraph.
  geo.addClaim(claim(kaz, 'accuses', ukr, { cameo: '112', plover: 'ACCUSE' }));
  geo.addClaim(claim(kaz, 'stakeholder-of', cpc));
  geo.addClaim(claim(cpc, 'operates', pipe));
  geo.addClaim(claim(ukr, 'attacks', pipe, { confidence: 0.4, modality: 'hypothetical' }));
});

const KEY = 'state:KAZ|requests-explanation|state:UKR';

describe('exports', () => {
  it('start from a graph with multi-edges and several claims on one edge', () => {
    expect(geo.graph.order).toBe(4);
    expect(geo.graph.size).toBe(5);
    expect(geo.claimCount).toBe(6);
  });

  it('toJson reads back with Graph.from: node attributes as the graph holds them, edge aggregates', () => {
    const back = Graph.from(JSON.parse(toJson(geo)));
    expect(back.multi).toBe(true);
    expect(back.type).toBe('directed');
    expect(back.order).toBe(geo.graph.order);
    expect(back.size).toBe(geo.graph.size);
    expect(back.getNodeAttributes('org:cpc')).toMatchObject(geo.graph.getNodeAttributes('org:cpc'));
    expect(back.getNodeAttribute('org:cpc', 'color')).toBe('#009E73');
    const a = geo.graph.getEdgeAttributes(KEY);
    expect(back.getEdgeAttributes(KEY)).toEqual({
      predicate: 'requests-explanation',
      claimCount: 2,
      modality: a.modality,
      confidence: a.confidence,
      cameo: '101',
      plover: 'REQUEST',
      firstSeen: '2025-02-17',
      lastSeen: '2025-02-17',
      color: '#DDAA33',
    });
  });

  it('toGexf reads back with graphology-gexf: labels, typed edge columns, colours, sizes, positions', () => {
    const positions = layout(partsOfGraph(geo));
    const back = parseGexf(Graph, toGexf(geo, { positions }));
    expect(back.order).toBe(geo.graph.order);
    expect(back.size).toBe(geo.graph.size);
    const cpcBack = back.getNodeAttributes('org:cpc');
    expect(cpcBack.label).toBe(cpc.name);
    expect(JSON.parse(cpcBack.aliases as string)).toEqual(["CPC's", 'KTK']);
    expect(JSON.parse(back.getNodeAttribute('state:KAZ', 'kinds') as string)).toEqual([
      'State',
      'Actor',
      'Thing',
    ]);
    expect(cpcBack.color).toBe('rgb(0,158,115)');
    expect(cpcBack.size).toBeGreaterThan(2);
    expect(cpcBack.x).toBe(positions.get('org:cpc')!.x);
    expect(cpcBack.y).toBe(positions.get('org:cpc')!.y);
    const edge = back.getEdgeAttributes(KEY);
    expect(edge).toMatchObject({ label: 'requests-explanation', weight: 2, claimCount: 2, cameo: '101' });
    expect(edge.confidence).toBeCloseTo(0.9);
    expect(edge.color).toBe('rgb(221,170,51)');
    expect(edge.claims).toBeUndefined();
  });

  it('toGraphml reads back with graphology-graphml: typed values, escaped text, colours and positions', () => {
    const positions = layout(partsOfGraph(geo));
    const back = parseGraphml(Graph, toGraphml(geo, { positions }));
    expect(back.type).toBe('directed');
    expect(back.order).toBe(geo.graph.order);
    expect(back.size).toBe(geo.graph.size);
    expect(back.getNodeAttribute('org:cpc', 'name')).toBe(cpc.name);
    expect(back.getNodeAttribute('org:cpc', 'label')).toBe(cpc.name);
    expect(back.getNodeAttribute('org:cpc', 'color')).toBe('#009E73');
    expect(back.getNodeAttribute('org:cpc', 'x')).toBe(positions.get('org:cpc')!.x);
    expect(back.getNodeAttribute('facility:p', 'description')).toBe('line 1\nline 2');
    const edge = back.getEdgeAttributes(KEY);
    expect(edge).toMatchObject({ predicate: 'requests-explanation', claimCount: 2, plover: 'REQUEST' });
    expect(edge.confidence).toBeCloseTo(0.9);
    expect(edge.claims).toBeUndefined();
  });

  it('a seeded layout gives the same positions every time', () => {
    expect([...layout(partsOfGraph(geo))]).toEqual([...layout(partsOfGraph(geo))]);
  });

  it('streamed from the store, each graph export is the text the loaded graph gives', async () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'geokg-export-')), 'data'));
    const w = await store.writer();
    for (const e of geo.entities()) w.addEntity(e);
    for (const c of geo.claims()) w.addClaim(c);
    await w.commit();
    const loaded = await store.load();
    const streamed = await partsOfStore(store, defaultOntology());
    const positions = layout(streamed);
    for (const chunks of [jsonChunks, gexfChunks, graphmlChunks]) {
      const fromStore = [...chunks(streamed, { positions })].join('');
      expect(fromStore).toBe([...chunks(partsOfGraph(loaded), { positions })].join(''));
    }
    streamed.close();
  });

  it('spilled in parts of a few records, over several segments, the exports are the same text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'geokg-export-'));
    const store = openStore(join(dir, 'data'));
    const [first, ...later] = [...geo.claims()];
    let w = await store.writer();
    for (const e of geo.entities()) w.addEntity(e);
    w.addClaim(first!);
    await w.commit();
    // A second record of Kazakhstan (merged: more aliases) and the other claims in a second segment, so
    // that an edge's claims and an entity's records lie in two segments and nodes come from several files.
    w = await store.writer();
    w.addEntity({ ...kaz, aliases: ['Qazaqstan'], props: { capital: 'Astana' } });
    for (const c of later) w.addClaim(c);
    await w.commit();
    expect(store.manifest().segments).toHaveLength(2);
    const loaded = partsOfGraph(await store.load());
    const spilled = await partsOfStore(store, defaultOntology(), undefined, {
      claimsPerPart: 2,
      entitiesPerPart: 2,
      tmp: dir,
    });
    expect(spilled.nodeCount).toBe(4);
    expect([...spilled.nodes()].map((n) => [n.id, n.degree])).toEqual([
      ['state:KAZ', 3],
      ['state:UKR', 3],
      ['org:cpc', 2],
      ['facility:p', 2],
    ]);
    expect([...spilled.nodeColumns().keys()]).toEqual([...loaded.nodeColumns().keys()]);
    for (const chunks of [jsonChunks, gexfChunks, graphmlChunks])
      expect([...chunks(spilled)].join('')).toBe([...chunks(loaded)].join(''));
    spilled.close();
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('toClaimsJsonl writes every entity, then every claim once, a row a line', () => {
    const lines = toClaimsJsonl(geo).trimEnd().split('\n');
    expect(lines).toHaveLength(geo.graph.order + geo.claimCount);
    const all = lines.map((l) => JSON.parse(l) as Claim & { type: string });
    expect(all.slice(0, geo.graph.order).every((r) => r.type === 'entity')).toBe(true);
    const rows = all.slice(geo.graph.order);
    expect(rows.every((r) => r.type === 'claim')).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(geo.claimCount);
    expect(rows.find((r) => r.predicate === 'accuses')).toMatchObject({ cameo: '112', plover: 'ACCUSE' });
  });

  it('an empty graph exports to files that read back empty', () => {
    const empty = new GeoGraph(defaultOntology());
    expect(parseGexf(Graph, toGexf(empty)).order).toBe(0);
    expect(parseGraphml(Graph, toGraphml(empty)).order).toBe(0);
    expect(Graph.from(JSON.parse(toJson(empty))).order).toBe(0);
    expect(toClaimsJsonl(empty)).toBe('');
  });
});
