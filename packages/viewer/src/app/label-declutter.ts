// Labels without mush: sigma's label grid thins labels per screen cell, but long labels still run into
// each other and over nodes. After the camera settles, this walks visible nodes from the most connected
// down and hides any label whose box would cover a placed label or another node. Hover and selection
// still show theirs.
import { isMoving } from './light-frames.ts';
import type { Renderer } from './renderer.ts';

const FONT = '12px sans-serif';
const MARGIN = 5;
const CELL = 64;

interface Box {
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

interface Placed extends Box {
  /** The node a box belongs to: a label may touch its own node. */
  owner: string;
}

/**
 * Greedy placement in priority order; returns the keys whose labels must be hidden. Nodes are
 * obstacles from the start. Pure on its inputs.
 */
export function crowdedLabels(items: { key: string; box: Box; node?: Box }[]): Set<string> {
  const grid = new Map<string, Placed[]>();
  const place = (b: Placed): void => {
    for (const c of cells(b)) {
      const list = grid.get(c) ?? [];
      list.push(b);
      grid.set(c, list);
    }
  };
  for (const { key, node } of items) if (node) place({ ...node, owner: key });
  const hidden = new Set<string>();
  for (const { key, box } of items) {
    if (cells(box).some((c) => grid.get(c)?.some((b) => b.owner !== key && overlaps(b, box))))
      hidden.add(key);
    else place({ ...box, owner: key });
  }
  return hidden;
}

export class LabelDeclutter {
  private readonly renderer: Renderer;
  private readonly measure: CanvasRenderingContext2D | null;
  private readonly widths = new Map<string, number>();
  private hidden = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Off while the layout runs: labels would blink on every frame. */
  enabled = true;

  constructor(renderer: Renderer) {
    this.renderer = renderer;
    this.measure = document.createElement('canvas').getContext('2d');
    if (this.measure) this.measure.font = FONT;
    renderer.getCamera().on('updated', () => this.schedule());
    renderer.on('resize', () => this.schedule());
  }

  /** Shows every label again and stops placing them (while the layout moves everything). */
  pause(): void {
    this.enabled = false;
    clearTimeout(this.timer);
    if (this.hidden.size) this.renderer.setNodesState([...this.hidden], { labelHidden: false });
    this.hidden = new Set();
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
    const { width, height } = r.getDimensions();
    const items: { key: string; box: Box; node: Box; rank: number }[] = [];
    graph.forEachNode((key) => {
      const d = r.getNodeDisplayData(key);
      if (!d || d.visibility === 'hidden') return;
      const p = r.framedGraphToViewport(d);
      const radius = r.scaleSize(d.size);
      if (p.x < -300 || p.y < -20 || p.x > width + 20 || p.y > height + 20) return;
      items.push({
        key,
        rank: graph.degree(key),
        box: d.label
          ? { x: p.x + radius + MARGIN, y: p.y - 8, w: this.width(d.label), h: 16 }
          : { x: 0, y: 0, w: 0, h: 0 },
        node: { x: p.x - radius, y: p.y - radius, w: 2 * radius, h: 2 * radius },
      });
    });
    items.sort((a, b) => b.rank - a.rank || (a.key < b.key ? -1 : 1));
    const next = crowdedLabels(items);
    const show = [...this.hidden].filter((k) => !next.has(k) && graph.hasNode(k));
    const hide = [...next].filter((k) => !this.hidden.has(k));
    if (show.length) r.setNodesState(show, { labelHidden: false });
    if (hide.length) r.setNodesState(hide, { labelHidden: true });
    this.hidden = next;
  }
}
