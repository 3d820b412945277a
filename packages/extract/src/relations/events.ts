// Nominal events (events.yaml, nominal: true): the noun alone names the act. "talks between X and Y" is X
// and Y consulting each other; "the shooting-down of Y by X" is X attacking Y. Light verbs ("hold talks")
// are verb patterns compiled by the loader; here a noun governed by one of them is left to that pattern.
import type { Entity } from '@geokg/core';
import type { EventNoun, Lexicon } from '../patterns/types.ts';
import type { Clause } from './clause.ts';
import { emit } from './emit.ts';
import type { EmitContext } from './emit.ts';
import { modalityOf } from './modality.ts';

export function nominalEvents(x: EmitContext, cl: Clause, lex: Lexicon): void {
  const toks = cl.toks;
  // The end of the last noun read: "phone call" is one event, not a second one at "call".
  let read = 0;
  for (let i = 0; i < toks.length; i++) {
    const list = i >= read ? lex.eventNouns.get(toks[i]!.lower) : undefined;
    if (!list) continue;
    for (const e of list) {
      const noun = e.nouns.find((words) => words.every((w, k) => toks[i + k]?.lower === w));
      if (!noun) continue;
      const end = i + noun.length;
      read = Math.max(read, end);
      if (governedByLightVerb(cl, i, e) || halted(cl, i)) continue;
      const found = partiesOf(x, cl, e, i, end, noun);
      // "talks between X and Y have stalled": the sentence reports no act of talking (PLOVER codes what
      // happened), so a failed event makes no claim.
      if (!found || failedAfter(cl, found.last)) continue;
      // A noun phrase inherits its sentence's hedges, not its negation ("no talks between …" is rare).
      const mod = modalityOf(cl, i, { mentions: [], regionStart: i }, lex.modality);
      const modality = mod.modality === 'negated' ? 'asserted' : mod.modality;
      const confidence = lex.modality.confidence[modality];
      const triggers = Array.from({ length: end + 1 - i }, (_, k) => i + k);
      for (const [subject, object] of found.pairs)
        emit(x, {
          subject,
          predicate: e.predicate,
          object,
          cameo: e.code,
          modality,
          confidence,
          triggers,
          pattern: `${e.origin} ${e.name}`,
          rule: `event noun: "${noun.join(' ')} ${found.how}"`,
        });
      break;
    }
  }
}

/**
 * Who does the act a noun names to whom: "talks between X and Y" (both ways), "attacks on Y by X", "X's /
 * U.S. sanctions on Y" (the possessor or a name before the noun), and "a protest by X" with no recipient
 * (the act itself is the object, where the edge allows one: PLOVER's "Requires recipient: No").
 */
function partiesOf(
  x: EmitContext,
  cl: Clause,
  e: EventNoun,
  i: number,
  end: number,
  noun: string[],
): { pairs: [Entity, Entity][]; last: number; how: string } | undefined {
  const ent = (m: number): Entity => cl.mentions[m]!.entity;
  const fits = (m: number): boolean => !e.subject || e.subject.some((k) => x.ontology.isA(ent(m).kind, k));
  let k = end;
  let agents: number[] = [];
  // "an attack by X (on Y)", "a protest by students": the agent right after the noun.
  if (cl.toks[k]?.lower === 'by') {
    const a = cl.mentionFrom(k + 1, 3);
    if (a < 0) return undefined;
    const list = cl.conjoinedRight(a);
    k = cl.mentions[list[list.length - 1]!]!.end;
    agents = list.filter(fits);
    if (!agents.length) return undefined;
  }
  const prep = cl.toks[k]?.lower ?? '';
  const first = e.targets.has(prep) ? cl.mentionFrom(k + 1, 3) : -1;
  if (first < 0 && !agents.length && e.symmetric) {
    // "X and Y reached the agreement during a meeting": the conjoined subjects met each other.
    const among = adjunctAgents(cl, i, e).filter(fits);
    const pairs: [Entity, Entity][] = [];
    for (const a of among) for (const b of among) if (a !== b) pairs.push([ent(a), ent(b)]);
    if (pairs.length) return { pairs, last: k, how: 'among the subjects' };
  }
  if (first < 0) {
    // "an attack by X killed …", "a protest by X": the act happened. As a verb's object ("condemned attacks
    // by X", "to curb attacks by X") it is what the verb is about, which PLOVER codes, not the act itself.
    const act = agents.length && !objectOfVerb(cl, i) ? x.doc.unnamed(e.kind, noun.join(' ')) : undefined;
    return act ? { pairs: agents.map((a) => [ent(a), act]), last: k, how: 'by' } : undefined;
  }
  const objects = cl.conjoinedRight(first);
  const last = cl.mentions[objects[objects.length - 1]!]!.end;
  const pairs: [Entity, Entity][] = [];
  if (prep === 'between' && !agents.length) {
    // "talks between X and Y, Z": X with each of the others, both ways (not every pair of a list).
    const [head, ...rest] = objects;
    for (const b of rest) pairs.push([ent(head!), ent(b)], [ent(b), ent(head!)]);
    return { pairs, last, how: prep };
  }
  if (!agents.length) {
    const a = byAgent(cl, last);
    agents = (a >= 0 ? [a] : modifierAgent(cl, i)).filter(fits);
    if (!agents.length) agents = adjunctAgents(cl, i, e).filter(fits);
  }
  for (const a of agents)
    for (const o of objects) {
      pairs.push([ent(a), ent(o)]);
      if (e.symmetric) pairs.push([ent(o), ent(a)]);
    }
  return pairs.length ? { pairs, last, how: prep } : undefined;
}

/**
 * The actor named before the noun: "U.S. sanctions on Iran", "new EU sanctions", "Russia's sanctions".
 * A noun inside a mention ("Israeli shelling", an Attack thing) is the nominal relations' (sentence.ts).
 */
function modifierAgent(cl: Clause, i: number): number[] {
  if (cl.cover[i]! >= 0) return [];
  let k = i - 1;
  while (k >= 0 && cl.cover[k]! < 0 && cl.toks[k]!.pos === 'ADJ' && k >= i - 2) k--;
  if (cl.toks[k]?.lower === "'s" || cl.toks[k]?.lower === '’s') k--;
  const m = cl.mentionEndingAt(k);
  return m >= 0 && cl.mentions[m]!.role !== 'thing' && cl.mentions[m]!.role !== 'speaker'
    ? cl.conjoinedLeft(m)
    : [];
}

/** Prepositions of an adjunct whose event is the clause subject's own act: a meeting before, during or
 * after the main act ("told reporters after a meeting with X": the subject met X); force only during it
 * ("seized the hostages during fighting with X"; "retaliated after an attack on its troops" is another's). */
const MEETING_ADJUNCT = new Set(['after', 'during', 'at', 'following', 'in']);
const FORCE_ADJUNCT = new Set(['during', 'in']);

/**
 * The subject of the active verb whose adjunct the noun at i heads ("Rebels captured the nurses during an
 * attack on X" → the rebels; PLOVER_MANUAL section ASSAULT: the perpetrator is the actor; section CONSULT),
 * or [] when the noun is in no such adjunct, the verb is passive ("were killed in an attack on X") or in
 * another clause.
 */
function adjunctAgents(cl: Clause, i: number, e: EventNoun): number[] {
  const root = e.code.slice(0, 2);
  const preps = root === '04' ? MEETING_ADJUNCT : /^(18|19|20)$/.test(root) ? FORCE_ADJUNCT : undefined;
  if (!preps) return [];
  let k = i - 1;
  while (k >= i - 4 && k >= 0 && /^(DET|ADJ|NUM|ADV|NOUN)$/.test(cl.toks[k]!.pos)) {
    // "during an Israeli raid on X", "after Iran's talks with X": the act names its own agent.
    const m = cl.cover[k]!;
    if (/^[A-Z]/.test(cl.toks[k]!.text) || (m >= 0 && cl.mentions[m]!.role !== 'thing')) return [];
    k--;
  }
  if (!preps.has(cl.toks[k]?.lower ?? '')) return [];
  const v = cl.verbBefore(k);
  // "willing to engage in talks with X": an infinitive's act is the governor's to code (complement.ts).
  if (v < 0 || cl.boundaryBetween(v, k) || cl.isPassive(v) || cl.infinitiveMarker(v) >= 0) return [];
  return cl.subject(v).mentions;
}

/** A light verb of the entry up to four tokens before the noun ("held direct talks"). */
function governedByLightVerb(cl: Clause, i: number, e: EventNoun): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = cl.toks[k]!;
    if (t.pos === 'VERB') return e.lightVerbs.some((v) => v.split(' ')[0] === t.lemma);
  }
  return false;
}

/** Participles that name who did an act after a comma: "attacks on X, carried out by Y". */
const DONE_BY = new Set([
  'carry',
  'commit',
  'claim',
  'perpetrate',
  'launch',
  'stage',
  'conduct',
  'mount',
  'impose',
]);

/** "… by X" within six tokens after `from` (or ", carried out / committed / claimed by X"): X, or -1. */
function byAgent(cl: Clause, from: number): number {
  for (let k = from; k < cl.toks.length && k < from + 6; k++) {
    if (cl.toks[k]!.lower === 'by') return cl.mentionFrom(k + 1, 3);
    if (cl.isComma(k) && DONE_BY.has(cl.toks[k + 1]?.lemma ?? '')) {
      const by = cl.toks[k + 2]?.lower === 'by' ? k + 2 : cl.toks[k + 3]?.lower === 'by' ? k + 3 : -1;
      return by < 0 ? -1 : cl.mentionFrom(by + 1, 3);
    }
    if (cl.isBoundary(k) || cl.isComma(k)) return -1;
  }
  return -1;
}

/** Nouns of a stop: "a pause in fighting between X and Y", "an end to talks with X" report no act. */
const STOPS = new Set(['pause', 'halt', 'end', 'lull', 'cessation', 'suspension', 'break', 'stop', 'freeze']);

/** Whether the noun at i (past a determiner or adjective) is what a stop noun stops ("a pause in …"). */
function halted(cl: Clause, i: number): boolean {
  let k = i - 1;
  while (k >= i - 3 && k >= 0 && /^(DET|ADJ)$/.test(cl.toks[k]!.pos)) k--;
  return /^(in|to|of)$/.test(cl.toks[k]?.lower ?? '') && STOPS.has(cl.toks[k - 1]?.lower ?? '');
}

/** Verbs saying an event did not go on: "talks stalled / collapsed / broke down / failed". */
const FAILED = new Set(['stall', 'collapse', 'fail', 'falter', 'founder', 'deadlock']);

/** Whether the first verb within eight tokens after `from` (the event's own verb) says it failed. */
function failedAfter(cl: Clause, from: number): boolean {
  for (let k = from; k < cl.toks.length && k < from + 8; k++) {
    const t = cl.toks[k]!;
    if (cl.isBoundary(k)) return false;
    if (t.pos !== 'VERB' || cl.cover[k]! >= 0) continue;
    const down = t.lemma === 'break' && /^(down|off)$/.test(cl.toks[k + 1]?.lower ?? '');
    return FAILED.has(t.lemma) || down;
  }
  return false;
}

/** Whether the noun at i is a verb's object: a verb before it, past determiners, adjectives and numbers. */
function objectOfVerb(cl: Clause, i: number): boolean {
  let k = i - 1;
  const plain = (j: number): boolean => cl.cover[j]! < 0 || cl.mentions[cl.cover[j]!]!.role === 'thing';
  while (k >= 0 && ['DET', 'ADJ', 'NUM', 'NOUN'].includes(cl.toks[k]!.pos) && plain(k)) k--;
  return cl.toks[k]?.pos === 'VERB';
}
