// GraphML for yEd, Cytoscape and NetworkX, written as a stream of text (graphology-graphml only parses):
// one typed <key> per node attribute (columns.ts) plus label, colour, size and, when laid out, x and y;
// edges with their label, typed aggregate columns and colour. Edge keys are the edge ids.
import type { GeoGraph } from '../graph/geograph.ts';
import { EDGE_COLUMNS, edgeLook, edgeValues, flatNode, nodeLooks } from './columns.ts';
import type { ColumnType, ExportOptions } from './columns.ts';
import type { FlatValue } from './flatten.ts';
import { partsOfGraph } from './parts.ts';
import type { GraphParts } from './parts.ts';
import { escapeXml as x } from './xml.ts';

const GRAPHML_TYPE: Record<ColumnType, string> = {
  boolean: 'boolean',
  integer: 'int',
  double: 'double',
  string: 'string',
};

type Keys = Map<string, string>;

function keys(domain: 'node' | 'edge', columns: Iterable<[string, ColumnType]>, out: string[]): Keys {
  const ids: Keys = new Map();
  for (const [name, type] of columns) {
    const id = `${domain[0]}${ids.size}`;
    ids.set(name, id);
    out.push(
      `  <key id="${id}" for="${domain}" attr.name="${x(name)}" attr.type="${GRAPHML_TYPE[type]}"/>\n`,
    );
  }
  return ids;
}

const data = (ids: Keys, row: Record<string, FlatValue>): string =>
  Object.entries(row)
    .map(([name, value]) => `      <data key="${ids.get(name)!}">${x(String(value))}</data>\n`)
    .join('');

export function* graphmlChunks(parts: GraphParts, opts: ExportOptions = {}): Generator<string> {
  const head: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  const look: [string, ColumnType][] = [
    ['color', 'string'],
    ['size', 'double'],
    ...(opts.positions
      ? ([
          ['x', 'double'],
          ['y', 'double'],
        ] as [string, ColumnType][])
      : []),
  ];
  const nodeKeys = keys('node', [['label', 'string'], ...parts.nodeColumns(), ...look], head);
  const edgeKeys = keys('edge', [['label', 'string'], ...EDGE_COLUMNS, ['color', 'string']], head);
  head.push('  <graph id="geokg" edgedefault="directed">\n');
  yield head.join('');
  const looks = nodeLooks(parts.ontology, opts);
  for (const { id, entity: e, degree } of parts.nodes()) {
    const row = { label: e.name, ...flatNode(parts.ontology, e), ...looks(id, e, degree) };
    yield `    <node id="${x(id)}">\n${data(nodeKeys, row)}    </node>\n`;
  }
  for (const [key, e] of parts.edges()) {
    const row = { label: e.predicate, ...edgeValues(e), color: edgeLook(e) };
    yield `    <edge id="${x(key)}" source="${x(e.source)}" target="${x(e.target)}">\n${data(edgeKeys, row)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

export const toGraphml = (graph: GeoGraph, opts: ExportOptions = {}): string =>
  [...graphmlChunks(partsOfGraph(graph), opts)].join('');
