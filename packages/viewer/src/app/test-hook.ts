// window.__geokg: a small read-mostly handle for end-to-end tests, benchmarks and the console. It finds
// where things are on screen; tests still click through the real UI at those points.
import type { Hidden } from './filters.ts';
import type { Layout } from './layout.ts';
import type { Renderer } from './renderer.ts';
import type { Selection } from './url-state.ts';

export interface Metrics {
  /** Milliseconds since navigation start. */
  payloadLoaded?: number;
  datasetReady?: number;
  /** Sigma constructed (shaders compiled, data processed). */
  rendererReady?: number;
  /** Sigma rendered the graph for the first time (its draw calls are issued). */
  firstFrame?: number;
  /** The task that put that frame on screen is over (on a software GPU, after the GPU drew it). */
  firstFrameShown?: number;
  payloadBytes?: number;
  /** The last time node sizes and colours were set from computed metrics. */
  lookApplied?: number;
}

export interface GeokgHook {
  ready: boolean;
  error?: string;
  metrics: Metrics;
  renderer?: Renderer;
  layout?: Layout;
  selection(): Selection | undefined;
  /** Nodes whose labels show (label-declutter.ts's choice; hover and selection add theirs). */
  shownLabels(): string[];
  isNodeVisible(key: string): boolean;
  isEdgeVisible(key: string): boolean;
  /** Page coordinates (CSS pixels) of a node's centre, or null when it is not drawn. */
  nodeScreenPosition(key: string): { x: number; y: number } | null;
  /** Page coordinates of a point that picks this edge (checked against sigma's picking buffer). */
  edgeScreenPosition(key: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __geokg: GeokgHook;
  }
}

export const metrics: Metrics = {};

interface Hit {
  kind?: string;
  key?: string;
}

export function installHook(
  renderer: Renderer,
  layout: Layout,
  state: { hidden(): Hidden; selection(): Selection | undefined; shownLabels(): string[] },
): void {
  const container = renderer.getContainer();
  const toPage = (p: { x: number; y: number }): { x: number; y: number } => {
    const r = container.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  };
  const viewport = (node: string): { x: number; y: number } | null => {
    const d = renderer.getNodeDisplayData(node);
    return d ? renderer.framedGraphToViewport(d) : null;
  };
  // Sigma keeps its hit test private; the hook only uses it to confirm a point before a test clicks.
  const hitAt = (p: { x: number; y: number }): Hit | null =>
    (renderer as unknown as { getHitAtPosition(p: { x: number; y: number }): Hit | null }).getHitAtPosition(
      p,
    );
  window.__geokg = {
    ...window.__geokg,
    ready: true,
    renderer,
    layout,
    selection: state.selection,
    shownLabels: state.shownLabels,
    isNodeVisible: (key) => renderer.getGraph().hasNode(key) && !state.hidden().nodes.has(key),
    isEdgeVisible: (key) => renderer.getGraph().hasEdge(key) && !state.hidden().edges.has(key),
    nodeScreenPosition: (key) => {
      const p = renderer.getGraph().hasNode(key) ? viewport(key) : null;
      return p ? toPage(p) : null;
    },
    edgeScreenPosition: (key) => {
      const g = renderer.getGraph();
      if (!g.hasEdge(key)) return null;
      const [s, t] = g.extremities(key).map(viewport);
      if (!s || !t) return null;
      const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
      const nx = -(t.y - s.y) / len;
      const ny = (t.x - s.x) / len;
      // Parallel edges bend: walk out from the chord on both sides until the picking buffer says "this edge".
      for (const along of [0.5, 0.42, 0.58, 0.35, 0.65]) {
        for (let off = 0; off <= len * 0.6; off += 1.5) {
          for (const sign of off ? [1, -1] : [1]) {
            const p = {
              x: s.x + (t.x - s.x) * along + nx * off * sign,
              y: s.y + (t.y - s.y) * along + ny * off * sign,
            };
            const hit = hitAt(p);
            if (hit?.key === key && hit.kind === 'edge') return toPage(p);
          }
        }
      }
      return null;
    },
  };
}

export function initHook(): void {
  window.__geokg = {
    ready: false,
    metrics,
    selection: () => undefined,
    shownLabels: () => [],
    isNodeVisible: () => false,
    isEdgeVisible: () => false,
    nodeScreenPosition: () => null,
    edgeScreenPosition: () => null,
  };
}
