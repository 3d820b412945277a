// The graph as graphology's own serialization (`Graph.from(JSON.parse(text))` reads it back whole).
import type { GeoGraph } from '../graph/geograph.ts';

export interface JsonOptions {
  /** Spaces to indent with; compact (one line) when left out. */
  indent?: number;
}

export function toJson(graph: GeoGraph, options: JsonOptions = {}): string {
  return JSON.stringify(graph.graph.export(), null, options.indent) + '\n';
}
