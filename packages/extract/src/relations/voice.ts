// Voice: whether a verb is passive (be + participle, or a reduced relative "men sought in …", or a
// headline's "X killed in a raid") and the by-agent of a passive.
import type { ClauseView } from './view.ts';
import { BE, countBefore, HARM, HARM_PREP, PREPOSITIONS, SUBORDINATORS, TIME_NOUNS } from './words.ts';

export function isPassive(cl: ClauseView, v: number): boolean {
  const t = cl.toks[v]!;
  if (t.lower.endsWith('ing')) return false;
  // A participle spelt like its verb ("was hit", "were put on alert", "has been cut") is passive only
  // right after a form of "be" (an adverb between: "was reportedly hit"); elsewhere it is the verb itself.
  if (t.lower === t.lemma && !/[a-z]{2}(ed|en)$/.test(t.lower)) {
    const before = cl.toks[v - 1]?.pos === 'ADV' ? v - 2 : v - 1;
    return BE.has(cl.toks[before]?.lower ?? '') && cl.toks[before]!.lower !== 'get';
  }
  // A past participle: regular (-ed, -en) or irregular (its form differs from its lemma: "sought").
  const participle = /[a-z]{2}(ed|en)$/.test(t.lower) || (t.lower !== t.lemma && !/s$/.test(t.lower));
  const g = cl.groupStart(v);
  for (let i = g; i < v; i++) if (BE.has(cl.toks[i]!.lower)) return true;
  // "have been trained and supported by X": a participle conjoined to a passive one shares its voice.
  const conj = cl.toks[v - 1]?.lower;
  if (
    participle &&
    (conj === 'and' || conj === 'or') &&
    cl.toks[v - 2]?.pos === 'VERB' &&
    isPassive(cl, v - 2)
  )
    return true;
  // A reduced relative: "the building demolished by protesters", "two men sought in the slaying".
  let n = v - 1; // "a commander reportedly killed": an adverb between the noun and the participle
  while (n > 0 && cl.toks[n]!.pos === 'ADV' && cl.cover[n]! < 0) n--;
  const afterNoun = n >= 0 && (cl.cover[n]! >= 0 || cl.toks[n]!.pos === 'NOUN');
  // The group before a reduced relative holds adverbs only ("reportedly killed"), never an auxiliary.
  if (n + 1 !== g && g !== v) return false;
  if (!afterNoun || !participle) return false;
  if (agentStart(cl, v) >= 0) return true;
  // "Two officers killed in an ambush": a verb of harm with no object is passive wherever it stands.
  const nx = cl.toks[v + 1];
  // "killed at least 15 people" has an object: a count opens it.
  const noObject =
    !countBefore(cl.toks, v + 1) &&
    (!nx || nx.pos === 'ADP' || HARM_PREP.has(nx.lower) || nx.text === ',' || nx.text === '.');
  if (HARM.has(t.lemma) && noObject) return true;
  // Without a by-agent, "two men sought in the slaying" is a reduced relative only inside another
  // predicate's phrase; at the head of a clause "Iraq's adviser met with" is the main verb.
  // "members of the Union refused to attend": "to" before a verb marks an infinitive, not a phrase.
  const infinitive = nx?.lower === 'to' && cl.toks[v + 2]?.pos === 'VERB';
  const prep = nx !== undefined && !infinitive && (nx.pos === 'ADP' || PREPOSITIONS.has(nx.lower));
  // "freed four soldiers taken hostage": a form that is only a participle ("taken", "stolen", "shown",
  // never the past tense), or a participle with a predicative noun ("held hostage"), after the object of
  // another verb modifies that object; the sentence's subject did not take them.
  const onlyParticiple = t.lower !== t.lemma && /[a-z](en|wn)$/.test(t.lower);
  const predicative = nx !== undefined && PREDICATIVE.has(nx.lower);
  const before = cl.verbBefore(n + 1);
  if (before >= 0 && !onlyParticiple && reportedVerb(cl, before, n, v)) return false;
  return (prep || onlyParticiple || predicative) && before >= 0 && !cl.boundaryBetween(before, v);
}

const WH = new Set(['how', 'why']);

/**
 * "Kenya says Uganda met with Somalia", "said on Monday Russia fired on X": a name right after a speech
 * verb opens the reported clause, whose finite verb v is its own, not a reduced relative on that name;
 * unless the clause goes on to a verb group of its own ("said men sought in the attack were arrested").
 */
function reportedVerb(cl: ClauseView, frame: number, n: number, v: number): boolean {
  const c = cl.cover[n]!;
  const start = c >= 0 ? cl.mentions[c]!.start : (cl.chunkAt(n)?.start ?? n);
  // "described how the forces carried out the raid": a wh-word opens a clause, whatever verb precedes it.
  if (!WH.has(cl.toks[start - 1]?.lower ?? '') && !cl.frames.has(cl.toks[frame]!.lemma)) return false;
  // Only adverbs and a time between the speech verb and the name ("said on Monday", "said late Tuesday").
  for (let k = frame + 1; k < start; k++) {
    const t = cl.toks[k]!;
    if (t.pos !== 'ADV' && t.pos !== 'ADP' && !TIME_NOUNS.has(t.lower) && t.pos !== 'NUM') return false;
  }
  for (let k = v + 1; k < cl.toks.length; k++) {
    const t = cl.toks[k]!;
    if (cl.isBoundary(k) || t.text === ',' || SUBORDINATORS.has(t.lower)) break;
    if (t.pos === 'AUX' && cl.cover[k]! < 0) return false;
  }
  return true;
}

/** Nouns that complete a passive participle: "taken hostage", "held captive", "taken prisoner". */
const PREDICATIVE = new Set(['hostage', 'hostages', 'captive', 'captives', 'prisoner', 'prisoners']);

/** Index of "by" opening the agent phrase after the verb, or -1. */
export function agentStart(cl: ClauseView, v: number): number {
  for (let i = v + 1; i < cl.toks.length && i <= v + 4; i++) {
    const t = cl.toks[i]!;
    if (t.lower === 'by') return cl.mentionFrom(i + 1, 3) >= 0 ? i : -1;
    if (t.pos !== 'ADV' && t.pos !== 'PART' && t.pos !== 'ADP') return -1;
  }
  return -1;
}

/** The by-agent of a passive: its mentions and the token span of "by …". */
export function agentOf(
  cl: ClauseView,
  v: number,
): { mentions: number[]; from: number; to: number } | undefined {
  const by = agentStart(cl, v);
  if (by < 0) return undefined;
  const m = cl.mentionFrom(by + 1, 3);
  // "by the Malaysia Airlines flight crash": the name modifies a noun; the agent is the crash, no actor.
  const after = cl.toks[cl.mentions[m]!.end];
  if (after && cl.cover[cl.mentions[m]!.end]! < 0 && (after.pos === 'NOUN' || after.pos === 'PROPN'))
    return undefined;
  const list = cl.conjoinedRight(m);
  return { mentions: list, from: by, to: cl.mentions[list[list.length - 1]!]!.end };
}
