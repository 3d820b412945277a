// The timeline under the graph: a histogram of claims by date (the date a claim's event occurred, else
// when it was reported; a partial date at its first day), a brush that sets the date filter (drag
// across the bars; double-click clears), exact date inputs, playback that slides the range forward,
// and the claims without a date counted apart with a switch to include or exclude them.
import type { Dataset } from './dataset.ts';
import { clear, el, svg } from './dom.ts';
import type { Filters } from './filters.ts';
import { claimDate, dayOf, isoOfDay } from './time.ts';

export interface TimelineOptions {
  ds: Dataset;
  filters: () => Filters;
  onChange(): void;
}

export interface Bins {
  lo: number;
  /** Days per bin. */
  width: number;
  counts: number[];
  undated: number;
}

/** Claims per bin of `width` days from the earliest day; about 60–120 bins whatever the span. */
export function binClaims(ds: Dataset): Bins {
  const days: number[] = [];
  let undated = 0;
  ds.graph.forEachEdge((_k, a) => {
    for (const c of a.claims) {
      const d = claimDate(c);
      const day = d === undefined ? NaN : dayOf(d);
      if (Number.isNaN(day)) undated++;
      else days.push(day);
    }
  });
  if (!days.length) return { lo: 0, width: 1, counts: [], undated };
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of days) [lo, hi] = [Math.min(lo, d), Math.max(hi, d)];
  const span = hi - lo + 1;
  const width = [1, 7, 14, 30, 91, 365].find((w) => span / w <= 120) ?? Math.ceil(span / 120);
  const counts = new Array<number>(Math.floor((hi - lo) / width) + 1).fill(0);
  for (const d of days) counts[Math.floor((d - lo) / width)]! += 1;
  return { lo, width, counts, undated };
}

const HEIGHT = 64;
const PLAY_MS = 700;

export class Timeline {
  private readonly root: HTMLElement;
  private readonly opts: TimelineOptions;
  private readonly bins: Bins;
  private playing: ReturnType<typeof setInterval> | undefined;

  constructor(root: HTMLElement, opts: TimelineOptions) {
    this.root = root;
    this.opts = opts;
    this.bins = binClaims(opts.ds);
    new ResizeObserver(() => this.render()).observe(root);
    this.render();
  }

  private get hi(): number {
    return this.bins.lo + this.bins.counts.length * this.bins.width - 1;
  }

  /** Sets the range (days, inclusive) and applies it; the whole span means no date filter. */
  setRange(from: number | undefined, to: number | undefined): void {
    const f = this.opts.filters();
    f.from = from !== undefined && from > this.bins.lo ? isoOfDay(from) : undefined;
    f.to = to !== undefined && to < this.hi ? isoOfDay(to) : undefined;
    this.opts.onChange();
    this.render();
  }

  private play(): void {
    if (this.playing) return this.stop();
    const f = this.opts.filters();
    const span = this.hi - this.bins.lo + 1;
    const width = f.from && f.to ? dayOf(f.to) - dayOf(f.from) : Math.max(1, Math.round(span / 8));
    let from = f.from && f.to ? dayOf(f.from) : this.bins.lo;
    const step = Math.max(this.bins.width, Math.round(width / 3));
    this.setRange(from, from + width);
    this.playing = setInterval(() => {
      from += step;
      if (from > this.hi) return this.stop();
      this.setRange(from, Math.min(from + width, this.hi - 1));
    }, PLAY_MS);
    this.render();
  }

  private stop(): void {
    clearInterval(this.playing);
    this.playing = undefined;
    this.render();
  }

  render(): void {
    clear(this.root);
    const { counts, lo, width, undated } = this.bins;
    const f = this.opts.filters();
    const undatedBox = el('input', { attrs: { type: 'checkbox', id: 'timeline-undated' } });
    undatedBox.checked = f.undated;
    undatedBox.addEventListener('change', () => {
      f.undated = undatedBox.checked;
      this.opts.onChange();
    });
    const undatedLabel = el('label', { class: 'timeline-undated', attrs: { for: 'timeline-undated' } }, [
      undatedBox,
      ` include ${undated.toLocaleString('en')} undated claim${undated === 1 ? '' : 's'}`,
    ]);
    if (!counts.length) {
      this.root.append(el('div', { class: 'timeline-bar' }, ['No claim carries a date. ', undatedLabel]));
      return;
    }
    const date = (id: string, label: string, value: string | undefined, set: (d: number) => void) => {
      const input = el('input', { attrs: { type: 'date', id, 'aria-label': label } });
      input.min = isoOfDay(lo);
      input.max = isoOfDay(this.hi);
      input.value = value ?? '';
      input.addEventListener('change', () => {
        const d = dayOf(input.value);
        set(Number.isNaN(d) ? NaN : d);
      });
      return input;
    };
    const from = f.from ? dayOf(f.from) : undefined;
    const to = f.to ? dayOf(f.to) : undefined;
    const play = el('button', {
      text: this.playing ? '❚❚ Pause' : '▶ Play',
      title: 'Slide the date range forward through time',
      attrs: { type: 'button', id: 'timeline-play' },
    });
    play.addEventListener('click', () => this.play());
    const clearRange = el('button', { text: 'All dates', attrs: { type: 'button', id: 'timeline-clear' } });
    clearRange.addEventListener('click', () => this.setRange(undefined, undefined));
    this.root.append(
      el('div', { class: 'timeline-bar' }, [
        el('strong', { text: 'Claims by date ' }),
        date('time-from', 'From date', f.from ? isoOfDay(dayOf(f.from)) : undefined, (d) =>
          this.setRange(Number.isNaN(d) ? undefined : d, to),
        ),
        ' – ',
        date('time-to', 'To date', f.to ? isoOfDay(dayOf(f.to)) : undefined, (d) =>
          this.setRange(from, Number.isNaN(d) ? undefined : d),
        ),
        play,
        clearRange,
        el('span', { class: 'muted', text: ` ${width === 1 ? 'a day' : `${width} days`} a bar · ` }),
        undatedLabel,
      ]),
      this.chart(from, to),
    );
  }

  private chart(from: number | undefined, to: number | undefined): SVGElement {
    const { counts, lo, width } = this.bins;
    const w = Math.max(200, this.root.clientWidth - 16);
    const max = Math.max(...counts);
    const bw = w / counts.length;
    const a = from ?? lo;
    const b = to ?? this.hi;
    const bars = counts.map((c, i) => {
      const day = lo + i * width;
      const inside = day + width - 1 >= a && day <= b;
      // Square-root heights: a news export piles most claims on its own day; the rest must still show.
      const h = c ? Math.max(2, Math.sqrt(c / max) * (HEIGHT - 14)) : 0;
      return svg('rect', {
        x: i * bw + 0.5,
        y: HEIGHT - 12 - h,
        width: Math.max(1, bw - 1),
        height: h,
        class: inside ? 'bin in' : 'bin out',
      });
    });
    const xOf = (day: number): number => ((day - lo) / (this.hi - lo + 1)) * w;
    const brush = svg('rect', {
      x: xOf(a),
      y: 0,
      width: Math.max(1, xOf(b + 1) - xOf(a)),
      height: HEIGHT - 12,
      class: 'brush',
    });
    const text = (x: number, anchor: string, s: string): SVGElement => {
      const t = svg('text', { x, y: HEIGHT - 1, 'text-anchor': anchor, class: 'tick' });
      t.textContent = s;
      return t;
    };
    const chart = svg('svg', { width: w, height: HEIGHT, id: 'timeline-chart', class: 'timeline-chart' }, [
      ...bars,
      brush,
      text(0, 'start', isoOfDay(lo)),
      text(w, 'end', isoOfDay(this.hi)),
    ]);
    this.brush(chart, w);
    return chart;
  }

  /** Drag across the chart to choose a range; a double click clears it. */
  private brush(chart: SVGElement, w: number): void {
    const dayAt = (e: PointerEvent): number => {
      const x = e.clientX - chart.getBoundingClientRect().left;
      return this.bins.lo + Math.round((Math.min(Math.max(x, 0), w) / w) * (this.hi - this.bins.lo));
    };
    let start: number | undefined;
    chart.addEventListener('pointerdown', (e) => {
      start = dayAt(e);
      chart.setPointerCapture(e.pointerId);
    });
    chart.addEventListener('pointerup', (e) => {
      if (start === undefined) return;
      const end = dayAt(e);
      if (end !== start) this.setRange(Math.min(start, end), Math.max(start, end));
      start = undefined;
    });
    chart.addEventListener('dblclick', () => this.setRange(undefined, undefined));
  }
}
