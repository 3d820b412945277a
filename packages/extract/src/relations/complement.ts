// Governors that recode their complement (complements.yaml): "agreed to hold talks with X" is one AGREE
// event by the one who agreed, "urged X to withdraw" one REQUEST to X, "threatened to expel Y" one
// THREATEN; the complement's own act is not asserted and makes no claim of its own.
import { recode } from '../patterns/complements-load.ts';
import type { ComplementClass, Lexicon } from '../patterns/types.ts';
import { governorSubject, nounComplementClaims } from './noun-complement.ts';
import type { Clause } from './clause.ts';
import { emitMatch } from './emit.ts';
import type { EmitContext } from './emit.ts';
import type { Matcher, VerbMatch } from './match.ts';
import { modalityOf } from './modality.ts';
import { adjunctEnd } from './adjunct.ts';
import { conditionSubject } from './conditional.ts';
import { sameSide } from './sides.ts';
import { OBJECT_CONTROL, REJECTING } from './words.ts';

/**
 * Whether token v can govern a complement: a verb or adjective ("agreed to", "ready to"), or a present-tense
 * verb that wink-nlp tags as a plural noun right after its subject ("Obama plans to withdraw", "Iran vows
 * to respond"), or a governor noun of complements.yaml ("willingness to").
 */
export function mayGovern(cl: Clause, v: number, lex: Lexicon): boolean {
  const t = cl.toks[v]!;
  // "in order to facilitate" is a purpose, no order given.
  if (t.lower === 'order' && cl.toks[v - 1]?.lower === 'in') return false;
  if (t.pos === 'VERB' || t.pos === 'ADJ') return true;
  const infinitive = cl.toks[v + 1]?.lower === 'to' && cl.toks[v + 2]?.pos === 'VERB';
  // A governor noun: "expressed its willingness to help", "reaffirmed its commitment to defend" — the
  // intent of its verb's subject; never someone else's ("refused a U.S. offer to take the body": the offer
  // is the United States', and it was refused, section REJECT), nor one its verb turns down.
  if (t.pos === 'NOUN' && infinitive && lex.governors.has(t.lower)) return ownGovernorNoun(cl, v);
  return t.pos === 'NOUN' && t.lower.endsWith('s') && cl.mentionEndingAt(v - 1) >= 0 && infinitive;
}

const HYPHEN_PARTICLES = new Set(['off', 'out', 'up', 'down', 'back']);

/** The complement verb of governor g: "g to V", "g X to V", "ready to V"; or -1. */
export function complementVerb(cl: Clause, g: number): number {
  const toks = cl.toks;
  // "agreed on Sunday to restore", "pledged in principle to support": past the adjuncts (adjunct.ts).
  let k = adjunctEnd(cl, g + 1);
  // "was urged by the EU to withdraw": past the passive's by-agent.
  const by = toks[k]?.lower === 'by' ? cl.mentionFrom(k + 1, 3) : -1;
  if (by >= 0) k = cl.mentions[by]!.end;
  const m = by >= 0 ? -1 : cl.mentionFrom(k, 1);
  if (m >= 0)
    k = cl
      .conjoinedRight(m)
      .map((i) => cl.mentions[i]!.end)
      .pop()!;
  else if (by < 0 && OBJECT_CONTROL.has(toks[g]!.lemma)) {
    // "urged Western allies to send", "called on donors to give": an object that names no actor still
    // controls the infinitive; the request has no actor recipient (a targetless claim).
    const ch = cl.chunkAt(k);
    if (ch && ch.start === k && ch.headMention < 0 && toks[ch.end]?.lower === 'to') k = ch.end;
  }
  k = adjunctEnd(cl, k);
  if (toks[k]?.lower !== 'to' || toks[k]!.pos !== 'PART') return -1;
  if (toks[k + 1]?.pos === 'ADV' && toks[k + 2]?.pos === 'VERB') return k + 2;
  // "agree to Cease-Fire" (a headline): a word joined by a hyphen is a noun, not the complement verb.
  // "to cut-off supplies" is the verb with its particle, spelt with a hyphen.
  const hyphen =
    toks[k + 2]?.text === '-' &&
    toks[k + 2]!.start === toks[k + 1]?.end &&
    !HYPHEN_PARTICLES.has(toks[k + 3]?.lower ?? '');
  return toks[k + 1]?.pos === 'VERB' && !hyphen ? k + 1 : -1;
}

/**
 * A "that" clause complement of governor g: "urged that X withdraw" (subjunctive: a bare verb, or one of the
 * class's modals), "said (that) X must withdraw" (modal: only with a modal). Its subject X, an actor, is the
 * one asked; returns the clause's verb and X, or undefined.
 */
export function thatComplement(
  x: EmitContext,
  cl: Clause,
  g: number,
  cls: ComplementClass,
  matcher: Matcher,
): { verb: number; asked: number[] } | undefined {
  if (!cls.thatClause) return undefined;
  const toks = cl.toks;
  // "requested last week that …", "urged on Monday that …" (adjunct.ts).
  let k = adjunctEnd(cl, g + 1);
  if (toks[k]?.lower === 'that') k++;
  else if (cls.thatClause === 'subjunctive' || (cls.thatClause === 'fact' && toks[g]!.pos !== 'VERB'))
    return undefined;
  const m = cl.mentionFrom(k, 1);
  if (m < 0) return cls.thatClause === 'subjunctive' && k > g + 1 ? askedOfNoOne(cl, k) : undefined;
  const asked = cl.conjoinedRight(m);
  // "demanding that the constitution be changed", "that Buddhism be made the state religion": a thing is
  // not asked; the subjunctive asks no actor.
  if (!asked.every((a) => x.ontology.isA(cl.mentions[a]!.entity.kind, 'Actor')))
    return cls.thatClause === 'subjunctive' && k > g + 1 ? askedOfNoOne(cl, k) : undefined;
  k = cl.mentions[asked[asked.length - 1]!]!.end;
  const modal = toks[k]?.pos === 'AUX' && cls.modals.has(toks[k]!.lower);
  if (modal) k++;
  else if (cls.thatClause === 'fact') return factVerb(cl, k, asked);
  else if (cls.thatClause !== 'subjunctive') return undefined;
  if (toks[k]?.pos === 'ADV') k++;
  // "would continue to support X": the act is the verb after an aspectual one.
  if (
    modal &&
    ASPECTUAL.has(toks[k]?.lemma ?? '') &&
    toks[k + 1]?.lower === 'to' &&
    toks[k + 2]?.pos === 'VERB'
  )
    k += 2;
  const v = toks[k];
  // A bare verb is the subjunctive of a demand ("that Iran release"); "that Iran releases" states a fact.
  // wink-nlp often tags that bare verb as a noun or adjective ("that Iran release/NOUN the sailors"): a
  // word the lexicon has verb patterns for, followed by the start of its object, is taken as the verb.
  const next = toks[k + 1]?.pos ?? '';
  const verbLike =
    v?.pos === 'VERB' ||
    (!!v &&
      !!matcher.patternsOf(v) &&
      (next === 'DET' || next === 'PRON' || next === 'PROPN' || next === 'NUM' || next === 'ADJ'));
  if (!v || !verbLike || (!modal && v.lower !== v.lemma)) return undefined;
  return { verb: k, asked };
}

/** "alleged that X had armed the rebels", "charged X was sheltering militants": X's finite verb, past
 * auxiliaries and adverbs ("had long been supporting"), within four tokens of X. */
function factVerb(cl: Clause, k: number, asked: number[]): { verb: number; asked: number[] } | undefined {
  for (let i = k; i < cl.toks.length && i < k + 4; i++) {
    const t = cl.toks[i]!;
    // "alleged that the rebels were armed by Uganda" accuses the by-agent; with none, no one named.
    if (t.pos === 'VERB' && cl.isPassive(i)) {
      const agent = cl.agent(i)?.mentions ?? [];
      return agent.length ? { verb: i, asked: agent } : undefined;
    }
    if (t.pos === 'VERB') return { verb: i, asked };
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return undefined;
  }
  return undefined;
}

/** "demanded that the elections be postponed": a subjunctive that asks no actor (a targetless request). */
function askedOfNoOne(cl: Clause, k: number): { verb: number; asked: number[] } | undefined {
  const toks = cl.toks;
  for (let i = k; i < toks.length && i < k + 8; i++) {
    const t = toks[i]!;
    if (t.lower === 'be' && toks[i + 1]?.pos === 'VERB') return { verb: i + 1, asked: [] };
    if (t.pos === 'VERB') return i > k && t.lower === t.lemma ? { verb: i, asked: [] } : undefined;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'ADV'].includes(t.pos)) return undefined;
  }
  return undefined;
}

const BE = new Set(['be', 'is', 'are', 'was', 'were']);
const ASPECTUAL = new Set(['continue', 'begin', 'start', 'keep', 'try', 'seek']);

/** The class a governor token belongs to. wink-nlp tags "alleged" as an adjective with itself as lemma:
 * a participle of a `fact` governor is found by its verb ("alleged that X …"; thatComplement wants "that"
 * after such a form, so "the alleged plot" governs nothing). */
function governorClass(
  t: { lemma: string; lower: string; pos: string },
  lex: Lexicon,
): ComplementClass | undefined {
  const own = lex.governors.get(t.lemma) ?? lex.governors.get(t.lower);
  if (own || t.pos !== 'ADJ' || !t.lower.endsWith('ed')) return own;
  const verb = lex.governors.get(t.lower.slice(0, -1)) ?? lex.governors.get(t.lower.slice(0, -2));
  return verb?.thatClause === 'fact' ? verb : undefined;
}

/** Whether governor noun g is its verb's subject's own intent: no other actor named in its phrase ("a U.S.
 * offer") and a verb that does not turn it down ("rejected an offer to mediate"). */
function ownGovernorNoun(cl: Clause, g: number): boolean {
  const ch = cl.chunkAt(g);
  // "its willingness": a possessive pronoun is the subject's own; a name is someone else's.
  const other = (k: number): boolean => cl.mentions[k]!.via !== 'pronoun';
  if (ch && cl.mentions.some((m, k) => m.start >= ch.start && m.end <= g && other(k))) return false;
  for (let k = g - 1; k >= 0 && k >= g - 4; k--)
    if (cl.toks[k]!.pos === 'VERB') return !REJECTING.has(cl.toks[k]!.lemma);
  return true;
}

/**
 * At governor g: emits the recoded claims and returns the complement verb it consumed, or -1 when the
 * class does not apply (no complement, a specific pattern of the governor itself, no code, no subject).
 */
export function complementClaims(
  x: EmitContext,
  cl: Clause,
  g: number,
  lex: Lexicon,
  matcher: Matcher,
): number {
  const own0 = governorClass(cl.toks[g]!, lex);
  if (!own0) return -1;
  // "is expected to meet": the planned act of the subject; "expects Iran to pay" is no plan of Iran's.
  if (own0.afterBe && !BE.has(cl.toks[g - 1]?.lemma ?? '') && !BE.has(cl.toks[g - 2]?.lemma ?? '')) return -1;
  const inf = complementVerb(cl, g);
  const that = inf < 0 ? thatComplement(x, cl, g, own0, matcher) : undefined;
  const c = that?.verb ?? inf;
  if (c < 0) return nounComplementClaims(x, cl, g, own0, lex, matcher);
  const gsubj = governorSubject(cl, g);
  // "the fighters are required to gather (by X)": the passive's subject is the one asked, its by-agent the
  // one who asks; with no agent nobody named asks (no claim, and the complement is not asserted).
  // ("is expected to meet" is the planned class's own be + participle, not this passive.)
  // "is prepared to", "was determined to": a governor listed in its participle form is an adjective of
  // intent there, not a passive.
  const passive =
    !own0.afterBe && cl.toks[g]!.pos === 'VERB' && !lex.governors.has(cl.toks[g]!.lower) && cl.isPassive(g);
  const asker = passive ? (cl.agent(g)?.mentions ?? []) : gsubj.mentions;
  if (passive && !asker.length) return c;
  const self = (t: number): boolean =>
    gsubj.mentions.some((s) => cl.mentions[s]!.entity.id === cl.mentions[t]!.entity.id);
  // "warned (that) it would retaliate": only the governor's own act is its threat ("warned that the storm
  // would hit" threatens nothing); "said it must defend itself" obliges the speaker, it asks no one.
  const selfClause = own0.thatClause === 'self';
  if (
    that &&
    own0.thatClause !== 'promise' &&
    selfClause !== (that.asked.length > 0 && that.asked.every(self))
  )
    return -1;
  // "promised (that) Congress would support Ukraine": the promise is the promiser's whoever acts; its
  // content is the clause's own act (with no act of its own, no promise is coded).
  const actClause = selfClause || own0.thatClause === 'promise';
  // "urged Kyiv to clarify its role" has a pattern of its own (requests-explanation): keep it.
  // A pattern whose words lie in the "that" clause ("demanded that X release …" ≠ "demanded the release")
  // is the clause's act, read below.
  const clauseStart = that ? (that.asked.length ? cl.mentions[that.asked[0]!]!.start : that.verb) : Infinity;
  const ownPattern = (m: VerbMatch): boolean =>
    m.pattern.weight >= 2 && m.words.every((w) => w < clauseStart);
  if (matcher.patternsOf(cl.toks[g]!) && matcher.match(cl, g, gsubj, true).some(ownPattern)) return -1;
  const csubj = cl.subject(c);
  // "wants Somalia to withdraw" asks Somalia (relations.yaml want-someone-to): no intent of the subject's.
  if (own0.subjectControl && csubj.objectControl) return -1;
  const owns = matcher.patternsOf(cl.toks[c]!) ? matcher.match(cl, c, csubj) : undefined;
  const own = owns?.find((m) => x.ontology.edge(m.pattern.predicate).category !== 'structural');
  // A sense the lexicon blocks ("willing to compromise national security") expresses no intent to act.
  if (own?.pattern.reverse || (!own && owns && matcher.blocked)) return -1;
  const mod = modalityOf(cl, g, gsubj, lex.modality);
  // "offered amnesty if they agree to lay down their arms": a condition expresses no one's intent (the
  // verbs of an if-clause make no claim either, sentence.ts).
  if (mod.conditional) return c;
  // "was not ready to end the war", "did not agree to meet": a negated intent is a refusal (REJECT).
  const negatedAs = mod.modality === 'negated' ? own0.negated : undefined;
  // "Putin ordered Russian forces to withdraw from Syria": an order to one's own side announces one's own
  // act, read as the future tense reads it (a withdrawal is CONCEDE: PLOVER_MANUAL section CONCEDE,
  // "announced ... would withdraw troops"); it requests nothing of anyone.
  const ownSide =
    !negatedAs &&
    !that &&
    csubj.objectControl === true &&
    csubj.mentions.length > 0 &&
    csubj.mentions.every((t) =>
      gsubj.mentions.some((s) => sameSide(cl.mentions[s]!.entity, cl.mentions[t]!.entity)),
    ) &&
    lex.future !== undefined &&
    !!recode(lex.future, own?.pattern.cameo);
  const cls = ownSide ? lex.future! : (negatedAs ?? own0);
  // A "that" clause has no reading of its own to fall back on: what is demanded is still a demand.
  // A self clause needs an act of its own: "warned it would run out of food" threatens nothing.
  const cameo =
    that && actClause && !own
      ? undefined
      : (recode(cls, own?.pattern.cameo) ?? (that ? cls.otherwise : undefined));
  if (!cameo || cameo === '---') return -1;
  // "officials say militants intend to attack": a plan another speaker reports is no threat made.
  const reported = mod.speaker !== undefined && !self(mod.speaker);
  if (cls.ownWordsForThreat && cameo.startsWith('13') && reported) return c;
  // A governor whose subject is unknown ("he said he was ready to hold talks", "he" unresolved) still
  // governs: its complement has not happened and makes no asserted claim of its own.
  if (!asker.length) return c;
  // No pattern of its own: the complement's first fitting actor is the target ("promised to rebuild X").
  const bare = own ? undefined : matcher.match(cl, c, csubj, false, [matcher.bare(cls.origin, cameo)])[0];
  const target = passive
    ? gsubj.mentions
    : that && !actClause
      ? that.asked
      : csubj.objectControl && !ownSide
        ? csubj.mentions
        : ((own ?? bare)?.target ?? []);
  let recipients = target.filter((t) => !asker.includes(t));
  // "threatened to cut off supplies if Ukraine does not pay": a threat with no recipient named is put to
  // the one the condition names, as a conditional future act is (sentence.ts; PLOVER_MANUAL section
  // THREATEN: the recipient is the one threatened).
  if (!recipients.length && cameo.startsWith('13'))
    recipients = conditionSubject(cl, c).filter((t) => !asker.includes(t) && !self(t));
  const pattern = own?.pattern ?? matcher.bare(cls.origin, cameo);
  // "Ethiopia and Eritrea agreed to restore relations": conjoined actors who agree with no one else named
  // agree with each other (PLOVER_MANUAL "Compound and Reciprocal Actors").
  const mutual = !recipients.length && asker.length > 1 && cameo.startsWith('03');
  const match: VerbMatch = {
    pattern: mutual ? { ...pattern, symmetric: true } : pattern,
    source: asker,
    target: recipients,
    words: [c, ...(own?.words ?? [])],
  };
  // The expression happened; a reported denial keeps its modality, and so does a negated one that no
  // class reads as a refusal.
  // "alleged that …": the governor's own hedge word is the accusation itself, which happened.
  const ownHedge =
    cls.thatClause === 'fact' && mod.modality === 'alleged' && lex.modality.hedgeWords.has(cl.toks[g]!.lower);
  const modality = mod.modality === 'hypothetical' || negatedAs || ownHedge ? 'asserted' : mod.modality;
  emitMatch(x, cl, g, match, mod, matcher.about(cl, c), {
    cameo,
    modality,
    rule: `${cls.name}: the complement's act recoded (complements.yaml)`,
    origin: `${cls.origin} ${cls.name}`,
    act: c,
  });
  return c;
}
