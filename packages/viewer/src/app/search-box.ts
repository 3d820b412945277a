// The search box: suggestions as you type (names and aliases), arrow keys and Enter to pick.
import type { DataGraph } from './dataset.ts';
import { clear, el } from './dom.ts';
import type { SearchHit, SearchIndex } from './search.ts';
import { buildSearchIndex, searchNodes } from './search.ts';

export interface SearchBoxOptions {
  graph: DataGraph;
  onPick(node: string): void;
  /** The input's id (its list's is derived from it); `search-input` for the top bar's. */
  id?: string;
  placeholder?: string;
  /** Another box's index, shared rather than built twice. */
  index?: () => SearchIndex;
}

export class SearchBox {
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  /** Built on first use: ten thousand names need not be normalised before the graph is drawn. */
  private index: SearchIndex | undefined;
  private readonly opts: SearchBoxOptions;
  private hits: SearchHit[] = [];
  private active = -1;
  private readonly listId: string;

  constructor(root: HTMLElement, opts: SearchBoxOptions) {
    this.opts = opts;
    const id = opts.id ?? 'search-input';
    this.listId = `${id}-suggestions`;
    this.input = el('input', {
      attrs: {
        type: 'search',
        id,
        placeholder: opts.placeholder ?? 'Search names and aliases…',
        autocomplete: 'off',
        role: 'combobox',
        'aria-expanded': 'false',
        'aria-controls': this.listId,
        'aria-autocomplete': 'list',
      },
    });
    this.list = el('ul', { class: 'suggestions', attrs: { id: this.listId, role: 'listbox' } });
    this.list.hidden = true;
    root.append(this.input, this.list);
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  /** Builds the index now (the app calls it once the graph is on screen). */
  prepare(): SearchIndex {
    return (this.index ??= this.opts.index ? this.opts.index() : buildSearchIndex(this.opts.graph));
  }

  private update(): void {
    this.hits = searchNodes(this.opts.graph, this.prepare(), this.input.value);
    this.active = this.hits.length ? 0 : -1;
    this.draw();
  }

  private draw(): void {
    clear(this.list);
    this.hits.forEach((h, i) => {
      const li = el('li', { class: 'suggestion', attrs: { role: 'option', id: `${this.listId}-${i}` } }, [
        el('span', { class: 'suggestion-name', text: h.name }),
        h.alias ? el('span', { class: 'suggestion-alias', text: h.alias }) : null,
        el('span', { class: 'suggestion-kind', text: h.country ? `${h.kind} · ${h.country}` : h.kind }),
      ]);
      li.dataset.node = h.node;
      li.setAttribute('aria-selected', String(i === this.active));
      // mousedown, not click: it lands before the input's blur closes the list.
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.pick(i);
      });
      this.list.append(li);
    });
    const open = this.hits.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.listId}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.hits.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.draw();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!this.hits.length) this.update();
      if (this.hits.length) this.pick(Math.max(this.active, 0));
    } else if (e.key === 'Escape') {
      this.close();
    }
  }

  private pick(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.input.value = hit.name;
    this.close();
    this.opts.onPick(hit.node);
  }

  private close(): void {
    this.hits = [];
    this.active = -1;
    this.draw();
  }
}
