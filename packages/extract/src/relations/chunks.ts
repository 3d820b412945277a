// Noun-phrase chunks from wink-nlp's part-of-speech tags: maximal runs of determiners, adjectives,
// numbers, nouns, possessives and mention tokens, split where a determiner or pronoun opens a new phrase
// ("gave Iran the money"). Each chunk knows its head (the last noun), the mention covering the head, its
// possessor ("Somalia's attack"), the preposition governing it, and whether it is a later conjunct of a
// phrase a preposition governs ("between the Israelis and Palestinians").
import type { Tok } from '../nlp/types.ts';
import type { Mention } from '../mentions/types.ts';
import { filled, POSSESSIVE, TIME_NOUNS } from './words.ts';

export interface Chunk {
  start: number;
  /** Exclusive. */
  end: number;
  /** The head token: the last noun, pronoun, number or mention token. */
  head: number;
  /** The mention covering the head, or -1: "the Kazakhstani government" (yes), "a draft EU proposal" (no). */
  headMention: number;
  /** The mention that possesses the head ("Somalia's attack", "its bombs"), or -1. */
  possessor: number;
  /** Index of the preposition governing the chunk (directly or through "and"/","), or -1. */
  prep: number;
  /** A later conjunct of a chunk a preposition governs. */
  coordinatedPP: boolean;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET']);
const CURRENCY = new Set(['$', '€', '£', '¥', 'US$']);
const TIME_OPENERS = new Set(['next', 'last', 'this', 'every', 'early', 'late', 'earlier', 'later']);
const HEADS = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
const isPossessive = (t: Tok): boolean =>
  (t.pos === 'PART' || t.pos === 'PUNCT') && (t.lower === "'s" || t.lower === '’s' || t.lower === "'");

export function chunk(
  toks: Tok[],
  cover: ArrayLike<number>,
  mentions: Mention[],
): { chunks: Chunk[]; at: number[] } {
  const at = filled(toks.length, -1);
  const chunks: Chunk[] = [];
  let start = -1;
  let hasHead = false;
  const close = (end: number): void => {
    if (start < 0) return;
    chunks.push(finish(toks, cover, mentions, start, end, chunks));
    at.fill(chunks.length - 1, start, end);
    start = -1;
    hasHead = false;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const covered = cover[i]! >= 0;
    const sameMention = covered && i > 0 && cover[i - 1] === cover[i];
    const personal = t.pos === 'PRON' && !POSSESSIVE.has(t.lower);
    // "Gbagbo's calls/VERB": after a possessive comes its noun, whatever the tagger says.
    const afterPossessive = start >= 0 && i > 0 && isPossessive(toks[i - 1]!) && t.pos === 'VERB';
    // Participles used as adjectives: "the two exiled dissidents", "a government-held part".
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const objectPosition = prev !== undefined && (prev.pos === 'VERB' || prev.pos === 'ADP');
    const adjectival =
      (start >= 0 || (objectPosition && /(ed|en)$/.test(t.lower) && next?.pos === 'NOUN')) &&
      t.pos === 'VERB' &&
      ((prev?.text === '-' && prev.end === t.start) ||
        ((/(ed|en|ing)$/.test(t.lower) || t.lower !== t.lemma) &&
          prev !== undefined &&
          ['DET', 'ADJ', 'NUM', 'PRON', 'VERB', 'ADP'].includes(prev.pos) &&
          (next?.pos === 'NOUN' || next?.pos === 'ADJ')));
    const nominal =
      covered ||
      CURRENCY.has(t.text) ||
      afterPossessive ||
      adjectival ||
      NOMINAL.has(t.pos) ||
      t.pos === 'PRON' ||
      (start >= 0 && isPossessive(t)) ||
      (t.text === '-' && start >= 0 && toks[i - 1]?.end === t.start && toks[i + 1]?.start === t.end);
    if (!nominal) {
      close(i);
      continue;
    }
    // A determiner, possessive or pronoun after a head opens the next phrase; a mention stays whole.
    if (!sameMention && start >= 0 && hasHead && (t.pos === 'DET' || t.pos === 'PRON') && !isPossessive(t))
      close(i);
    // "meet Argentina next week": a time phrase after a head is a phrase of its own.
    // (Tested last: most tokens are in no open phrase with a head.)
    if (
      !covered &&
      start >= 0 &&
      hasHead &&
      !TIME_NOUNS.has(toks[i - 1]!.lower) &&
      (TIME_NOUNS.has(t.lower) || (TIME_OPENERS.has(t.lower) && TIME_NOUNS.has(next?.lower ?? '')))
    )
      close(i);
    if (start < 0) start = i;
    if (covered || HEADS.has(t.pos) || afterPossessive) hasHead = true;
    if (personal && !covered) close(i + 1);
  }
  close(toks.length);
  return { chunks, at };
}

function finish(
  toks: Tok[],
  cover: ArrayLike<number>,
  mentions: Mention[],
  start: number,
  end: number,
  before: Chunk[],
): Chunk {
  let head = end - 1;
  for (let k = end - 1; k >= start; k--) {
    if (cover[k]! >= 0 || HEADS.has(toks[k]!.pos) || (k > start && isPossessive(toks[k - 1]!))) {
      head = k;
      break;
    }
  }
  let possessor = -1;
  for (let k = head - 1; k >= start; k--) {
    if (isPossessive(toks[k]!) && cover[k - 1]! >= 0) {
      possessor = cover[k - 1]!;
      break;
    }
    if (POSSESSIVE.has(toks[k]!.lower) && cover[k]! >= 0) {
      possessor = cover[k]!;
      break;
    }
  }
  const headMention = cover[head]!;
  // Governing preposition: right before the chunk, or inherited through "and"/"," from the chunk before.
  const p = toks[start - 1];
  let prep = p && p.pos === 'ADP' ? start - 1 : -1;
  let coordinatedPP = false;
  const prev = before[before.length - 1];
  // A comma joins only inside a list that goes on ("between X, Y and Z"), not after an opening phrase
  // ("On Saturday, the leader met …").
  let listGoesOn = false;
  for (let k = end; k < toks.length && k < end + 12; k++) {
    const w = toks[k]!;
    if (w.lower === 'and' || w.lower === 'or') listGoesOn = true;
    if (listGoesOn || w.pos === 'VERB' || w.pos === 'AUX' || w.text === ';' || w.text === '.') break;
  }
  const joined = p && (p.lower === 'and' || p.lower === 'or' || (p.text === ',' && listGoesOn));
  if (prep < 0 && joined && prev?.end === start - 1) {
    prep = prev.prep;
    coordinatedPP = prep >= 0;
  }
  return {
    start,
    end,
    head,
    headMention: headMention >= 0 && mentions[headMention] ? headMention : -1,
    possessor,
    prep,
    coordinatedPP,
  };
}
