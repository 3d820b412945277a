// New names recognised from their shape: capitalised runs ending in an organisation word ("… Consortium",
// "Foreign Ministry", "… Liberation Front") get the kind the suffix gives, and a title before capitalised
// words ("President Michel Suleiman") makes a person. A leading demonym gives the country.
import type { Entity } from '@geokg/core';
import type { Tok } from '../nlp/types.ts';
import type { Lexicon } from '../patterns/types.ts';
import type { Candidate, RegistryAt } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import { isCap } from './caps.ts';
import type { DocState } from './doc-state.ts';
import { appositivePerson } from './apposition.ts';
import { appositiveName, lowerTitleStart, titled } from './people.ts';

const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'al', '&']);
/** A state's forces whose chief is titled after them: "police chief", "army chief", "intelligence chief". */
const FORCES = new Set(['police', 'army', 'military', 'intelligence', 'navy']);

export interface NamedSpan {
  start: number;
  end: number;
  /** The state named by a registry hit inside the span, by token index. */
  stateAt: Map<number, Entity>;
}

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
      lowerTitled(toks, i, j, lex, doc, registryAt, out) ??
      titled(toks, i, j, lex, doc, registryAt) ??
      organisation(toks, i, j, lex, doc, registryAt, context) ??
      appositiveName(toks, i, j, lex, doc, registryAt) ??
      appositivePerson(toks, i, lex, doc, registryAt, context);
    if (c) out.push(c);
    // A person ends the candidate, not the run: "Indian Foreign Minister X and Pakistani Foreign Minister Y".
    i = c?.entity.kind === 'Person' ? Math.max(i, c.end - 1) : Math.max(i, j - 1, c ? c.end - 1 : i);
  }
  return out;
}

/**
 * A person after a lower-case title: "Sudan's president Omar al Bashir", "Ministry spokesman Navtej Sarna".
 * The owner before the title (a state, its possessive or demonym, or a body just named) gives the country.
 */
function lowerTitled(
  toks: Tok[],
  i: number,
  to: number,
  lex: Lexicon,
  doc: DocState,
  registryAt: RegistryAt,
  found: Candidate[],
): Candidate | undefined {
  const t = lowerTitleStart(toks, i, lex);
  if (t < 0) return undefined;
  const body = found[found.length - 1];
  // "Nairobi police chief Joseph Kinyua", "the Pakistani army chief": a state's force between the state
  // and the title. Without a state ("Intelligence chief X accused Iran") the person gets no country: the
  // one state of the sentence is often the other party.
  const o = FORCES.has(toks[t - 1]?.lower ?? '') ? t - 1 : t;
  const state =
    body?.end === t ? undefined : (possessorState(toks, o, registryAt) ?? stateEndingAt(o, registryAt));
  const country = state?.entity.props.iso3 ?? (body?.end === t ? body.entity.props.country : undefined);
  const c = titled(toks, t, to, lex, doc, registryAt, {
    owner: typeof country === 'string' ? country : undefined,
  });
  return c && state ? { ...c, start: state.start } : c;
}

/** A state (by name or demonym) whose mention ends right before token i. */
function stateEndingAt(i: number, registryAt: RegistryAt): { entity: Entity; start: number } | undefined {
  for (let k = i - 1; k >= 0 && k > i - 6; k--) {
    const r = registryAt[k];
    if (r) return r.end === i && r.entity.kind === 'State' ? { entity: r.entity, start: k } : undefined;
  }
  return undefined;
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
  // "Pakistan's Ministry of Defence": the possessor names the country, and the mention takes it in.
  const owner = country ? undefined : possessorState(toks, from, registryAt);
  if (owner) country = owner.entity;
  // "Ministry of Foreign Affairs of Kazakhstan": the tail names the country.
  let stop = to;
  let tailEnd = -1;
  for (let k = end; k < to; k++) {
    const r = registryAt[k + 1];
    if ((toks[k]!.lower === 'of' || toks[k]!.lower === 'in') && r?.entity.kind === 'State') {
      country ??= r.entity;
      stop = r.end;
      tailEnd = k;
      break;
    }
  }
  // (A tail that names a state may end the run: that is no reason to cut the name short.)
  if (tailEnd < 0) tailEnd = stop = Math.max(end, nameEnd(toks, end, to, registryAt));
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
  const words = (a: number, b: number): string =>
    toks
      .slice(a, b)
      .map((t) => t.text)
      .join(' ')
      .replace(/ ([’']s)\b/g, '$1');
  // A body's portfolio after "of" is part of its name, written the short way so that both spellings are
  // one body: "Ministry of Foreign Affairs" is the "Foreign Ministry", "Department of State" the "State
  // Department".
  const portfolio =
    governmental && tailEnd > end + 1 && toks[end]!.lower === 'of'
      ? words(end + 1, tailEnd).replace(/\s+Affairs$/, '')
      : '';
  const name = portfolio ? `${portfolio} ${words(nameFrom, nameTo)}` : words(nameFrom, nameTo);
  // A governmental body without a state ("the Foreign Ministry") is a role of a state, never a global
  // entity (CAMEO codes it country + GOV): it is scoped to this document until its country is known.
  // "the External Affairs Ministry" after the story named it with its state is that body again.
  const earlier =
    governmental && !country ? doc.latest([suffix.kind], [], (e) => e.name !== name) : undefined;
  const entity = earlier
    ? earlier
    : governmental && !iso
      ? doc.unnamed(suffix.kind, name)
      : doc.named({ name, kind: suffix.kind, ...(iso ? { country: iso } : {}) });
  if (!entity) return undefined;
  const whole = toks
    .slice(from, stop)
    .map((t) => t.text)
    .join(' ');
  return {
    start: owner ? owner.start : from,
    end: stop,
    entity,
    via: 'new',
    priority: PRIORITY.org,
    ...(whole !== entity.name ? { alias: whole } : {}),
    ...(governmental && iso && !earlier ? { partOf: `state:${iso}` } : {}),
  };
}

/** The state whose possessive ends right before token i ("Pakistan's" before "Ministry"), if any. */
function possessorState(
  toks: Tok[],
  i: number,
  registryAt: RegistryAt,
): { entity: Entity; start: number } | undefined {
  const s = toks[i - 1]?.lower;
  if (s !== "'s" && s !== '’s') return undefined;
  for (let k = i - 2; k >= 0 && k > i - 8; k--) {
    const r = registryAt[k];
    if (r) return r.end === i - 1 && r.entity.kind === 'State' ? { entity: r.entity, start: k } : undefined;
  }
  return undefined;
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

/**
 * A state body written in lower case after its state ("Pakistan's foreign ministry", "the Chilean defence
 * ministry"): the same node as its capitalised name, part of the state.
 */
export function bodyCandidate(
  doc: DocState,
  toks: Tok[],
  span: { start: number; end: number; priority: number },
  iso: string,
): Candidate | undefined {
  const words: string[] = [];
  for (let k = span.end - 1; k >= span.start; k--) {
    const t = toks[k]!;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
    words.unshift(t.text.charAt(0).toUpperCase() + t.text.slice(1));
  }
  const entity = doc.named({ name: words.join(' '), kind: 'GovernmentBody', country: iso });
  return entity ? { ...span, entity, via: 'new', partOf: `state:${iso}` } : undefined;
}
