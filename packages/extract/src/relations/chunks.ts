// Noun-phrase chunks from wink-nlp's part-of-speech tags: maximal runs of determiners, adjectives,
// numbers, nouns, possessives and mention tokens, split where a determiner or pronoun opens a new phrase
// ("gave Iran the money"). Each chunk knows its head (the last noun), the mention covering the head, its
// possessor ("Somalia's attack"), the preposition governing it, and whether it is a later conjunct of a
// phrase a preposition governs ("between the Israelis and Palestinians").
import type { Tok } from '../nlp/types.ts';
import type { Mention } from '../mentions/types.ts';
import { POSSESSIVE } from './words.ts';

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
const HEADS = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
const isPossessive = (t: Tok): boolean =>
  (t.pos === 'PART' || t.pos === 'PUNCT') && (t.lower === "'s" || t.lower === '’s' || t.lower === "'");

export function chunk(
  toks: Tok[],
  cover: Int32Array,
  mentions: Mention[],
): { chunks: Chunk[]; at: Int32Array } {
  const at = new Int32Array(toks.length).fill(-1);
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
    const nominal =
      covered ||
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
    if (start < 0) start = i;
    if (covered || HEADS.has(t.pos)) hasHead = true;
    if (personal && !covered) close(i + 1);
  }
  close(toks.length);
  return { chunks, at };
}

function finish(
  toks: Tok[],
  cover: Int32Array,
  mentions: Mention[],
  start: number,
  end: number,
  before: Chunk[],
): Chunk {
  let head = end - 1;
  for (let k = end - 1; k >= start; k--) {
    if (cover[k]! >= 0 || HEADS.has(toks[k]!.pos)) {
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
  if (prep < 0 && p && (p.lower === 'and' || p.lower === 'or' || p.text === ',') && prev?.end === start - 1) {
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
