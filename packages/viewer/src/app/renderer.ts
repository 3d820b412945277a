// The sigma renderer: which shapes, paths and layers the WebGL programs can draw (primitives), and
// the rules that map render attributes and interaction state onto them (styles).
import Graph from 'graphology';
import Sigma from 'sigma';
import {
  extremityArrow,
  layerDashed,
  layerFill,
  layerPlain,
  pathCurved,
  pathLine,
  pathLoop,
  sdfCircle,
  sdfDiamond,
  sdfRectangle,
  sdfSquare,
  sdfTriangle,
} from 'sigma/rendering';
import { lightWhileMoving, setNodesOnly } from './light-frames.ts';
import { BACKGROUND, MARKED_EDGE } from './palette.ts';
import type { RenderGraph } from './render-graph.ts';
import type { Renderer } from './render-state.ts';
import { addVeil } from './veil.ts';

export type { EdgeState, GraphState, NodeState, Renderer } from './render-state.ts';

/** The plate behind a selected or hovered node and its label. */
const BACKDROP = {
  labelVisibility: 'visible',
  depth: 'topNodes',
  backdropVisibility: 'visible',
  backdropColor: '#ffffff',
  backdropShadowColor: 'rgba(0, 0, 0, 0.35)',
  backdropShadowBlur: 10,
  backdropPadding: 4,
} as const;

/** Above this many edges the renderer trades looks for speed (see createRenderer). */
export const LARGE_GRAPH_EDGES = 20_000;

export interface RendererOptions {
  /** Start drawing nodes only (see light-frames.ts): a large graph about to be laid out. */
  nodesOnly?: boolean;
  /** Called after the first frame with the graph in it is rendered. */
  onFirstFrame?(): void;
}

const veil = (renderer: Renderer): void =>
  addVeil(renderer, 'veil', BACKGROUND, () => renderer.getGraphState().hasActive);

export function createRenderer(
  graph: RenderGraph,
  container: HTMLElement,
  { nodesOnly: startNodesOnly = false, onFirstFrame }: RendererOptions = {},
): Renderer {
  // Large graphs: straight edges only (a simpler edge shader; parallel edges overlap), and light frames
  // (nodes only, see light-frames.ts) while the camera moves, so panning stays fluid on weak GPUs.
  const large = graph.size > LARGE_GRAPH_EDGES;
  const options = {
    customNodeState: { isActive: false, isSelected: false, labelShown: false, isMarked: false },
    customEdgeState: { isActive: false, isSelected: false, isMarked: false, labelShown: false },
    customGraphState: { hasActive: false },
    primitives: {
      nodes: {
        shapes: [
          sdfCircle(),
          sdfSquare({ cornerRadius: 0.12 }),
          sdfTriangle({ cornerRadius: 0.1 }),
          sdfDiamond({ cornerRadius: 0.1 }),
          sdfRectangle({ aspectRatio: 1.7, cornerRadius: 0.2 }),
        ],
        layers: [layerFill()],
      },
      edges: {
        paths: large ? [pathLine()] : [pathLine(), pathCurved(), pathLoop()],
        extremities: [extremityArrow()],
        variables: {
          plainColor: { type: 'color', default: '#999999' },
          dashSize: { type: 'number', default: 0 },
          gapSize: { type: 'number', default: 0 },
        },
        // A solid layer under a dashed one: dashed edges make the solid layer transparent, solid edges
        // give the dashed layer no dashes (size 0 draws nothing).
        layers: [
          layerPlain({ color: { attribute: 'plainColor' } }),
          layerDashed({
            dashSize: { attribute: 'dashSize', default: 0, mode: 'pixels' },
            gapSize: { attribute: 'gapSize', default: 0, mode: 'pixels' },
            dashColor: { attribute: 'color' },
            gapColor: 0,
            solidExtremities: 'head',
          }),
        ],
        defaultHead: 'arrow',
      },
      // The veil (veil.ts) fades what lies under it while a neighbourhood is highlighted.
      depthLayers: ['edges', 'nodes', 'veil', 'topEdges', 'topNodes'],
    },
    // No rule below reads the graph state or is a function: sigma then restyles only the items whose
    // own state changed. One such rule makes it restyle every node or edge at each graph-state change
    // (each hover), seconds at 50,000 edges; the sizes a state adds are attributes (render-graph.ts).
    // Every key costs each node and edge at each restyle (a metric change restyles every node), so
    // the base rules leave out what sigma's defaults already say (depth, straight path, no backdrop).
    styles: {
      stage: { background: BACKGROUND },
      nodes: [
        {
          x: { attribute: 'x' },
          y: { attribute: 'y' },
          size: { attribute: 'size', defaultValue: 6 },
          color: { attribute: 'color', defaultValue: '#888888' },
          shape: { attribute: 'shape', defaultValue: 'circle' },
          label: { attribute: 'label' },
          labelColor: '#222222',
          labelSize: 12,
          // A light plate keeps a label readable over the edges and small nodes under it.
          labelBackgroundColor: 'rgba(251, 250, 247, 0.82)',
          labelBackgroundPadding: 2,
          visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
          labelVisibility: { whenState: 'labelShown', then: 'visible', else: 'hidden' },
          cursor: 'pointer',
        },
        { whenState: 'isActive', then: { depth: 'topNodes' } },
        { whenState: 'isMarked', then: { depth: 'topNodes', labelVisibility: 'visible' } },
        { whenState: 'isSelected', then: BACKDROP },
        { whenState: 'isHovered', then: BACKDROP },
      ],
      edges: [
        {
          size: { attribute: 'size', defaultValue: 1 },
          color: { attribute: 'color', defaultValue: '#999999' },
          // Reset here because the marked state overrides it (dashSize and gapSize, never overridden,
          // sigma copies from the attributes of the same names).
          plainColor: { attribute: 'plainColor', defaultValue: '#999999' },
          opacity: { attribute: 'opacity', defaultValue: 1 },
          label: { attribute: 'label' },
          labelColor: '#444444',
          labelSize: 11,
          labelVisibility: 'hidden',
          head: 'arrow',
          ...(large ? {} : { parallelPath: 'curved', selfLoopPath: 'loop' }),
          visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
          cursor: 'pointer',
        },
        { whenState: 'isActive', then: { depth: 'topEdges' } },
        {
          whenState: 'isMarked',
          then: {
            depth: 'topEdges',
            size: { attribute: 'sizeMarked' },
            color: MARKED_EDGE,
            plainColor: { attribute: 'plainMarked' },
            opacity: 1,
          },
        },
        { whenState: 'labelShown', then: { labelVisibility: 'visible' } },
        {
          whenState: 'isSelected',
          then: {
            depth: 'topEdges',
            labelVisibility: 'visible',
            size: { attribute: 'sizeSelected' },
            opacity: 1,
          },
        },
        {
          whenState: 'isHovered',
          then: { depth: 'topEdges', labelVisibility: 'visible', size: { attribute: 'sizeHovered' } },
        },
      ],
    },
    settings: {
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      // Which labels show is label-declutter.ts's choice (labelShown); sigma's own grid would thin
      // them by size alone, so it only bounds labels sigma considers itself.
      labelDensity: 1,
      labelGridCellSize: 100,
      labelRenderedSizeThreshold: 0,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      stagePadding: 40,
      itemSizesReference: 'screen',
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      gestureTarget: 'graph',
    },
  };
  // Sigma's option types are generic over the primitives; the literal above is checked at run time.
  if (!startNodesOnly) {
    // Sigma's constructor renders the graph once before it returns.
    const renderer = new Sigma(graph, container, options as never) as Renderer;
    veil(renderer);
    if (large) lightWhileMoving(renderer);
    onFirstFrame?.();
    return renderer;
  }
  // The constructor would draw every edge once; built on an empty graph, the switch is set before the
  // graph goes in. (Sigma's parallel-edge index keeps the first graph, which is why only large graphs,
  // whose edges are straight anyway, start this way.)
  const empty: RenderGraph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  const renderer = new Sigma(empty, container, options as never) as Renderer;
  veil(renderer);
  lightWhileMoving(renderer);
  setNodesOnly(renderer, true);
  if (onFirstFrame) renderer.once('afterRender', onFirstFrame);
  // setGraph indexes the graph (evaluating every node's and edge's style) and renders at once; the new
  // items' states are all marked dirty, so sigma would evaluate all 50,000 edge styles again in that
  // first frame. Nothing changed in between: clear the marks (sigma's private state manager).
  renderer.once('beforeRender', () => {
    const internal = renderer as unknown as {
      stateManager?: { clearDirtyTracking?(): void };
      needToRefreshState?: boolean;
    };
    if (typeof internal.stateManager?.clearDirtyTracking !== 'function') return;
    internal.stateManager.clearDirtyTracking();
    internal.needToRefreshState = false;
  });
  renderer.setGraph(graph);
  return renderer;
}
