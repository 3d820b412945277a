// Counts by kind, predicate and modality without loading the graph: each segment's manifest entry holds
// what it adds (SegmentCounts, written by the writer at commit), and the totals are their sum. Segments of
// stores written before counts existed are counted by one streaming pass (scanCounts) that keeps an id →
// kind map and 64-bit edge hashes, never the claims.
import type { Ontology } from '../ontology/ontology.ts';
import { HashSet64 } from './hash-set.ts';
import type { SegmentCounts, SegmentInfo } from './format.ts';

export interface StoreStats {
  nodes: number;
  edges: number;
  claims: number;
  byKind: Record<string, number>;
  byPredicate: Record<string, number>;
  byModality: Record<string, number>;
}

export const emptyCounts = (): SegmentCounts => ({ kinds: {}, predicates: {}, modalities: {} });

export const bump = (m: Record<string, number>, k: string, n = 1): void => {
  const v = (m[k] ?? 0) + n;
  if (v) m[k] = v;
  else delete m[k];
};

/** Largest first, then by name: the order `geokg stats` prints. */
export const sortedCounts = (m: Record<string, number>): Record<string, number> =>
  Object.fromEntries(
    Object.entries(m)
      .filter(([, n]) => n)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );

const sum = (m: Record<string, number>): number => Object.values(m).reduce((a, b) => a + b, 0);

/** The totals of segments that all carry counts. */
export function totalCounts(segments: readonly (SegmentInfo & { counts: SegmentCounts })[]): StoreStats {
  const byKind: Record<string, number> = {};
  const byPredicate: Record<string, number> = {};
  const byModality: Record<string, number> = {};
  for (const { counts } of segments) {
    for (const [k, n] of Object.entries(counts.kinds)) bump(byKind, k, n);
    for (const [k, n] of Object.entries(counts.predicates)) bump(byPredicate, k, n);
    for (const [k, n] of Object.entries(counts.modalities)) bump(byModality, k, n);
  }
  return {
    nodes: sum(byKind),
    edges: sum(byPredicate),
    claims: sum(byModality),
    byKind: sortedCounts(byKind),
    byPredicate: sortedCounts(byPredicate),
    byModality: sortedCounts(byModality),
  };
}

/** The kind of an entity record without parsing it (`kind` is the second key JSON.stringify writes). */
export function kindOfLine(line: string): string | undefined {
  const at = line.indexOf('"kind":"');
  if (at < 0) return undefined;
  return line.slice(at + 8, line.indexOf('"', at + 8));
}

/** The modality of a claim line's JSON (encodeClaim writes it first), parsing only when it is not. */
export function modalityOfJson(json: string): string {
  const head = '{"modality":"';
  if (json.startsWith(head)) return json.slice(head.length, json.indexOf('"', head.length));
  return (JSON.parse(json) as { modality: string }).modality;
}

/** Tracks what segments add, in commit order: the writer at commit, and scanCounts for older stores. */
export class CountTracker {
  private readonly kinds = new Map<string, string>();
  private readonly edges = new HashSet64();
  current: SegmentCounts = emptyCounts();

  constructor(private readonly ontology: Ontology) {}

  /** Closes the counts of one segment and starts the next. */
  next(): SegmentCounts {
    const done = this.current;
    this.current = emptyCounts();
    return done;
  }

  entity(id: string, kind: string): void {
    const prev = this.kinds.get(id);
    if (prev === kind) return;
    const merged = prev === undefined ? kind : (this.ontology.moreSpecific(prev, kind) ?? prev);
    if (merged === prev) return;
    if (prev !== undefined) bump(this.current.kinds, prev, -1);
    bump(this.current.kinds, merged);
    this.kinds.set(id, merged);
  }

  claim(edgeKey: string, predicate: string, modality: string): void {
    if (this.edges.add(edgeKey)) bump(this.current.predicates, predicate);
    bump(this.current.modalities, modality);
  }
}
