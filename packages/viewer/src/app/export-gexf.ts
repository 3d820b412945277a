// GEXF 1.3 of the visible graph (what the filters leave), with positions, colours and sizes as drawn,
// so Gephi opens the same picture. Claims are summarised per edge; their sentences stay in geokg's own exports.
import Graph from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import { flattenAttributes } from '@geokg/core/flatten';
import type { Dataset } from './dataset.ts';
import type { Hidden } from './filters.ts';
import type { RenderGraph } from './render-graph.ts';

type Scalar = string | number | boolean;

export function visibleSubgraph(ds: Dataset, render: RenderGraph, hidden: Hidden): Graph {
  const out = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  ds.graph.forEachNode((key, a) => {
    if (hidden.nodes.has(key)) return;
    const r = render.getNodeAttributes(key);
    const attrs: Record<string, Scalar> = {
      label: a.name,
      kind: a.kind,
      x: r.x,
      y: r.y,
      size: r.size,
      color: r.color,
    };
    // Lists as JSON text, as `geokg export --format gexf` writes them (core's flattenAttributes).
    if (a.aliases?.length) Object.assign(attrs, flattenAttributes({ aliases: a.aliases }));
    for (const [k, v] of Object.entries(a)) {
      if (k === 'country' || k === 'iso3' || k === 'description' || k === 'wikidata') attrs[k] = String(v);
    }
    out.addNode(key, attrs);
  });
  ds.graph.forEachEdge((key, a, source, target) => {
    if (hidden.edges.has(key) || !out.hasNode(source) || !out.hasNode(target)) return;
    const attrs: Record<string, Scalar> = {
      label: a.predicate,
      predicate: a.predicate,
      modality: a.modality,
      confidence: a.confidence,
      claimCount: a.claimCount,
      weight: a.claimCount,
      color: render.getEdgeAttribute(key, 'color'),
      size: render.getEdgeAttribute(key, 'size'),
    };
    if (a.cameo) attrs.cameo = a.cameo;
    if (a.plover) attrs.plover = a.plover;
    if (a.firstSeen) attrs.firstSeen = a.firstSeen;
    if (a.lastSeen) attrs.lastSeen = a.lastSeen;
    if (a.documents?.length) Object.assign(attrs, flattenAttributes({ documents: a.documents }));
    out.addDirectedEdgeWithKey(key, source, target, attrs);
  });
  return out;
}

/** GEXF 1.3 (namespace http://gexf.net/1.3, viz http://gexf.net/1.3/viz: what Gephi and networkx read). */
export function gexfOf(graph: Graph): string {
  return write(graph, {
    version: '1.3',
    formatNode: (_key, a) => {
      const { label, x, y, size, color, ...rest } = a as Record<string, Scalar>;
      return {
        label: String(label),
        viz: { x: Number(x), y: Number(y), size: Number(size), color: String(color) },
        attributes: rest,
      };
    },
    formatEdge: (_key, a) => {
      const { label, color, weight, size, ...rest } = a as Record<string, Scalar>;
      return {
        label: String(label),
        weight: Number(weight),
        viz: { color: String(color), thickness: Number(size) },
        attributes: rest,
      };
    },
  });
}
