// Argument attachment after a verb: its direct object (the noun-phrase chunk right after the verb group
// and its particles) and the prepositional phrases that attach to the verb rather than to a noun before
// them. "accused X of attacks on civilians": "of attacks" is the verb's, "on civilians" the attacks'.
import type { Chunk } from './chunks.ts';
import type { ClauseView } from './view.ts';
import { isPassive } from './voice.ts';
import { countBefore, TIME_NOUNS } from './words.ts';

export interface PP {
  /** Token index of the preposition. */
  prep: number;
  chunk: Chunk;
}

export interface Args {
  /** The direct object, or undefined ("met with X", "said they would …" have none). */
  object?: Chunk;
  /** The object is the subject of an embedded clause ("hoped French officials would …"). */
  embedded: boolean;
  /** Prepositional phrases attached to the verb, in order. */
  pps: PP[];
  /** Every prepositional phrase after the verb and its object, attached to the verb or to a noun. */
  chain: PP[];
  /** "called for citizens to stay calm": the subject of a for-infinitive. */
  forSubject?: Chunk;
}

/** Particles that stay with their verb ("carried out", "called off"). */
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'away', 'back']);
/** "close to", "next to", "according to": a locative or a source, never a recipient. */
const NOT_RECIPIENT_BEFORE = new Set([
  'close',
  'closer',
  'next',
  'near',
  'proximity',
  'according',
  'due',
  'prior',
]);

/** Quotation marks around an argument ("threatened "major sanctions" against X") are not words. */
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '``', "''"]);

export function argsOf(cl: ClauseView, v: number, from: number, end: number): Args {
  const toks = cl.toks;
  const out: Args = { embedded: false, pps: [], chain: [] };
  let k = from;
  const skipQuotes = (): void => {
    while (k < end && QUOTES.has(toks[k]!.text)) k++;
  };
  skipQuotes();
  for (;;) {
    // "killed at least 15 people", "wounded more than 70": the count belongs to the object.
    const count = countBefore(toks, k);
    if (count) {
      k += count;
      continue;
    }
    if (!(k < end && cl.cover[k]! < 0 && (toks[k]!.pos === 'ADV' || PARTICLES.has(toks[k]!.lower)))) break;
    // "carried out an attack" keeps "out"; "out of the city" is a preposition.
    if (toks[k]!.pos === 'ADP' && toks[k + 1]?.pos === 'ADP') break;
    k++;
    skipQuotes();
  }
  const obj = k < end ? cl.chunkAt(k) : undefined;
  if (obj && obj.start === k && toks[k]!.pos !== 'ADP') {
    let a = obj.end;
    while (toks[a] && QUOTES.has(toks[a]!.text)) a++;
    const after = toks[a];
    // "the leader had declared war": the object is the subject of an embedded clause.
    if (
      after &&
      cl.cover[a]! < 0 &&
      (after.pos === 'AUX' || (after.pos === 'VERB' && !/ing$/.test(after.lower))) &&
      !reducedRelative(cl, a) &&
      !isPassive(cl, a) // "freed four soldiers taken hostage": the participle modifies the object
    ) {
      out.embedded = true;
      return out;
    }
    out.object = obj;
    k = skipConjuncts(cl, obj.end, end);
    skipQuotes();
  }
  // Prepositional phrases: the first attaches to the verb; a later one only when the one before it names
  // an actor, a place or a time ("met with X in Cairo on Monday"), never after a common noun ("a blow to").
  let attachable = true;
  while (k < end) {
    const t = toks[k]!;
    if (cl.cover[k]! >= 0) break;
    if (t.pos === 'ADV' || QUOTES.has(t.text) || (t.pos === 'ADJ' && NOT_RECIPIENT_BEFORE.has(t.lower))) {
      k++;
      continue;
    }
    if (t.pos !== 'ADP' && !(t.lower === 'to' && t.pos === 'PART' && toks[k + 1]?.pos !== 'VERB')) break;
    const np = cl.chunkAt(k + 1);
    if (!np || np.start !== k + 1) break;
    const of = t.lower === 'of';
    const locative = NOT_RECIPIENT_BEFORE.has(toks[k - 1]?.lower ?? '');
    if (attachable && !of && !locative) out.pps.push({ prep: k, chunk: np });
    out.chain.push({ prep: k, chunk: np });
    if (t.lower === 'for' && toks[np.end]?.lower === 'to' && toks[np.end + 1]?.pos === 'VERB')
      out.forSubject = np;
    const head = toks[np.head]!;
    const named = np.headMention >= 0 || TIME_NOUNS.has(head.lower) || head.pos === 'PROPN';
    if (!of) attachable = attachable && named;
    const prep = k;
    k = skipConjuncts(cl, np.end, end, (c) => out.chain.push({ prep, chunk: c }));
  }
  return out;
}

/** Past ", Y and Z" after a chunk ending at `from`: the end of the last conjunct. */
function skipConjuncts(cl: ClauseView, from: number, end: number, each?: (c: Chunk) => void): number {
  let k = from;
  for (;;) {
    let j = k;
    while (j < end && (cl.isComma(j) || cl.toks[j]!.lower === 'and' || cl.toks[j]!.lower === 'or')) j++;
    if (j === k) return k;
    const next = cl.chunkAt(j);
    if (!next || next.start !== j) return k;
    each?.(next);
    k = next.end;
  }
}

/** "conditions set down by Hamas", "soldiers taken hostage by X": a participle with its agent. */
function reducedRelative(cl: ClauseView, at: number): boolean {
  for (let k = at + 1; k <= at + 3 && k < cl.toks.length; k++) {
    const w = cl.toks[k]!;
    if (w.lower === 'by') return true;
    if (w.pos !== 'ADP' && w.pos !== 'PART' && w.pos !== 'ADV') return false;
  }
  return false;
}
