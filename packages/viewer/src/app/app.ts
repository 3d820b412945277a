// The app controller: owns the dataset, the render graph, the filters and the selection, and keeps
// sigma, the panels and the URL in step when any of them changes.
import { LabelDeclutter } from './label-declutter.ts';
import { Neighbourhood } from './neighbourhood.ts';
import type { Dataset } from './dataset.ts';
import { byId } from './dom.ts';
import { download, fileStem } from './download.ts';
import { EvidencePanel } from './evidence-panel.ts';
import { gexfOf, visibleSubgraph } from './export-gexf.ts';
import { viewPng } from './export-png.ts';
import type { Filters, Hidden } from './filters.ts';
import { defaultHiddenKinds, emptyFilters, hiddenBy, isFiltering } from './filters.ts';
import { FiltersPanel } from './filters-panel.ts';
import { Layout, autoIterations } from './layout.ts';
import { Legend } from './legend.ts';
import type { Look } from './palette.ts';
import { lookOf } from './palette.ts';
import { initialPositions, loadPositions, savePositions } from './positions.ts';
import { renderGraphOf } from './render-graph.ts';
import type { RenderGraph } from './render-graph.ts';
import { setNodesOnly } from './light-frames.ts';
import { LARGE_GRAPH_EDGES, createRenderer } from './renderer.ts';
import type { Renderer } from './renderer.ts';
import { SearchBox } from './search-box.ts';
import { installHook, metrics } from './test-hook.ts';
import { Toolbar } from './toolbar.ts';
import { MetricsClient, topologyOf } from './metrics-client.ts';
import type { NodeMetrics } from './metrics-client.ts';
import type { MetricName } from './metrics.ts';
import { MetricsPanel } from './metrics-panel.ts';
import type { ColourBy } from './node-look.ts';
import { colourer, sizer } from './node-look.ts';
import { Tabs } from './tabs.ts';
import { nodeActions } from './node-actions.ts';
import { PathsPanel } from './paths-panel.ts';
import { ContradictionsPanel } from './contradictions-panel.ts';
import { findContradictions } from './contradictions.ts';
import { Timeline } from './timeline.ts';
import type { Selection, ViewState } from './url-state.ts';
import { decodeViewState, encodeViewState } from './url-state.ts';

export class App {
  readonly ds: Dataset;
  readonly look: Look;
  readonly graph: RenderGraph;
  readonly renderer: Renderer;
  readonly layout: Layout;
  /** Kinds hidden until asked for (documents; events on large graphs). */
  private readonly defaultKinds: Set<string>;
  private filters: Filters = emptyFilters();
  private hidden: Hidden = { nodes: new Set(), edges: new Set() };
  private selection: Selection | undefined;
  private readonly neighbourhood: Neighbourhood;
  private readonly labels: LabelDeclutter;
  private readonly panel: EvidencePanel;
  private readonly toolbar: Toolbar;
  private readonly legend: Legend;
  private readonly search: SearchBox;
  private filtersPanel!: FiltersPanel;
  readonly tabs: Tabs;
  private readonly metricsClient = new MetricsClient();
  private readonly metricsPanel: MetricsPanel;
  private metrics: NodeMetrics | undefined;
  private metric: MetricName = 'degree';
  private colourBy: ColourBy = 'kind';
  private metricsTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly paths: PathsPanel;
  private readonly contradictions: ContradictionsPanel;
  private readonly timeline: Timeline;
  /** What the paths tab marks, kept while another tab marks something else. */
  private pathMarks: { nodes: string[]; edges: string[] } = { nodes: [], edges: [] };
  /** Nodes and edges marked on the graph (a path, a contradiction). */
  private marked: { nodes: string[]; edges: string[] } = { nodes: [], edges: [] };
  private urlTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(ds: Dataset) {
    this.ds = ds;
    this.defaultKinds = defaultHiddenKinds(ds);
    this.look = lookOf(ds.ontology.kinds, ds.ontology.predicates);
    const saved = loadPositions(ds.id);
    const unplaced = ds.graph.filterNodes((n) => !saved.has(n)).length;
    this.graph = renderGraphOf(ds, this.look, initialPositions(ds.graph, saved));
    this.renderer = createRenderer(this.graph, byId('graph'), {
      // A large graph about to be laid out shows its nodes moving first (see the layout's onStart).
      nodesOnly: unplaced > 0 && this.graph.size > LARGE_GRAPH_EDGES,
      onFirstFrame: () => {
        metrics.firstFrame = performance.now();
        // The frame is on screen once the browser's task that draws it is over (on a software GPU
        // that includes waiting for the GPU process); work nothing on screen needs yet waits till then.
        requestAnimationFrame(() =>
          setTimeout(() => {
            metrics.firstFrameShown = performance.now();
            this.search?.prepare();
            this.scheduleMetrics(0);
          }, 0),
        );
      },
    });
    metrics.rendererReady = performance.now();

    this.labels = new LabelDeclutter(this.renderer);
    const view = decodeViewState(location.hash, this.defaultKinds);
    this.filters = view.filters;
    this.neighbourhood = new Neighbourhood(this.renderer, this.graph, () => this.labels.schedule(0));
    this.panel = new EvidencePanel(byId('evidence'), {
      ds,
      look: this.look,
      filters: () => this.filters,
      isEdgeHidden: (k) => this.hidden.edges.has(k),
      isNodeHidden: (k) => this.hidden.nodes.has(k),
      onSelectNode: (k) => this.select({ type: 'node', key: k }, true),
      onSelectEdge: (k) => this.select({ type: 'edge', key: k }, true),
      onClose: () => this.select(undefined),
      nodeActions: (key) =>
        nodeActions(key, { filters: () => this.filters, onChange: () => this.applyFilters() }),
    });
    this.legend = new Legend(byId('legend'), {
      ds,
      look: this.look,
      filters: () => this.filters,
      onChange: () => this.applyFilters(),
    });
    this.mountFiltersPanel();
    this.tabs = new Tabs(byId('tabs'));
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
      onSelectNode: (k) => this.select({ type: 'node', key: k }, true),
    });
    this.search = new SearchBox(byId('search'), {
      graph: ds.graph,
      onPick: (node) => this.select({ type: 'node', key: node }, true),
    });
    this.paths = new PathsPanel(Tabs.panel('paths'), {
      ds,
      hidden: () => this.hidden,
      index: () => this.search.prepare(),
      onMark: (nodes, edges) => {
        this.pathMarks = { nodes, edges };
        if (this.tabs.current === 'paths') this.mark(nodes, edges);
      },
      onSelectEdge: (k) => this.select({ type: 'edge', key: k }, true),
      onSelectNode: (k) => this.select({ type: 'node', key: k }, true),
    });
    this.contradictions = new ContradictionsPanel(Tabs.panel('contradictions'), {
      ds,
      list: findContradictions(ds),
      onSelectEdge: (k) => this.select({ type: 'edge', key: k }, true),
    });
    this.timeline = new Timeline(byId('timeline'), {
      ds,
      filters: () => this.filters,
      onChange: () => this.applyFilters(),
    });
    // Marks follow the tab: a path's on the paths tab, every contradiction's on that tab.
    this.tabs.onShow = (tab) => {
      if (tab === 'contradictions') this.mark([], this.contradictions.edges());
      else if (tab === 'paths') this.mark(this.pathMarks.nodes, this.pathMarks.edges);
      else this.mark([], []);
    };

    this.layout = new Layout(this.graph, {
      onStart: () => {
        this.labels.pause();
        // A large graph moves as dots: tens of thousands of edges redrawn every frame would hold the
        // page (and the worker, which waits on the page between iterations) wherever the GPU is weak.
        if (this.graph.size > LARGE_GRAPH_EDGES) setNodesOnly(this.renderer, true);
      },
      onTick: () => this.showStatus(),
      onStop: () => {
        savePositions(
          ds.id,
          this.graph.mapNodes((k, a) => [k, a] as [string, { x: number; y: number }]),
        );
        this.toolbar.setLayoutRunning(false);
        if (this.graph.size > LARGE_GRAPH_EDGES) setNodesOnly(this.renderer, false);
        this.labels.resume();
        this.showStatus();
      },
    });
    this.toolbar = new Toolbar(byId('toolbar'), {
      onToggleLayout: () => (this.layout.running ? this.layout.stop() : this.startLayout()),
      onFit: () => this.fit(),
      onExportPng: () => void viewPng(this.renderer).then((b) => download(b, `${fileStem(ds.title)}.png`)),
      onExportGexf: () =>
        download(
          new Blob([gexfOf(visibleSubgraph(ds, this.graph, this.hidden))], { type: 'application/xml' }),
          `${fileStem(ds.title)}.gexf`,
        ),
    });

    this.renderer.on('clickNode', ({ node }) => this.select({ type: 'node', key: node }));
    this.renderer.on('clickEdge', ({ edge }) => this.select({ type: 'edge', key: edge }));
    this.renderer.on('clickStage', () => this.select(undefined));
    this.renderer.getCamera().on('updated', () => this.scheduleUrl());
    // Sigma measures its container on render but only listens to window resizes: the evidence panel
    // opening narrows the container without one.
    new ResizeObserver(() => this.renderer.scheduleRender()).observe(this.renderer.getContainer());
    window.addEventListener('hashchange', () =>
      this.applyView(decodeViewState(location.hash, this.defaultKinds)),
    );

    this.applyView(view);
    installHook(this.renderer, this.layout, {
      hidden: () => this.hidden,
      selection: () => this.selection,
      shownLabels: () => [...this.labels.shownLabels],
    });
    // A graph never laid out (or grown since) settles once by itself; a saved layout is left alone.
    if (unplaced > 0) this.startLayout(autoIterations(this.graph.order));
    else {
      this.labels.schedule(0);
      this.showStatus();
    }
  }

  private mountFiltersPanel(): void {
    this.filtersPanel = new FiltersPanel(byId('filters'), {
      ds: this.ds,
      filters: () => this.filters,
      onChange: () => this.applyFilters(),
      labelDensity: () => this.labels.density,
      onLabelDensity: (d) => {
        this.labels.density = d;
        this.labels.schedule(0);
      },
      onReset: () => {
        this.filters = emptyFilters(this.defaultKinds);
        this.legend.render();
        this.filtersPanel.render();
        this.timeline.render();
        this.applyFilters();
      },
    });
  }

  private startLayout(maxIterations?: number): void {
    this.layout.start(maxIterations);
    this.toolbar.setLayoutRunning(this.layout.running);
  }

  /** Applies a whole view (from the URL): filters, selection, camera. */
  private applyView(view: ViewState): void {
    this.filters = view.filters;
    this.legend.render();
    this.filtersPanel.render();
    this.timeline?.render();
    this.applyFilters(false);
    this.select(view.selection, false, false);
    if (view.camera) this.renderer.getCamera().setState(view.camera);
  }

  applyFilters(writeUrl = true): void {
    // No filter and nothing hidden (every first load): no need to walk every claim.
    const next =
      isFiltering(this.filters) || this.hidden.nodes.size || this.hidden.edges.size
        ? hiddenBy(this.ds, this.filters)
        : this.hidden;
    const prev = this.hidden;
    const changed = (a: Set<string>, b: Set<string>): string[] => [...a].filter((k) => !b.has(k));
    this.renderer.setNodesState(changed(next.nodes, prev.nodes), { isHidden: true });
    this.renderer.setNodesState(changed(prev.nodes, next.nodes), { isHidden: false });
    this.renderer.setEdgesState(changed(next.edges, prev.edges), { isHidden: true });
    this.renderer.setEdgesState(changed(prev.edges, next.edges), { isHidden: false });
    this.hidden = next;
    this.labels.schedule();
    if (metrics.firstFrameShown !== undefined) this.scheduleMetrics();
    this.paths?.refresh();
    // The panel shows which relations and claims the filters now hide.
    this.refreshPanel();
    this.showStatus();
    if (writeUrl) this.scheduleUrl();
  }

  select(sel: Selection | undefined, focus = false, writeUrl = true): void {
    const valid =
      sel && (sel.type === 'node' ? this.graph.hasNode(sel.key) : this.graph.hasEdge(sel.key))
        ? sel
        : undefined;
    const prev = this.selection;
    if (prev?.type === 'node') this.renderer.setNodeState(prev.key, { isSelected: false });
    if (prev?.type === 'edge') this.renderer.setEdgeState(prev.key, { isSelected: false });
    this.selection = valid;
    if (valid?.type === 'node') this.renderer.setNodeState(valid.key, { isSelected: true });
    if (valid?.type === 'edge') this.renderer.setEdgeState(valid.key, { isSelected: true });
    this.neighbourhood.pin(valid);
    this.refreshPanel();
    if (valid && focus) this.focus(valid);
    if (writeUrl) this.scheduleUrl();
  }

  /** Marks nodes and edges (drawn on top, edges thick and black), replacing the previous marks. */
  mark(nodes: string[], edges: string[]): void {
    this.renderer.setNodesState(this.marked.nodes, { isMarked: false });
    this.renderer.setEdgesState(this.marked.edges, { isMarked: false });
    this.marked = { nodes, edges };
    this.renderer.setNodesState(nodes, { isMarked: true });
    this.renderer.setEdgesState(edges, { isMarked: true });
  }

  /** Metrics of the visible graph, in the worker, a moment after the filters stop changing. */
  private scheduleMetrics(delay = 250): void {
    clearTimeout(this.metricsTimer);
    this.metricsTimer = setTimeout(() => {
      this.metricsPanel.setMetrics(this.metrics, true);
      this.metricsClient
        .compute(topologyOf(this.ds, this.hidden))
        .then((m) => {
          if (!m) return;
          this.metrics = m;
          this.metricsPanel.setMetrics(m, false);
          this.applyLook();
        })
        .catch((e: unknown) => console.error(e));
    }, delay);
  }

  /** Sizes, colours and label ranks from the chosen metric (kind colours unless asked otherwise). */
  private applyLook(): void {
    const m = this.metrics;
    if (!m) return;
    const values = m[this.metric];
    const size = sizer(this.metric, values);
    const colour = colourer(this.colourBy, this.metric, m);
    const hiddenSize = 3;
    this.graph.updateEachNodeAttributes(
      (key, a) => ({
        ...a,
        size: values.has(key) ? size(key) : hiddenSize,
        color: colour && values.has(key) ? colour(key) : this.look.kindColor(a.kind),
      }),
      { attributes: ['size', 'color'] },
    );
    this.labels.rank = (key) => values.get(key) ?? 0;
    this.labels.schedule(0);
    metrics.lookApplied = performance.now();
  }

  private refreshPanel(): void {
    const sel = this.selection;
    if (!sel) this.panel.hide();
    else if (sel.type === 'node') this.panel.showNode(sel.key);
    else this.panel.showEdge(sel.key);
  }

  /** Centres the camera on a node or an edge's midpoint, zooming in when far out. */
  private focus(sel: Selection): void {
    const keys = sel.type === 'node' ? [sel.key] : this.graph.extremities(sel.key);
    const points = keys.map((k) => this.renderer.getNodeDisplayData(k)).filter((d) => d !== undefined);
    if (!points.length) return;
    const camera = this.renderer.getCamera();
    const x = points.reduce((s, p) => s + p.x, 0) / points.length;
    const y = points.reduce((s, p) => s + p.y, 0) / points.length;
    void camera.animate({ x, y, ratio: Math.min(camera.getState().ratio, 0.6) }, { duration: 400 });
  }

  /** Frames what the filters leave (the whole graph when they leave nothing). */
  fit(duration = 300): void {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    this.graph.forEachNode((key) => {
      if (this.hidden.nodes.has(key)) return;
      const d = this.renderer.getNodeDisplayData(key);
      if (!d) return;
      [x0, y0, x1, y1] = [Math.min(x0, d.x), Math.min(y0, d.y), Math.max(x1, d.x), Math.max(y1, d.y)];
    });
    const camera = this.renderer.getCamera();
    if (x0 > x1) return void camera.reset({ duration });
    // Framed-graph units: the whole graph spans about 1 at ratio 1; leave a margin round a small set.
    const ratio = Math.min(1.2, Math.max(0.08, Math.max(x1 - x0, y1 - y0) * 1.1));
    void camera.animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio, angle: 0 }, { duration });
  }

  private scheduleUrl(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      const hash = encodeViewState(
        {
          camera: this.renderer.getCamera().getState(),
          filters: this.filters,
          ...(this.selection ? { selection: this.selection } : {}),
        },
        this.defaultKinds,
      );
      // replaceState: a view change is not a history step, and no hashchange fires back at us.
      history.replaceState(null, '', `#${hash}`);
    }, 150);
  }

  private showStatus(): void {
    const { graph } = this.ds;
    const shownNodes = graph.order - this.hidden.nodes.size;
    const shownEdges = graph.size - this.hidden.edges.size;
    const layout = this.layout?.running ? ` · layout running (${this.layout.iterations} iterations)` : '';
    if (graph.order === 0) {
      byId('status').textContent =
        'The graph is empty: add to the store with `geokg build` or `geokg import`.';
      return;
    }
    const ego = this.filters.ego;
    const only =
      ego && graph.hasNode(ego.node)
        ? ` · only within ${ego.depth} of ${graph.getNodeAttribute(ego.node, 'name')}`
        : '';
    byId('status').textContent =
      `${shownNodes.toLocaleString('en')} of ${graph.order.toLocaleString('en')} nodes · ` +
      `${shownEdges.toLocaleString('en')} of ${graph.size.toLocaleString('en')} edges${only}${layout}`;
  }
}
