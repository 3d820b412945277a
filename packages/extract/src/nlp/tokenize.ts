// Sentences and tokens with document offsets, from wink-nlp's lossless tokenizer, sentence splitter and
// part-of-speech tagger. Blank lines always end a sentence (headlines, list items and datelines often lack a stop).
import winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Tok } from './types.ts';

let nlp: WinkMethods | undefined;
/** The wink-nlp pipeline, built once per process (the model takes ~100 ms to load). */
export function winkPipeline(): WinkMethods {
  return (nlp ??= winkNLP(model, ['sbd', 'pos']));
}

/**
 * Splits `text` (which starts at document offset `base`) into sentences numbered from `firstIndex`.
 * Offsets are found by walking the text, so they hold whatever wink does to spaces.
 */
export function tokenize(text: string, base = 0, firstIndex = 0): Sentence[] {
  const pipe = winkPipeline();
  const its = pipe.its;
  const src = breakLongRuns(text);
  const doc = pipe.readDoc(src);
  const tokens = doc.tokens();
  const words = tokens.out() as string[];
  const poses = tokens.out(its.pos) as string[];
  // wink's typings give its.lemma an extra parameter that out() does not declare.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const toks: (Tok | undefined)[] = new Array(words.length);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const at = placeOf(src, w, cursor);
    // wink normalised something away: the token has no place in the text (and no search runs far ahead).
    if (at < 0 || at - cursor > 256) continue;
    cursor = at + w.length;
    if (poses[i] === 'SPACE') {
      toks[i] = { text: w, lower: w, lemma: w, pos: 'SPACE', start: base + at, end: base + cursor };
      continue;
    }
    const lower = w.toLowerCase();
    toks[i] = {
      text: w,
      lower,
      lemma: (lemmas[i] ?? lower).toLowerCase(),
      pos: poses[i] ?? 'X',
      start: base + at,
      end: base + cursor,
    };
  }
  fixParticiples(toks);
  fixParticipialPrepositions(toks);
  fixSubjunctives(toks);
  const out: Sentence[] = [];
  let current: Tok[] = [];
  const flush = (): void => {
    const words = current.filter((t) => t.pos !== 'SPACE');
    if (words.length) {
      out.push({
        index: firstIndex + out.length,
        start: words[0]!.start,
        end: words[words.length - 1]!.end,
        toks: words,
      });
    }
    current = [];
  };
  for (const [from, to] of spans) {
    for (let i = from; i <= to; i++) {
      const t = toks[i];
      if (!t) continue;
      // A blank line inside wink's sentence: end the sentence there.
      if (t.pos === 'SPACE' && /\n[^\S\n]*\n/.test(t.text)) flush();
      else current.push(t);
    }
    flush();
  }
  return out;
}

/**
 * src.indexOf(w, cursor), first trying where the token most often is: at the cursor, or after the spaces
 * there (no earlier place can hold a token that starts with a non-space).
 */
function placeOf(src: string, w: string, cursor: number): number {
  if (src.startsWith(w, cursor)) return cursor;
  const c = w.charCodeAt(0);
  if (c !== 32 && c !== 10 && c !== 9 && c !== 13) {
    let k = cursor;
    for (let d = src.charCodeAt(k); d === 32 || d === 10 || d === 9 || d === 13; d = src.charCodeAt(++k));
    if (k > cursor && src.startsWith(w, k)) return k;
  }
  return src.indexOf(w, cursor);
}

const LONG_RUN = /\S{64,}/g;

/**
 * wink-nlp slows down super-linearly on very long tokens (a pasted blob, a base64 image). Runs of 64 or
 * more non-space characters are never words: a space every 48 characters keeps every offset in place.
 */
export function breakLongRuns(text: string): string {
  return hasLongRun(text) ? text.replace(LONG_RUN, (run) => run.replace(/([^]{47})[^]/g, '$1 ')) : text;
}

/** Whether a run of 64 non-space characters occurs: one pass over the text, far cheaper than the regex. */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // What \s matches: ASCII spaces here, the rarer Unicode ones by the regex itself.
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(text[i]!))) run = 0;
    else if (++run >= 64) return true;
  }
  return false;
}

/** Raw wink-nlp tokenizer throughput baseline: tokens only, no tagging (for the benchmark's ratio). */
export function rawTokenCount(text: string): number {
  const pipe = rawPipeline();
  return pipe.readDoc(text).tokens().length();
}

let raw: WinkMethods | undefined;
function rawPipeline(): WinkMethods {
  return (raw ??= winkNLP(model, []));
}

const BE_OR_HAVE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had', "'s"]);

/** The tagger sometimes reads a participle after "been"/"has" as a noun ("may have been orchestrated/NOUN"). */
function fixParticiples(toks: (Tok | undefined)[]): void {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    if (!t || !prev || t.pos === 'VERB' || t.pos === 'AUX') continue;
    if ((t.pos === 'NOUN' || t.pos === 'ADJ') && BE_OR_HAVE.has(prev.lower) && /[a-z]{3}ed$/.test(t.lower))
      t.pos = 'VERB';
  }
}

/**
 * The tagger reads the bare verb of a demand's "that" clause as a noun ("demanded that Iran release/NOUN the
 * sailors", "urged that Israel halt/NOUN its raids"), and the name and the noun then make one noun phrase.
 * After "that" and a name, a base-form noun followed by the start of an object (a determiner, a possessive,
 * an adjective and a noun) is the verb (PLOVER_MANUAL section REQUEST: demands in complement clauses).
 */
function fixSubjunctives(toks: (Tok | undefined)[]): void {
  for (let i = 0; i + 3 < toks.length; i++) {
    if (toks[i]?.lower !== 'that') continue;
    let j = i + 1;
    while (toks[j]?.pos === 'PROPN' && j < i + 5) j++;
    const t = toks[j];
    const next = toks[j + 1];
    if (j === i + 1 || !t || !next || t.pos !== 'NOUN' || t.lemma !== t.lower) continue;
    const object =
      next.pos === 'DET' || next.pos === 'PRON' || (next.pos === 'ADJ' && toks[j + 2]?.pos === 'NOUN');
    if (object) t.pos = 'VERB';
  }
}

/**
 * Participles that English uses as prepositions ("a request regarding the attack", "talks including
 * Iran", "according to officials"). The tagger often reads them as verbs, and a verb pattern then codes
 * an event no one performed. After a form of "be" or "have" they stay verbs ("is considering").
 */
const PARTICIPIAL_PREPOSITIONS = new Set([
  'regarding',
  'concerning',
  'including',
  'excluding',
  'according',
  'pending',
  'barring',
  'following',
]);

function fixParticipialPrepositions(toks: (Tok | undefined)[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || t.pos !== 'VERB' || !PARTICIPIAL_PREPOSITIONS.has(t.lower)) continue;
    const prev = toks[i - 1];
    if (prev && (prev.pos === 'AUX' || BE_OR_HAVE.has(prev.lower))) continue;
    t.pos = 'ADP';
  }
}
