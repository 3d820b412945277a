import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-declutter.ts';

const box = (x: number, y: number, w = 50, h = 16) => ({ x, y, w, h });
const dot = (x: number, y: number) => box(x, y, 8, 8);

describe('placeLabels', () => {
  it('keeps the first of two overlapping labels and drops the second', () => {
    const shown = placeLabels([
      { key: 'hub', box: box(10, 0), node: dot(0, 4) },
      { key: 'leaf', box: box(40, 5), node: dot(30, 8) },
      { key: 'far', box: box(300, 300), node: dot(290, 304) },
    ]);
    expect([...shown]).toEqual(['hub', 'far']);
  });

  it('never covers a labelled node, but may cover unlabelled small ones', () => {
    const shown = placeLabels([
      { key: 'a', box: box(10, 0), node: dot(0, 4) },
      { key: 'b', box: box(200, 0), node: dot(20, 2) }, // its node sits under a's label
    ]);
    expect([...shown]).toEqual(['a']);
  });

  it('stops at the budget, most important first', () => {
    const items = [0, 1, 2, 3].map((i) => ({
      key: `n${i}`,
      box: box(i * 100 + 10, 0),
      node: dot(i * 100, 4),
    }));
    expect([...placeLabels(items, 2)]).toEqual(['n0', 'n1']);
  });
});
