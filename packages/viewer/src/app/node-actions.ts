// Actions on a selected node, shown in its evidence panel: "show only this" to depth 1–3 (the ego
// network), expand it (its neighbours join the ego network), and back to the whole graph.
import { el } from './dom.ts';
import type { Filters } from './filters.ts';

export interface NodeActionsOptions {
  filters: () => Filters;
  /** Applies the changed ego filter. */
  onChange(): void;
}

export function nodeActions(key: string, opts: NodeActionsOptions): HTMLElement {
  const ego = opts.filters().ego;
  const button = (id: string, text: string, title: string, on: () => void): HTMLButtonElement => {
    const b = el('button', { text, title, attrs: { type: 'button', id } });
    b.addEventListener('click', () => {
      on();
      opts.onChange();
    });
    return b;
  };
  const depth = (d: number): HTMLButtonElement => {
    const b = button(`ego-${d}`, String(d), `Only this node and what lies within ${d} edge(s) of it`, () => {
      opts.filters().ego = { node: key, depth: d };
    });
    if (ego?.node === key && ego.depth === d) b.setAttribute('aria-pressed', 'true');
    return b;
  };
  const expandable = ego !== undefined && ego.node !== key && !ego.expand?.includes(key);
  return el('div', { class: 'node-actions' }, [
    el('span', { text: 'Show only this, depth ' }),
    depth(1),
    depth(2),
    depth(3),
    expandable
      ? button('ego-expand', 'Expand', 'Add its neighbours to the view', () => {
          const f = opts.filters();
          if (f.ego) f.ego = { ...f.ego, expand: [...(f.ego.expand ?? []), key] };
        })
      : null,
    ego
      ? button('ego-clear', 'Show all', 'Leave the ego network: the whole graph again', () => {
          delete opts.filters().ego;
        })
      : null,
  ]);
}
