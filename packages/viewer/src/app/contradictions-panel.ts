// The contradictions tab: accuse/deny pairs, events with two culprits, edges whose claims disagree in
// modality. Each item opens to both sides' sentences (fetched as the evidence panel fetches them); its
// edges open their evidence. While the tab shows, every edge involved is marked on the graph.
import type { Claim } from '@geokg/core';
import type { Contradiction } from './contradictions.ts';
import { edgesOf } from './contradictions.ts';
import type { Dataset } from './dataset.ts';
import { clear, el } from './dom.ts';
import { loadClaims } from './load-claims.ts';

export interface ContradictionsPanelOptions {
  ds: Dataset;
  list: Contradiction[];
  onSelectEdge(key: string): void;
}

/** Items drawn per section before "and N more" (a pooled GDELT event may have many culprits). */
const SHOWN = 60;
const SECTIONS: [Contradiction['type'], string][] = [
  ['accuse-deny', 'Accused, and denied'],
  ['two-culprits', 'One event, different culprits'],
  ['modality', 'Claims that disagree (asserted vs denied)'],
];

export class ContradictionsPanel {
  private readonly opts: ContradictionsPanelOptions;

  constructor(root: HTMLElement, opts: ContradictionsPanelOptions) {
    this.opts = opts;
    const sections = SECTIONS.map(([type, title]) => {
      const items = opts.list.filter((c) => c.type === type);
      return el('section', { class: 'legend-section', attrs: { 'data-contradictions': type } }, [
        el('h2', { text: `${title} (${items.length})` }),
        ...items.slice(0, SHOWN).map((c) => this.item(c)),
        items.length > SHOWN ? el('p', { class: 'muted', text: `and ${items.length - SHOWN} more` }) : null,
        items.length ? null : el('p', { class: 'muted', text: 'None.' }),
      ]);
    });
    root.append(...sections);
  }

  private name(node: string): string {
    return this.opts.ds.graph.getNodeAttribute(node, 'name');
  }

  private edgeTitle(edge: string): string {
    const g = this.opts.ds.graph;
    return `${this.name(g.source(edge))} ${g.getEdgeAttribute(edge, 'predicate')} ${this.name(g.target(edge))}`;
  }

  private item(c: Contradiction): HTMLElement {
    const summary =
      c.type === 'accuse-deny'
        ? `${this.edgeTitle(c.accuse)} · ${this.edgeTitle(c.deny)}`
        : c.type === 'two-culprits'
          ? `${this.name(c.event)}: ${c.edges.map((e) => this.name(this.opts.ds.graph.target(e))).join(' / ')}`
          : this.edgeTitle(c.edge);
    const body = el('div', { class: 'contradiction-body' });
    const details = el('details', { class: 'contradiction' }, [el('summary', { text: summary }), body]);
    details.addEventListener('toggle', () => {
      if (details.open && !body.childElementCount) this.fill(body, c);
    });
    return details;
  }

  private fill(body: HTMLElement, c: Contradiction): void {
    const sides = edgesOf(c);
    for (const edge of sides) {
      const open = el('button', {
        class: 'link edge-link',
        text: this.edgeTitle(edge),
        attrs: { type: 'button' },
      });
      open.dataset.edge = edge;
      open.addEventListener('click', () => this.opts.onSelectEdge(edge));
      const list = el('ul', { class: 'claims' }, [el('li', { class: 'muted', text: 'Loading…' })]);
      body.append(el('div', { class: 'side' }, [open, list]));
      void loadClaims(edge).then(
        (claims) => {
          clear(list);
          // On a modality clash the two sides are the claims that affirm and those that deny.
          for (const cl of claims) list.append(this.sentence(cl));
        },
        (e: unknown) => {
          list.textContent = e instanceof Error ? e.message : String(e);
        },
      );
    }
  }

  private sentence(c: Claim): HTMLElement {
    const who = c.claimedBy?.name ? ` · claimed by ${c.claimedBy.name}` : '';
    const when = c.time?.occurred ?? c.time?.reported;
    return el('li', { class: 'claim' }, [
      el('p', { class: 'sentence', text: c.evidence?.text ?? `No sentence (${c.source} claim).` }),
      el('span', { class: 'muted', text: `${c.modality}${who}${when ? ` · ${when}` : ''}` }),
    ]);
  }

  /** Every edge the listed contradictions involve. */
  edges(): string[] {
    return [...new Set(this.opts.list.flatMap(edgesOf))];
  }
}
