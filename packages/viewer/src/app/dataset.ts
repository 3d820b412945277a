// The dataset: the graph as the server sent it (every attribute, every claim) plus what the UI counts
// once: kinds, predicates and modalities present, and the time span of the claims. Read-only.
import Graph from 'graphology';
import type { NodeAttributes } from '@geokg/core';
import type {
  KindInfo,
  PredicateInfo,
  ViewerEdgeAttributes,
  ViewerOntology,
  ViewerPayload,
} from '../shared/payload.ts';
import { PAYLOAD_FORMAT } from '../shared/payload.ts';
import { claimDate } from './time.ts';

/** Claims are summaries here (see shared/payload.ts); the evidence panel fetches an edge's full ones. */
export type DataGraph = Graph<NodeAttributes, ViewerEdgeAttributes>;

export interface Dataset {
  id: string;
  title: string;
  /** The part of the store shown (`kind=State&top=500`), when the page asked for one. */
  part?: string;
  graph: DataGraph;
  ontology: ViewerOntology;
  kinds: Map<string, KindInfo>;
  predicates: Map<string, PredicateInfo>;
  /** Nodes per kind, edges per predicate, edges with at least one claim of each modality. */
  kindCounts: Map<string, number>;
  predicateCounts: Map<string, number>;
  modalityCounts: Map<string, number>;
  /** Earliest and latest claim date (ISO), or null when no claim is dated. */
  timeExtent: { min: string; max: string } | null;
}

const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

export function datasetOf(payload: ViewerPayload): Dataset {
  if (payload?.format !== PAYLOAD_FORMAT) {
    throw new Error(
      `geokg viewer: /api/graph.json is not a ${PAYLOAD_FORMAT} payload; restart \`geokg view\``,
    );
  }
  const graph: DataGraph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  graph.import(payload.graph);
  const kindCounts = new Map<string, number>();
  const predicateCounts = new Map<string, number>();
  const modalityCounts = new Map<string, number>();
  graph.forEachNode((_key, a) => bump(kindCounts, a.kind));
  let min: string | undefined;
  let max: string | undefined;
  graph.forEachEdge((_key, a) => {
    bump(predicateCounts, a.predicate);
    const modalities = new Set<string>(a.claims.length ? a.claims.map((c) => c.modality) : [a.modality]);
    for (const m of modalities) bump(modalityCounts, m);
    for (const c of a.claims) {
      const d = claimDate(c);
      if (d === undefined) continue;
      if (min === undefined || d < min) min = d;
      if (max === undefined || d > max) max = d;
    }
  });
  return {
    id: payload.id,
    title: payload.title,
    ...(payload.part ? { part: payload.part } : {}),
    graph,
    ontology: payload.ontology,
    kinds: new Map(payload.ontology.kinds.map((k) => [k.name, k])),
    predicates: new Map(payload.ontology.predicates.map((p) => [p.name, p])),
    kindCounts,
    predicateCounts,
    modalityCounts,
    timeExtent: min !== undefined && max !== undefined ? { min, max } : null,
  };
}
