import { describe, expect, it } from 'vitest';
import { crowdedLabels } from './label-declutter.ts';

const box = (x: number, y: number, w = 50, h = 16) => ({ x, y, w, h });

describe('crowdedLabels', () => {
  it('keeps the first of two overlapping labels and hides the second', () => {
    const hidden = crowdedLabels([
      { key: 'hub', box: box(0, 0) },
      { key: 'leaf', box: box(30, 5) },
      { key: 'far', box: box(300, 300) },
    ]);
    expect([...hidden]).toEqual(['leaf']);
  });

  it('treats other nodes as obstacles but lets a label touch its own node', () => {
    const hidden = crowdedLabels([
      { key: 'a', box: box(10, 0), node: box(0, 0, 8, 8) },
      { key: 'b', box: box(200, 0), node: box(20, 2, 8, 8) },
    ]);
    expect([...hidden]).toEqual(['a']);
  });

  it('finds overlaps across grid cells', () => {
    expect([
      ...crowdedLabels([
        { key: 'a', box: box(60, 60, 10, 10) },
        { key: 'b', box: box(0, 0, 200, 100) },
      ]),
    ]).toEqual(['b']);
  });
});
