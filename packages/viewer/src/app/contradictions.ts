// Contradictions in the data, found from the graph alone (pure). Narrow on purpose: a list of every
// accusation next to every denial between two actors would drown the few real disagreements.
// - accuse/deny pairs: actor A accuses actor B (a predicate of PLOVER's ACCUSE category) while B denies
//   A, and both sides are about the same event (or one side names none: then the pair of edges is the
//   subject);
// - an event attributed to two or more different actors by claims that assert or allege it; GDELT rows
//   do not count, because GDELT pools one day's rows per code and place into one event node, so two rows
//   naming two actors are two events, not one event with two culprits;
// - an edge whose claims disagree in modality: asserted or alleged by one claim, denied or negated by
//   another, about the same event (or not saying).
import type { ClaimSummary } from '../shared/payload.ts';
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

/** An edge's claims (its aggregate as one claim when the claims were left out of the export). */
const claimsOf = (ds: Dataset, edge: string): ClaimSummary[] => {
  const a = ds.graph.getEdgeAttributes(edge);
  return a.claims.length ? a.claims : [{ modality: a.modality, confidence: a.confidence }];
};

const affirming = (cs: ClaimSummary[]): ClaimSummary[] => cs.filter((c) => AFFIRM.has(c.modality));

/** Some claim of each side can be about the same event: the same `about`, or one of them names none. */
export function sameEvent(a: ClaimSummary[], b: ClaimSummary[]): boolean {
  if (!a.length || !b.length) return false;
  if (a.some((c) => !c.about) || b.some((c) => !c.about)) return true;
  const events = new Set(a.map((c) => c.about!.id));
  return b.some((c) => events.has(c.about!.id));
}

export function findContradictions(ds: Dataset): Contradiction[] {
  const out: Contradiction[] = [];
  const g = ds.graph;
  const isA = (node: string, kind: string): boolean =>
    ds.kinds.get(g.getNodeAttribute(node, 'kind'))?.lineage.includes(kind) ?? false;
  g.forEachEdge((edge, a, source, target) => {
    // A self-loop (an actor accusing itself, as GDELT codes domestic quarrels) pairs with nothing.
    if (source === target || ds.predicates.get(a.predicate)?.plover !== 'ACCUSE') return;
    if (!isA(source, 'Actor') || !isA(target, 'Actor')) return;
    const accusing = affirming(claimsOf(ds, edge));
    for (const deny of g.edges(target, source)) {
      if (g.getEdgeAttribute(deny, 'predicate') !== 'denies') continue;
      if (sameEvent(accusing, affirming(claimsOf(ds, deny))))
        out.push({ type: 'accuse-deny', accuse: edge, deny });
    }
  });
  g.forEachNode((event) => {
    if (!isA(event, 'Event')) return;
    const edges = g
      .outEdges(event)
      .filter((e) => g.getEdgeAttribute(e, 'predicate') === 'attributed-to' && isA(g.target(e), 'Actor'))
      .filter((e) => affirming(claimsOf(ds, e)).some((c) => c.source !== 'gdelt'));
    if (new Set(edges.map((e) => g.target(e))).size >= 2) out.push({ type: 'two-culprits', event, edges });
  });
  g.forEachEdge((edge) => {
    const cs = claimsOf(ds, edge);
    const denying = cs.filter((c) => DENY.has(c.modality));
    if (sameEvent(affirming(cs), denying)) out.push({ type: 'modality', edge });
  });
  return out;
}

/** Every edge a contradiction involves (to mark on the graph). */
export const edgesOf = (c: Contradiction): string[] =>
  c.type === 'accuse-deny' ? [c.accuse, c.deny] : c.type === 'two-culprits' ? c.edges : [c.edge];
