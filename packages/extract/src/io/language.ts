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

export function guessEnglish(sample: string): LanguageGuess {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return { english: true, share: 1, words: words.length };
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  const share = hits / words.length;
  return { english: share >= 0.08, share, words: words.length };
}
