// What the graph exports (JSON, GEXF, GraphML) are written from: every node with its degree, and one small
// summary per edge (its aggregate as typed columns, never its claims: those are in the jsonl export), each
// in order, plus the node attribute columns a header declares. From a loaded GeoGraph (here), or streamed
// from the store through files a part at a time (spill.ts), so that memory stays flat as the store grows.
import type { EdgeAggregate } from '../graph/aggregate.ts';
import type { GeoGraph } from '../graph/geograph.ts';
import type { Entity } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { NodeColumns, flatNode } from './node-columns.ts';
import type { ColumnType } from './node-columns.ts';

/** An edge as the exports write it: the columns Gephi, yEd or NetworkX can filter and size by. */
export interface EdgeSummary {
  source: string;
  target: string;
  predicate: string;
  claimCount: number;
  modality: string;
  confidence: number;
  cameo?: string | undefined;
  plover?: string | undefined;
  firstSeen?: string | undefined;
  lastSeen?: string | undefined;
}

export interface PartNode {
  id: string;
  entity: Entity;
  /** Edges at the node (a self-loop counts twice): what its drawn size follows. */
  degree: number;
}

/** Read in order as often as a writer needs; nothing says the whole graph is in memory at once. */
export interface GraphParts {
  ontology: Ontology;
  nodeCount: number;
  nodes(): Iterable<PartNode>;
  edges(): Iterable<[key: string, edge: EdgeSummary]>;
  /** The node attribute columns in order of first appearance, typed (node-columns.ts). */
  nodeColumns(): Map<string, ColumnType>;
  /** Frees what the parts hold on disk (the store's spill files); the parts are unreadable afterwards. */
  close(): void;
}

export const summary = (
  source: string,
  target: string,
  predicate: string,
  a: EdgeAggregate,
): EdgeSummary => ({
  source,
  target,
  predicate,
  claimCount: a.claimCount,
  modality: a.modality,
  confidence: a.confidence,
  cameo: a.cameo,
  plover: a.plover,
  firstSeen: a.firstSeen,
  lastSeen: a.lastSeen,
});

/** Parts held in memory: nodes in order and edges in order. */
export function partsInMemory(
  ontology: Ontology,
  nodes: Map<string, Entity>,
  edges: Map<string, EdgeSummary>,
): GraphParts {
  let degrees: Map<string, number> | undefined;
  const degree = (id: string): number => {
    if (!degrees) {
      degrees = new Map();
      for (const e of edges.values()) {
        degrees.set(e.source, (degrees.get(e.source) ?? 0) + 1);
        degrees.set(e.target, (degrees.get(e.target) ?? 0) + 1);
      }
    }
    return degrees.get(id) ?? 0;
  };
  return {
    ontology,
    nodeCount: nodes.size,
    *nodes() {
      for (const [id, entity] of nodes) yield { id, entity, degree: degree(id) };
    },
    edges: () => edges,
    nodeColumns() {
      const columns = new NodeColumns();
      let at = 0;
      for (const e of nodes.values()) columns.add(flatNode(ontology, e), at++);
      return columns.columns();
    },
    close() {},
  };
}

export function partsOfGraph(geo: GeoGraph): GraphParts {
  const nodes = new Map<string, Entity>();
  for (const e of geo.entities()) nodes.set(e.id, e);
  const edges = new Map<string, EdgeSummary>();
  geo.graph.forEachEdge((key, a, source, target) => edges.set(key, summary(source, target, a.predicate, a)));
  return partsInMemory(geo.ontology, nodes, edges);
}
