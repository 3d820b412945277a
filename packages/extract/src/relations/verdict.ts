// Verdicts (verdicts.yaml): naming an act or an actor with a judgement is an act of the one who names it.
// "X called the bombing a cowardly act", "X described the raid as barbaric", "X called the sanctions
// illegal" criticise (ACCUSE 111); "X called Italy a valuable partner" praises (SUPPORT 051); and so does
// a speaker's copula, "X said the attack was barbaric". The naming verb then codes nothing else ("called
// Cuba a terrorist state" is no phone call).
import type { Lexicon, VerdictClass, VerdictRules } from '../patterns/types.ts';
import type { Clause } from './clause.ts';
import { emitMatch } from './emit.ts';
import type { EmitContext } from './emit.ts';
import type { Matcher, VerbMatch } from './match.ts';
import { modalityOf } from './modality.ts';
import { BE, TIME_NOUNS } from './words.ts';

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '``', "''"]);
/** Parts of speech a predicate ("a cowardly act", "entirely unacceptable") is made of. */
const PREDICATE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);
/** Prepositions inside a predicate ("a crime against humanity", "a threat to peace", "an act of war");
 * any other ends it ("hours after the massacre" is when, not what). */
const INSIDE = new Set(['of', 'against', 'on', 'to', 'by', 'for']);
const MAX_PREDICATE = 12;

interface Found {
  cls: VerdictClass;
  at: number[];
}

/** At naming verb v: emits the verdict's claim and returns true, or false when v names nothing so. */
export function verdictClaims(
  x: EmitContext,
  cl: Clause,
  v: number,
  lex: Lexicon,
  matcher: Matcher,
  consumed: Set<number>,
): boolean {
  const rules = lex.verdicts;
  const t = cl.toks[v]!;
  if (!rules || t.pos !== 'VERB') return false;
  if (rules.verbs.has(t.lemma) && !cl.isPassive(v)) {
    const from = predicateAfterObject(cl, v);
    const found = from >= 0 ? verdictIn(cl, from, rules) : undefined;
    if (!found) return false;
    const subj = cl.subject(v);
    const m = matcher.match(cl, v, subj, false, [matcher.bare(found.cls.origin, found.cls.code)])[0];
    if (!m) return false;
    emitVerdict(x, cl, v, lex, matcher, { ...m, words: found.at }, found);
    for (const k of found.at) consumed.add(k);
    return true;
  }
  if (!lex.modality.reportVerbs.has(t.lemma)) return false;
  const c = copula(cl, v, rules);
  if (!c) return false;
  // The judged act ("the bombing") is no recipient; an actor is ("said Iran was a threat").
  c.target = c.target.filter((k) => x.ontology.isA(cl.mentions[k]!.entity.kind, 'Actor'));
  const subj = cl.subject(v);
  const source = subj.mentions.filter(
    (s) => cl.mentions[s]!.role !== 'speaker' && !cl.mentions[s]!.quantified,
  );
  if (!source.length) return false;
  const m: VerbMatch = {
    pattern: matcher.bare(c.found.cls.origin, c.found.cls.code),
    source,
    target: c.target.filter(
      (k) => !source.some((s) => cl.mentions[s]!.entity.id === cl.mentions[k]!.entity.id),
    ),
    words: c.found.at,
  };
  emitVerdict(x, cl, v, lex, matcher, m, c.found);
  // "said X was to blame": the verb inside the verdict makes no claim of its own.
  for (const k of c.found.at) consumed.add(k);
  return true;
}

function emitVerdict(
  x: EmitContext,
  cl: Clause,
  v: number,
  lex: Lexicon,
  matcher: Matcher,
  m: VerbMatch,
  found: Found,
): void {
  const mod = modalityOf(cl, v, cl.subject(v), lex.modality);
  if (mod.conditional) return;
  const word = found.at.map((k) => cl.toks[k]!.lower).join(' ');
  emitMatch(x, cl, v, m, mod, matcher.about(cl, v), {
    cameo: found.cls.code,
    modality: mod.modality,
    rule: `verdict: "${word}" names the act or actor (verdicts.yaml ${found.cls.name})`,
    origin: `verdict "${word}"`,
  });
}

/** "called [the bombing] a cowardly act", "described [X] as …", "called [the sanctions] illegal": where
 * the predicate after the verb's object starts, or -1. */
function predicateAfterObject(cl: Clause, v: number): number {
  const toks = cl.toks;
  let k = v + 1;
  while (toks[k]?.pos === 'ADV' && cl.cover[k]! < 0) k++;
  const obj = cl.chunkAt(k);
  if (!obj || obj.start !== k || toks[k]!.pos === 'ADP') return -1;
  // "the sanctions illegal": an adjective after the head inside one chunk is the predicate.
  if (obj.head + 1 < obj.end && toks[obj.head + 1]!.pos === 'ADJ') return obj.head + 1;
  let e = obj.end;
  // "called the annexation of Crimea a crime": phrases on the object come before the predicate.
  for (let n = 0; n < 2 && toks[e]?.pos === 'ADP' && toks[e]!.lower !== 'as'; n++) {
    const pp = cl.chunkAt(e + 1);
    if (!pp || pp.start !== e + 1) return -1;
    e = pp.end;
  }
  if (toks[e]?.lower === 'as') e++;
  while (toks[e] && QUOTES.has(toks[e]!.text)) e++;
  const p = toks[e];
  if (!p || !PREDICATE.has(p.pos)) return -1;
  // "called Japan last week": a time phrase, no predicate.
  const next = cl.chunkAt(e);
  if (next && TIME_NOUNS.has(toks[next.head]!.lower)) return -1;
  return e;
}

/** "said [the attack] was barbaric", "said it was 'a needless act of violence'": the predicate of the
 * reported clause's copula and the actor it judges (named, the owner of the act, or its culprit by "by"). */
function copula(cl: Clause, v: number, rules: VerdictRules): { found: Found; target: number[] } | undefined {
  const toks = cl.toks;
  let k = v + 1;
  if (toks[k]?.lower === 'that') k++;
  while (toks[k] && QUOTES.has(toks[k]!.text)) k++;
  const np = cl.chunkAt(k);
  if (!np || np.start !== k) return undefined;
  let e = np.end;
  let by = -1;
  // "such an attack on unarmed observers is …": prepositional phrases on the subject.
  for (let n = 0; n < 2 && toks[e]?.pos === 'ADP'; n++) {
    const pp = cl.chunkAt(e + 1);
    if (!pp || pp.start !== e + 1) return undefined;
    if (toks[e]!.lower === 'by' && pp.headMention >= 0) by = pp.headMention;
    e = pp.end;
  }
  if (toks[e]?.lemma === 'have' && toks[e + 1]?.lower === 'been') e++;
  if (!BE.has(toks[e]?.lower ?? '') || toks[e]!.pos !== 'AUX') return undefined;
  e++;
  while (toks[e] && QUOTES.has(toks[e]!.text)) e++;
  if (!toks[e] || (!PREDICATE.has(toks[e]!.pos) && !rules.words.has(toks[e]!.lower))) return undefined;
  const found = verdictIn(cl, e, rules);
  if (!found) return undefined;
  const h = np.headMention;
  const it = h >= 0 && cl.mentions[h]!.via === 'pronoun' && toks[cl.mentions[h]!.start]!.lower === 'it';
  const target = h >= 0 ? (it ? [] : [h]) : by >= 0 ? [by] : np.possessor >= 0 ? [np.possessor] : [];
  // "any group", "such an attack": a quantified phrase names nobody.
  return {
    found,
    target: target.filter((m) => cl.mentions[m]!.role !== 'speaker' && !cl.mentions[m]!.quantified),
  };
}

/** The first verdict word of the predicate starting at `from` ("a cowardly act by …" → cowardly). */
function verdictIn(cl: Clause, from: number, rules: VerdictRules): Found | undefined {
  const toks = cl.toks;
  for (let i = from; i < toks.length && i < from + MAX_PREDICATE; i++) {
    const t = toks[i]!;
    const inside =
      PREDICATE.has(t.pos) ||
      QUOTES.has(t.text) ||
      (t.pos === 'ADP' && INSIDE.has(t.lower)) ||
      (t.text === '-' && toks[i - 1]?.end === t.start) ||
      t.pos === 'CCONJ';
    for (const entry of rules.words.get(t.lemma) ?? rules.words.get(t.lower) ?? []) {
      const at = entry.words.map((_, j) => i + j);
      if (entry.words.every((w, j) => toks[i + j]?.lower === w || toks[i + j]?.lemma === w))
        return { cls: entry.cls, at };
    }
    if (!inside) return undefined;
  }
  return undefined;
}
