// The paths tab: two actors chosen by search, the shortest paths between them over what the filters
// leave (marked on the graph), and each edge of a path a button that opens its evidence.
import type { Dataset } from './dataset.ts';
import { clear, el } from './dom.ts';
import type { Hidden } from './filters.ts';
import type { Path } from './paths.ts';
import { shortestPaths } from './paths.ts';
import { SearchBox } from './search-box.ts';
import type { SearchIndex } from './search.ts';

export interface PathsPanelOptions {
  ds: Dataset;
  hidden: () => Hidden;
  index: () => SearchIndex;
  /** Marks these nodes and edges on the graph (and unmarks the previous ones). */
  onMark(nodes: string[], edges: string[]): void;
  onSelectEdge(key: string): void;
  onSelectNode(key: string): void;
}

export class PathsPanel {
  private readonly opts: PathsPanelOptions;
  private readonly results: HTMLElement;
  private from: string | undefined;
  private to: string | undefined;

  constructor(root: HTMLElement, opts: PathsPanelOptions) {
    this.opts = opts;
    const box = (id: string, placeholder: string, set: (k: string) => void): HTMLElement => {
      const holder = el('div', { class: 'search path-search' });
      new SearchBox(holder, { graph: opts.ds.graph, id, placeholder, index: opts.index, onPick: set });
      return holder;
    };
    this.results = el('div', { class: 'path-results', attrs: { id: 'path-results' } });
    root.append(
      el('section', { class: 'legend-section' }, [
        el('h2', { text: 'Shortest paths' }),
        box('path-from-input', 'From…', (k) => {
          this.from = k;
          this.update();
        }),
        box('path-to-input', 'To…', (k) => {
          this.to = k;
          this.update();
        }),
        this.results,
      ]),
    );
  }

  /** After a filter change: the paths again, if two nodes are chosen. */
  refresh(): void {
    if (this.from && this.to) this.update();
  }

  /** Finds the paths (after a pick). */
  update(): void {
    clear(this.results);
    const { ds } = this.opts;
    if (!this.from || !this.to) {
      this.results.append(el('p', { class: 'muted', text: 'Choose two nodes.' }));
      return this.opts.onMark([], []);
    }
    const paths = shortestPaths(ds, this.opts.hidden(), this.from, this.to);
    if (!paths.length) {
      this.results.append(el('p', { class: 'muted', text: 'No path between them in the visible graph.' }));
      return this.opts.onMark([], []);
    }
    const hops = paths[0]!.length;
    this.results.append(
      el('p', {
        class: 'muted',
        text: `${paths.length}${paths.length >= 5 ? '+' : ''} shortest path${paths.length === 1 ? '' : 's'} of ${hops} step${hops === 1 ? '' : 's'}`,
      }),
      ...paths.map((p, i) => this.path(p, i)),
    );
    const nodes = new Set(paths.flatMap((p) => p.flatMap((s) => [s.from, s.to])));
    this.opts.onMark(
      [...nodes],
      paths.flatMap((p) => p.flatMap((s) => s.edges)),
    );
  }

  private path(p: Path, i: number): HTMLElement {
    const { ds } = this.opts;
    const node = (k: string): HTMLElement => {
      const b = el('button', {
        class: 'link node-link',
        text: ds.graph.getNodeAttribute(k, 'name'),
        attrs: { type: 'button' },
      });
      b.dataset.node = k;
      b.addEventListener('click', () => this.opts.onSelectNode(k));
      return b;
    };
    const items: HTMLElement[] = [el('li', {}, [node(p[0]!.from)])];
    for (const step of p) {
      const edges = step.edges.map((e) => {
        const a = ds.graph.getEdgeAttributes(e);
        const forward = ds.graph.source(e) === step.from;
        const b = el('button', {
          class: 'link edge-link path-edge',
          text: forward ? `${a.predicate} →` : `← ${a.predicate}`,
          attrs: { type: 'button' },
        });
        b.dataset.edge = e;
        b.addEventListener('click', () => this.opts.onSelectEdge(e));
        return b;
      });
      items.push(el('li', { class: 'path-step' }, edges), el('li', {}, [node(step.to)]));
    }
    return el('ol', { class: 'path', attrs: { 'data-path': String(i) } }, items);
  }
}
