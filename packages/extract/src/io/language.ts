// A cheap check that a text is English: the share of its words that are English function words.
// Running English has 30–50 %; other languages, even in Latin script, well under 5 %.
const FUNCTION_WORDS = new Set(
  'the of and to in a is that for on with as by was were are be been has have had it its this from at or but not an which who will would said their they he she his her also after than'.split(
    ' ',
  ),
);

export interface LanguageGuess {
  english: boolean;
  /** Share of English function words among the words sampled. */
  share: number;
  words: number;
}

/** Runs that hold every letter of a lower-cased text (ASCII letters and anything beyond ASCII). */
const RUNS = /[a-z\u0080-\uffff]+/g;
const ASCII_WORD = /^[a-z]+$/;
const LETTERS = /\p{L}+/gu;

/**
 * The words (runs of letters, \p{L}) of a text. The Unicode-aware regex is slow, so it runs only on the
 * few runs with a character beyond ASCII; every letter lies in some run, and what ends a run is no letter.
 */
function letterWords(lower: string): string[] {
  const out: string[] = [];
  for (const run of lower.match(RUNS) ?? []) {
    if (ASCII_WORD.test(run)) out.push(run);
    else for (const w of run.match(LETTERS) ?? []) out.push(w);
  }
  return out;
}

export function guessEnglish(sample: string): LanguageGuess {
  const words = letterWords(sample.toLowerCase());
  if (words.length < 20) return { english: true, share: 1, words: words.length };
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  const share = hits / words.length;
  return { english: share >= 0.08, share, words: words.length };
}
