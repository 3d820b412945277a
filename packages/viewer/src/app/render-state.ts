// The renderer's type and the interaction state sigma keeps per node, edge and graph: apart from
// renderer.ts so that helpers the renderer itself imports (light-frames.ts) can name it without a circle.
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { RenderEdge, RenderNode } from './render-graph.ts';

export interface NodeState {
  /** In the hovered node's neighbourhood. */
  isActive: boolean;
  isSelected: boolean;
  /** Its label was chosen to show (see label-declutter.ts). */
  labelShown: boolean;
  /** On a marked path or in a contradiction: drawn on top with a ring. */
  isMarked: boolean;
}
export interface EdgeState {
  isActive: boolean;
  isSelected: boolean;
  /** On a shortest path or in a contradiction (see app.ts mark()). */
  isMarked: boolean;
  /** Named on the graph: lit, in a neighbourhood with few enough edges to name them all. */
  labelShown: boolean;
}
export interface GraphState {
  /** A neighbourhood is highlighted: everything else fades (under the veil, veil.ts). */
  hasActive: boolean;
}

export type Renderer = Sigma<RenderNode, RenderEdge, Attributes, NodeState, EdgeState, GraphState>;
