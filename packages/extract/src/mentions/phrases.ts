// Unnamed but referable noun phrases, found by their head noun (seeds/patterns/nouns.yaml):
// "the Kazakhstani government" (the state), "separatist groups" and "actors with ties to Ukraine" (groups),
// "a key pumping station" and "the attack" (things; a definite one refers back to the latest of its kind).
import type { Entity } from '@geokg/core';
import type { Tok } from '../nlp/types.ts';
import type { Lexicon, NounEntry } from '../patterns/types.ts';
import type { Candidate, RegistryAt } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import type { DocState } from './doc-state.ts';
import type { Mention } from './types.ts';

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** "Hundreds of UN troops": quantities before "of" belong to the phrase. */
const QUANTITY = new Set([
  'hundreds',
  'thousands',
  'dozens',
  'scores',
  'millions',
  'some',
  'many',
  'most',
  'several',
  'one',
  'two',
  'three',
  'four',
  'five',
  'group',
  'team',
  'number',
]);
/** Event and thing families a definite phrase may refer back to ("the incident" → the attack). */
const FAMILY: Record<string, string[]> = { Attack: ['Attack', 'Incident'], Incident: ['Incident', 'Attack'] };

interface Head {
  start: number;
  end: number;
  entry: NounEntry;
}

/** "insurgents" → "insurgent": capitalised plurals are often tagged as names and keep their plural lemma. */
const singular = (w: string): string =>
  w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;

/** The lexicon noun starting at token i, longest first, matched on lemmas (or naive singulars). */
function headAt(toks: Tok[], i: number, lex: Lexicon): Head | undefined {
  const t = toks[i]!;
  const max = Math.max(
    lex.nounFirst.get(t.lemma) ?? 0,
    lex.nounFirst.get(t.lower) ?? 0,
    lex.nounFirst.get(singular(t.lower)) ?? 0,
  );
  for (let n = max; n >= 1; n--) {
    if (i + n > toks.length) continue;
    const words = toks.slice(i, i + n);
    const lemmas = words.map((w, k) => (k === n - 1 ? w.lemma : w.lower)).join(' ');
    const lowers = words.map((w) => w.lower).join(' ');
    const entry = lex.nouns.get(lemmas) ?? lex.nouns.get(lowers) ?? lex.nouns.get(singular(lowers));
    if (entry) return { start: i, end: i + n, entry };
  }
  return undefined;
}

export function phraseCandidates(
  toks: Tok[],
  lex: Lexicon,
  doc: DocState,
  registryAt: RegistryAt,
  blocked: (i: number) => boolean,
  pending: Mention[],
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (blocked(i) || toks[i]!.pos === 'ADP') continue;
    const head = headAt(toks, i, lex);
    if (!head || (toks[i]!.pos === 'VERB' && head.end - head.start === 1)) continue;
    // Only the last noun of a compound is its head: "government forces" is about forces.
    const next = toks[head.end];
    if (
      next &&
      (next.pos === 'NOUN' || next.pos === 'PROPN') &&
      !registryAt(head.end) &&
      headAt(toks, head.end, lex)
    )
      continue;
    const c = phrase(toks, head, lex, doc, registryAt, blocked, pending);
    if (c) out.push(c);
    i = head.end - 1;
  }
  return out;
}

function phrase(
  toks: Tok[],
  head: Head,
  lex: Lexicon,
  doc: DocState,
  registryAt: RegistryAt,
  blocked: (i: number) => boolean,
  pending: Mention[],
): Candidate | undefined {
  // Left edge: determiners, adjectives, nouns, registry names (demonyms, "Iraq's").
  let start = head.start;
  let owner: Entity | undefined;
  for (let k = head.start - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.lower === "'s" || t.lower === '’s') continue;
    const reg = registryAtEnd(k, registryAt, toks);
    if (reg) {
      owner ??= reg.entity;
      start = reg.start;
      k = reg.start;
      continue;
    }
    if (blocked(k) || !MODIFIER_POS.has(t.pos) || t.lower === 'that') break;
    start = k;
  }
  // "Hundreds of UN troops": a quantity and "of" before the phrase.
  if (start >= 2 && toks[start - 1]!.lower === 'of' && QUANTITY.has(toks[start - 2]!.lower)) start -= 2;
  const det = toks[start]!.lower;
  const quantified =
    lex.quantifiers.has(det) ||
    (start + 1 < head.start &&
      lex.quantifiers.has(toks[start + 1]!.lower) &&
      toks[start]!.pos === 'DET' &&
      det !== 'the');
  const definite = DEFINITE.has(det);
  // Right edge: "of X" / "from X" / "in X" for the owner; "with ties to X" for a sponsor.
  let end = head.end;
  let sponsor: Entity | undefined;
  const after = (k: number): { entity: Entity; end: number } | undefined => {
    let m = k;
    // Determiners and modifiers, hyphenated ones included: "from military-ruled Myanmar".
    while (
      m < toks.length &&
      m < k + 5 &&
      !registryAt(m) &&
      ['DET', 'ADJ', 'NUM', 'PUNCT', 'VERB'].includes(toks[m]!.pos) &&
      toks[m]!.text !== ','
    )
      m++;
    const r = registryAt(m);
    return r && (r.entity.kind === 'State' || doc.ontology.isA(r.entity.kind, 'Organization'))
      ? r
      : undefined;
  };
  if (head.entry.role !== 'thing') {
    for (const words of lex.sponsorPhrases) {
      let k = end;
      if (toks[k]?.lower === 'with') k++;
      if (words.every((w, n) => toks[k + n]?.lemma === w || toks[k + n]?.lower === w)) {
        const r = after(k + words.length);
        if (r) {
          sponsor = r.entity;
          end = r.end;
        }
        break;
      }
    }
    const prep = toks[end]?.lower;
    if (!owner && !sponsor && (prep === 'of' || prep === 'from' || prep === 'in')) {
      const r = after(end + 1);
      if (r) {
        owner = r.entity;
        end = r.end;
      }
    }
  }
  const text = toks
    .slice(start, end)
    .map((t) => t.text)
    .join(' ')
    .replace(/ ([’']s)\b/g, '$1');
  const name = text.replace(/^(the|a|an|this|that|these|those|its|their|his|her|our|some)\s+/i, '');
  const entry = head.entry;
  const base = { start, end, priority: PRIORITY.np } as const;
  if (quantified && entry.role !== 'thing') {
    return { ...base, entity: placeholder(name), via: 'role', role: entry.role, quantified: true };
  }
  const country = owner ? countryOf(owner) : sponsor ? countryOf(sponsor) : undefined;
  switch (entry.role) {
    case 'state': {
      if (owner) return { ...base, entity: owner, via: 'role', role: 'state' };
      if (!definite) return undefined;
      const state = doc.latest(['State'], pending);
      if (state) return { ...base, entity: state, via: 'coref', role: 'state' };
      const body = doc.unnamed('GovernmentBody', name);
      return body ? { ...base, entity: body, via: 'role', role: 'state' } : undefined;
    }
    case 'speaker': {
      const e = doc.unnamed('Group', name, country);
      return e ? { ...base, entity: e, via: 'role', role: 'speaker' } : undefined;
    }
    case 'group': {
      if (entry.needsModifier && !owner && !sponsor) return undefined;
      if (definite && !owner && !sponsor) {
        const prev = doc.latest([entry.kind ?? 'Group'], pending);
        if (prev) return { ...base, entity: prev, via: 'coref', role: 'group' };
      }
      const e = doc.unnamed(entry.kind ?? 'Group', name, country);
      return e
        ? { ...base, entity: e, via: 'role', role: 'group', ...(sponsor ? { sponsor } : {}) }
        : undefined;
    }
    case 'thing': {
      const kind = entry.kind ?? 'Facility';
      if (quantified)
        return { ...base, entity: placeholder(name), via: 'thing', role: 'thing', quantified: true };
      if (definite) {
        const prev =
          doc.latest([kind], pending) ?? (FAMILY[kind] ? doc.latest(FAMILY[kind], pending) : undefined);
        if (prev) return { ...base, end: head.end, entity: prev, via: 'coref', role: 'thing' };
      }
      if (entry.needsModifier && start === head.start) return undefined;
      const e = doc.unnamed(kind, name.replace(/\s+(on|in|of)\s.*$/, ''), country);
      // "Israeli tank shelling": the demonym names who attacked.
      const agent =
        owner && doc.ontology.isA(kind, 'Event') && doc.ontology.isA(owner.kind, 'Actor') ? owner : undefined;
      return e
        ? { ...base, end: head.end, entity: e, via: 'thing', role: 'thing', ...(agent ? { agent } : {}) }
        : undefined;
    }
  }
}

/** The registry hit that ends at token k (for scanning a phrase leftwards). */
function registryAtEnd(
  k: number,
  registryAt: RegistryAt,
  toks: Tok[],
): { entity: Entity; start: number } | undefined {
  for (let s = k; s >= 0 && s > k - 6; s--) {
    const r = registryAt(s);
    if (r && r.end === k + 1) return { entity: r.entity, start: s };
    if (toks[s]!.pos === 'PUNCT' && toks[s]!.text !== '.' && toks[s]!.text !== '-') break;
  }
  return undefined;
}

function countryOf(e: Entity): string | undefined {
  const c = e.props.iso3 ?? e.props.country;
  return typeof c === 'string' ? c : undefined;
}

/** An entity that never reaches the output: "any group" names nobody. */
function placeholder(name: string): Entity {
  return { id: `none:${name}`, kind: 'Group', name, aliases: [], props: {} };
}
