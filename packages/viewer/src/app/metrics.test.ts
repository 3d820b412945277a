import { describe, expect, it } from 'vitest';
import { computeMetrics } from './metrics.ts';

describe('computeMetrics', () => {
  // a - b - c = d (c–d carries two claims), and e alone.
  const m = computeMetrics({
    nodes: ['a', 'b', 'c', 'd', 'e'],
    edges: [
      [0, 1, 1],
      [1, 2, 1],
      [2, 3, 2],
    ],
  });

  it('counts degree and claims-weighted degree', () => {
    expect([...m.degree]).toEqual([1, 2, 2, 1, 0]);
    expect([...m.weightedDegree]).toEqual([1, 2, 3, 2, 0]);
  });

  it('puts the middle of a chain highest by betweenness, the ends at 0', () => {
    expect(m.betweenness[1]).toBeGreaterThan(0);
    expect(m.betweenness[0]).toBe(0);
    expect(m.betweenness[4]).toBe(0);
  });

  it('ranks the sink of the chain first by PageRank and splits it into communities', () => {
    expect(Math.max(...m.pagerank)).toBe(m.pagerank[3]);
    expect(m.community[2]).toBe(m.community[3]);
    expect(m.community[0]).not.toBe(m.community[4]);
  });
});
