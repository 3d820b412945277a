// Node metrics and communities with graphology's standard library, on a topology passed as plain
// arrays (what the worker receives): degree, weighted degree (claims behind the edges), PageRank (on
// the directed graph, weighted by claims), betweenness (undirected, unweighted) and Louvain communities
// (undirected, weighted, seeded so the same graph gets the same communities).
import Graph, { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { mulberry32 } from './seeded.ts';

export const METRICS = ['degree', 'weightedDegree', 'pagerank', 'betweenness', 'community'] as const;
export type MetricName = (typeof METRICS)[number];

export const METRIC_LABELS: Record<MetricName, string> = {
  degree: 'Degree',
  weightedDegree: 'Weighted degree',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
  community: 'Community',
};

/** Nodes by key; edges as [source index, target index, weight]. */
export interface Topology {
  nodes: string[];
  edges: [number, number, number][];
}

export type MetricValues = Record<MetricName, Float64Array>;

/** Above this many nodes betweenness (O(nodes × edges)) is skipped: its values are then all 0. */
export const BETWEENNESS_MAX_NODES = 6000;

export function computeMetrics(t: Topology): MetricValues {
  const n = t.nodes.length;
  const out: MetricValues = {
    degree: new Float64Array(n),
    weightedDegree: new Float64Array(n),
    pagerank: new Float64Array(n),
    betweenness: new Float64Array(n),
    community: new Float64Array(n),
  };
  const directed = new Graph({ type: 'directed' });
  const undirected = new UndirectedGraph();
  for (let i = 0; i < n; i++) {
    directed.addNode(i);
    undirected.addNode(i);
  }
  for (const [s, d, w] of t.edges) {
    out.degree[s]! += 1;
    out.degree[d]! += 1;
    out.weightedDegree[s]! += w;
    out.weightedDegree[d]! += w;
    if (s === d) continue;
    // Parallel edges (two predicates between the same pair) add up into one weighted edge.
    directed.updateDirectedEdge(s, d, (a: { weight?: number }) => ({ weight: (a.weight ?? 0) + w }));
    undirected.updateEdge(s, d, (a: { weight?: number }) => ({ weight: (a.weight ?? 0) + w }));
  }
  const pr = pagerank(directed, { getEdgeWeight: 'weight' });
  if (n <= BETWEENNESS_MAX_NODES) {
    const bt = betweenness(undirected, { getEdgeWeight: null });
    for (let i = 0; i < n; i++) out.betweenness[i] = bt[i] ?? 0;
  }
  const communities = louvain(undirected, { getEdgeWeight: 'weight', rng: mulberry32(7) });
  for (let i = 0; i < n; i++) {
    out.pagerank[i] = pr[i] ?? 0;
    out.community[i] = communities[i] ?? 0;
  }
  return out;
}
