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
  from?: string | undefined;
  to?: string | undefined;
  /** Whether claims without a date pass (the timeline's switch). */
  undated: boolean;
  /** "Show only this": the node and what lies within `depth` edges of it (either direction). */
  ego?: { node: string; depth: number; expand?: string[] };
}

/** No filter; `hiddenKinds` are the dataset's defaults (see defaultHiddenKinds). */
export const emptyFilters = (hiddenKinds: Iterable<string> = []): Filters => ({
  hiddenKinds: new Set(hiddenKinds),
  hiddenPredicates: new Set(),
  hiddenModalities: new Set(),
  minConfidence: 0,
  undated: true,
});

/** Above this many nodes, pooled events (GDELT's, one per day, code and place) start hidden. */
export const MANY_NODES = 1000;

/**
 * Kinds hidden until asked for: documents (reachable from every claim in the evidence panel), and on
 * large graphs events, which pool GDELT rows and outnumber the actors they are about.
 */
export function defaultHiddenKinds(ds: Dataset): Set<string> {
  const out = new Set<string>();
  const large = ds.graph.order > MANY_NODES;
  for (const kind of ds.kindCounts.keys()) {
    const lineage = ds.kinds.get(kind)?.lineage ?? [kind];
    if (lineage.includes('Document') || (large && lineage.includes('Event'))) out.add(kind);
  }
  return out;
}

export function claimPasses(c: ClaimSummary, f: Filters): boolean {
  return (
    !f.hiddenModalities.has(c.modality) &&
    c.confidence >= f.minConfidence &&
    inRange(claimDate(c), f.from, f.to, f.undated)
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
  if (f.ego && ds.graph.hasNode(f.ego.node)) hideOutsideEgo(ds, f.ego, nodes, edges);
  return { nodes, edges };
}

/** Breadth-first over the edges still shown; hides every node farther than `depth`, and its edges. */
/** Expanded nodes add their own neighbours (one step) to what the ego network reaches. */
function hideOutsideEgo(
  ds: Dataset,
  ego: NonNullable<Filters['ego']>,
  nodes: Set<string>,
  edges: Set<string>,
) {
  const reached = new Set([ego.node]);
  const step = (from: string[]): string[] => {
    const next: string[] = [];
    for (const n of from) {
      ds.graph.forEachEdge(n, (key, _a, source, target) => {
        if (edges.has(key)) return;
        const other = source === n ? target : source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    return next;
  };
  let frontier = [ego.node];
  for (let d = 0; d < ego.depth && frontier.length; d++) frontier = step(frontier);
  step((ego.expand ?? []).filter((n) => reached.has(n) && !nodes.has(n)));
  ds.graph.forEachNode((key) => {
    if (!reached.has(key)) nodes.add(key);
  });
  ds.graph.forEachEdge((key, _a, source, target) => {
    if (!reached.has(source) || !reached.has(target)) edges.add(key);
  });
}

export const isFiltering = (f: Filters): boolean =>
  f.hiddenKinds.size > 0 ||
  !f.undated ||
  f.ego !== undefined ||
  f.hiddenPredicates.size > 0 ||
  f.hiddenModalities.size > 0 ||
  f.minConfidence > 0 ||
  f.from !== undefined ||
  f.to !== undefined;
