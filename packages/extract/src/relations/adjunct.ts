// Adverbial adjuncts between a verb and its complement: "agreed on Sunday to restore ties", "pledged in
// principle to support", "said in a statement on Tuesday that Japan would …", "requested last week that …".
// News puts a time or manner phrase there in most sentences; the clause layer reads past it so that the
// governor still governs its infinitive or "that" clause (PLOVER_MANUAL section AGREE: "agree to, offer,
// promise …"; section REQUEST: requests in complement clauses) and a speech verb still frames its clause.
import type { ClauseView } from './view.ts';
import { TIME_NOUNS } from './words.ts';

/** Prepositions that open a time, place or manner adjunct. Not with/to/for/by/against: those introduce a
 * partner ("agreed with Russia to"), a recipient, what is asked ("called for"), or a passive's agent. */
const ADJUNCT_PREPS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'since', 'earlier', 'late']);
/** Of these, the ones whose phrase may name a place or an actor standing for one ("said in Moscow that",
 * "told a meeting at the UN"); "on"/"after" + an actor is an argument ("agreed on Iran's demand"). */
const PLACE_PREPS = new Set(['in', 'at', 'during']);
/** Words before a time noun: "last week", "earlier this month", "next year". */
const TIME_DETERMINERS = new Set(['last', 'next', 'this', 'earlier', 'later', 'late', 'early', 'that']);
/** Adverbs that are not adjuncts here: a negation changes what the governor says ("promised never to"). */
const NOT_ADJUNCT = new Set(['not', 'never', "n't", 'no']);
const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The first token after the adjuncts that start at k (k itself when none): adverbs ("unanimously",
 * "again"), time phrases ("last week", "on Monday", "Tuesday") and short prepositional phrases of time,
 * place or manner ("in principle", "in a statement", "at the summit in Doha"). At most three adjuncts of
 * at most five words each, so a real argument further on is never skipped.
 */
export function adjunctEnd(cl: ClauseView, k: number): number {
  const toks = cl.toks;
  for (let n = 0; n < 3; n++) {
    const t = toks[k];
    if (!t || cl.cover[k]! >= 0) return k;
    if (t.pos === 'ADV' && !NOT_ADJUNCT.has(t.lower)) {
      k++;
      continue;
    }
    if (TIME_NOUNS.has(t.lower) && t.lower !== 'may' && t.lower !== 'time') {
      k++;
      continue;
    }
    if (TIME_DETERMINERS.has(t.lower) && TIME_NOUNS.has(toks[k + 1]?.lower ?? '')) {
      k += 2;
      continue;
    }
    // "met in order to facilitate talks": a purpose, whose infinitive is no complement of the verb.
    if (t.lower === 'in' && toks[k + 1]?.lower === 'order') return k;
    if (t.pos === 'ADP' && ADJUNCT_PREPS.has(t.lower)) {
      let e = k + 1;
      while (e < toks.length && e <= k + 5) {
        const c = cl.cover[e]!;
        if (c >= 0) {
          if (!PLACE_PREPS.has(t.lower)) break;
          e = cl.mentions[c]!.end;
          continue;
        }
        if (!NOMINAL.has(toks[e]!.pos)) break;
        e++;
      }
      if (e === k + 1) return k;
      k = e;
      continue;
    }
    return k;
  }
  return k;
}

/** Where the adjuncts that end right before token `end` begin, looking no further back than `from`; `end`
 * when none do: in "urged Iran on Monday to", the adjunct "on Monday" before "to". */
export function adjunctStart(cl: ClauseView, from: number, end: number): number {
  for (let j = Math.max(from, end - 12); j < end; j++) if (adjunctEnd(cl, j) === end) return j;
  return end;
}
