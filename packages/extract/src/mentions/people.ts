// People named by a title before capitalised words ("President Michel Suleiman", "Ban Ki-moon"): the
// person's country comes from a leading demonym.
import type { Entity } from '@geokg/core';
import type { Tok } from '../nlp/types.ts';
import type { Lexicon } from '../patterns/types.ts';
import type { Candidate, RegistryAt } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { isCap } from './caps.ts';
import type { DocState } from './doc-state.ts';

export function titled(
  toks: Tok[],
  from: number,
  to: number,
  lex: Lexicon,
  doc: DocState,
  registryAt: RegistryAt,
): Candidate | undefined {
  let k = from;
  let country: Entity | undefined;
  const lead = registryAt[k];
  if (lead && lead.entity.kind === 'State') {
    country = lead.entity;
    k = lead.end;
  }
  const titleStart = k;
  for (;;) {
    const n = titleAt(toks, k, lex);
    if (n) k += n;
    else if (k > titleStart && toks[k]?.lower === 'of' && k + 2 < to && isCap(toks[k + 1]!))
      k += 2; // Secretary of Energy
    else break;
  }
  if (k === titleStart || k >= to) return undefined;
  const person = registryAt[k];
  if (person && person.entity.kind === 'Person') {
    return { start: from, end: person.end, entity: person.entity, via: 'name', priority: PRIORITY.person };
  }
  // The name: capitalised words, and hyphenated parts written without spaces ("Ban Ki-moon", "Lee
  // Myung-bak", "Bashar al-Assad"), which the tokenizer splits and which would otherwise cut the name short.
  let end = k;
  let words = 0;
  for (;;) {
    const tail = end > k ? hyphenTail(toks, end) : 0;
    if (tail) end += tail;
    else if (end < to && isCap(toks[end]!) && !registryAt[end] && !lex.suffixes.has(toks[end]!.lower)) {
      end++;
      words++;
    } else break;
  }
  if (end === k || words > 4) return undefined;
  const name = spanText(toks, k, end);
  const iso = country ? String(country.props.iso3) : undefined;
  const entity = doc.named({ name, kind: 'Person', ...(iso ? { country: iso } : {}) });
  if (!entity) return undefined;
  return { start: from, end, entity, via: 'new', priority: PRIORITY.person };
}

/** Arabic name particles written with a hyphen: "al-Assad", "el-Sisi". */
const PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'ar', 'az', 'bin', 'ibn', 'abu']);

/**
 * Tokens at k that continue a name across a hyphen with no space on either side: "-moon" after "Ki"
 * (2), or a particle and its hyphenated word, "al-Assad" (3). 0 when none does.
 */
function hyphenTail(toks: Tok[], k: number): number {
  const joined = (a: number): boolean => toks[a]!.end === toks[a + 1]!.start;
  const word = (t: Tok | undefined): boolean => t !== undefined && /^[A-Za-z]/.test(t.text);
  const at = (n: number): Tok | undefined => toks[k + n];
  if (at(0)?.text === '-' && word(at(1)) && joined(k - 1) && joined(k)) return 2;
  if (PARTICLES.has(at(0)?.lower ?? '') && at(1)?.text === '-' && word(at(2)) && joined(k) && joined(k + 1))
    return 3;
  return 0;
}

/** The tokens' text as written: a space only where the text has one ("Ki-moon", not "Ki - moon"). */
function spanText(toks: Tok[], from: number, to: number): string {
  let out = toks[from]!.text;
  for (let k = from + 1; k < to; k++) out += (toks[k]!.start > toks[k - 1]!.end ? ' ' : '') + toks[k]!.text;
  return out;
}

function titleAt(toks: Tok[], k: number, lex: Lexicon): number {
  const t = toks[k];
  if (!t || !/^[A-Z]/.test(t.text)) return 0;
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
