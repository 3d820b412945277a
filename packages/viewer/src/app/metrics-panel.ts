// The metrics tab: which metric sizes the nodes and ranks their labels, what colours them, and a
// sortable table of the top actors (click a column to sort by it, a row to select the node).
import type { Dataset } from './dataset.ts';
import { clear, el } from './dom.ts';
import type { NodeMetrics } from './metrics-client.ts';
import { METRIC_LABELS } from './metrics.ts';
import type { MetricName } from './metrics.ts';
import type { ColourBy } from './node-look.ts';

export interface MetricsPanelOptions {
  ds: Dataset;
  metric: () => MetricName;
  colourBy: () => ColourBy;
  onMetric(m: MetricName): void;
  onColourBy(c: ColourBy): void;
  onSelectNode(key: string): void;
}

const SIZE_METRICS: MetricName[] = ['degree', 'weightedDegree', 'pagerank', 'betweenness'];
const COLUMNS: MetricName[] = ['degree', 'weightedDegree', 'pagerank', 'betweenness', 'community'];
const SHORT: Record<MetricName, string> = {
  degree: 'Deg.',
  weightedDegree: 'W. deg.',
  pagerank: 'PageRank',
  betweenness: 'Betw.',
  community: 'Comm.',
};
const TOP = 15;

const fmt = (m: MetricName, v: number): string =>
  m === 'pagerank' || m === 'betweenness' ? v.toFixed(3) : String(Math.round(v));

export class MetricsPanel {
  private readonly root: HTMLElement;
  private readonly opts: MetricsPanelOptions;
  private metrics: NodeMetrics | undefined;
  private sortBy: MetricName | 'name' | undefined;
  private busy = true;

  constructor(root: HTMLElement, opts: MetricsPanelOptions) {
    this.root = root;
    this.opts = opts;
    this.render();
  }

  setMetrics(m: NodeMetrics | undefined, busy: boolean): void {
    this.metrics = m;
    this.busy = busy;
    this.render();
  }

  private select<T extends string>(
    id: string,
    label: string,
    value: T,
    options: [T, string][],
    on: (v: T) => void,
  ) {
    const s = el('select', { attrs: { id } });
    for (const [v, text] of options) s.append(el('option', { text, attrs: { value: v } }));
    s.value = value;
    s.addEventListener('change', () => on(s.value as T));
    return el('div', { class: 'filter' }, [el('label', { attrs: { for: id } }, [label, ' ']), s]);
  }

  private table(): HTMLElement {
    const m = this.metrics;
    if (!m) return el('p', { class: 'muted', text: 'Computing metrics…' });
    const { ds } = this.opts;
    const sortBy = this.sortBy ?? this.opts.metric();
    const actors = [...m.degree.keys()].filter((k) =>
      ds.kinds.get(ds.graph.getNodeAttribute(k, 'kind'))?.lineage.includes('Actor'),
    );
    const name = (k: string): string => ds.graph.getNodeAttribute(k, 'name');
    actors.sort((a, b) =>
      sortBy === 'name'
        ? name(a).localeCompare(name(b))
        : m[sortBy].get(b)! - m[sortBy].get(a)! || name(a).localeCompare(name(b)),
    );
    const head = el('tr', {}, [
      this.th('name', 'Actor'),
      ...COLUMNS.map((c) => this.th(c, SHORT[c], METRIC_LABELS[c])),
    ]);
    const rows = actors.slice(0, TOP).map((k) => {
      const a = ds.graph.getNodeAttributes(k);
      const country = (a as { country?: string; iso3?: string }).country ?? (a as { iso3?: string }).iso3;
      const row = el('tr', { attrs: { 'data-node': k } }, [
        el('td', { class: 'actor' }, [
          el('span', { text: a.name }),
          el('span', { class: 'actor-kind', text: `${a.kind}${country ? ` · ${country}` : ''}` }),
        ]),
        ...COLUMNS.map((c) => el('td', { class: 'num', text: fmt(c, m[c].get(k) ?? 0) })),
      ]);
      row.addEventListener('click', () => this.opts.onSelectNode(k));
      return row;
    });
    return el('table', { class: 'metric-table', attrs: { id: 'top-actors' } }, [
      el('thead', {}, [head]),
      el('tbody', {}, rows),
    ]);
  }

  private th(key: MetricName | 'name', text: string, title?: string): HTMLElement {
    const active = (this.sortBy ?? this.opts.metric()) === key;
    const th = el('th', {
      text: `${text}${active ? (key === 'name' ? ' ↑' : ' ↓') : ''}`,
      ...(title ? { title: `${title}: click to sort` } : {}),
      attrs: {
        'data-sort': key,
        scope: 'col',
        'aria-sort': active ? (key === 'name' ? 'ascending' : 'descending') : 'none',
      },
    });
    th.addEventListener('click', () => {
      this.sortBy = key;
      this.render();
    });
    return th;
  }

  render(): void {
    clear(this.root);
    const { metric, colourBy } = this.opts;
    this.root.append(
      el('section', { class: 'legend-section' }, [
        el('h2', { text: 'Metrics' }),
        this.select(
          'metric',
          'Size and labels by',
          metric(),
          SIZE_METRICS.map((m) => [m, METRIC_LABELS[m]]),
          (m) => {
            // The table follows the new metric (a column clicked before no longer holds).
            this.sortBy = undefined;
            this.opts.onMetric(m);
            this.render();
          },
        ),
        this.select<ColourBy>(
          'colour-by',
          'Colour by',
          colourBy(),
          [
            ['kind', 'Kind'],
            ['community', 'Community (Louvain)'],
            ['metric', 'The metric (viridis)'],
          ],
          (c) => this.opts.onColourBy(c),
        ),
        el('p', {
          class: 'muted',
          text: this.busy
            ? 'Computing on the visible graph…'
            : 'Computed on the visible graph (what the filters leave), in a worker.',
        }),
        el('h2', { text: 'Top actors' }),
        this.table(),
      ]),
    );
  }
}
