// Types for a deep import: graphology-gexf's writer alone, without its browser parser (which needs
// DOMParser at load and is not used here).
declare module 'graphology-gexf/browser/writer.js' {
  import type { AbstractGraph, Attributes } from 'graphology-types';
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';
  export default function write<N extends Attributes = Attributes, E extends Attributes = Attributes>(
    graph: AbstractGraph<N, E>,
    options?: GexfWriterOptions<N, E>,
  ): string;
}
