// Contradictions in the data, found from the graph alone (pure):
// - accuse/deny pairs: A accuses B (a predicate of PLOVER's ACCUSE category) while B denies A;
// - an event attributed to two or more different culprits (`attributed-to` edges not themselves denied);
// - an edge whose claims disagree in modality: asserted or alleged by one claim, denied or negated by
//   another.
import type { Dataset } from './dataset.ts';

export interface AccuseDeny {
  type: 'accuse-deny';
  accuse: string;
  deny: string;
}
export interface TwoCulprits {
  type: 'two-culprits';
  event: string;
  edges: string[];
}
export interface ModalityClash {
  type: 'modality';
  edge: string;
}
export type Contradiction = AccuseDeny | TwoCulprits | ModalityClash;

const AFFIRM = new Set(['asserted', 'alleged']);
const DENY = new Set(['denied', 'negated']);

const modalitiesOf = (ds: Dataset, edge: string): string[] => {
  const a = ds.graph.getEdgeAttributes(edge);
  return a.claims.length ? a.claims.map((c) => c.modality) : [a.modality];
};

export function findContradictions(ds: Dataset): Contradiction[] {
  const out: Contradiction[] = [];
  const g = ds.graph;
  g.forEachEdge((edge, a, source, target) => {
    // A self-loop (an actor accusing itself, as GDELT codes domestic quarrels) pairs with nothing.
    if (source === target || ds.predicates.get(a.predicate)?.plover !== 'ACCUSE') return;
    for (const deny of g.edges(target, source)) {
      if (g.getEdgeAttribute(deny, 'predicate') === 'denies')
        out.push({ type: 'accuse-deny', accuse: edge, deny });
    }
  });
  g.forEachNode((event, n) => {
    if (!ds.kinds.get(n.kind)?.lineage.includes('Event')) return;
    const edges = g
      .outEdges(event)
      .filter((e) => g.getEdgeAttribute(e, 'predicate') === 'attributed-to')
      .filter((e) => modalitiesOf(ds, e).some((m) => AFFIRM.has(m)));
    if (new Set(edges.map((e) => g.target(e))).size >= 2) out.push({ type: 'two-culprits', event, edges });
  });
  g.forEachEdge((edge) => {
    const ms = modalitiesOf(ds, edge);
    if (ms.some((m) => AFFIRM.has(m)) && ms.some((m) => DENY.has(m))) out.push({ type: 'modality', edge });
  });
  return out;
}

/** Every edge a contradiction involves (to mark on the graph). */
export const edgesOf = (c: Contradiction): string[] =>
  c.type === 'accuse-deny' ? [c.accuse, c.deny] : c.type === 'two-culprits' ? c.edges : [c.edge];
