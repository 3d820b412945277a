// New names recognised from their shape: capitalised runs ending in an organisation word ("… Consortium",
// "Foreign Ministry", "… Liberation Front") get the kind the suffix gives, and a title before capitalised
// words ("President Michel Suleiman") makes a person. A leading demonym gives the country.
import type { Entity } from '@geokg/core';
import type { Tok } from '../nlp/types.ts';
import type { Lexicon } from '../patterns/types.ts';
import type { Candidate, RegistryAt } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import type { DocState } from './doc-state.ts';

const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'al', '&']);
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

export interface NamedSpan {
  start: number;
  end: number;
  /** The state named by a registry hit inside the span, by token index. */
  stateAt: Map<number, Entity>;
}

/** Days and months are capitalised but never part of a name ("Bashar Assad Tuesday"). */
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)$/;

/** Called on every token: the first letter is checked before any regular expression runs. */
const isCap = (t: Tok): boolean => {
  const c = t.text.charCodeAt(0);
  return (
    c >= 65 &&
    c <= 90 &&
    /^[A-Z][A-Za-z.'’&-]*$/.test(t.text) &&
    !NOT_NAME.has(t.lower) &&
    !CALENDAR.test(t.lower)
  );
};

/** Candidates for organisations and people named in the sentence but not (as a whole) in the registry. */
export function nameCandidates(
  toks: Tok[],
  lex: Lexicon,
  doc: DocState,
  registryAt: RegistryAt,
  context?: string,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isCap(toks[i]!) && !registryAt[i]) continue;
    // The run: capitalised words, registry names, and connectors followed by more capitalised words.
    let j = i;
    while (j < toks.length) {
      const r = registryAt[j];
      if (r) j = r.end;
      else if (isCap(toks[j]!)) j++;
      else if (CONNECTORS.has(toks[j]!.lower) && j + 1 < toks.length && isCap(toks[j + 1]!) && j > i) j++;
      else break;
    }
    while (j > i && CONNECTORS.has(toks[j - 1]!.lower)) j--;
    const c =
      titled(toks, i, j, lex, doc, registryAt) ?? organisation(toks, i, j, lex, doc, registryAt, context);
    if (c) out.push(c);
    i = Math.max(i, j - 1, c ? c.end - 1 : i);
  }
  return out;
}

function organisation(
  toks: Tok[],
  from: number,
  to: number,
  lex: Lexicon,
  doc: DocState,
  registryAt: RegistryAt,
  context: string | undefined,
): Candidate | undefined {
  // The name ends at the last suffix word before any "of"/"for" tail that names a state; words of a
  // registry name inside the run ("European Union") are not suffixes.
  let end = -1;
  for (let k = from; k < to;) {
    const r = registryAt[k];
    if (r) {
      k = r.end;
      continue;
    }
    if (lex.suffixes.has(toks[k]!.lower)) end = k + 1;
    k++;
  }
  if (end < 0) return undefined;
  let start = from;
  let country: Entity | undefined;
  const lead = registryAt[from];
  if (lead && lead.entity.kind === 'State' && lead.end < end) {
    country = lead.entity;
    start = lead.end;
  }
  // "Ministry of Foreign Affairs of Kazakhstan": the tail names the country.
  let stop = to;
  for (let k = end; k < to; k++) {
    const r = registryAt[k + 1];
    if ((toks[k]!.lower === 'of' || toks[k]!.lower === 'in') && r?.entity.kind === 'State') {
      country ??= r.entity;
      stop = r.end;
      break;
    }
  }
  if (stop === to) stop = Math.max(end, nameEnd(toks, end, to, registryAt));
  const suffix = lex.suffixes.get(toks[end - 1]!.lower)!;
  const governmental = suffix.governmental === true;
  // A suffix word alone ("the Union said", "the Council") is no name: it refers back to the latest
  // organisation whose name ends in it ("the European Union"), else to nothing, never to a new "Union".
  if (!governmental && stop - from === 1 && !country) {
    const word = toks[from]!.lower;
    const prev = doc.latest([suffix.kind], [], (e) => !e.name.toLowerCase().endsWith(word));
    return prev ? { start: from, end: stop, entity: prev, via: 'coref', priority: PRIORITY.org } : undefined;
  }
  // A governmental body that names no state ("the Foreign Ministry said") is the context's state's
  // (docs/extraction.md, "Country from context"), as CAMEO codes it: country + GOV.
  const iso = country ? String(country.props.iso3) : governmental ? context : undefined;
  const nameFrom = governmental ? start : from;
  const nameTo = governmental ? end : stop;
  const name = toks
    .slice(nameFrom, nameTo)
    .map((t) => t.text)
    .join(' ')
    .replace(/ ([’']s)\b/g, '$1');
  // A governmental body without a state ("the Foreign Ministry") is a role of a state, never a global
  // entity (CAMEO codes it country + GOV): it is scoped to this document until its country is known.
  const entity =
    governmental && !iso
      ? doc.unnamed(suffix.kind, name)
      : doc.named({ name, kind: suffix.kind, ...(iso ? { country: iso } : {}) });
  if (!entity) return undefined;
  const whole = toks
    .slice(from, stop)
    .map((t) => t.text)
    .join(' ');
  return {
    start: from,
    end: stop,
    entity,
    via: 'new',
    priority: PRIORITY.org,
    ...(whole !== entity.name ? { alias: whole } : {}),
    ...(governmental && iso ? { partOf: `state:${iso}` } : {}),
  };
}

/** After the suffix, capitalised words still belong to the name unless they are a state ("… of Kazakhstan"). */
function nameEnd(toks: Tok[], from: number, to: number, registryAt: RegistryAt): number {
  let k = from;
  while (k < to) {
    const r = registryAt[k];
    if (r?.entity.kind === 'State') break;
    k = r ? r.end : k + 1;
  }
  while (k > from && CONNECTORS.has(toks[k - 1]!.lower)) k--;
  return k;
}

function titled(
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
