// The app controller: owns the dataset, the render graph, the filters and the selection, and keeps
// sigma, the panels and the URL in step when any of them changes.
import { LabelDeclutter } from './label-declutter.ts';
import { Neighbourhood } from './neighbourhood.ts';
import type { Dataset } from './dataset.ts';
import { byId } from './dom.ts';
import { download, fileStem } from './download.ts';
import { EvidencePanel } from './evidence-panel.ts';
import { gexfOf, visibleSubgraph } from './export-gexf.ts';
import { viewPng, visibleLegend } from './export-png.ts';
import { fitVisible, focusOn } from './camera.ts';
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
import { Tabs } from './tabs.ts';
import { Analysis } from './analysis.ts';
import { nodeActions } from './node-actions.ts';
import { Timeline } from './timeline.ts';
import { statusLine } from './status.ts';
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
  private analysis!: Analysis;
  private readonly timeline: Timeline;
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
            this.analysis?.scheduleMetrics(0);
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
    this.search = new SearchBox(byId('search'), {
      graph: ds.graph,
      onPick: (node) => this.select({ type: 'node', key: node }, true),
    });
    this.analysis = new Analysis({
      ds,
      look: this.look,
      graph: this.graph,
      renderer: this.renderer,
      labels: this.labels,
      tabs: this.tabs,
      hidden: () => this.hidden,
      index: () => this.search.prepare(),
      select: (sel) => this.select(sel, true),
    });
    this.timeline = new Timeline(byId('timeline'), {
      ds,
      filters: () => this.filters,
      onChange: () => this.applyFilters(),
    });

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
      onExportPng: () =>
        void viewPng(
          this.renderer,
          ds.title,
          byId('status').textContent ?? '',
          visibleLegend(this.ds, this.look, this.hidden),
        ).then((b) => download(b, `${fileStem(ds.title)}.png`)),
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
    this.analysis?.filtersChanged(metrics.firstFrameShown !== undefined);
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

  private refreshPanel(): void {
    const sel = this.selection;
    if (!sel) this.panel.hide();
    else if (sel.type === 'node') this.panel.showNode(sel.key);
    else this.panel.showEdge(sel.key);
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

  /** Frames what the filters leave (the whole graph when they leave nothing). */
  fit(duration = 300): void {
    fitVisible(this.renderer, this.hidden, duration);
  }

  private focus(sel: Selection): void {
    focusOn(this.renderer, sel.type === 'node' ? [sel.key] : this.graph.extremities(sel.key));
  }

  private showStatus(): void {
    byId('status').textContent = statusLine(this.ds, this.hidden, this.filters, this.layout);
  }
}
