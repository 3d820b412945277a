// Which capitalised tokens can be part of a name: not sentence openers, pronouns or calendar words.
import type { Tok } from '../nlp/types.ts';

/** Capitalised words that open sentences or clauses but never names. */
const NOT_NAME = new Set([
  'the',
  'a',
  'an',
  'however',
  'but',
  'and',
  'as',
  'in',
  'on',
  'at',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'any',
  'some',
  'such',
  'while',
  'after',
  'before',
  'when',
  'if',
  'although',
  'though',
  'meanwhile',
  'according',
  'since',
  'with',
  'without',
  'for',
  'by',
  'from',
  'to',
  'of',
  'his',
  'her',
  'their',
  'our',
]);

/** Days and months are capitalised but never part of a name ("Bashar Assad Tuesday"). */
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)$/;

/** Called on every token: the first letter is checked before any regular expression runs. */
export const isCap = (t: Tok): boolean => {
  const c = t.text.charCodeAt(0);
  return (
    c >= 65 &&
    c <= 90 &&
    /^[A-Z][A-Za-z.'’&-]*$/.test(t.text) &&
    !NOT_NAME.has(t.lower) &&
    !CALENDAR.test(t.lower)
  );
};
