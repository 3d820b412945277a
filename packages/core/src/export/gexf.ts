// GEXF 1.3 for Gephi, written as a stream of text: nodes labelled with their name, with their attributes,
// viz colour (by kind family), size (by degree) and position (when laid out); edges labelled with their
// predicate, weighted by claim count, with the typed aggregate columns (columns.ts) and a viz colour by
// PLOVER category. The claims themselves are in the jsonl export.
import type { GeoGraph } from '../graph/geograph.ts';
import { EDGE_COLUMNS, edgeLook, edgeValues, flatNode, nodeLooks, rgb } from './columns.ts';
import type { ColumnType, ExportOptions } from './columns.ts';
import type { FlatValue } from './flatten.ts';
import { partsOfGraph } from './parts.ts';
import type { GraphParts } from './parts.ts';
import { escapeXml as x } from './xml.ts';

const declare = (cls: string, columns: Iterable<[string, ColumnType]>): string =>
  `    <attributes class="${cls}">\n` +
  [...columns]
    .map(([name, type]) => `      <attribute id="${x(name)}" title="${x(name)}" type="${type}"/>\n`)
    .join('') +
  '    </attributes>\n';

const values = (row: Record<string, FlatValue>): string => {
  const entries = Object.entries(row);
  if (!entries.length) return '';
  return (
    '        <attvalues>\n' +
    entries.map(([k, v]) => `          <attvalue for="${x(k)}" value="${x(String(v))}"/>\n`).join('') +
    '        </attvalues>\n'
  );
};

const color = (hex: string): string => {
  const [r, g, b] = rgb(hex);
  return `        <viz:color r="${r}" g="${g}" b="${b}"/>\n`;
};

export function* gexfChunks(parts: GraphParts, opts: ExportOptions = {}): Generator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    '  <meta>\n    <creator>geokg</creator>\n  </meta>\n' +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    declare('node', parts.nodeColumns()) +
    declare('edge', EDGE_COLUMNS) +
    '    <nodes>\n'
  );
  const look = nodeLooks(parts.ontology, opts);
  for (const { id, entity: e, degree } of parts.nodes()) {
    const l = look(id, e, degree);
    yield (
      `      <node id="${x(id)}" label="${x(e.name)}">\n` +
      values(flatNode(parts.ontology, e)) +
      color(l.color) +
      `        <viz:size value="${l.size}"/>\n` +
      (l.x !== undefined ? `        <viz:position x="${l.x}" y="${l.y}" z="0"/>\n` : '') +
      '      </node>\n'
    );
  }
  yield '    </nodes>\n    <edges>\n';
  for (const [key, e] of parts.edges()) {
    yield (
      `      <edge id="${x(key)}" source="${x(e.source)}" target="${x(e.target)}" label="${x(e.predicate)}" weight="${e.claimCount}">\n` +
      values(edgeValues(e)) +
      color(edgeLook(e)) +
      '      </edge>\n'
    );
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

export const toGexf = (graph: GeoGraph, opts: ExportOptions = {}): string =>
  [...gexfChunks(partsOfGraph(graph), opts)].join('');
