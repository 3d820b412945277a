// The graph as graphology's own serialization (what `graph.export()` gives and `Graph.from` reads back),
// written as a stream of text: node attributes as a loaded GeoGraph holds them plus colour, size and
// position; edge attributes the typed aggregate columns (columns.ts) and a colour, never the claims.
import type { GeoGraph } from '../graph/geograph.ts';
import { edgeLook, edgeValues, nodeAttributes, nodeLooks } from './columns.ts';
import type { ExportOptions } from './columns.ts';
import { partsOfGraph } from './parts.ts';
import type { GraphParts } from './parts.ts';

const S = JSON.stringify;

export function* jsonChunks(parts: GraphParts, opts: ExportOptions = {}): Generator<string> {
  yield '{"options":{"type":"directed","multi":true,"allowSelfLoops":true},"attributes":{},"nodes":[';
  const looks = nodeLooks(parts.ontology, opts);
  let first = true;
  for (const { id, entity: e, degree } of parts.nodes()) {
    yield `${first ? '' : ','}\n${S({ key: id, attributes: { ...nodeAttributes(parts.ontology, e), ...looks(id, e, degree) } })}`;
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for (const [key, e] of parts.edges()) {
    const attributes = { ...edgeValues(e), color: edgeLook(e) };
    yield `${first ? '' : ','}\n${S({ key, source: e.source, target: e.target, attributes })}`;
    first = false;
  }
  yield '\n]}\n';
}

export const toJson = (graph: GeoGraph, opts: ExportOptions = {}): string =>
  [...jsonChunks(partsOfGraph(graph), opts)].join('');
