// GraphML for yEd, Cytoscape and NetworkX. graphology-graphml only parses, so the writing is done here:
// one <key> per attribute name (typed boolean, double or string), flattened values, edge keys as edge ids.
import type { GeoGraph } from '../graph/geograph.ts';
import { flattenAttributes } from './flatten.ts';
import type { FlatValue } from './flatten.ts';
import { escapeXml } from './xml.ts';

type Domain = 'node' | 'edge';
interface Key {
  id: string;
  type: 'boolean' | 'double' | 'string';
}

/** Key ids and types by attribute name; a name whose values mix types is a string. */
function collectKeys(domain: Domain, rows: Record<string, FlatValue>[]): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const type = typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'double' : 'string';
      const key = keys.get(name);
      if (!key) keys.set(name, { id: `${domain[0]}${keys.size}`, type });
      else if (key.type !== type) key.type = 'string';
    }
  }
  return keys;
}

const data = (keys: Map<string, Key>, row: Record<string, FlatValue>, pad: string): string =>
  Object.entries(row)
    .map(([name, value]) => `${pad}<data key="${keys.get(name)!.id}">${escapeXml(String(value))}</data>\n`)
    .join('');

const keyLines = (domain: Domain, keys: Map<string, Key>): string =>
  [...keys]
    .map(
      ([name, k]) =>
        `  <key id="${k.id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${k.type}"/>\n`,
    )
    .join('');

export function toGraphml(graph: GeoGraph): string {
  const g = graph.graph;
  const nodes = g.mapNodes((id, attrs) => ({ id, row: flattenAttributes({ label: attrs.name, ...attrs }) }));
  const edges = g.mapEdges((id, attrs, source, target) => ({
    id,
    source,
    target,
    row: flattenAttributes({ label: attrs.predicate, ...attrs }),
  }));
  const nodeKeys = collectKeys(
    'node',
    nodes.map((n) => n.row),
  );
  const edgeKeys = collectKeys(
    'edge',
    edges.map((e) => e.row),
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    keyLines('node', nodeKeys),
    keyLines('edge', edgeKeys),
    '  <graph id="geokg" edgedefault="directed">\n',
  ];
  for (const n of nodes)
    out.push(`    <node id="${escapeXml(n.id)}">\n`, data(nodeKeys, n.row, '      '), '    </node>\n');
  for (const e of edges) {
    out.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">\n`,
      data(edgeKeys, e.row, '      '),
      '    </edge>\n',
    );
  }
  out.push('  </graph>\n', '</graphml>\n');
  return out.join('');
}
