// Each export read back into graphology (graphology-gexf and graphology-graphml parse in node through
// @xmldom/xmldom) must give the same nodes, edges and claims.
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
import { toJson } from './json.ts';

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

describe('exports', () => {
  it('start from a graph with multi-edges and several claims on one edge', () => {
    expect(geo.graph.order).toBe(4);
    expect(geo.graph.size).toBe(5);
    expect(geo.claimCount).toBe(6);
  });

  it('toJson reads back with Graph.from, attributes and all', () => {
    const back = Graph.from(JSON.parse(JSON.stringify(toJson(geo))));
    expect(back.multi).toBe(true);
    expect(back.type).toBe('directed');
    expect(back.order).toBe(geo.graph.order);
    expect(back.size).toBe(geo.graph.size);
    expect(back.getNodeAttributes('org:cpc')).toEqual(geo.graph.getNodeAttributes('org:cpc'));
    expect(back.getEdgeAttribute('state:KAZ|requests-explanation|state:UKR', 'claims')).toHaveLength(2);
  });

  it('toGexf reads back with graphology-gexf: same counts, labels, weights and JSON-flattened lists', () => {
    const back = parseGexf(Graph, toGexf(geo));
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
    const edge = back.getEdgeAttributes('state:KAZ|requests-explanation|state:UKR');
    expect(edge.label).toBe('requests-explanation');
    expect(edge.weight).toBe(2);
    expect(edge.claimCount).toBe(2);
    expect(JSON.parse(edge.claims as string)).toHaveLength(2);
  });

  it('toGraphml reads back with graphology-graphml: same counts, typed values, escaped text intact', () => {
    const text = toGraphml(geo);
    const back = parseGraphml(Graph, text);
    expect(back.type).toBe('directed');
    expect(back.order).toBe(geo.graph.order);
    expect(back.size).toBe(geo.graph.size);
    expect(back.getNodeAttribute('org:cpc', 'name')).toBe(cpc.name);
    expect(back.getNodeAttribute('org:cpc', 'label')).toBe(cpc.name);
    expect(back.getNodeAttribute('facility:p', 'description')).toBe('line 1\nline 2');
    const edge = back.getEdgeAttributes('state:KAZ|requests-explanation|state:UKR');
    expect(edge.predicate).toBe('requests-explanation');
    expect(edge.claimCount).toBe(2);
    expect(edge.confidence).toBeCloseTo(0.9);
    const claims = JSON.parse(edge.claims as string) as Claim[];
    expect(claims.map((c) => c.id)).toEqual(
      geo.graph.getEdgeAttribute('state:KAZ|requests-explanation|state:UKR', 'claims').map((c) => c.id),
    );
    expect(claims[0]!.evidence!.text).toBe('Astana <asks> Kyiv & more');
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
    expect(Graph.from(JSON.parse(JSON.stringify(toJson(empty)))).order).toBe(0);
    expect(toClaimsJsonl(empty)).toBe('');
  });
});
