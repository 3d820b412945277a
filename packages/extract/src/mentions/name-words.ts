// The words of a person's name and title: titles (names.yaml), honorifics, and names written with hyphens
// and particles ("Ban Ki-moon", "Abdul Karim al-Rawi"). Shared by people.ts and apposition.ts.
import type { Entity } from '@geokg/core';
import type { Tok } from '../nlp/types.ts';
import type { Lexicon } from '../patterns/types.ts';
import type { RegistryAt } from './candidate.ts';
import { isCap } from './caps.ts';

/** Words before a name that are courtesy, not office: they make a person but hold no title. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.']);

/**
 * The name from token k: capitalised words, and hyphenated parts written without spaces ("Ban Ki-moon",
 * "Lee Myung-bak", "Bashar al-Assad"), which the tokenizer splits and which would otherwise cut the name
 * short. A known person's surname after a first name belongs to the new name ("General Raheel Sharif" is
 * not "Nawaz Sharif"). Undefined when no word is a name.
 */
export function nameSpan(
  toks: Tok[],
  k: number,
  to: number,
  lex: Lexicon,
  registryAt: RegistryAt,
): { end: number; words: number; tails: number; known?: Entity } | undefined {
  let known: Entity | undefined;
  let end = k;
  let words = 0;
  let tails = 0;
  for (;;) {
    // "Mr al-Rawi": a name may open with a particle, never with a bare hyphen.
    const tail = end > k || toks[end]?.text !== '-' ? hyphenTail(toks, end) : 0;
    const r = end < to ? registryAt[end] : undefined;
    if (tail) {
      end += tail;
      tails++;
    } else if (r && words > 0 && r.entity.kind === 'Person' && r.end <= to) {
      // "Nouri Maliki" is the known "Nuri al-Maliki" (the same initial); "Raheel Sharif" is not "Nawaz".
      if (r.entity.name[0] === toks[k]!.text[0]) known = r.entity;
      words += r.end - end;
      end = r.end;
    } else if (end < to && isCap(toks[end]!) && !r && !lex.suffixes.has(toks[end]!.lower)) {
      end++;
      words++;
    } else break;
  }
  return end === k ? undefined : { end, words, tails, ...(known ? { known } : {}) };
}

/** Arabic name particles written with a hyphen: "al-Assad", "el-Sisi". */
const PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'ar', 'az', 'bin', 'ibn', 'abu']);

/**
 * Tokens at k that continue a name across a hyphen with no space on either side: "-moon" after "Ki"
 * (2), or a particle and its hyphenated word, "al-Assad" (3). 0 when none does.
 */
export function hyphenTail(toks: Tok[], k: number): number {
  const joined = (a: number): boolean => toks[a]!.end === toks[a + 1]!.start;
  const word = (t: Tok | undefined): boolean => t !== undefined && /^[A-Za-z]/.test(t.text);
  const at = (n: number): Tok | undefined => toks[k + n];
  if (at(0)?.text === '-' && word(at(1)) && joined(k - 1) && joined(k)) return 2;
  if (PARTICLES.has(at(0)?.lower ?? '') && at(1)?.text === '-' && word(at(2)) && joined(k) && joined(k + 1))
    return 3;
  return 0;
}

/** The tokens' text as written: a space only where the text has one ("Ki-moon", not "Ki - moon"). */
export function spanText(toks: Tok[], from: number, to: number): string {
  let out = toks[from]!.text;
  for (let k = from + 1; k < to; k++) out += (toks[k]!.start > toks[k - 1]!.end ? ' ' : '') + toks[k]!.text;
  return out;
}

export function titleAt(toks: Tok[], k: number, lex: Lexicon, lower = false): number {
  const t = toks[k];
  if (!t || (!lower && !/^[A-Z]/.test(t.text))) return 0;
  const max = lex.titles.get(t.lower) ?? 0;
  for (let n = max; n >= 1; n--) {
    const words = toks
      .slice(k, k + n)
      .map((x) => x.lower)
      .join(' ');
    if (lex.titleSet.has(words)) return n;
  }
  return 0;
}
