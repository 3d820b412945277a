// Search over names and aliases: "Astana" finds Kazakhstan, "CPC" the Caspian Pipeline Consortium.
// Whole, prefix and substring matches come from a flat scan (10,000 nodes with their aliases take a few
// milliseconds); typos come from a MiniSearch index over the same texts, with fuzzy terms ("Kazakstan"
// finds Kazakhstan), ranked after every literal match. Both fold case and accents alike.
import MiniSearch from 'minisearch';
import type { DataGraph } from './dataset.ts';

export interface SearchEntry {
  node: string;
  /** The text that matched: the name or one alias. */
  text: string;
  norm: string;
  alias: boolean;
}

export interface SearchIndex {
  entries: SearchEntry[];
  fuzzy: MiniSearch<SearchEntry & { id: number }>;
}

export interface SearchHit {
  node: string;
  name: string;
  kind: string;
  /** ISO3 of the country it belongs to (or is), when known. */
  country?: string;
  /** Set when an alias matched rather than the name. */
  alias?: string;
}

// Letters that NFKD does not split into a base letter and a mark.
const FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłøđßæœþ]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function buildSearchIndex(graph: DataGraph): SearchIndex {
  const entries = searchEntries(graph);
  const fuzzy = new MiniSearch<SearchEntry & { id: number }>({
    fields: ['text'],
    storeFields: ['node', 'text', 'alias'],
    processTerm: (term) => normalizeText(term) || null,
    searchOptions: { fuzzy: 0.25, prefix: true, combineWith: 'AND' },
  });
  fuzzy.addAll(
    entries.filter((e) => !e.node.includes(':') || e.text !== e.node).map((e, id) => ({ ...e, id })),
  );
  return { entries, fuzzy };
}

function searchEntries(graph: DataGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, a) => {
    entries.push({ node, text: a.name, norm: normalizeText(a.name), alias: false });
    for (const alias of a.aliases ?? []) {
      const norm = normalizeText(alias);
      if (norm) entries.push({ node, text: alias, norm, alias: true });
    }
    // Ids are searchable too: people paste `state:KAZ` from the evidence panel.
    entries.push({ node, text: node, norm: normalizeText(node), alias: true });
  });
  return entries;
}

function score(norm: string, q: string): number {
  if (norm === q) return 100;
  if (norm.startsWith(q)) return 80;
  if (norm.includes(` ${q}`)) return 60;
  if (norm.includes(q)) return 30;
  return 0;
}

export function searchNodes(graph: DataGraph, index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = normalizeText(query);
  if (!q) return [];
  const best = new Map<string, { s: number; e: SearchEntry }>();
  for (const e of index.entries) {
    let s = score(e.norm, q);
    if (!s) continue;
    // A whole-name match counts the same through an alias: "Astana" is as much Kazakhstan (a capital
    // standing for its government) as the city, and the more connected one comes first.
    if (e.alias && s < 100) s -= 5;
    const prev = best.get(e.node);
    if (!prev || s > prev.s) best.set(e.node, { s, e });
  }
  // Typos: below every literal match (scores 1–20), better fuzzy scores first.
  const fuzzy = index.fuzzy.search(query).slice(0, 50);
  const top = fuzzy[0]?.score ?? 1;
  for (const r of fuzzy) {
    if (best.has(r.node as string)) continue;
    const e: SearchEntry = {
      node: r.node as string,
      text: r.text as string,
      norm: '',
      alias: r.alias as boolean,
    };
    best.set(e.node, { s: 1 + 19 * (r.score / top), e });
  }
  return [...best.values()]
    .map(({ s, e }) => ({ s: s + Math.min(4.9, Math.log2(1 + graph.degree(e.node))), e }))
    .sort((a, b) => b.s - a.s || a.e.node.localeCompare(b.e.node))
    .slice(0, limit)
    .map(({ e }) => {
      const a = graph.getNodeAttributes(e.node) as {
        name: string;
        kind: string;
        country?: unknown;
        iso3?: unknown;
      };
      const country =
        typeof a.country === 'string' ? a.country : typeof a.iso3 === 'string' ? a.iso3 : undefined;
      return {
        node: e.node,
        name: a.name,
        kind: a.kind,
        ...(country ? { country } : {}),
        ...(e.alias ? { alias: e.text } : {}),
      };
    });
}
