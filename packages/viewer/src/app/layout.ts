// ForceAtlas2 in a web worker (graphology's supervisor): the main thread only copies positions back.
// Barnes-Hut above 1,000 nodes. The worker lays out a topology-only copy of the graph; positions reach
// the rendered graph at most once per animation frame, however many iterations the worker ran, so the
// renderer processes and uploads them once per frame. When a frame costs more than a frame (a weak or
// software GPU: Chromium then blocks the page until the frame is drawn), the next copy waits as long as
// the last frame took, so the page and the supervisor, which needs the main thread for every iteration,
// keep at least half the time. A run may carry an iteration budget after which it stops by itself,
// which makes a run from seeded positions reproducible.
import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { RenderGraph } from './render-graph.ts';

export const BARNES_HUT_ABOVE = 1000;

export function layoutSettings(order: number): ForceAtlas2Settings {
  // Gravity 1 (strong) rather than inferSettings' 0.05 keeps loose parts and isolated nodes close, so the
  // fitted view is not mostly empty space.
  return { ...inferSettings(order), gravity: 1, barnesHutOptimize: order > BARNES_HUT_ABOVE };
}

/** Iterations a first layout runs before stopping by itself: enough to settle, less for big graphs. */
export const autoIterations = (order: number): number => (order <= 1000 ? 500 : order <= 5000 ? 300 : 200);

export interface LayoutEvents {
  /** Called by start(), whoever calls it (the toolbar, the app, a console or benchmark). */
  onStart?(): void;
  onTick?(iterations: number): void;
  onStop?(iterations: number): void;
}

type Positions = Graph<{ x: number; y: number }>;

export class Layout {
  private readonly supervisor: FA2Layout;
  private readonly graph: RenderGraph;
  private readonly positions: Positions;
  private readonly events: LayoutEvents;
  private budget = Infinity;
  private copyFrame: number | undefined;
  private copyTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the last copy ran, and how long until the frame that drew it was over (what drawing cost). */
  private lastCopy = -Infinity;
  private frameCost = 0;
  /** Iterations since the page loaded, over all runs. */
  iterations = 0;
  /** When false, positions reach the screen only when the layout stops (benchmarks use it). */
  livePositions = true;

  constructor(graph: RenderGraph, events: LayoutEvents = {}) {
    this.graph = graph;
    this.events = events;
    this.positions = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
    graph.forEachNode((key, a) => this.positions.addNode(key, { x: a.x, y: a.y }));
    graph.forEachEdge((key, _a, source, target) =>
      this.positions.addDirectedEdgeWithKey(key, source, target),
    );
    this.supervisor = new FA2Layout(this.positions, {
      settings: layoutSettings(graph.order),
      getEdgeWeight: null,
    });
    // The supervisor copies one iteration's positions with updateEachNodeAttributes: one event each.
    this.positions.on('eachNodeAttributesUpdated', this.onIteration);
  }

  private readonly onIteration = (): void => {
    if (!this.supervisor.isRunning()) return;
    this.iterations += 1;
    if (this.iterations >= this.budget) {
      this.stop();
      return;
    }
    this.events.onTick?.(this.iterations);
    if (this.livePositions) this.scheduleCopy();
  };

  private scheduleCopy(): void {
    if (this.copyFrame !== undefined || this.copyTimer !== undefined) return;
    const wait = this.lastCopy + 2 * this.frameCost - performance.now();
    const frame = (): void => {
      this.copyTimer = undefined;
      this.copyFrame = requestAnimationFrame(() => this.copy());
    };
    // Frames under ~2 display frames are not throttled: with a GPU this changes nothing.
    if (this.frameCost > 34 && wait > 0) this.copyTimer = setTimeout(frame, wait);
    else frame();
  }

  /** Positions from the worker's graph to the rendered one, in one batch (one sigma update). */
  private copy(): void {
    this.cancelCopy();
    const at = performance.now();
    this.lastCopy = at;
    // The renderer draws in the next animation frame; a task queued from there runs once that frame's
    // task is over, including any wait for the GPU.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.frameCost = performance.now() - at;
      }, 0),
    );
    this.graph.updateEachNodeAttributes(
      (key, a) => {
        const p = this.positions.getNodeAttributes(key);
        a.x = p.x;
        a.y = p.y;
        return a;
      },
      { attributes: ['x', 'y'] },
    );
  }

  private cancelCopy(): void {
    if (this.copyFrame !== undefined) cancelAnimationFrame(this.copyFrame);
    if (this.copyTimer !== undefined) clearTimeout(this.copyTimer);
    this.copyFrame = undefined;
    this.copyTimer = undefined;
  }

  get running(): boolean {
    return this.supervisor.isRunning();
  }

  /** Starts, for at most `maxIterations` more iterations when given. */
  start(maxIterations?: number): void {
    if (this.running || this.graph.order === 0) return;
    // Nodes may have been dragged since the last run: start from what is on screen.
    this.graph.forEachNode((key, a) => this.positions.mergeNodeAttributes(key, { x: a.x, y: a.y }));
    this.budget = maxIterations === undefined ? Infinity : this.iterations + maxIterations;
    this.events.onStart?.();
    // What drawing cost before (perhaps a full frame, where a run may draw light ones) says nothing now.
    this.frameCost = 0;
    this.supervisor.start();
    this.events.onTick?.(this.iterations);
  }

  stop(): void {
    if (!this.running) return;
    this.supervisor.stop();
    this.copy();
    this.events.onStop?.(this.iterations);
  }

  kill(): void {
    this.cancelCopy();
    this.positions.off('eachNodeAttributesUpdated', this.onIteration);
    this.supervisor.kill();
  }
}
