// Nominal events (events.yaml, nominal: true): the noun alone names the act. "talks between X and Y" is X
// and Y consulting each other; "the shooting-down of Y by X" is X attacking Y. Light verbs ("hold talks")
// are verb patterns compiled by the loader; here a noun governed by one of them is left to that pattern.
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
      if (governedByLightVerb(cl, i, e)) continue;
      const prep = toks[end]?.lower ?? '';
      if (!e.targets.has(prep)) continue;
      const first = cl.mentionFrom(end + 1, 3);
      if (first < 0) continue;
      const objects = cl.conjoinedRight(first);
      let pairs: [number, number][] = [];
      if (prep === 'between') {
        // "talks between X and Y, Z": X with each of the others, both ways (not every pair of a list).
        const [head, ...rest] = objects;
        for (const b of rest) pairs.push([head!, b], [b, head!]);
      } else {
        const agent = byAgent(cl, cl.mentions[objects[objects.length - 1]!]!.end);
        if (agent < 0) continue;
        pairs = objects.map((o) => [agent, o]);
        if (e.symmetric) pairs.push(...objects.map((o): [number, number] => [o, agent]));
      }
      // "talks between X and Y have stalled": the sentence reports no act of talking (PLOVER codes what
      // happened), so a failed event makes no claim.
      if (failedAfter(cl, cl.mentions[objects[objects.length - 1]!]!.end)) continue;
      // A noun phrase inherits its sentence's hedges, not its negation ("no talks between …" is rare).
      const mod = modalityOf(cl, i, { mentions: [], regionStart: i }, lex.modality);
      const modality = mod.modality === 'negated' ? 'asserted' : mod.modality;
      const confidence = lex.modality.confidence[modality];
      const triggers = Array.from({ length: end + 1 - i }, (_, k) => i + k);
      for (const [s, o] of pairs)
        emit(x, {
          subject: cl.mentions[s]!.entity,
          predicate: e.predicate,
          object: cl.mentions[o]!.entity,
          cameo: e.code,
          modality,
          confidence,
          triggers,
          pattern: `${e.origin} ${e.name}`,
          rule: `event noun: "${noun.join(' ')} ${prep}"`,
        });
      break;
    }
  }
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
const DONE_BY = new Set(['carry', 'commit', 'claim', 'perpetrate', 'launch', 'stage', 'conduct', 'mount']);

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
