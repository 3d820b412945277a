// Runs computeMetrics in a worker over the graph the filters leave; the latest request wins.
import type { Dataset } from './dataset.ts';
import type { Hidden } from './filters.ts';
import type { MetricName, MetricValues, Topology } from './metrics.ts';

export type NodeMetrics = Record<MetricName, Map<string, number>>;

export function topologyOf(ds: Dataset, hidden: Hidden): Topology {
  const nodes: string[] = [];
  const index = new Map<string, number>();
  ds.graph.forEachNode((key) => {
    if (hidden.nodes.has(key)) return;
    index.set(key, nodes.length);
    nodes.push(key);
  });
  const edges: [number, number, number][] = [];
  ds.graph.forEachEdge((key, a, source, target) => {
    if (hidden.edges.has(key)) return;
    const s = index.get(source);
    const t = index.get(target);
    if (s !== undefined && t !== undefined) edges.push([s, t, a.claimCount ?? (a.claims.length || 1)]);
  });
  return { nodes, edges };
}

export class MetricsClient {
  private worker: Worker | undefined;
  private seq = 0;

  compute(topology: Topology): Promise<NodeMetrics | undefined> {
    this.worker ??= new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' });
    const id = ++this.seq;
    const worker = this.worker;
    return new Promise((resolve, reject) => {
      const onMessage = (e: MessageEvent<{ id: number; values: MetricValues }>): void => {
        if (e.data.id !== id) return;
        worker.removeEventListener('message', onMessage);
        // A newer request superseded this one: its answer is stale.
        if (id !== this.seq) return resolve(undefined);
        const out = {} as NodeMetrics;
        for (const [name, arr] of Object.entries(e.data.values) as [MetricName, Float64Array][]) {
          out[name] = new Map(topology.nodes.map((k, i) => [k, arr[i]!]));
        }
        resolve(out);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', (e) => reject(new Error(`metrics worker: ${e.message}`)), {
        once: true,
      });
      worker.postMessage({ id, topology });
    });
  }
}
