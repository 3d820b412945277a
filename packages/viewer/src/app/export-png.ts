// PNG of the current view: sigma draws into a WebGL canvas that keeps no buffer between frames, so we
// render and copy in the same task, over the page background.
import { BACKGROUND } from './palette.ts';
import type { Renderer } from './renderer.ts';

export function viewPng(renderer: Renderer): Promise<Blob> {
  renderer.refresh();
  const src = renderer.getStageCanvas();
  const out = document.createElement('canvas');
  out.width = src.width;
  out.height = src.height;
  const ctx = out.getContext('2d');
  if (!ctx)
    return Promise.reject(new Error('geokg viewer: no 2D canvas for the PNG export; try another browser'));
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(src, 0, 0);
  return new Promise((ok, fail) =>
    out.toBlob(
      (b) => (b ? ok(b) : fail(new Error('geokg viewer: the PNG export came out empty'))),
      'image/png',
    ),
  );
}
