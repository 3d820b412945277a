// Scores geokg's claims for one sentence against its hand coding, as (actor country, recipient country or
// "none", PLOVER category) triples, the way scripts/eval-petrarch.ts scores CAMEO roots.
import type { Claim, EntityRef, Ontology } from '@geokg/core';
import { country, type GoldEvent } from './load.ts';
import type { PloverTable } from './plover.ts';

/**
 * Modalities a PLOVER coder codes. PLOVER codes reported events whatever the hedging and folds future and
 * intended cooperation into AGREE; only negated events are left out (PLOVER_MANUAL.tex, "Auxiliary modes").
 * A denial ("X denied that it attacked") reports no event either.
 */
const CODED = new Set(['asserted', 'hypothetical', 'alleged']);

export interface Triple {
  key: string; // ACTOR|RECIPIENT|CATEGORY
  claim: Claim;
}

/** The PLOVER category of a claim: the official table for its CAMEO code, else the claim's own `plover`
 * (the table has no rows for CAMEO 01/02, which Draft 0.8 folds into REQUEST or drops). */
export function categoryOf(c: Claim, table: PloverTable): string | undefined {
  return (c.cameo ? table.lookup(c.cameo)?.category : undefined) ?? c.plover;
}

export function actorCode(ref: EntityRef, ontology: Ontology): string {
  if (ref.iso3) return ref.iso3;
  if (ontology.isA(ref.kind, 'IntergovernmentalOrganization')) return 'IGO';
  return ref.country ?? '---';
}

/** A recipient: an actor's code; a thing (place, facility) stands for its country; an event or nothing is none. */
export function recipientCode(ref: EntityRef | undefined, ontology: Ontology): string {
  if (!ref) return 'none';
  if (ontology.isA(ref.kind, 'Actor')) return actorCode(ref, ontology);
  return ref.iso3 ?? ref.country ?? 'none';
}

export function predicted(claims: readonly Claim[], table: PloverTable, ontology: Ontology): Triple[] {
  const out = new Map<string, Triple>();
  for (const c of claims) {
    if (!CODED.has(c.modality)) continue;
    const cat = categoryOf(c, table);
    if (!cat) continue;
    const key = `${actorCode(c.subject, ontology)}|${recipientCode(c.object as EntityRef | undefined, ontology)}|${cat}`;
    if (!out.has(key)) out.set(key, { key, claim: c });
  }
  return [...out.values()];
}

export const goldKey = (e: GoldEvent): string =>
  `${country(e.actor)}|${e.recipient === null ? 'none' : country(e.recipient)}|${e.category}`;

const accepted = (e: GoldEvent): string[] => [
  goldKey(e),
  ...(e.alt ?? []).map((pair) => `${pair}|${e.category}`),
];

/** Why a gold event was missed, in the classes issue 12 counts. */
export type MissKind =
  'no claim' | 'right pair, wrong category' | 'right category, wrong actors' | 'other claims only';

export interface SentenceScore {
  tp: { gold: GoldEvent; pred: Triple }[];
  fn: { gold: GoldEvent; why: MissKind }[];
  fp: Triple[];
}

/** Each gold event takes at most one predicted triple (its own key or an accepted alternative); other
 * predicted triples are false positives. */
export function scoreSentence(gold: readonly GoldEvent[], pred: readonly Triple[]): SentenceScore {
  const used = new Set<Triple>();
  const result: SentenceScore = { tp: [], fn: [], fp: [] };
  for (const g of gold) {
    const keys = accepted(g);
    const hit = pred.find((p) => !used.has(p) && keys.includes(p.key));
    if (hit) {
      used.add(hit);
      result.tp.push({ gold: g, pred: hit });
    } else result.fn.push({ gold: g, why: missKind(g, pred) });
  }
  // A second coding of an event already matched (the other side of a meeting) is neither a hit nor a
  // false positive: `alt` lists ways of coding the same event.
  const same = new Set(result.tp.flatMap((t) => accepted(t.gold)));
  result.fp = pred.filter((p) => !used.has(p) && !same.has(p.key));
  return result;
}

function missKind(g: GoldEvent, pred: readonly Triple[]): MissKind {
  if (!pred.length) return 'no claim';
  const pairs = accepted(g).map((k) => k.split('|').slice(0, 2).join('|'));
  if (pred.some((p) => pairs.includes(p.key.split('|').slice(0, 2).join('|'))))
    return 'right pair, wrong category';
  if (pred.some((p) => p.key.endsWith(`|${g.category}`))) return 'right category, wrong actors';
  return 'other claims only';
}
