// Small SVG samples for the legend: a node shape in its colour, an edge line in its colour and dash.
import { svg } from './dom.ts';
import type { Shape } from './palette.ts';

export function shapeSwatch(shape: Shape, color: string): SVGElement {
  const common = { fill: color, stroke: 'none' };
  const body: Record<Shape, () => SVGElement> = {
    circle: () => svg('circle', { cx: 8, cy: 8, r: 6, ...common }),
    square: () => svg('rect', { x: 2.5, y: 2.5, width: 11, height: 11, rx: 1.5, ...common }),
    triangle: () => svg('polygon', { points: '8,1.5 14.5,14 1.5,14', ...common }),
    diamond: () => svg('polygon', { points: '8,1 15,8 8,15 1,8', ...common }),
    rectangle: () => svg('rect', { x: 1, y: 4.5, width: 14, height: 7, rx: 2, ...common }),
  };
  return svg('svg', { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true', class: 'swatch' }, [
    body[shape](),
  ]);
}

export function lineSwatch(color: string, dash = 0, gap = 0, opacity = 1): SVGElement {
  const line = svg('line', {
    x1: 1,
    y1: 8,
    x2: 22,
    y2: 8,
    stroke: color,
    'stroke-width': 2.2,
    'stroke-opacity': opacity,
    ...(dash ? { 'stroke-dasharray': `${dash} ${gap}` } : {}),
  });
  const head = svg('polygon', { points: '22,4 29,8 22,12', fill: color, 'fill-opacity': opacity });
  return svg(
    'svg',
    { width: 30, height: 16, viewBox: '0 0 30 16', 'aria-hidden': 'true', class: 'swatch line' },
    [line, head],
  );
}
