// Shortest paths between two nodes over the graph the filters leave, ignoring direction (an accusation
// and an agreement both connect): graphology-shortest-path's undirected BFS lengths from both ends,
// then every node on some shortest path walked from one end to the other, up to a few paths. Each step
// lists the visible edges between its two nodes, whichever way they point.
import { UndirectedGraph } from 'graphology';
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted';
import type { Dataset } from './dataset.ts';
import type { Hidden } from './filters.ts';

export interface PathStep {
  from: string;
  to: string;
  /** Dataset edge keys between the two nodes, shown now. */
  edges: string[];
}

export type Path = PathStep[];

export function visibleTopology(ds: Dataset, hidden: Hidden): UndirectedGraph {
  const g = new UndirectedGraph();
  ds.graph.forEachNode((key) => {
    if (!hidden.nodes.has(key)) g.addNode(key);
  });
  ds.graph.forEachEdge((key, _a, s, t) => {
    if (!hidden.edges.has(key) && s !== t && g.hasNode(s) && g.hasNode(t)) g.mergeEdge(s, t);
  });
  return g;
}

export function shortestPaths(ds: Dataset, hidden: Hidden, from: string, to: string, max = 5): Path[] {
  const g = visibleTopology(ds, hidden);
  if (!g.hasNode(from) || !g.hasNode(to) || from === to) return [];
  const dFrom = undirectedSingleSourceLength(g, from);
  const dTo = undirectedSingleSourceLength(g, to);
  const total = dFrom[to];
  if (total === undefined) return [];
  const nodePaths: string[][] = [];
  const walk = (node: string, path: string[]): void => {
    if (nodePaths.length >= max) return;
    if (node === to) return void nodePaths.push(path);
    const d = dFrom[node]!;
    for (const next of g.neighbors(node).sort()) {
      if (dFrom[next] === d + 1 && dTo[next] !== undefined && d + 1 + dTo[next]! === total)
        walk(next, [...path, next]);
    }
  };
  walk(from, [from]);
  const between = (a: string, b: string): string[] =>
    [...ds.graph.edges(a, b), ...ds.graph.edges(b, a)].filter((e) => !hidden.edges.has(e));
  return nodePaths.map((p) => p.slice(1).map((n, i) => ({ from: p[i]!, to: n, edges: between(p[i]!, n) })));
}
