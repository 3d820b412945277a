// What the filters hide, as pure functions of the dataset: an edge shows when its predicate is on and
// at least one of its claims passes (modality on, confidence high enough, date in range); a node shows
// when its kind is on; an edge also needs both of its ends.
import type { ClaimSummary, ViewerEdgeAttributes } from '../shared/payload.ts';
import type { Dataset } from './dataset.ts';
import { claimDate, inRange } from './time.ts';

export interface Filters {
  hiddenKinds: Set<string>;
  hiddenPredicates: Set<string>;
  hiddenModalities: Set<string>;
  /** 0..1 */
  minConfidence: number;
  /** ISO dates, inclusive; undefined means open. */
  from?: string;
  to?: string;
}

export const emptyFilters = (): Filters => ({
  hiddenKinds: new Set(),
  hiddenPredicates: new Set(),
  hiddenModalities: new Set(),
  minConfidence: 0,
});

export function claimPasses(c: ClaimSummary, f: Filters): boolean {
  return (
    !f.hiddenModalities.has(c.modality) &&
    c.confidence >= f.minConfidence &&
    inRange(claimDate(c), f.from, f.to)
  );
}

export function edgePasses(a: ViewerEdgeAttributes, f: Filters): boolean {
  if (f.hiddenPredicates.has(a.predicate)) return false;
  if (a.claims.length) return a.claims.some((c) => claimPasses(c, f));
  // An edge without its claims (a trimmed export) is judged on its aggregate.
  return !f.hiddenModalities.has(a.modality) && a.confidence >= f.minConfidence;
}

export interface Hidden {
  nodes: Set<string>;
  edges: Set<string>;
}

export function hiddenBy(ds: Dataset, f: Filters): Hidden {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  ds.graph.forEachNode((key, a) => {
    if (f.hiddenKinds.has(a.kind)) nodes.add(key);
  });
  ds.graph.forEachEdge((key, a, source, target) => {
    if (nodes.has(source) || nodes.has(target) || !edgePasses(a, f)) edges.add(key);
  });
  return { nodes, edges };
}

export const isFiltering = (f: Filters): boolean =>
  f.hiddenKinds.size > 0 ||
  f.hiddenPredicates.size > 0 ||
  f.hiddenModalities.size > 0 ||
  f.minConfidence > 0 ||
  f.from !== undefined ||
  f.to !== undefined;
