// The status line: how much of the graph the filters leave, the ego network, the layout's progress.
import type { Dataset } from './dataset.ts';
import type { Filters, Hidden } from './filters.ts';
import type { Layout } from './layout.ts';

export function statusLine(ds: Dataset, hidden: Hidden, filters: Filters, layout?: Layout): string {
  const { graph } = ds;
  if (graph.order === 0) return 'The graph is empty: add to the store with `geokg build` or `geokg import`.';
  const shownNodes = graph.order - hidden.nodes.size;
  const shownEdges = graph.size - hidden.edges.size;
  const running = layout?.running ? ` · layout running (${layout.iterations} iterations)` : '';
  const ego = filters.ego;
  const only =
    ego && graph.hasNode(ego.node)
      ? ` · only within ${ego.depth} of ${graph.getNodeAttribute(ego.node, 'name')}`
      : '';
  const part = ds.part ? `part of the store (${decodeURIComponent(ds.part.replace(/\+/g, ' '))}) · ` : '';
  return (
    part +
    `${shownNodes.toLocaleString('en')} of ${graph.order.toLocaleString('en')} nodes · ` +
    `${shownEdges.toLocaleString('en')} of ${graph.size.toLocaleString('en')} edges${only}${running}`
  );
}
