// An intent governor with an event noun as its complement: "agreed to a ceasefire", "ready for talks with
// X", "open to negotiations". PLOVER codes the expression (PLOVER_MANUAL section AGREE: "Agree to, offer,
// promise, or otherwise indicate willingness or commitment to cooperate"): the noun's act (events.yaml) is
// recoded by the governor's class (complements.yaml), as an infinitive complement would be.
import { recode } from '../patterns/complements-load.ts';
import type { ComplementClass, EventNoun, Lexicon } from '../patterns/types.ts';
import type { Clause, SubjectInfo } from './clause.ts';
import { emitMatch } from './emit.ts';
import type { EmitContext } from './emit.ts';
import type { Matcher } from './match.ts';
import { modalityOf } from './modality.ts';

/** Prepositions that put a noun under an adjective or verb governor: "ready for", "agreed to/on". */
const PREPS = new Set(['to', 'for', 'on']);
const index = new WeakMap<Lexicon, Map<string, EventNoun[]>>();

/** Every event noun of events.yaml by its first word (lex.eventNouns holds the nominal ones only). */
function eventIndex(lex: Lexicon): Map<string, EventNoun[]> {
  let m = index.get(lex);
  if (!m) {
    m = new Map();
    for (const e of lex.events) for (const n of e.nouns) m.set(n[0]!, [...(m.get(n[0]!) ?? []), e]);
    index.set(lex, m);
  }
  return m;
}

/** "g to/for/on (a|the|new …) NOUN": the event noun's first and end token and its entry, or undefined. */
function nounAfter(
  cl: Clause,
  g: number,
  lex: Lexicon,
): { noun: number; end: number; e: EventNoun } | undefined {
  const toks = cl.toks;
  let k = g + 1;
  if (!PREPS.has(toks[k]?.lower ?? '') || toks[k]!.pos === 'PART') return undefined;
  k++;
  for (let n = 0; n < 3 && ['DET', 'ADJ', 'NUM', 'PRON'].includes(toks[k]?.pos ?? ''); n++) {
    k++;
    // "a two-day cease-fire": a hyphenated modifier is one word before the noun.
    if (toks[k]?.text === '-' && toks[k - 1]!.pos === 'NUM') k += 2;
  }
  for (const e of eventIndex(lex).get(toks[k]?.lower ?? '') ?? [])
    for (const words of e.nouns)
      if (words.every((w, i) => toks[k + i]?.lower === w)) return { noun: k, end: k + words.length, e };
  return undefined;
}

/** Emits the recoded claim of an event-noun complement; returns the noun's token, or -1. */
export function nounComplementClaims(
  x: EmitContext,
  cl: Clause,
  g: number,
  own: ComplementClass,
  lex: Lexicon,
  matcher: Matcher,
): number {
  if (own.name !== 'intent') return -1;
  const found = nounAfter(cl, g, lex);
  if (!found) return -1;
  const gsubj = governorSubject(cl, g);
  if (!gsubj.mentions.length) return -1;
  const mod = modalityOf(cl, g, gsubj, lex.modality);
  const negatedAs = mod.modality === 'negated' ? own.negated : undefined;
  const cls = negatedAs ?? own;
  const cameo = recode(cls, found.e.code);
  if (!cameo || cameo === '---') return -1;
  // "talks with X", "talks between X and Y", "a truce with X": the parties after the noun.
  const prep = cl.toks[found.end]?.lower ?? '';
  const first = found.e.targets.has(prep) ? cl.mentionFrom(found.end + 1, 3) : -1;
  const target = (first >= 0 ? cl.conjoinedRight(first) : []).filter((t) => !gsubj.mentions.includes(t));
  // With no party named, conjoined subjects of a mutual act agree with each other ("X and Y agreed to talks").
  const pattern = { ...matcher.bare(cls.origin, cameo), symmetric: found.e.symmetric || !target.length };
  const modality = mod.modality === 'hypothetical' || negatedAs ? 'asserted' : mod.modality;
  const words = Array.from({ length: found.end - found.noun }, (_, i) => found.noun + i);
  emitMatch(x, cl, g, { pattern, source: gsubj.mentions, target, words }, mod, undefined, {
    cameo,
    modality,
    rule: `${cls.name}: an event noun under the governor, recoded (complements.yaml, events.yaml)`,
    origin: `${cls.origin} ${cls.name} ← ${found.e.origin} ${found.e.name}`,
    act: found.noun,
  });
  return found.noun;
}

const COPULAS = new Set(['remain', 'stay', 'seem', 'appear', 'become', 'look']);

/** The subject of governor g; a governor noun takes its verb's ("Japan expressed (its) willingness to"). */
export function governorSubject(cl: Clause, g: number): SubjectInfo {
  // "remained open to talks", "seemed ready to": an adjective after a copula other than "be" is its verb's.
  const cop = cl.toks[g - 1];
  if (cl.toks[g]!.pos === 'ADJ' && cop?.pos === 'VERB' && COPULAS.has(cop.lemma)) return cl.subject(g - 1);
  if (cl.toks[g]!.pos === 'NOUN')
    for (let k = g - 1; k >= 0 && k >= g - 3; k--) if (cl.toks[k]!.pos === 'VERB') return cl.subject(k);
  return cl.subject(g);
}
