// Labels without mush, chosen rather than thinned: after the camera settles, this walks the visible
// nodes in the viewport from the most important down (by the chosen metric, degree until one is
// computed) and shows a label only where its box covers no label already placed and no node already
// labelled, until a budget set by the density control is spent. While a node is hovered or selected,
// only its neighbourhood competes, with no budget, so neighbours' labels never pile up.
import { isMoving } from './light-frames.ts';
import type { Renderer } from './renderer.ts';

const FONT = '12px sans-serif';
const MARGIN = 5;
const CELL = 64;
/** Screen area (px²) per label at density 1: about 100 labels on a 1400 × 900 canvas. */
const AREA_PER_LABEL = 12_000;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function cells(b: Box): string[] {
  const out: string[] = [];
  for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++)
    for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++) out.push(`${cx},${cy}`);
  return out;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Greedy placement in priority order; returns the keys whose labels show. A label may not cover another
 * shown label, nor the node of another shown label; at most `budget` show. Pure on its inputs.
 */
export function placeLabels(items: { key: string; box: Box; node: Box }[], budget = Infinity): Set<string> {
  const grid = new Map<string, Box[]>();
  const place = (b: Box): void => {
    for (const c of cells(b)) {
      const list = grid.get(c) ?? [];
      list.push(b);
      grid.set(c, list);
    }
  };
  const free = (b: Box): boolean => cells(b).every((c) => !grid.get(c)?.some((o) => overlaps(o, b)));
  const shown = new Set<string>();
  for (const { key, box, node } of items) {
    if (shown.size >= budget) break;
    if (!box.w || !free(box) || !free(node)) continue;
    place(box);
    place(node);
    shown.add(key);
  }
  return shown;
}

export class LabelDeclutter {
  private readonly renderer: Renderer;
  private readonly measure: CanvasRenderingContext2D | null;
  private readonly widths = new Map<string, number>();
  private shown = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Off while the layout runs: labels would blink on every frame. */
  enabled = true;
  /** Labels per screen area; 0 shows none at overview (hover and selection still do). */
  density = 1;
  /** Importance of a node: the higher, the earlier its label is placed. */
  rank: (node: string) => number;

  constructor(renderer: Renderer) {
    this.renderer = renderer;
    this.rank = (n) => renderer.getGraph().degree(n);
    this.measure = document.createElement('canvas').getContext('2d');
    if (this.measure) this.measure.font = FONT;
    renderer.getCamera().on('updated', () => this.schedule());
    renderer.on('resize', () => this.schedule());
  }

  pause(): void {
    this.enabled = false;
    clearTimeout(this.timer);
  }

  resume(): void {
    this.enabled = true;
    this.schedule(0);
  }

  schedule(delay = 120): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  private width(label: string): number {
    let w = this.widths.get(label);
    if (w === undefined) {
      w = this.measure ? this.measure.measureText(label).width : label.length * 6.5;
      this.widths.set(label, w);
    }
    return w;
  }

  run(): void {
    if (!this.enabled) return;
    const r = this.renderer;
    // Mid-drag (a pause longer than the delay): placing labels now would only slow the drag down.
    if (isMoving(r)) return this.schedule();
    const graph = r.getGraph();
    const focused = r.getGraphState().hasActive;
    const { width, height } = r.getDimensions();
    const items: { key: string; box: Box; node: Box; rank: number }[] = [];
    // From the render graph's attributes and the node's state, not sigma's display data: no style rule
    // changes a node's position, size or label, and getNodeDisplayData copies a large object per node
    // (a tenth of a second, and as much garbage, at 10,000 nodes).
    graph.forEachNode((key, d) => {
      const state = r.getNodeState(key);
      if ((focused && !state.isActive) || state.isHidden || !d.label) return;
      const p = r.graphToViewport(d);
      const radius = r.scaleSize(d.size);
      if (p.x < -300 || p.y < -20 || p.x > width + 20 || p.y > height + 20) return;
      items.push({
        key,
        rank: this.rank(key),
        box: { x: p.x + radius + MARGIN - 2, y: p.y - 9, w: this.width(d.label) + 4, h: 18 },
        node: { x: p.x - radius, y: p.y - radius, w: 2 * radius, h: 2 * radius },
      });
    });
    items.sort((a, b) => b.rank - a.rank || (a.key < b.key ? -1 : 1));
    const budget = focused ? Infinity : Math.round((this.density * width * height) / AREA_PER_LABEL);
    const next = placeLabels(items, budget);
    const hide = [...this.shown].filter((k) => !next.has(k) && graph.hasNode(k));
    const show = [...next].filter((k) => !this.shown.has(k));
    if (hide.length) r.setNodesState(hide, { labelShown: false });
    if (show.length) r.setNodesState(show, { labelShown: true });
    this.shown = next;
  }

  /** Keys whose labels show now (tests and the console). */
  get shownLabels(): ReadonlySet<string> {
    return this.shown;
  }
}
