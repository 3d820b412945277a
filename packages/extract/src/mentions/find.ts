// All mentions of a sentence: registry names, borders, new organisations and people, unnamed phrases and
// pronouns, settled so that each token belongs to at most one mention.
import type { AliasHit, Entity } from '@geokg/core';
import type { Sentence } from '../nlp/types.ts';
import type { Lexicon } from '../patterns/types.ts';
import type { Candidate } from './candidate.ts';
import { PRIORITY, settle } from './candidate.ts';
import type { DocState } from './doc-state.ts';
import { borderId } from './doc-state.ts';
import type { Gazetteer } from './gazetteer.ts';
import { nameCandidates } from './names.ts';
import { appositiveTitle } from './people.ts';
import { isTitleNoun, memberOf, officesOf, ownMembers } from './members.ts';
import { phraseCandidates } from './phrases.ts';
import type { Mention, MentionVia } from './types.ts';

export interface PartOf {
  subject: Entity;
  object: Entity;
  /** Token span of the mention that says so. */
  start: number;
  end: number;
}

export interface SentenceMentions {
  mentions: Mention[];
  partOf: PartOf[];
}

interface RegistryMention {
  entity: Entity;
  end: number;
  whole: boolean;
  via: MentionVia;
}

// A Map, not an object: looking up an arbitrary token in an object's properties interns the string first.
const PRONOUNS = new Map<string, string[]>([
  ['he', ['Person']],
  ['him', ['Person']],
  ['his', ['Person']],
  ['she', ['Person']],
  ['her', ['Person']],
  ['it', ['State', 'Organization']],
  ['its', ['State', 'Organization']],
  ['they', ['State', 'Organization', 'Group']],
  ['them', ['State', 'Organization', 'Group']],
  ['their', ['State', 'Organization', 'Group']],
]);

export function findMentions(
  s: Sentence,
  text: string,
  base: number,
  lex: Lexicon,
  gazetteer: Gazetteer,
  doc: DocState,
): SentenceMentions {
  const toks = s.toks;
  const regAt: (RegistryMention | undefined)[] = new Array(toks.length);
  const cands: Candidate[] = [];
  for (const hit of gazetteer.find(toks, text, base, doc.date)) {
    if (namesFacility(toks, hit.end, hit.hits)) {
      const name = toks
        .slice(hit.start, hit.end + 1)
        .map((t) => t.text)
        .join(' ');
      const entity = doc.unnamed('Facility', name);
      if (entity)
        cands.push({ start: hit.start, end: hit.end + 1, entity, via: 'thing', priority: PRIORITY.name });
      continue;
    }
    const chosen = choose(hit.hits);
    const entity = chosen && doc.byId(chosen.entity.id);
    if (!entity || !chosen) continue;
    const via: MentionVia =
      chosen.alias.type === 'capital' ? 'capital' : chosen.alias.type === 'demonym' ? 'demonym' : 'name';
    regAt[hit.start] = { entity, end: hit.end, whole: true, via };
    cands.push({ start: hit.start, end: hit.end, entity, via, priority: PRIORITY.name });
  }
  // An acronym this document defined ("… Lashkar-e-Taiba (LeT) …", then "an LeT spokesman") names the
  // same organisation; only as written, so "LeT" is never the verb "let".
  if (doc.acronyms.size) {
    for (let i = 0; i < toks.length; i++) {
      const entity = regAt[i] ? undefined : doc.acronyms.get(toks[i]!.text);
      if (!entity) continue;
      regAt[i] = { entity, end: i + 1, whole: true, via: 'name' };
      cands.push({ start: i, end: i + 1, entity, via: 'name', priority: PRIORITY.name });
    }
  }
  const named = statesNamed(regAt);
  // Country from context (docs/extraction.md): the one state this sentence names, else the story's state.
  const story = doc.storyCountry();
  const context = named.size === 1 ? [...named][0] : story;
  doc.noteStates(named);
  // A people of several states ("the Kurds", "Tamils") is coded in the context's state, as CAMEO codes an
  // ethnic group with the country it acts in (IRQKUR); without a context it stays the people itself.
  if (context) {
    for (const c of cands) {
      const local = doc.peopleIn(c.entity, context);
      if (local) regAt[c.start]!.entity = c.entity = local;
    }
  }
  cands.push(...borders(s, regAt, doc));
  const names = nameCandidates(toks, lex, doc, regAt, context);
  cands.push(...names);
  const inName = new Uint8Array(toks.length);
  for (const c of names) inName.fill(1, c.start, c.end);
  const own = named.size === 1 ? context : undefined;
  cands.push(...phraseCandidates(toks, lex, doc, regAt, (i) => inName[i] === 1, [], context, story, own));
  cands.push(...surnameCandidates(toks, regAt, inName, doc));
  const settled = settle(cands);
  const mentions: Mention[] = [];
  const partOf: PartOf[] = [];
  let next = 0;
  for (let i = 0; i < toks.length; i++) {
    const c = settled[next];
    if (c && c.start === i) {
      const { priority: _p, partOf: part, alias, code: _c, fromContext: _f, ...m } = c;
      mentions.push(m);
      if (alias) doc.addAlias(m.entity, alias);
      const state = part ? doc.byId(part) : undefined;
      if (state) partOf.push({ subject: m.entity, object: state, start: m.start, end: m.end });
      i = c.end - 1;
      next++;
      continue;
    }
    const kinds = toks[i]!.pos === 'PRON' ? PRONOUNS.get(toks[i]!.lower) : undefined;
    if (kinds) {
      const w = toks[i]!.lower;
      const he = w === 'he' || w === 'she';
      // "a ministry spokesperson said, though he refused …": the member speaks for the body; after a
      // state's title phrase ("Sri Lanka's prime minister says he …") the pronoun means that office,
      // which is no person of the graph: unsure, so nobody (never a person named in another sentence).
      const titledBefore = he ? mentions.findLast((m) => isTitleNoun(toks, m, lex)) : undefined;
      if (titledBefore && !mentions.some((m) => m.entity.kind === 'Person')) {
        if (memberOf(toks, titledBefore))
          mentions.push({ start: i, end: i + 1, entity: titledBefore.entity, via: 'pronoun' });
        continue;
      }
      // "He …" with no person before it in the sentence continues the previous sentence's subject.
      const continues = he && (opensSentence(toks, i) || !mentions.some((m) => m.entity.kind === 'Person'));
      const own = clauseSubject(toks, i, mentions);
      // Not the subject, "them" means someone else this sentence named, else nobody (unsure).
      const e = continues
        ? doc.continuing(s.index, kinds)
        : own
          ? doc.latest(kinds, mentions, (x) => x.id === own.id || !mentions.some((m) => m.entity.id === x.id))
          : doc.latest(kinds, mentions);
      if (e) mentions.push({ start: i, end: i + 1, entity: e, via: 'pronoun' });
    }
  }
  noteSurnames(toks, mentions, doc);
  ownMembers(toks, mentions, doc);
  officesOf(toks, mentions, lex, doc);
  defineAcronyms(toks, mentions, doc);
  // Who holds which title, for "the president" later on: "President Bush", "Sarkozy, the president of
  // France," (people.ts).
  for (const m of mentions) {
    if (m.entity.kind !== 'Person' || m.via === 'pronoun') continue;
    const title = m.title ?? appositiveTitle(toks, m.end, lex, regAt);
    if (title) doc.holdTitle(m.entity, title);
  }
  return { mentions, partOf };
}

/**
 * A surname alone ("Rumsfeld said") is the person of that surname this document named in full, the latest
 * one: before a registry person who shares it ("Clinton" in a story that named Hillary Clinton is not Bill
 * Clinton). Only a lone capitalised word: one next to another capitalised word is part of a longer name.
 */
function surnameCandidates(
  toks: Sentence['toks'],
  regAt: (RegistryMention | undefined)[],
  inName: Uint8Array,
  doc: DocState,
): Candidate[] {
  const out: Candidate[] = [];
  if (!doc.surnames.size) return out;
  for (let i = 0; i < toks.length; i++) {
    const entity = doc.surnames.get(toks[i]!.text);
    if (!entity || inName[i] === 1) continue;
    const reg = regAt[i];
    if (reg && (reg.end !== i + 1 || reg.entity.kind !== 'Person')) continue;
    if ([toks[i - 1], toks[i + 1]].some((t) => t && t.pos === 'PROPN' && /^[A-Z]/.test(t.text))) continue;
    if (reg) regAt[i] = { ...reg, entity };
    out.push({ start: i, end: i + 1, entity, via: 'name', priority: PRIORITY.person });
  }
  return out;
}

/** Records the surname of each person the sentence names in full, for surnameCandidates. */
function noteSurnames(toks: Sentence['toks'], mentions: Mention[], doc: DocState): void {
  for (const m of mentions) {
    if (m.entity.kind !== 'Person' || m.via === 'pronoun' || m.end - m.start < 2) continue;
    const last = toks[m.end - 1]!.text;
    if (last.length > 2 && /^[A-Z]/.test(last) && m.entity.name.endsWith(` ${last}`))
      doc.surnames.set(last, m.entity);
  }
}

/**
 * For "him"/"them" right after a verb: the subject just before that verb group, which the pronoun cannot
 * mean ("the army was targeting them" is not the army: that would be "themselves").
 */
function clauseSubject(toks: Sentence['toks'], i: number, mentions: Mention[]): Entity | undefined {
  const w = toks[i]!.lower;
  if ((w !== 'him' && w !== 'them') || toks[i - 1]?.pos !== 'VERB') return undefined;
  let g = i - 1;
  while (g > 0 && GROUP_POS.has(toks[g - 1]!.pos)) g--;
  return mentions.find((m) => m.end === g)?.entity;
}
const GROUP_POS = new Set(['AUX', 'ADV', 'PART', 'VERB']);

/** Nothing but quotes, conjunctions and adverbs before token i: "He …", "\"But he …". */
function opensSentence(toks: Sentence['toks'], i: number): boolean {
  for (let k = 0; k < i; k++) {
    const p = toks[k]!.pos;
    if (p !== 'PUNCT' && p !== 'CCONJ' && p !== 'ADV' && p !== 'SCONJ') return false;
  }
  return true;
}

/** An organisation's acronym in brackets right after its name, as news writes it on first use. */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,7}$/;

/** "Lashkar-e-Taiba (LeT)": the acronym names that organisation for the rest of the document. */
function defineAcronyms(toks: Sentence['toks'], mentions: Mention[], doc: DocState): void {
  for (const m of mentions) {
    const acr = toks[m.end + 1];
    if (toks[m.end]?.text !== '(' || toks[m.end + 2]?.text !== ')' || !acr || !ACRONYM.test(acr.text))
      continue;
    if (m.via === 'pronoun' || m.quantified || !doc.ontology.isA(m.entity.kind, 'Organization')) continue;
    if (!doc.acronyms.has(acr.text)) doc.acronyms.set(acr.text, m.entity);
  }
}

/** The states a sentence names: by name, demonym or capital, or by a place that lies in one. */
function statesNamed(regAt: (RegistryMention | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const r of regAt) {
    if (!r) continue;
    const iso = r.entity.kind === 'State' ? r.entity.props.iso3 : undefined;
    const place = r.entity.props.country;
    if (typeof iso === 'string') out.add(iso);
    else if (typeof place === 'string' && r.entity.id.startsWith('place:')) out.add(place);
  }
  return out;
}

/** Streets and squares are often named after places elsewhere: "Palestine Street" and "Haifa Street" are in
 * Baghdad, "Jaffa Road" in Jerusalem. */
const STREETS = new Set(
  'street st st. road rd rd. avenue ave ave. boulevard square lane highway gate bridge circle roundabout'.split(
    ' ',
  ),
);
/** Facilities named after a country lie in another ("the Palestine Hotel" in Baghdad); after a city they
 * lie in it ("Baghdad Airport"), which the city still names. */
const FACILITIES = new Set(
  'hotel hospital airport stadium university college school mosque church market bazaar park prison camp'.split(
    ' ',
  ),
);

/**
 * A place name followed by a capitalised street word, or a state's name by a facility word, names a street
 * or facility ("Palestine Street", "Lebanon Road", "the Palestine Hotel"), never the state or the city: it
 * is a Facility of no country, and the sentence's state is not that one (PLOVER codes actors and places by
 * where they are: a street named after Palestine lies in Baghdad).
 */
function namesFacility(toks: Sentence['toks'], end: number, hits: AliasHit[]): boolean {
  const next = toks[end];
  if (!next || !/^[A-Z]/.test(next.text)) return false;
  if (STREETS.has(next.lower))
    return hits.some((h) => h.entity.kind === 'State' || h.entity.id.startsWith('place:'));
  return (
    FACILITIES.has(next.lower) && hits.some((h) => h.entity.kind === 'State' && h.alias.type !== 'capital')
  );
}

/** Of the registry entities a name may mean: the one, or the State among them, or the one it names outright. */
function choose(hits: AliasHit[]): AliasHit | undefined {
  const ids = new Set(hits.map((h) => h.entity.id));
  if (ids.size === 1) return hits[0];
  const states = hits.filter((h) => h.entity.kind === 'State');
  if (new Set(states.map((h) => h.entity.id)).size === 1) return states[0];
  const named = hits.filter((h) => h.alias.type === 'name' || h.alias.type === 'official');
  if (new Set(named.map((h) => h.entity.id)).size === 1) return named[0];
  return undefined;
}

/** "the Kazakhstan-Azerbaijan border": one Border node, whichever state comes first. */
function borders(s: Sentence, regAt: (RegistryMention | undefined)[], doc: DocState): Candidate[] {
  const out: Candidate[] = [];
  const toks = s.toks;
  for (let i = 0; i < toks.length; i++) {
    const a = regAt[i];
    if (!a || a.entity.kind !== 'State') continue;
    const sep = toks[a.end];
    if (!sep || !['-', '–', '—', '/', 'and'].includes(sep.lower)) continue;
    const b = regAt[a.end + 1];
    if (!b || b.entity.kind !== 'State') continue;
    const word = toks[b.end];
    if (!word || word.lemma !== 'border') continue;
    const isoA = String(a.entity.props.iso3);
    const isoB = String(b.entity.props.iso3);
    const name = `${a.entity.name}–${b.entity.name} border`;
    const entity = doc.withId(borderId(isoA, isoB), 'Border', name);
    if (!entity) continue;
    const alias = toks
      .slice(i, b.end + 1)
      .map((t) => t.text)
      .join('')
      .replace(/border$/, ' border');
    out.push({ start: i, end: b.end + 1, entity, via: 'name', priority: PRIORITY.border, alias });
  }
  return out;
}
