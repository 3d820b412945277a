// People the registry does not know, identified by an apposition after their name: "Abdul Rahman, the
// governor of Helmand province, said …", "Ahmed Farouk, a spokesman for the Egyptian foreign ministry,",
// "Paul Mugabi, who heads the Ugandan electoral commission,". The CAMEO actor codebook codes a named
// official with the country of the office (PLOVER_MANUAL, "Actors": named persons take their country),
// so the title phrase gives the person's country, and its title makes them "the governor" later on.
import type { Entity } from '@geokg/core';
import type { Tok } from '../nlp/types.ts';
import type { Lexicon } from '../patterns/types.ts';
import type { Candidate, RegistryAt } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { isCap } from './caps.ts';
import type { DocState } from './doc-state.ts';
import { HONORIFICS, nameSpan, spanText, titleAt } from './name-words.ts';

/** Heads of an office that the title list lacks but an apposition uses: "the head of", "a member of". */
const OFFICE_HEADS = new Set(['head', 'member', 'chairman', 'chairwoman', 'chair', 'director']);
/** "X, who heads the Z council,": verbs that make their subject the head of the object. */
const HEADS_VERBS = new Set(['head', 'lead', 'chair', 'run', 'command']);
/**
 * Words of a state's own bodies: a title phrase with one of them and no state of its own ("a spokesman
 * for the interior ministry") is the state the context is about (docs/extraction.md, "Country from context").
 */
const STATE_BODIES = new Set([
  'ministry',
  'government',
  'police',
  'army',
  'military',
  'navy',
  'cabinet',
  'presidency',
  'province',
  'provincial',
  'governor',
  'mayor',
]);
/** The longest apposition read: ", the deputy governor of the northern Helmand province,". */
const MAX_WORDS = 12;

export interface Apposition {
  /** The person's country (ISO-3), from the phrase's state, place, organisation or the context. */
  country: string | undefined;
  /** The title the phrase gives ("governor", "foreign minister", "head"), lower case. */
  title: string;
}

/**
 * The apposition that starts at token `end` (a comma) after a name: its title and the country it gives.
 * Undefined when there is none, when the phrase holds a verb (a relative clause other than "who heads"),
 * or when no title word is in it (a list of names: "Kenya, Uganda and Tanzania").
 */
export function apposition(
  toks: Tok[],
  end: number,
  lex: Lexicon,
  registryAt: RegistryAt,
  context: string | undefined,
): Apposition | undefined {
  if (toks[end]?.text !== ',') return undefined;
  let k = end + 1;
  let title: string | undefined;
  if (toks[k]?.lower === 'who' && HEADS_VERBS.has(toks[k + 1]?.lemma ?? '')) {
    title = 'head';
    k += 2;
  } else if (['the', 'a', 'an'].includes(toks[k]?.lower ?? '')) k++;
  let close = k;
  while (close < toks.length && !/^[,.;:)"”]$/.test(toks[close]!.text)) close++;
  if (close === k || close - k > MAX_WORDS) return undefined;
  let country: string | undefined;
  let body = false;
  let unknown = false;
  for (let i = k; i < close; i++) {
    const t = toks[i]!;
    const r = registryAt[i];
    if (r) {
      country ??= countryOfEntity(r.entity);
      i = r.end - 1;
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return undefined;
    if (STATE_BODIES.has(t.lemma)) body = true;
    // "the governor of Amazonas state": a place the gazetteer lacks; its state is unknown, and may well
    // not be the one the sentence names.
    if (isCap(t) && i > k && !titleAt(toks, i, lex)) unknown = true;
    if (title) continue;
    const n = titleAt(toks, i, lex, true);
    if (n && !HONORIFICS.has(t.lower)) {
      title = spanText(toks, i, i + n).toLowerCase();
      i += n - 1;
    } else if (OFFICE_HEADS.has(t.lower)) title = t.lower;
  }
  if (!title) return undefined;
  return { country: country ?? (body && !unknown ? context : undefined), title };
}

/** A state's ISO-3, a place's or organisation's country; undefined for an IGO or a stateless group. */
function countryOfEntity(e: Entity): string | undefined {
  const c = e.kind === 'State' ? e.props.iso3 : e.props.country;
  return typeof c === 'string' ? c : undefined;
}

/**
 * A name of two to four capitalised words (hyphenated particles included: "Abdulnasir al-Muntasirbillah")
 * set off by an apposition with a title: a Person of the apposition's country, holding its title.
 */
export function appositivePerson(
  toks: Tok[],
  from: number,
  lex: Lexicon,
  doc: DocState,
  registryAt: RegistryAt,
  context: string | undefined,
): Candidate | undefined {
  const prev = toks[from - 1];
  if (prev && (isCap(prev) || titleAt(toks, from - 1, lex, true))) return undefined;
  const span = nameSpan(toks, from, toks.length, lex, registryAt);
  const words = span ? span.words + span.tails : 0;
  if (!span || words < 2 || words > 5) return undefined;
  // A name the registry knows as a whole is that entity already (its title is noted in find.ts).
  const whole = registryAt[from];
  if (whole && whole.end === span.end) return undefined;
  const app = apposition(toks, span.end, lex, registryAt, context);
  if (!app) return undefined;
  if (span.known)
    return {
      start: from,
      end: span.end,
      entity: span.known,
      via: 'name',
      priority: PRIORITY.person,
      title: app.title,
    };
  const name = spanText(toks, from, span.end);
  const entity = doc.named({ name, kind: 'Person', ...(app.country ? { country: app.country } : {}) });
  if (!entity) return undefined;
  return { start: from, end: span.end, entity, via: 'new', priority: PRIORITY.person, title: app.title };
}
