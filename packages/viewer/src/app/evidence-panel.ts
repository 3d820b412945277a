// The evidence panel. A node: its kind, id, aliases, country and its relations grouped by predicate.
// An edge: every claim behind it with its sentence (triggers marked), modality, confidence, who claims
// it and the document, fetched from the server when the edge is first opened. Everything read from the
// data goes in as text (see dom.ts).
import type { Claim } from '@geokg/core';
import type { Dataset } from './dataset.ts';
import { append, clear, el } from './dom.ts';
import type { Filters } from './filters.ts';
import { claimPasses } from './filters.ts';
import type { Look } from './palette.ts';
import { loadClaims } from './load-claims.ts';
import { lineSwatch, shapeSwatch } from './swatch.ts';
import { triggerText } from './trigger-text.ts';

export interface EvidencePanelOptions {
  ds: Dataset;
  look: Look;
  filters: () => Filters;
  isEdgeHidden(key: string): boolean;
  isNodeHidden(key: string): boolean;
  onSelectNode(key: string): void;
  onSelectEdge(key: string): void;
  onClose(): void;
  /** Buttons shown under a node's facts (ego network, expand). */
  nodeActions?(key: string): HTMLElement | null;
}

/** Claims shown per edge before "and N more": a GDELT edge may carry thousands. */
const MAX_CLAIMS = 200;
const SKIP_PROPS = new Set(['kind', 'kinds', 'name', 'aliases', 'x', 'y']);

const fmt = (v: unknown): string =>
  Array.isArray(v)
    ? v.map(fmt).join(', ')
    : v !== null && typeof v === 'object'
      ? JSON.stringify(v)
      : String(v);

function facts(rows: [string, unknown][]): HTMLElement {
  return el(
    'dl',
    { class: 'facts' },
    rows
      .filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
      .flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: fmt(v) })]),
  );
}

export class EvidencePanel {
  private readonly root: HTMLElement;
  private readonly opts: EvidencePanelOptions;
  /** Full claims of the edges opened so far (the payload has summaries only). */
  private readonly loaded = new Map<string, Claim[]>();
  private shownEdge: string | undefined;

  constructor(root: HTMLElement, opts: EvidencePanelOptions) {
    this.root = root;
    this.opts = opts;
  }

  hide(): void {
    this.shownEdge = undefined;
    clear(this.root);
    this.root.hidden = true;
  }

  private frame(title: (Node | string)[], body: (Node | null)[]): void {
    clear(this.root);
    const close = el('button', {
      class: 'close',
      text: '×',
      title: 'Close',
      attrs: { type: 'button', 'aria-label': 'Close' },
    });
    close.addEventListener('click', () => this.opts.onClose());
    this.root.append(
      el('header', { class: 'evidence-head' }, [el('h2', { class: 'evidence-title' }, title), close]),
    );
    append(this.root, body);
    this.root.hidden = false;
    this.root.scrollTop = 0;
  }

  private nodeLink(key: string): HTMLElement {
    const name = this.opts.ds.graph.hasNode(key) ? this.opts.ds.graph.getNodeAttribute(key, 'name') : key;
    const b = el('button', { class: 'link node-link', text: name, attrs: { type: 'button' } });
    b.dataset.node = key;
    b.addEventListener('click', () => this.opts.onSelectNode(key));
    return b;
  }

  showNode(key: string): void {
    this.shownEdge = undefined;
    const { ds, look } = this.opts;
    if (!ds.graph.hasNode(key)) return this.hide();
    const a = ds.graph.getNodeAttributes(key);
    const props = Object.entries(a).filter(([k]) => !SKIP_PROPS.has(k));
    const groups = new Map<string, HTMLElement[]>();
    const add = (edge: string, label: string, other: string): void => {
      const e = ds.graph.getEdgeAttributes(edge);
      const hidden = this.opts.isEdgeHidden(edge);
      const open = el('button', { class: 'link edge-link', attrs: { type: 'button' } }, [
        el('span', { class: 'edge-other', text: ds.graph.getNodeAttribute(other, 'name') }),
        el('span', {
          class: 'edge-meta',
          text: ` ${e.modality} · ${e.confidence.toFixed(2)} · ${e.claimCount} claim${e.claimCount === 1 ? '' : 's'}${this.targetless(e.predicate, ds.graph.target(edge)) ? ' · no target' : ''}${hidden ? ' · hidden by filters' : ''}`,
        }),
      ]);
      open.dataset.edge = edge;
      open.addEventListener('click', () => this.opts.onSelectEdge(edge));
      const list = groups.get(label) ?? [];
      list.push(el('li', { class: hidden ? 'is-hidden' : '' }, [open]));
      groups.set(label, list);
    };
    ds.graph.forEachOutEdge(key, (edge, e, _s, target) => add(edge, `${e.predicate} →`, target));
    ds.graph.forEachInEdge(key, (edge, e, source) => add(edge, `← ${e.predicate}`, source));
    const relations = [...groups.entries()]
      .sort((x, y) => x[0].replace(/^← /, '').localeCompare(y[0].replace(/^← /, '')))
      .map(([label, items]) =>
        el('section', { class: 'relation-group' }, [
          el('h3', {}, [
            lineSwatch(look.predicateColor(label.replace(/^← | →$/g, ''))),
            ` ${label} (${items.length})`,
          ]),
          el('ul', { class: 'relations' }, items),
        ]),
      );
    this.frame(
      [
        shapeSwatch(look.kindShape(a.kind), look.kindColor(a.kind)),
        ' ',
        el('span', { class: 'evidence-name', text: a.name }),
      ],
      [
        this.opts.isNodeHidden(key)
          ? el('p', { class: 'muted', text: 'Hidden by the current filters.' })
          : null,
        this.opts.nodeActions?.(key) ?? null,
        facts([
          ['kind', (a.kinds ?? [a.kind]).join(' ⊂ ')],
          ['id', key],
          ['aliases', a.aliases],
          ['country', a.country],
          ...props.filter(([k]) => k !== 'country'),
        ]),
        el('h3', { class: 'section-title', text: `Relations (${ds.graph.degree(key)})` }),
        ...(relations.length ? relations : [el('p', { class: 'muted', text: 'No relations.' })]),
      ],
    );
  }

  private claim(c: Claim, passes: boolean): HTMLElement {
    const ev = c.evidence;
    const where = ev
      ? [
          ev.doc,
          ev.sentence !== undefined ? `sentence ${ev.sentence + 1}` : '',
          ev.line !== undefined ? `line ${ev.line}` : '',
        ]
          .filter(Boolean)
          .join(' · ')
      : '';
    return el('li', { class: `claim${passes ? '' : ' is-hidden'}` }, [
      ev?.text ? triggerText(ev) : el('p', { class: 'muted', text: `No sentence (${c.source} claim).` }),
      facts([
        ['modality', c.modality],
        ['confidence', c.confidence.toFixed(2)],
        ['claimed by', c.claimedBy?.name],
        ['about', c.about?.name],
        ['document', where],
        ['occurred', c.time?.occurred],
        ['reported', c.time?.reported],
        ['CAMEO', c.cameo ? `${c.cameo}${c.plover ? ` (${c.plover})` : ''}` : undefined],
        ['source', c.source],
      ]),
      ev?.docId ? this.docLink(ev.docId, 'open the document') : null,
    ]);
  }

  /** Documents are hidden by default; their nodes stay one click away from every claim and edge. */
  private docLink(docId: string, text?: string): HTMLElement | null {
    const { graph } = this.opts.ds;
    if (!graph.hasNode(docId)) return null;
    const b = el('button', {
      class: 'link node-link doc-link',
      text: text ?? graph.getNodeAttribute(docId, 'name'),
      attrs: { type: 'button' },
    });
    b.dataset.node = docId;
    b.addEventListener('click', () => this.opts.onSelectNode(docId));
    return b;
  }

  /** An interaction that ends at an event: a targetless claim (the act itself, no recipient). */
  private targetless(predicate: string, target: string): boolean {
    const { ds } = this.opts;
    const kind = ds.graph.getNodeAttribute(target, 'kind');
    return (
      ds.predicates.get(predicate)?.category === 'interaction' &&
      (ds.kinds.get(kind)?.lineage.includes('Event') ?? false)
    );
  }

  /** The list of an edge's claims once fetched; a placeholder (then an error) until then. */
  private claimList(key: string): (Node | null)[] {
    const full = this.loaded.get(key);
    if (!full) {
      const wait = el('p', { class: 'muted claims-loading', text: 'Loading the claims…' });
      void loadClaims(key).then(
        (claims) => {
          this.loaded.set(key, claims);
          if (this.shownEdge === key) this.showEdge(key);
        },
        (e: unknown) => {
          wait.textContent = e instanceof Error ? e.message : String(e);
        },
      );
      return [wait];
    }
    const filters = this.opts.filters();
    const claims = full
      .map((c) => ({ c, passes: claimPasses(c, filters) }))
      .sort((x, y) => Number(y.passes) - Number(x.passes) || y.c.confidence - x.c.confidence);
    const shown = claims.slice(0, MAX_CLAIMS);
    return [
      el(
        'ol',
        { class: 'claims' },
        shown.map(({ c, passes }) => this.claim(c, passes)),
      ),
      claims.length > shown.length
        ? el('p', { class: 'muted', text: `and ${claims.length - shown.length} more` })
        : null,
    ];
  }

  showEdge(key: string): void {
    const { ds, look } = this.opts;
    if (!ds.graph.hasEdge(key)) return this.hide();
    this.shownEdge = key;
    const e = ds.graph.getEdgeAttributes(key);
    const description = ds.predicates.get(e.predicate)?.description;
    this.frame(
      [
        this.nodeLink(ds.graph.source(key)),
        ' ',
        lineSwatch(look.predicateColor(e.predicate)),
        el('span', { class: 'evidence-predicate', text: ` ${e.predicate} ` }),
        this.nodeLink(ds.graph.target(key)),
      ],
      [
        this.opts.isEdgeHidden(key)
          ? el('p', { class: 'muted', text: 'Hidden by the current filters.' })
          : null,
        this.targetless(e.predicate, ds.graph.target(key))
          ? el('p', {
              class: 'muted targetless',
              text: 'A targetless claim: the act has no recipient, so it ends at the event it records.',
            })
          : null,
        facts([
          ['relation', description ? `${e.predicate}: ${description}` : e.predicate],
          ['modality', e.modality],
          ['confidence', e.confidence.toFixed(2)],
          ['CAMEO', e.cameo ? `${e.cameo}${e.plover ? ` (${e.plover})` : ''}` : undefined],
          ['first seen', e.firstSeen],
          ['last seen', e.lastSeen],
          ['documents', e.documents],
        ]),
        e.documents?.length
          ? el('p', { class: 'doc-links' }, [
              'Documents: ',
              ...e.documents.slice(0, 20).map((d) => this.docLink(d)),
            ])
          : null,
        el('h3', { class: 'section-title', text: `Claims (${e.claims.length})` }),
        ...this.claimList(key),
      ],
    );
  }
}
