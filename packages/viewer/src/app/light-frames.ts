// Light frames for large graphs: nodes only, without labels and without the picking pass, drawn while
// the camera moves and while the layout moves every node. On a weak or software GPU a full frame of
// 50,000 edges takes seconds, and Chromium's software compositor holds the page until it is drawn.
//
// Sigma's hideEdgesOnMove and hideLabelsOnMove skip two draw calls while the camera moves, but sigma
// still computes every label, runs a GPU pass over every edge (their clamped ends) and draws the nodes
// a second time into its picking buffer each frame; and its public setSetting reprocesses the whole
// graph. So before each frame this switches off, in sigma's private objects, the edge program's draw
// call, the edge frame pass (only edges and their labels read it), the label switches sigma reads per
// frame and the nodes' picking pass (nothing is hovered meanwhile; sigma clears that buffer each
// frame). Should a sigma update rename any of them, that part simply stays drawn.
import type { Renderer } from './render-state.ts';

interface Pass {
  render?(...args: unknown[]): void;
  run?(...args: unknown[]): void;
}

interface SigmaInternals {
  edgeProgram?: Pass;
  edgeFramePass?: Pass;
  nodeProgram?: Pass;
  internals?: { settings?: { renderLabels?: boolean; renderEdgeLabels?: boolean } };
}

const nodesOnly = new WeakSet<Renderer>();
const light = new WeakSet<Renderer>();

/** Replaces (or restores) one method of one of sigma's GPU passes with an own property. */
function override(
  pass: Pass | undefined,
  method: 'render' | 'run',
  by: ((...a: unknown[]) => void) | null,
): void {
  if (!pass || typeof pass[method] !== 'function') return;
  const overridden = Object.prototype.hasOwnProperty.call(pass, method);
  if (by && !overridden) pass[method] = by;
  if (!by && overridden) delete pass[method];
}

function setLight(renderer: Renderer, on: boolean): void {
  if (on === light.has(renderer)) return;
  if (on) light.add(renderer);
  else light.delete(renderer);
  const s = renderer as unknown as SigmaInternals;
  override(s.edgeProgram, 'render', on ? () => undefined : null);
  override(s.edgeFramePass, 'run', on ? () => undefined : null);
  const nodes = s.nodeProgram;
  const render = nodes?.render;
  override(
    nodes,
    'render',
    on && render
      ? (params: unknown, ...rest: unknown[]) =>
          render.call(nodes, { ...(params as object), pickingFrameBuffer: null }, ...rest)
      : null,
  );
  const settings = s.internals?.settings;
  if (settings && typeof settings.renderLabels === 'boolean') settings.renderLabels = !on;
  if (settings && typeof settings.renderEdgeLabels === 'boolean') settings.renderEdgeLabels = !on;
}

/** Sigma's own test for "the camera is moving" (the one hideEdgesOnMove uses). */
export function isMoving(renderer: Renderer): boolean {
  const mouse = renderer.getMouseCaptor();
  return (
    renderer.getCamera().isAnimating() ||
    mouse.isMoving ||
    mouse.draggedEvents > 0 ||
    mouse.currentWheelDirection !== 0
  );
}

/** Makes every frame drawn while the camera moves (or while setNodesOnly is on) a light one. */
export function lightWhileMoving(renderer: Renderer): void {
  renderer.on('beforeRender', () => setLight(renderer, nodesOnly.has(renderer) || isMoving(renderer)));
}

/** Light frames until turned off, camera moving or not (a large graph while the layout runs). */
export function setNodesOnly(renderer: Renderer, on: boolean): void {
  if (on) nodesOnly.add(renderer);
  else nodesOnly.delete(renderer);
  renderer.scheduleRender();
}
