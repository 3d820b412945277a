// GEXF for Gephi: nodes labelled with their name, edges with their predicate and weighted by claim count;
// every attribute flattened so that lists and claims survive as JSON text.
import { write } from 'graphology-gexf';
import type { GeoGraph } from '../graph/geograph.ts';
import { flattenAttributes } from './flatten.ts';

export function toGexf(graph: GeoGraph): string {
  return write(graph.graph, {
    version: '1.3',
    formatNode: (_key, attrs) => ({ label: attrs.name, attributes: flattenAttributes(attrs) }),
    formatEdge: (_key, attrs) => ({
      label: attrs.predicate,
      weight: attrs.claimCount,
      attributes: flattenAttributes(attrs),
    }),
  });
}
