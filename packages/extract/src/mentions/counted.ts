// Counted people: "killed 20 people", "48 people were killed", "thousands of people marched". A head that
// needs a modifier (people, person) names no actor alone, but counted it is a number of civilians, as the
// CAMEO actor codebook codes unnamed victims and crowds (CVL), of the state the context is about
// (docs/extraction.md, "Country from context"). Without a country it stays no actor.
import type { Tok } from '../nlp/types.ts';

const PEOPLE = new Set(['people', 'person', 'persons']);
const MANY = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens']);

/** Whether the phrase toks[start, headEnd) is counted people: a number ("20", "at least 15") or "thousands of". */
export function countedPeople(toks: Tok[], start: number, headEnd: number): boolean {
  if (headEnd - start < 2 || !PEOPLE.has(toks[headEnd - 1]!.lower)) return false;
  const first = toks[start]!;
  if (MANY.has(first.lower) && toks[start + 1]?.lower === 'of') return true;
  // "20 people", "more than 800 people", "the 30 people": a number right before or after a determiner.
  const before = toks[headEnd - 2]!;
  return before.pos === 'NUM' || (MANY.has(before.lower) && headEnd - 2 === start);
}
