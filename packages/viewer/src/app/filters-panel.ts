// Filters the legend does not hold: minimum confidence and label density, plus a reset. The date range
// is the timeline's (timeline.ts).
import type { Dataset } from './dataset.ts';
import { clear, el } from './dom.ts';
import type { Filters } from './filters.ts';

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

  render(): void {
    clear(this.root);
    const reset = el('button', { text: 'Reset filters', attrs: { type: 'button', id: 'reset-filters' } });
    reset.addEventListener('click', () => this.opts.onReset());
    this.root.append(
      el('section', { class: 'legend-section' }, [
        el('h2', { text: 'Filters' }),
        this.confidence(),
        this.labels(),
        reset,
      ]),
    );
  }
}
