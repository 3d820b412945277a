// The analysis tabs wired to the graph: metrics (computed in a worker on what the filters leave) that
// size and colour the nodes and rank their labels, shortest paths, contradictions, and the marks the
// paths and contradictions tabs put on the graph.
import { ContradictionsPanel } from './contradictions-panel.ts';
import { findContradictions } from './contradictions.ts';
import type { Dataset } from './dataset.ts';
import type { Hidden } from './filters.ts';
import type { LabelDeclutter } from './label-declutter.ts';
import { MetricsClient, topologyOf } from './metrics-client.ts';
import type { NodeMetrics } from './metrics-client.ts';
import { MetricsPanel } from './metrics-panel.ts';
import type { MetricName } from './metrics.ts';
import { colourer, sizer } from './node-look.ts';
import type { ColourBy } from './node-look.ts';
import type { Look } from './palette.ts';
import { PathsPanel } from './paths-panel.ts';
import type { RenderGraph } from './render-graph.ts';
import type { Renderer } from './renderer.ts';
import type { SearchIndex } from './search.ts';
import { Tabs } from './tabs.ts';
import { metrics } from './test-hook.ts';
import type { Selection } from './url-state.ts';

export interface AnalysisOptions {
  ds: Dataset;
  look: Look;
  graph: RenderGraph;
  renderer: Renderer;
  labels: LabelDeclutter;
  tabs: Tabs;
  hidden: () => Hidden;
  index: () => SearchIndex;
  select(sel: Selection): void;
}

interface Marks {
  nodes: string[];
  edges: string[];
}

export class Analysis {
  private readonly opts: AnalysisOptions;
  private readonly client = new MetricsClient();
  private readonly metricsPanel: MetricsPanel;
  private readonly paths: PathsPanel;
  private readonly contradictions: ContradictionsPanel;
  private values: NodeMetrics | undefined;
  private metric: MetricName = 'degree';
  private colourBy: ColourBy = 'kind';
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What the paths tab marks, kept while another tab marks something else. */
  private pathMarks: Marks = { nodes: [], edges: [] };
  private marked: Marks = { nodes: [], edges: [] };

  constructor(opts: AnalysisOptions) {
    this.opts = opts;
    const { ds } = opts;
    const selectNode = (key: string): void => opts.select({ type: 'node', key });
    const selectEdge = (key: string): void => opts.select({ type: 'edge', key });
    this.metricsPanel = new MetricsPanel(Tabs.panel('metrics'), {
      ds,
      metric: () => this.metric,
      colourBy: () => this.colourBy,
      onMetric: (m) => {
        this.metric = m;
        this.applyLook();
      },
      onColourBy: (c) => {
        this.colourBy = c;
        this.applyLook();
      },
      onSelectNode: selectNode,
    });
    this.paths = new PathsPanel(Tabs.panel('paths'), {
      ds,
      hidden: opts.hidden,
      index: opts.index,
      onMark: (nodes, edges) => {
        this.pathMarks = { nodes, edges };
        if (opts.tabs.current === 'paths') this.mark(this.pathMarks);
      },
      onSelectEdge: selectEdge,
      onSelectNode: selectNode,
    });
    this.contradictions = new ContradictionsPanel(Tabs.panel('contradictions'), {
      ds,
      list: findContradictions(ds),
      onSelectEdge: selectEdge,
    });
    // Marks follow the tab: a path's on the paths tab, every contradiction's on that tab.
    opts.tabs.onShow = (tab) => {
      if (tab === 'contradictions') this.mark({ nodes: [], edges: this.contradictions.edges() });
      else if (tab === 'paths') this.mark(this.pathMarks);
      else this.mark({ nodes: [], edges: [] });
    };
  }

  /** After a filter change: paths again now, metrics a moment later (once the graph is on screen). */
  filtersChanged(shown: boolean): void {
    if (shown) this.scheduleMetrics();
    this.paths.refresh();
  }

  /** Marks nodes and edges (drawn on top, edges thick and black), replacing the previous marks. */
  private mark(next: Marks): void {
    const r = this.opts.renderer;
    r.setNodesState(this.marked.nodes, { isMarked: false });
    r.setEdgesState(this.marked.edges, { isMarked: false });
    this.marked = next;
    r.setNodesState(next.nodes, { isMarked: true });
    r.setEdgesState(next.edges, { isMarked: true });
  }

  /** Metrics of the visible graph, in the worker, a moment after the filters stop changing. */
  scheduleMetrics(delay = 250): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.metricsPanel.setMetrics(this.values, true);
      this.client
        .compute(topologyOf(this.opts.ds, this.opts.hidden()))
        .then((m) => {
          if (!m) return;
          this.values = m;
          this.metricsPanel.setMetrics(m, false);
          this.applyLook();
        })
        .catch((e: unknown) => console.error(e));
    }, delay);
  }

  /** Sizes, colours and label ranks from the chosen metric (kind colours unless asked otherwise). */
  private applyLook(): void {
    const m = this.values;
    if (!m) return;
    const { graph, look, labels, renderer } = this.opts;
    const values = m[this.metric];
    const size = sizer(this.metric, values);
    const colour = colourer(this.colourBy, this.metric, m);
    // Written into the attribute objects, and only sigma told, of only the nodes that changed: through
    // graphology (updateEachNodeAttributes) sigma would restyle every node however few changed. Nothing
    // else listens for size or colour; sigma's own handler would refresh the same way (no reindexing, as
    // neither position nor order changes).
    const changed: string[] = [];
    graph.forEachNode((key, a) => {
      // Nodes the filters hide are not measured; they keep a small size for when they come back.
      const s = values.has(key) ? size(key) : 3;
      const c = colour && values.has(key) ? colour(key) : look.kindColor(a.kind);
      if (a.size === s && a.color === c) return;
      a.size = s;
      a.color = c;
      changed.push(key);
    });
    if (changed.length)
      renderer.refresh({ partialGraph: { nodes: changed }, skipIndexation: true, schedule: true });
    labels.rank = (key) => values.get(key) ?? 0;
    labels.schedule(0);
    metrics.lookApplied = performance.now();
  }
}
