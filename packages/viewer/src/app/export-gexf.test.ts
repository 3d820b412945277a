import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { gexfOf, visibleSubgraph } from './export-gexf.ts';
import { emptyFilters, hiddenBy } from './filters.ts';
import { lookOf } from './palette.ts';
import { initialPositions } from './positions.ts';
import { renderGraphOf } from './render-graph.ts';
import { fixtureDataset } from '../../test/support/test-dataset.ts';
import { XSS } from '../../test/support/fixture-graph.ts';

describe('GEXF export', () => {
  const ds = fixtureDataset();
  const render = renderGraphOf(
    ds,
    lookOf(ds.ontology.kinds, ds.ontology.predicates),
    initialPositions(ds.graph, new Map()),
  );

  it('exports only what the filters leave visible', () => {
    const f = emptyFilters();
    f.hiddenModalities.add('alleged');
    f.hiddenKinds.add('Pipeline');
    const sub = visibleSubgraph(ds, render, hiddenBy(ds, f));
    expect(sub.hasEdge('state:KAZ|accuses|state:UKR')).toBe(false);
    expect(sub.hasEdge('state:KAZ|requests-explanation|state:UKR')).toBe(true);
    expect(sub.hasNode('facility:cpc-pipeline')).toBe(false);
    expect(sub.order).toBe(ds.graph.order - 1);
  });

  it('writes well-formed GEXF with escaped names, positions and predicates', () => {
    const xml = gexfOf(visibleSubgraph(ds, render, hiddenBy(ds, emptyFilters())));
    expect(xml).not.toContain(XSS);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)');
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const nodes = doc.gexf.graph.nodes.node as { '@_label': string }[];
    expect(nodes.map((n) => n['@_label'])).toContain(`Separatists ${XSS}`);
    expect(doc.gexf.graph.edges.edge.length).toBe(ds.graph.size);
  });

  it('writes GEXF 1.3 with the right viz namespace; graphology-gexf reads positions, colours and sizes back', () => {
    const sub = visibleSubgraph(ds, render, hiddenBy(ds, emptyFilters()));
    const xml = gexfOf(sub);
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    const back = parse(Graph, xml);
    expect(back.order).toBe(sub.order);
    const kaz = back.getNodeAttributes('state:KAZ');
    const drawn = render.getNodeAttributes('state:KAZ');
    expect(kaz.x).toBeCloseTo(drawn.x, 6);
    expect(kaz.y).toBeCloseTo(drawn.y, 6);
    expect(kaz.size).toBeCloseTo(drawn.size, 6);
    expect(String(kaz.color).toLowerCase()).toBe(drawn.color.toLowerCase());
    const edge = back.getEdgeAttributes('state:KAZ|accuses|state:UKR');
    // Lists travel as JSON text, as in geokg's own GEXF export.
    expect(JSON.parse(String(kaz.aliases))).toEqual(ds.graph.getNodeAttribute('state:KAZ', 'aliases'));
    expect(JSON.parse(String(edge.documents))).toEqual(
      ds.graph.getEdgeAttribute('state:KAZ|accuses|state:UKR', 'documents'),
    );
    expect(String(edge.color).toLowerCase()).toBe(
      render.getEdgeAttribute('state:KAZ|accuses|state:UKR', 'color').toLowerCase(),
    );
  });
});
