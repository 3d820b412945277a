// PNG of the current view at twice the screen's resolution, with a title and a legend of the kinds and
// relations on screen. Sigma draws into a WebGL canvas that keeps no buffer between frames, so the view
// is rendered at 2× (the pixel ratio sigma reads from window.devicePixelRatio, raised for one frame) and
// copied in the same task, over the page background.
import type { Dataset } from './dataset.ts';
import type { Hidden } from './filters.ts';
import { BACKGROUND } from './palette.ts';
import type { Look } from './palette.ts';
import type { Shape } from './palette.ts';
import type { Renderer } from './renderer.ts';

export interface LegendEntry {
  label: string;
  color: string;
  /** A node kind's shape; a relation is drawn as a line. */
  shape?: Shape;
}

const SCALE = 2;
const TITLE_H = 44;
const LEGEND_W = 240;
const ROW = 18;

/** Renders the stage at `ratio` device pixels per CSS pixel and returns a copy of it. */
function renderAt(renderer: Renderer, ratio: number): HTMLCanvasElement {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  const raise = window.devicePixelRatio < ratio;
  if (raise) Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    renderer.resize(true);
    renderer.refresh();
    const src = renderer.getStageCanvas();
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    copy.getContext('2d')?.drawImage(src, 0, 0);
    return copy;
  } finally {
    if (raise) {
      if (own) Object.defineProperty(window, 'devicePixelRatio', own);
      else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
      renderer.resize(true);
      renderer.refresh();
    }
  }
}

function swatch(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number): void {
  ctx.fillStyle = e.color;
  ctx.strokeStyle = e.color;
  ctx.beginPath();
  if (!e.shape) {
    ctx.lineWidth = 2.5;
    ctx.moveTo(x, y);
    ctx.lineTo(x + 18, y);
    ctx.stroke();
    return;
  }
  if (e.shape === 'circle') ctx.arc(x + 7, y, 6, 0, 2 * Math.PI);
  else if (e.shape === 'square') ctx.rect(x + 1, y - 6, 12, 12);
  else if (e.shape === 'rectangle') ctx.rect(x, y - 4, 16, 8);
  else {
    // A triangle or a diamond, as points around (x, y).
    const pts = e.shape === 'triangle' ? [7, -7, 14, 6, 0, 6] : [7, -7, 14, 0, 7, 7, 0, 0];
    ctx.moveTo(x + pts[0]!, y + pts[1]!);
    for (let i = 2; i < pts.length; i += 2) ctx.lineTo(x + pts[i]!, y + pts[i + 1]!);
  }
  ctx.closePath();
  ctx.fill();
}

export function viewPng(
  renderer: Renderer,
  title: string,
  subtitle: string,
  legend: { kinds: LegendEntry[]; relations: LegendEntry[] },
): Promise<Blob> {
  const stage = renderAt(renderer, SCALE);
  const k = stage.width / renderer.getContainer().offsetWidth;
  const rows = legend.kinds.length + legend.relations.length + 3;
  const out = document.createElement('canvas');
  out.width = stage.width + LEGEND_W * k;
  out.height = Math.max(stage.height + TITLE_H * k, (TITLE_H + rows * ROW + 10) * k);
  const ctx = out.getContext('2d');
  if (!ctx)
    return Promise.reject(new Error('geokg viewer: no 2D canvas for the PNG export; try another browser'));
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(stage, 0, TITLE_H * k);
  ctx.scale(k, k);
  ctx.fillStyle = '#1f2328';
  ctx.font = '600 18px sans-serif';
  ctx.fillText(title, 12, 24);
  ctx.font = '12px sans-serif';
  ctx.fillStyle = '#6b6f76';
  ctx.fillText(subtitle, 12, 39);
  let y = TITLE_H + 8;
  const x = stage.width / k + 12;
  const section = (name: string, entries: LegendEntry[]): void => {
    ctx.font = '600 11px sans-serif';
    ctx.fillStyle = '#6b6f76';
    ctx.fillText(name.toUpperCase(), x, (y += ROW) - 4);
    ctx.font = '12px sans-serif';
    for (const e of entries) {
      y += ROW;
      swatch(ctx, e, x, y - 8);
      ctx.fillStyle = '#1f2328';
      ctx.fillText(e.label, x + 24, y - 4);
    }
    y += 6;
  };
  section('Kinds', legend.kinds);
  section('Relations', legend.relations);
  return new Promise((ok, fail) =>
    out.toBlob(
      (b) => (b ? ok(b) : fail(new Error('geokg viewer: the PNG export came out empty'))),
      'image/png',
    ),
  );
}

/** The kinds and relations the view shows (what the filters leave), for the PNG's legend. */
export function visibleLegend(
  ds: Dataset,
  look: Look,
  hidden: Hidden,
): { kinds: LegendEntry[]; relations: LegendEntry[] } {
  const kinds = new Set<string>();
  const relations = new Set<string>();
  ds.graph.forEachNode((k, a) => void (hidden.nodes.has(k) || kinds.add(a.kind)));
  ds.graph.forEachEdge((k, a) => void (hidden.edges.has(k) || relations.add(a.predicate)));
  return {
    kinds: [...kinds].sort().map((k) => ({ label: k, color: look.kindColor(k), shape: look.kindShape(k) })),
    relations: [...relations].sort().map((p) => ({ label: p, color: look.predicateColor(p) })),
  };
}
