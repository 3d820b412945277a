// The metrics worker: PageRank, betweenness and Louvain take seconds on large graphs; here they do not
// hold the page. Receives a Topology, answers with the values (transferred, not copied).
import { computeMetrics } from './metrics.ts';
import type { Topology } from './metrics.ts';

self.onmessage = (e: MessageEvent<{ id: number; topology: Topology }>) => {
  const values = computeMetrics(e.data.topology);
  (self as unknown as Worker).postMessage(
    { id: e.data.id, values },
    Object.values(values).map((a) => a.buffer),
  );
};
