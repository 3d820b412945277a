// The render-only graph sigma draws, derived from the dataset (as gephi-lite does): same keys and
// topology, display attributes only. The dataset keeps the claims; this graph never holds article text.
import Graph from 'graphology';
import type { Dataset } from './dataset.ts';
import { modalityLook } from './modality.ts';
import type { Look, Shape } from './palette.ts';
import { MARKED_EDGE, TRANSPARENT } from './palette.ts';
import type { Positions } from './positions.ts';

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  shape: Shape;
  label: string;
  kind: string;
}

export interface RenderEdge {
  predicate: string;
  modality: string;
  color: string;
  /** Colour of the solid layer: transparent for dashed edges so only their dashes show. */
  plainColor: string;
  dashSize: number;
  gapSize: number;
  size: number;
  /** Sizes and solid colour in the marked, selected and hovered states (attributes, not functions: see renderer.ts). */
  sizeMarked: number;
  sizeSelected: number;
  sizeHovered: number;
  plainMarked: string;
  opacity: number;
  label: string;
}

export type RenderGraph = Graph<RenderNode, RenderEdge>;

export const nodeSize = (degree: number): number => Math.min(22, 4 + 2.6 * Math.log2(1 + degree));
export const edgeSize = (claimCount: number, structural: boolean): number =>
  (structural ? 1.2 : 2) + Math.min(3, 0.8 * Math.log2(1 + claimCount));

export function renderGraphOf(ds: Dataset, look: Look, positions: Positions): RenderGraph {
  const g: RenderGraph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  ds.graph.forEachNode((key, a) => {
    const p = positions.get(key) ?? { x: 0, y: 0 };
    g.addNode(key, {
      x: p.x,
      y: p.y,
      size: nodeSize(ds.graph.degree(key)),
      color: look.kindColor(a.kind),
      shape: look.kindShape(a.kind),
      label: a.name,
      kind: a.kind,
    });
  });
  ds.graph.forEachEdge((key, a, source, target) => {
    const m = modalityLook(a.modality);
    const color = look.predicateColor(a.predicate);
    const size = edgeSize(
      a.claimCount ?? a.claims.length,
      ds.predicates.get(a.predicate)?.category === 'structural',
    );
    g.addDirectedEdgeWithKey(key, source, target, {
      predicate: a.predicate,
      modality: a.modality,
      color,
      plainColor: m.dash ? TRANSPARENT : color,
      dashSize: m.dash,
      gapSize: m.gap,
      size,
      sizeMarked: size + 2.5,
      sizeSelected: size + 2,
      sizeHovered: size + 1.5,
      plainMarked: m.dash ? TRANSPARENT : MARKED_EDGE,
      opacity: m.opacity,
      label: a.predicate,
    });
  });
  return g;
}
