// People named by a title before capitalised words ("President Michel Suleiman", "Ban Ki-moon"): the
// person's country comes from a leading demonym.
import type { Entity } from '@geokg/core';
import type { Tok } from '../nlp/types.ts';
import type { Lexicon } from '../patterns/types.ts';
import type { Candidate, RegistryAt } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { isCap } from './caps.ts';
import type { DocState } from './doc-state.ts';
import type { Head } from './heads.ts';
import type { Mention } from './types.ts';
import { apposition } from './apposition.ts';
import { HONORIFICS, hyphenTail, nameSpan, spanText, titleAt } from './name-words.ts';

/**
 * A person named after a title, from token `from` (a leading demonym, then the title) to before `to`.
 * `lower`: the title is written in lower case after its owner ("Sudan's president Omar al Bashir", "Ministry
 * spokesman Navtej Sarna"), whose state `owner` names the person's country; then the name must be a
 * known person or two capitalised words at least.
 */
export function titled(
  toks: Tok[],
  from: number,
  to: number,
  lex: Lexicon,
  doc: DocState,
  registryAt: RegistryAt,
  lower?: { owner: string | undefined },
): Candidate | undefined {
  let k = from;
  let country: string | undefined = lower?.owner;
  const lead = registryAt[k];
  if (!lower && lead && lead.entity.kind === 'State') {
    country = String(lead.entity.props.iso3);
    k = lead.end;
  }
  const titleStart = k;
  let title = '';
  for (;;) {
    const n = titleAt(toks, k, lex, lower !== undefined);
    if (n) {
      title += (title ? ' ' : '') + spanText(toks, k, k + n).toLowerCase();
      k += n;
    } else if (k > titleStart && toks[k]?.lower === 'of' && k + 2 < to && isCap(toks[k + 1]!))
      k += 2; // Secretary of Energy
    else break;
  }
  if (k === titleStart || (k >= to && !hyphenTail(toks, k))) return undefined;
  const office = HONORIFICS.has(title) ? {} : { title };
  const person = registryAt[k];
  if (person && person.entity.kind === 'Person') {
    const entity = person.entity;
    return { start: from, end: person.end, entity, via: 'name', priority: PRIORITY.person, ...office };
  }
  const span = nameSpan(toks, k, to, lex, registryAt);
  if (!span || span.words > 4 || (lower && span.words < 2)) return undefined;
  const end = span.end;
  const name = spanText(toks, k, end);
  // "General Raheel Sharif, the Pakistani army chief,": an apposition names the country a title lacks.
  country ??= HONORIFICS.has(title) ? undefined : apposition(toks, end, lex, registryAt, undefined)?.country;
  // "Mr Kasuri" after "Foreign Minister Khurshid Mehmood Kasuri": a surname after a courtesy title is the
  // person the document already named in full (after an office it may be another: "President X Singh").
  if (span.known)
    return { start: from, end, entity: span.known, via: 'name', priority: PRIORITY.person, ...office };
  const known = HONORIFICS.has(title)
    ? doc.latest(['Person'], [], (e) => e.name !== name && !e.name.endsWith(` ${name}`))
    : doc.latest(['Person'], [], (e) => e.name !== name);
  const entity = known ?? doc.named({ name, kind: 'Person', ...(country ? { country } : {}) });
  if (!entity) return undefined;
  return { start: from, end, entity, via: 'new', priority: PRIORITY.person, ...office };
}

/**
 * The title in an apposition after a person's name: ", the president of France," or ", the U.S.
 * Secretary of State," (a former office is no title).
 */
export function appositiveTitle(
  toks: Tok[],
  end: number,
  lex: Lexicon,
  registryAt: RegistryAt,
): string | undefined {
  if (toks[end]?.text !== ',' || !['the', 'a', 'an'].includes(toks[end + 1]?.lower ?? '')) return undefined;
  let k = end + 2;
  const reg = registryAt[k];
  if (reg?.entity.kind === 'State') k = reg.end;
  const n = titleAt(toks, k, lex, true);
  return n && !HONORIFICS.has(toks[k]!.lower) ? spanText(toks, k, k + n).toLowerCase() : undefined;
}

/**
 * The first token of a lower-case title that ends right before token i ("president" before "Omar al
 * Bashir", "spokesman" before "Navtej Sarna"), or -1.
 */
export function lowerTitleStart(toks: Tok[], i: number, lex: Lexicon): number {
  let found = -1;
  for (let s = i - 1; s >= 0 && s >= i - 3; s--) {
    const t = toks[s]!;
    if (t.text !== t.lower || HONORIFICS.has(t.lower)) break;
    // The longest title wins: "foreign minister", not "minister".
    if (titleAt(toks, s, lex, true) === i - s) found = s;
  }
  return found;
}

/**
 * "the president", "the Ivorian leader", "Sudan's president": the person this document named with that
 * title (of that state, when the phrase names one), never the nearest state. Undefined for an indefinite
 * or plural phrase ("a president", "ministers"), a non-title head, or when nobody holds the title yet.
 */
export function titleHolder(
  toks: Tok[],
  head: Head,
  lex: Lexicon,
  doc: DocState,
  pending: Mention[],
  definite: boolean,
  owner: Entity | undefined,
): Entity | undefined {
  if ((!definite && !owner) || (owner && owner.kind !== 'State')) return undefined;
  // "the Leader of the Opposition": an office its "of" phrase names, unless that is a state (the owner).
  if (!owner && toks[head.end]?.lower === 'of') return undefined;
  const last = toks[head.end - 1]!;
  if (last.lemma !== last.lower) return undefined;
  const title = spanText(toks, head.start, head.end).toLowerCase();
  if (!lex.titleSet.has(title) || HONORIFICS.has(title)) return undefined;
  const iso = owner ? String(owner.props.iso3) : undefined;
  return doc.holder(title, iso, pending);
}

/**
 * A name set off after a title phrase: "the Guinean ambassador in Washington, Raphiou Barry, said". The
 * title's demonym or possessive state gives the person's country, so "Mr. Barry" later is that person.
 */
export function appositiveName(
  toks: Tok[],
  from: number,
  to: number,
  lex: Lexicon,
  doc: DocState,
  registryAt: RegistryAt,
): Candidate | undefined {
  const after = toks[to]?.text;
  if (toks[from - 1]?.text !== ',' || (after !== ',' && after !== '.' && after !== undefined))
    return undefined;
  if (to - from < 2 || to - from > 4) return undefined;
  for (let k = from; k < to; k++) if (registryAt[k] || lex.suffixes.has(toks[k]!.lower)) return undefined;
  for (let t = from - 2; t >= 0 && t >= from - 8; t--) {
    const w = toks[t]!;
    if (w.text === ',' || w.pos === 'VERB') return undefined;
    const n = w.text === w.lower && !HONORIFICS.has(w.lower) ? titleAt(toks, t, lex, true) : 0;
    if (!n || w.lemma !== w.lower) continue;
    let state: Entity | undefined;
    for (let k = t - 1; k >= 0 && k >= t - 5; k--) {
      const r = registryAt[k];
      if (r) state = r.end === t && r.entity.kind === 'State' ? r.entity : undefined;
      if (r) break;
    }
    if (!state) return undefined;
    const country = String(state.props.iso3);
    const entity = doc.named({ name: spanText(toks, from, to), kind: 'Person', country });
    const title = spanText(toks, t, t + n).toLowerCase();
    return entity
      ? { start: from, end: to, entity, via: 'new', priority: PRIORITY.person, title }
      : undefined;
  }
  return undefined;
}
