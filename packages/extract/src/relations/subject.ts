// The grammatical subject of a verb: skipping parentheticals, prepositional phrases and participle
// modifiers, through relative pronouns to their antecedent, through infinitives and gerunds to their
// controller, and from the second verb of "X condemned … and urged …" to the first verb's subject.
import type { Chunk } from './chunks.ts';
import type { ClauseView } from './view.ts';
import { adjunctStart } from './adjunct.ts';
import {
  COORDINATORS,
  countBefore,
  OBJECT_CONTROL,
  PERMISSION,
  INTENT_ADJECTIVES,
  INTENT_NOUNS,
  PARENTHETICAL_OPENERS,
  PREPOSITIONS,
  RELATIVE,
  SUBORDINATORS,
} from './words.ts';

export interface SubjectInfo {
  /** Mention indices of the subject (several when conjoined: "Brazil and the United States"). */
  mentions: number[];
  /** First token of the subject's region (for the passive's patient and the modality window). */
  regionStart: number;
  /** The verb whose infinitive or gerund complement this is ("wants to attack" → want), if any. */
  governor?: number;
  /** The subject is the governor's object ("urged Kyiv to clarify"): the governor's intent is not its own. */
  objectControl?: boolean;
  /** Only a mention inside a phrase was found ("a tribunal in Chile ruled"): good for an actor, too weak
   * for a passive's patient. */
  weak?: boolean;
  /** The verb is in an object relative clause ("Sudan, which Chad accuses of …"): the antecedent. */
  relativeObject?: number[];
}

/** Relative pronouns that can be a relative clause's object ("Sudan, which it accuses of …"); "that" after
 * a noun phrase is as often a complementizer ("told Kenya that it would …"). */
const OBJECT_RELATIVE = new Set(['which', 'whom', 'who']);

/** Nouns of an operation: "conducted an operation that killed X" — the relative clause's actor is the
 * one who conducted it. */
const OPERATIONS = new Set(
  'operation raid strike airstrike attack assault offensive bombardment bombing campaign mission'.split(' '),
);

/** Nouns of an act or plan: their infinitive says what it is, not what the governor's subject does
 * ("condemned the campaign to seize the consulate"). */
const EVENTIVE = new Set(
  'activity campaign plot plan effort attempt bid move decision call pressure mission operation initiative proposal scheme conspiracy order demand request offer threat pledge promise right readiness way strategy policy programme program'.split(
    ' ',
  ),
);

/** People named by their relation to someone: the someone is not the actor. */
const AROUND = new Set(
  'supporter follower opponent critic loyalist sympathizer victim family relative resident'.split(' '),
);
/** Heads of an acting body whose possessor can stand for it: "his party", "Israel's army". */
const AGENT_HEADS = new Set(
  'party government administration army military force troops police ministry spokesman spokeswoman spokesperson leader leadership official authorities regime navy gunman fighter militant soldier warplane jet aircraft plane helicopter drone tank ship artillery bomber'.split(
    ' ',
  ),
);

/** Nouns of an attack: a place after them is where it struck, not who struck ("two bombings in Karachi,
 * Pakistan killed 22" — PLOVER_MANUAL section ASSAULT codes the perpetrator as actor; a place standing for
 * its state would make Pakistan the bomber). */
const ATTACK_HEADS = new Set(
  'attack bombing bomb blast explosion airstrike strike raid shelling bombardment assault ambush shooting'.split(
    ' ',
  ),
);

export function subjectOf(cl: ClauseView, v: number, depth = 0): SubjectInfo {
  const none: SubjectInfo = { mentions: [], regionStart: v };
  if (depth > 3) return none;
  let g = cl.groupStart(v);
  const toks = cl.toks;
  // Infinitive or gerund complement: "urging Kyiv to clarify", "wants to attack", "denied attacking".
  // "has yet to issue" is one verb group (a semi-auxiliary), not a complement.
  const to = cl.infinitiveMarker(v);
  const infinitive = to >= 0 && !toks.slice(g, to).some((t) => t.pos === 'AUX');
  if (infinitive) g = to;
  const gerund = toks[v]!.lower.endsWith('ing') && g === v;
  // A gerund after a preposition ("by promoting", "for helping") is an adjunct with no subject of its own.
  if (gerund && toks[g - 1]?.pos === 'ADP') return none;
  // "said shelling hit two towns": a gerund between a speech verb and a verb is the embedded subject.
  if (gerund && cl.frames.has(toks[g - 1]?.lemma ?? '') && toks[v + 1]?.pos === 'VERB') return none;
  if (infinitive || (gerund && toks[g - 1]?.pos === 'VERB')) {
    const gov = governorBefore(cl, infinitive ? g : v);
    // "pledged on Monday to support", "urged Iran on Tuesday to": the controller is before the adjuncts.
    if (infinitive && gov >= 0) g = adjunctStart(cl, gov + 1, g);
    const controller = cl.mentionEndingAt(g - 1);
    // Object control: "urged Kyiv to clarify", "called on X to": the object right after the governor.
    // "calls for them to lay down their weapons": the act of a for-infinitive is asked for, not done.
    if (controller >= 0 && toks[cl.mentions[controller]!.start - 1]?.lower === 'for')
      return { ...none, ...(gov >= 0 ? { governor: gov, objectControl: true } : {}) };
    // "travel to the Dominican Republic (later) to fly to Haiti": a place reached through a preposition
    // controls nothing; only a verb of asking takes its addressee that way ("called on X to", "appealed
    // to X to"), and the infinitive is otherwise the governor's subject's purpose.
    // "gave permission to Russia to help": the one permitted acts.
    const viaPrep =
      controller >= 0 &&
      cl.prepBefore(controller) !== undefined &&
      !toks.slice(gov + 1, cl.mentions[controller]!.start).some((t) => PERMISSION.has(t.lemma));
    if (viaPrep && gov >= 0 && !OBJECT_CONTROL.has(toks[gov]!.lemma))
      return { ...subjectOf(cl, gov, depth + 1), governor: gov };
    if (controller >= 0 && gov >= 0 && cl.mentions[controller]!.start <= gov + 4) {
      return {
        mentions: cl.conjoinedLeft(controller),
        regionStart: cl.mentions[controller]!.start,
        governor: gov,
        objectControl: true,
      };
    }
    // "expecting the group to release a tape", "the activity to raid the post": a noun phrase that names
    // no actor controls the infinitive; the governor's subject does not.
    // "sent a delegation to investigate" is a purpose: the sender's act.
    const before = cl.chunkAt(g - 1);
    const nounPos = toks[before?.head ?? -1]?.pos;
    if (infinitive && before && before.end === g && (nounPos === 'NOUN' || nounPos === 'PROPN')) {
      const noun = toks[before.head]!.lemma;
      const verbObject = gov >= 0 && gov < before.start;
      const purpose = verbObject && !OBJECT_CONTROL.has(toks[gov]!.lemma) && !EVENTIVE.has(noun);
      if (!INTENT_NOUNS.has(noun) && !purpose)
        return { ...none, ...(verbObject ? { governor: gov, objectControl: true } : {}) };
      // "warned X about terrorist plans to bomb Y": plans inside a prepositional phrase are their owner's
      // ("Iran's plans", "Iranian plans"), never the sentence subject's or the object's.
      if (INTENT_NOUNS.has(noun) && before.prep >= 0) {
        const owner = before.possessor >= 0 ? before.possessor : cl.mentionFrom(before.start, 2);
        return owner >= 0 && owner !== before.headMention
          ? { mentions: [owner], regionStart: before.start }
          : none;
      }
    }
    if (gov >= 0) return { ...subjectOf(cl, gov, depth + 1), governor: gov };
  }
  // Participle adjunct: ", citing unconfirmed reports" takes the main clause's subject.
  if (gerund && cl.isComma(g - 1)) {
    const main = cl.verbBefore(g - 1);
    return main >= 0 ? subjectOf(cl, main, depth + 1) : none;
  }
  // A participle right after a noun phrase modifies it: "infrastructure belonging to …", "officials urging …";
  // "a bus travelling outside the hall" names no actor.
  if (g === v && /(ing|ed|en)$/.test(toks[v]!.lower)) {
    const before = cl.mentionEndingAt(v - 1);
    // "a statement from the ministry issued by X" modifies the statement, not the ministry. An -ing participle attaches to the nearest noun, even inside a phrase ("an attack on infrastructure
    // belonging to X", and the absolute "…, with officials urging Kyiv to …").
    // A verb with a direct object after it is finite, not a participle ("a statement released by X
    // condemned the attacks": X's statement condemned).
    // "near Peshawar, Pakistan killed": a state after its place is part of the place's phrase.
    // "a day after Pakistan released": a subordinator before the name opens a clause, not a phrase.
    const opener = before >= 0 && SUBORDINATORS.has(toks[cl.mentions[before]!.start - 1]?.lower ?? '');
    const phrase =
      before >= 0 && !gerund && !opener && (cl.inPhrase(before, true) || placeInPhraseBefore(cl, before));
    const finite = objectFollows(cl, v);
    if (phrase && !finite) return none;
    // Finite after a phrase ("an attack by X in Kabul killed …"): the subject is the phrase's, found below;
    // not after a subordinator ("after it tested a missile": it).
    const phraseSubject = phrase && finite && !SUBORDINATORS.has(cl.prepBefore(before) ?? '');
    if (before >= 0 && !phraseSubject) {
      const found = { mentions: cl.conjoinedLeft(before), regionStart: cl.mentions[before]!.start };
      const rel = found.regionStart - 1;
      const relWord = toks[rel];
      return relWord && cl.cover[rel]! < 0 && OBJECT_RELATIVE.has(relWord.lower)
        ? objectRelative(cl, rel, found, depth)
        : found;
    }
    if (gerund && toks[v - 1]?.pos === 'NOUN') return none;
  }
  // "X condemned the raid and urged Y to …": the second verb of a coordination shares the first's subject.
  const conj = toks[g - 1];
  if (conj && COORDINATORS.has(conj.lower) && cl.cover[g - 1]! < 0 && !infinitive) {
    const first = coordinatedVerb(cl, g - 1, v);
    if (first >= 0) return subjectOf(cl, first, depth + 1);
  }
  let i = g - 1;
  const region: number[] = [];
  let modifierFrom = Infinity; // tokens from here on belong to a participle modifier of the subject
  let placeComma = false; // the region holds "Karachi, Pakistan"
  let relative = -1; // "which" before the subject: the clause is an object relative
  while (i >= 0) {
    const t = toks[i]!;
    const c = cl.cover[i]!;
    if (c < 0 && region.length === 0 && RELATIVE.has(t.lower)) return relativeSubject(cl, i, depth);
    if (c < 0 && OBJECT_RELATIVE.has(t.lower)) {
      relative = i;
      break;
    }
    if (c < 0 && t.text === ',' && inStateOf(cl, i)) {
      placeComma = true;
      region.push(i);
      i--;
      continue;
    }
    if (c < 0 && t.text === ',') {
      const j = region.length === 0 ? parentheticalOpen(cl, i) : -1;
      if (j >= 0) {
        i = j - 1;
        continue;
      }
      break;
    }
    // "militants in a region bordering Afghanistan have freed": the participle and what follows it
    // modify the noun before it.
    if (c < 0 && t.pos === 'VERB' && /ing$/.test(t.lower) && region.length && isNominal(cl, i - 1)) {
      modifierFrom = i;
      i--;
      continue;
    }
    if (c < 0 && (cl.isBoundary(i) || SUBORDINATORS.has(t.lower) || t.pos === 'VERB')) break;
    region.push(i);
    i--;
  }
  if (!region.length) return none;
  if (relative >= 0)
    return objectRelative(cl, relative, subjectIn(cl, region, i, modifierFrom, placeComma), depth);
  return subjectIn(cl, region, i, modifierFrom, placeComma);
}

/** The subject found in the tokens before the verb group (`region`, nearest first; `i` the token before it). */
function subjectIn(
  cl: ClauseView,
  region: number[],
  i: number,
  modifierFrom: number,
  placeComma: boolean,
): SubjectInfo {
  const toks = cl.toks;
  const regionStart = region[region.length - 1]!;
  let fallback = -1;
  const lead = cl.chunkAt(regionStart);
  // Only a phrase that opens its clause: after "After the attack in Mumbai," a name is the clause's own.
  // A subordinator inside a clause opens a clause whose subject is the whole phrase: "… were wounded after
  // a bomb attack near Peshawar, Pakistan killed four" (the bomb attack killed). At the start of its clause
  // the comma may close the opening phrase instead ("After the raid in Jalalabad, Afghanistan blamed …").
  const subordinate = i >= 0 && SUBORDINATORS.has(toks[i]!.lower) && cl.cover[i]! < 0;
  const clauseInitial = i <= 0 || cl.isBoundary(i - 1) || cl.isComma(i - 1);
  const opens =
    i < 0 || cl.isBoundary(i) || toks[i]!.text === ',' || (subordinate && !(placeComma && clauseInitial));
  const attackAt = opens && lead && ATTACK_HEADS.has(cl.toks[lead.head]!.lemma) ? lead.head : Infinity;
  for (const k of region) {
    const c = cl.cover[k]!;
    if (c < 0 || cl.mentions[c]!.start !== k || k > modifierFrom) continue;
    // "Israeli airstrikes killed" names the attacker before the noun; after it ("bombings in Karachi,
    // Pakistan") comes where it struck, unless introduced by "by".
    if (k > attackAt) {
      if (cl.prepBefore(c) === 'by') return { mentions: cl.conjoinedLeft(c), regionStart };
      continue;
    }
    // A name on the subject's noun stands for its owner ("American warplanes bombed", "the US State
    // Department advised"), unless the noun names people around it ("Bhutto supporters").
    const np = cl.chunkAt(k);
    const head = np ? cl.toks[np.head]!.lemma : '';
    // "its bombs were falling": a possessor acts only through an acting body (below).
    const possessed = np?.possessor === c && np.headMention !== c;
    // "a day after Pakistan released 32 men": a subordinator that is also a preposition opens a clause;
    // the name right after it is that clause's subject, not the object of a phrase.
    if (subordinate && !possessed && cl.mentions[c]!.start === regionStart && regionStart === i + 1)
      return { mentions: cl.conjoinedLeft(c), regionStart };
    if (!possessed && !cl.inPhrase(c, !AROUND.has(head)))
      return { mentions: cl.conjoinedLeft(c), regionStart };
    // "his party will boycott", "Israel's army said": the owner of an acting body stands for it.
    if (np?.possessor === c && np.headMention < 0 && AGENT_HEADS.has(head))
      return { mentions: [c], regionStart };
    const prep = cl.prepBefore(c);
    if (prep === 'in' || prep === 'of' || prep === 'from') fallback = c;
    // "A statement released by X condemned …": a document says what its author says.
    if (prep === 'by' && authorOfDocument(cl, c)) return { mentions: [c], regionStart };
  }
  // "A tribunal in Chile ruled …": the only actor named is inside the phrase.
  if (fallback >= 0) return { mentions: [fallback], regionStart, weak: true };
  return { mentions: [], regionStart };
}

/**
 * An object relative clause, "Sudan, which it accuses of backing rebels", "Togo, whom Ghana accused":
 * the antecedent is the verb's object (PLOVER_MANUAL: the recipient is who the act is directed at), and a
 * pronoun subject cannot be the antecedent itself (that would be "itself"): it is then the main clause's
 * subject ("Chad is breaking ties with Sudan, which it accuses …" is Chad's accusation).
 */
function objectRelative(cl: ClauseView, rel: number, s: SubjectInfo, depth: number): SubjectInfo {
  let k = rel - 1;
  if (cl.isComma(k)) k--;
  const ante = cl.mentionEndingAt(k);
  if (ante < 0) return s;
  const antecedent = cl.conjoinedLeft(ante);
  const ids = new Set(antecedent.map((m) => cl.mentions[m]!.entity.id));
  const self = s.mentions.filter(
    (m) => cl.mentions[m]!.via === 'pronoun' && ids.has(cl.mentions[m]!.entity.id),
  );
  if (!self.length) return { ...s, relativeObject: antecedent };
  const main = cl.verbBefore(cl.mentions[antecedent[0]!]!.start);
  const outer = main >= 0 ? subjectOf(cl, main, depth + 1) : undefined;
  const mentions = outer?.mentions.filter((m) => !ids.has(cl.mentions[m]!.entity.id)) ?? [];
  return { mentions, regionStart: s.regionStart, relativeObject: antecedent };
}

/** The comma at i joins a place and the state it lies in ("Karachi, Pakistan"): one phrase, not a list. */
function inStateOf(cl: ClauseView, i: number): boolean {
  const right = cl.cover[i + 1] ?? -1;
  if (right < 0 || cl.mentions[right]!.start !== i + 1) return false;
  const state = cl.mentions[right]!.entity.id;
  const left = cl.mentionEndingAt(i - 1);
  // A town the gazetteer lacks is a proper noun before the state ("Quetta, Pakistan").
  if (left < 0) return state.startsWith('state:') && cl.toks[i - 1]?.pos === 'PROPN';
  const country = cl.mentions[left]!.entity.props.country;
  return typeof country === 'string' && state === `state:${country}`;
}

/** Mention m is the state after its place, and the place is governed by a preposition: "near Peshawar,
 * Pakistan" (the town may be a proper noun the gazetteer lacks). */
function placeInPhraseBefore(cl: ClauseView, m: number): boolean {
  const comma = cl.mentions[m]!.start - 1;
  if (!cl.isComma(comma) || !inStateOf(cl, comma)) return false;
  const place = cl.mentionEndingAt(comma - 1);
  if (place >= 0) return cl.inPhrase(place, true);
  let k = comma - 1;
  while (k >= 0 && cl.toks[k]!.pos === 'PROPN' && cl.cover[k]! < 0) k--;
  return k >= 0 && cl.toks[k]!.pos === 'ADP' && PREPOSITIONS.has(cl.toks[k]!.lower);
}

/** A determiner, pronoun or mention right after verb v: its direct object. */
// An object, a count ("released 32 men") or an infinitive ("refused to attend") after it: a finite verb.
const objectFollows = (cl: ClauseView, v: number): boolean =>
  cl.cover[v + 1]! >= 0 ||
  cl.toks[v + 1]?.pos === 'DET' ||
  cl.toks[v + 1]?.pos === 'PRON' ||
  cl.toks[v + 1]?.pos === 'NUM' ||
  countBefore(cl.toks, v + 1) > 0 ||
  (cl.toks[v + 1]?.lower === 'to' && cl.toks[v + 2]?.pos === 'VERB');

/** Documents whose author speaks through them ("a statement issued by X said"). */
const DOCUMENTS = new Set('statement report communique communiqué declaration letter note'.split(' '));

/** Mention c is the agent in "<document> released/issued/published by c". */
function authorOfDocument(cl: ClauseView, c: number): boolean {
  let k = cl.mentions[c]!.start - 1;
  while (k >= 0 && (cl.toks[k]!.pos === 'DET' || cl.toks[k]!.pos === 'ADJ')) k--;
  const part = cl.toks[k - 1];
  if (cl.toks[k]?.lower !== 'by' || !part || part.pos !== 'VERB' || !/(ed|en)$/.test(part.lower))
    return false;
  // The document may carry its source first: "a statement from the ministry issued by X".
  for (let d = k - 2; d >= 0 && d >= k - 8; d--) {
    const t = cl.toks[d]!;
    if (t.pos === 'VERB' || cl.isBoundary(d)) return false;
    if (t.pos === 'NOUN' && DOCUMENTS.has(t.lemma) && cl.cover[d]! < 0) return true;
    const np = cl.chunkAt(d);
    if (np && np.head === d && DOCUMENTS.has(t.lemma)) return true;
  }
  return false;
}

const isNominal = (cl: ClauseView, i: number): boolean =>
  i >= 0 && (cl.cover[i]! >= 0 || cl.toks[i]!.pos === 'NOUN' || cl.toks[i]!.pos === 'PROPN');

/** "…, which includes …" / "the force that struck": the antecedent; an operation's actor for its relative. */
function relativeSubject(cl: ClauseView, rel: number, depth: number): SubjectInfo {
  let k = rel - 1;
  if (cl.isComma(k)) k--;
  let ante = cl.mentionEndingAt(k);
  let np = cl.chunkAt(k);
  // "their raid in northern Mali that started the war", "militants in Gaza who fired": a place after a
  // locative preposition says where the noun before it is; the relative clause is that noun's.
  const placed = ante >= 0 ? locativeHost(cl, ante) : undefined;
  if (placed) {
    np = placed;
    ante = placed.headMention;
  }
  if (ante >= 0) return { mentions: cl.conjoinedLeft(ante), regionStart: rel };
  const verb = np ? np.start - 1 : -1;
  if (np && OPERATIONS.has(cl.toks[np.head]!.lemma) && verb >= 0 && cl.toks[verb]!.pos === 'VERB')
    return { ...subjectOf(cl, verb, depth + 1), regionStart: rel };
  return { mentions: [], regionStart: rel };
}

const LOCATIVE = new Set(['in', 'near', 'at', 'inside', 'outside', 'across']);

/** The noun phrase a place mention m locates ("the raid in northern Mali": the raid), or undefined. */
function locativeHost(cl: ClauseView, m: number): Chunk | undefined {
  if (!cl.mentions[m]!.entity.id.startsWith('place:') && !cl.mentions[m]!.entity.id.startsWith('state:'))
    return undefined;
  let k = cl.mentions[m]!.start - 1;
  while (k >= 0 && (cl.toks[k]!.pos === 'DET' || cl.toks[k]!.pos === 'ADJ')) k--;
  if (k < 1 || !LOCATIVE.has(cl.toks[k]!.lower) || cl.toks[k]!.pos !== 'ADP') return undefined;
  const host = cl.chunkAt(k - 1);
  return host && host.end === k && cl.toks[host.head]!.pos === 'NOUN' ? host : undefined;
}

/** The first verb of "V1 … and V2": the nearest earlier verb of the same form (-s, -ed, -ing, base). */
function coordinatedVerb(cl: ClauseView, and: number, v: number): number {
  const form = (w: string): string =>
    /ing$/.test(w) ? 'ing' : /ed$/.test(w) ? 'ed' : /s$/.test(w) ? 's' : '';
  const want = form(cl.toks[v]!.lower);
  let nearest = -1;
  for (let k = and - 1; k >= 0; k--) {
    const t = cl.toks[k]!;
    if (cl.isBoundary(k) || (cl.cover[k]! < 0 && SUBORDINATORS.has(t.lower) && t.lower !== 'as')) break;
    // "police, who had caught wind of the plans and mobilized": the coordination stays inside the relative
    // clause ("caught" is of another form than "mobilized", and the verb before "who" is another clause's).
    if (cl.cover[k]! < 0 && RELATIVE.has(t.lower)) break;
    if (t.pos !== 'VERB' || cl.cover[k]! >= 0) continue;
    if (nearest < 0) nearest = k;
    if (form(t.lower) === want && cl.infinitiveMarker(k) < 0) return k;
  }
  return nearest;
}

/**
 * Given a comma just before a verb group, the comma that opens the parenthetical it closes
 * (", which includes …,", ", in a statement …,", ", General David Petraeus,"), or -1.
 */
function parentheticalOpen(cl: ClauseView, close: number): number {
  let nearest = -1;
  for (let j = close - 1; j >= 0; j--) {
    if (cl.isBoundary(j)) break;
    if (!cl.isComma(j)) continue;
    if (nearest < 0) nearest = j;
    const opener = cl.toks[j + 1]!;
    if (PARENTHETICAL_OPENERS.has(opener.lower) && cl.mentionEndingAt(j - 1) >= 0) return j;
    if (PARENTHETICAL_OPENERS.has(opener.lower) && cl.toks[j - 1]?.pos === 'NOUN') return j;
    // ", backed by the United States,", ", led by X,": a participle and its agent modify the name before.
    if (opener.pos === 'VERB' && cl.toks[j + 2]?.lower === 'by' && cl.mentionEndingAt(j - 1) >= 0) return j;
    // ", the country where he was born,": an apposition whose verbs are all inside its relative clause.
    if (opener.pos === 'DET' && cl.mentionEndingAt(j - 1) >= 0 && verbsInRelative(cl, j + 1, close)) return j;
  }
  if (nearest >= 0) {
    let verbs = 0;
    for (let k = nearest + 1; k < close; k++) if (cl.toks[k]!.pos === 'VERB' && cl.cover[k]! < 0) verbs++;
    if (verbs === 0 && cl.mentionEndingAt(nearest - 1) >= 0) return nearest;
  }
  return -1;
}

/** Every verb of tokens [from, to) comes after a relative word ("the country where he was born"). */
function verbsInRelative(cl: ClauseView, from: number, to: number): boolean {
  let relative = false;
  for (let k = from; k < to; k++) {
    const t = cl.toks[k]!;
    if (RELATIVE.has(t.lower) || t.lower === 'where' || t.lower === 'when') relative = true;
    else if (t.pos === 'VERB' && cl.cover[k]! < 0 && !relative) return false;
  }
  return true;
}

/** The verb governing an infinitive or gerund at i: "wants (Putin) to", "is scheduled to", "denied". */
export function governorBefore(cl: ClauseView, i: number): number {
  let steps = 0;
  for (let k = i - 1; k >= 0 && steps < 8; k--, steps++) {
    const c = cl.cover[k]!;
    if (c >= 0) {
      k = cl.mentions[c]!.start;
      continue;
    }
    const t = cl.toks[k]!;
    if (t.pos === 'VERB' || (t.pos === 'ADJ' && INTENT_ADJECTIVES.has(t.lower))) return k;
    if (t.pos === 'NOUN' && INTENT_NOUNS.has(t.lemma)) return k;
    if (cl.isBoundary(k) || t.text === ',') return -1;
  }
  return -1;
}
