// The graph as graphology's own serialization, like graphology's `graph.toJSON()`: a plain object that
// `JSON.stringify` writes and `Graph.from(JSON.parse(text))` reads back whole.
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GeoGraph, NodeAttributes } from '../graph/geograph.ts';

export type SerializedGeoGraph = SerializedGraph<NodeAttributes, EdgeAttributes>;

export function toJson(graph: GeoGraph): SerializedGeoGraph {
  return graph.graph.export();
}
