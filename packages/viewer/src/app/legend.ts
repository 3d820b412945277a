// The legend, which is also the kind, predicate and modality filter: one checkbox per entry, with its
// shape or line sample and how many nodes or edges it covers. Unticking an entry hides what it covers.
import type { Dataset } from './dataset.ts';
import { clear, el } from './dom.ts';
import type { Filters } from './filters.ts';
import { MODALITY_LOOKS, modalityLook } from './modality.ts';
import type { Look } from './palette.ts';
import { lineSwatch, shapeSwatch } from './swatch.ts';

export interface LegendOptions {
  ds: Dataset;
  look: Look;
  filters: () => Filters;
  onChange(): void;
}

type Facet = 'kind' | 'predicate' | 'modality';

const hiddenSet = (f: Filters, facet: Facet): Set<string> =>
  facet === 'kind' ? f.hiddenKinds : facet === 'predicate' ? f.hiddenPredicates : f.hiddenModalities;

/** The whole name, breakable only between its words (IntergovernmentalOrganization, appeals-for-restraint). */
function wrappable(name: string): (Node | string)[] {
  const parts = name.split(/(?<=[a-z])(?=[A-Z])|(?<=-)/);
  return parts.flatMap((p, i) => (i ? [document.createElement('wbr'), p] : [p]));
}

const byCount = (counts: Map<string, number>): string[] =>
  [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));

export class Legend {
  private readonly root: HTMLElement;
  private readonly opts: LegendOptions;

  constructor(root: HTMLElement, opts: LegendOptions) {
    this.root = root;
    this.opts = opts;
    this.render();
  }

  private item(facet: Facet, name: string, count: number, swatch: Element, about?: string): HTMLElement {
    const box = el('input', { attrs: { type: 'checkbox' } });
    box.dataset[facet] = name;
    box.checked = !hiddenSet(this.opts.filters(), facet).has(name);
    box.addEventListener('change', () => {
      const set = hiddenSet(this.opts.filters(), facet);
      if (box.checked) set.delete(name);
      else set.add(name);
      this.opts.onChange();
    });
    // Modalities say what they mean in plain sight; kinds and predicates in a tooltip.
    const note = facet === 'modality' && about ? el('span', { class: 'legend-note', text: about }) : null;
    return el('label', { class: `legend-item${count ? '' : ' empty'}`, ...(about ? { title: about } : {}) }, [
      box,
      swatch,
      el('span', { class: 'legend-name' }, wrappable(name)),
      el('span', { class: 'legend-count', text: String(count) }),
      note,
    ]);
  }

  private section(title: string, facet: Facet, names: string[], items: HTMLElement[]): HTMLElement {
    const setAll = (visible: boolean) => () => {
      const set = hiddenSet(this.opts.filters(), facet);
      for (const n of names) {
        if (visible) set.delete(n);
        else set.add(n);
      }
      this.opts.onChange();
      this.render();
    };
    const all = el('button', { class: 'link', text: 'all', attrs: { type: 'button' } });
    const none = el('button', { class: 'link', text: 'none', attrs: { type: 'button' } });
    all.addEventListener('click', setAll(true));
    none.addEventListener('click', setAll(false));
    return el('section', { class: `legend-section legend-${facet}` }, [
      el('h2', {}, [title, el('span', { class: 'legend-bulk' }, [all, ' · ', none])]),
      ...items,
    ]);
  }

  render(): void {
    const { ds, look } = this.opts;
    clear(this.root);
    const kinds = byCount(ds.kindCounts);
    const preds = byCount(ds.predicateCounts);
    const modalities = ds.ontology.modalities;
    this.root.append(
      this.section(
        'Kinds',
        'kind',
        kinds,
        kinds.map((k) =>
          this.item(
            'kind',
            k,
            ds.kindCounts.get(k)!,
            shapeSwatch(look.kindShape(k), look.kindColor(k)),
            ds.kinds.get(k)?.description,
          ),
        ),
      ),
      this.section(
        'Relations',
        'predicate',
        preds,
        preds.map((p) =>
          this.item(
            'predicate',
            p,
            ds.predicateCounts.get(p)!,
            lineSwatch(look.predicateColor(p)),
            ds.predicates.get(p)?.description,
          ),
        ),
      ),
      this.section(
        'Modality',
        'modality',
        modalities,
        modalities.map((m) => {
          const ml = modalityLook(m);
          return this.item(
            'modality',
            m,
            ds.modalityCounts.get(m) ?? 0,
            lineSwatch('#555555', ml.dash, ml.gap, ml.opacity),
            MODALITY_LOOKS[m]?.explain,
          );
        }),
      ),
    );
  }
}
