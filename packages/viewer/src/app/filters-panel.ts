// Filters the legend does not hold: minimum confidence and a time range over claim dates, plus a reset.
import type { Dataset } from './dataset.ts';
import { clear, el } from './dom.ts';
import type { Filters } from './filters.ts';
import { dayOf, isoOfDay } from './time.ts';

export interface FiltersPanelOptions {
  ds: Dataset;
  filters: () => Filters;
  onChange(): void;
  onReset(): void;
  /** Labels per screen area at overview (0–3). */
  labelDensity: () => number;
  onLabelDensity(density: number): void;
}

export class FiltersPanel {
  private readonly root: HTMLElement;
  private readonly opts: FiltersPanelOptions;

  constructor(root: HTMLElement, opts: FiltersPanelOptions) {
    this.root = root;
    this.opts = opts;
    this.render();
  }

  private confidence(): HTMLElement {
    const f = this.opts.filters();
    const out = el('output', { text: f.minConfidence.toFixed(2) });
    const input = el('input', {
      attrs: {
        type: 'range',
        min: '0',
        max: '1',
        step: '0.05',
        'aria-label': 'Minimum confidence',
        id: 'min-confidence',
      },
    });
    input.value = String(f.minConfidence);
    input.addEventListener('input', () => {
      this.opts.filters().minConfidence = Number(input.value);
      out.textContent = Number(input.value).toFixed(2);
      this.opts.onChange();
    });
    return el('div', { class: 'filter' }, [
      el('label', { attrs: { for: 'min-confidence' } }, ['Minimum confidence ', out]),
      input,
    ]);
  }

  private labels(): HTMLElement {
    const out = el('output', { text: this.opts.labelDensity().toFixed(1) });
    const input = el('input', {
      attrs: {
        type: 'range',
        min: '0',
        max: '3',
        step: '0.25',
        'aria-label': 'Label density',
        id: 'label-density',
      },
    });
    input.value = String(this.opts.labelDensity());
    input.addEventListener('input', () => {
      out.textContent = Number(input.value).toFixed(1);
      this.opts.onLabelDensity(Number(input.value));
    });
    return el('div', { class: 'filter' }, [
      el('label', { attrs: { for: 'label-density' } }, ['Label density ', out]),
      input,
    ]);
  }

  private timeRange(): HTMLElement {
    const extent = this.opts.ds.timeExtent;
    if (!extent) return el('div', { class: 'filter muted', text: 'Time: no claim carries a date.' });
    const lo = dayOf(extent.min);
    const hi = Math.max(dayOf(extent.max), lo + 1);
    const f = this.opts.filters();
    const make = (label: string, id: string, value: number): HTMLInputElement => {
      const input = el('input', {
        attrs: { type: 'range', min: String(lo), max: String(hi), step: '1', 'aria-label': label, id },
      });
      input.value = String(value);
      return input;
    };
    const from = make('From date', 'time-from', f.from ? dayOf(f.from) : lo);
    const to = make('To date', 'time-to', f.to ? dayOf(f.to) : hi);
    const text = el('output', {});
    const show = (): void => {
      text.textContent = `${isoOfDay(Number(from.value))} – ${isoOfDay(Number(to.value))}`;
    };
    const update = (moved: HTMLInputElement): void => {
      if (Number(from.value) > Number(to.value)) {
        if (moved === from) to.value = from.value;
        else from.value = to.value;
      }
      const filters = this.opts.filters();
      // The ends of the slider mean "open", so undated-range links stay short and future claims show.
      filters.from = Number(from.value) > lo ? isoOfDay(Number(from.value)) : undefined;
      filters.to = Number(to.value) < hi ? isoOfDay(Number(to.value)) : undefined;
      show();
      this.opts.onChange();
    };
    from.addEventListener('input', () => update(from));
    to.addEventListener('input', () => update(to));
    show();
    return el('div', { class: 'filter' }, [el('div', {}, ['Claims dated ', text]), from, to]);
  }

  render(): void {
    clear(this.root);
    const reset = el('button', { text: 'Reset filters', attrs: { type: 'button', id: 'reset-filters' } });
    reset.addEventListener('click', () => this.opts.onReset());
    this.root.append(
      el('section', { class: 'legend-section' }, [
        el('h2', { text: 'Filters' }),
        this.confidence(),
        this.timeRange(),
        this.labels(),
        reset,
      ]),
    );
  }
}
