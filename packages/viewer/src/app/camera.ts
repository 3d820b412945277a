// Camera moves: frame what the filters leave, and centre on a node or an edge.
import type { Hidden } from './filters.ts';
import type { Renderer } from './renderer.ts';

/** Frames the visible nodes (the whole graph when none is). */
export function fitVisible(renderer: Renderer, hidden: Hidden, duration = 300): void {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  renderer.getGraph().forEachNode((key) => {
    if (hidden.nodes.has(key)) return;
    const d = renderer.getNodeDisplayData(key);
    if (!d) return;
    [x0, y0, x1, y1] = [Math.min(x0, d.x), Math.min(y0, d.y), Math.max(x1, d.x), Math.max(y1, d.y)];
  });
  const camera = renderer.getCamera();
  if (x0 > x1) return void camera.reset({ duration });
  // Framed-graph units: the whole graph spans about 1 at ratio 1; leave a margin round a small set.
  const ratio = Math.min(1.2, Math.max(0.08, Math.max(x1 - x0, y1 - y0) * 1.1));
  void camera.animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio, angle: 0 }, { duration });
}

/** Centres the camera on the middle of these nodes, zooming in when far out. */
export function focusOn(renderer: Renderer, keys: string[]): void {
  const points = keys.map((k) => renderer.getNodeDisplayData(k)).filter((d) => d !== undefined);
  if (!points.length) return;
  const camera = renderer.getCamera();
  const x = points.reduce((s, p) => s + p.x, 0) / points.length;
  const y = points.reduce((s, p) => s + p.y, 0) / points.length;
  void camera.animate({ x, y, ratio: Math.min(camera.getState().ratio, 0.6) }, { duration: 400 });
}
