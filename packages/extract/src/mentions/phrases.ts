// Unnamed but referable noun phrases, found by their head noun (seeds/patterns/nouns.yaml):
// "the Kazakhstani government" (the state), "separatist groups" and "actors with ties to Ukraine" (groups),
// "a key pumping station" and "the attack" (things; a definite one refers back to the latest of its kind).
import type { Entity } from '@geokg/core';
import type { Tok } from '../nlp/types.ts';
import type { Lexicon, NounEntry } from '../patterns/types.ts';
import type { Candidate, RegistryAt } from './candidate.ts';
import { PRIORITY } from './candidate.ts';
import type { DocState } from './doc-state.ts';
import { countedPeople } from './counted.ts';
import type { Head } from './heads.ts';
import { headLookup, ROLE_ONLY, roleHeadAt } from './heads.ts';
import { bodyCandidate } from './names.ts';
import { countryOf, ownerAfter, placeholder, registryAtEnd } from './owners.ts';
import { titleHolder } from './people.ts';
import { sameRoleCountry } from './role-country.ts';
import type { Mention } from './types.ts';

/** Religions as Phoenix.agents.txt codes them (ISLAMIC ~MUS, CHRISTIAN ~CHR, JEWISH ~JEW, HINDU ~HIN …). */
const RELIGIONS = new Set(
  'islamic islamist muslim moslem sunni shia shiite christian jewish hindu buddhist'.split(' '),
);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** "Hundreds of UN troops": quantities before "of" belong to the phrase. */
const QUANTITY = new Set([
  'hundreds',
  'thousands',
  'dozens',
  'scores',
  'millions',
  'some',
  'many',
  'most',
  'several',
  'one',
  'two',
  'three',
  'four',
  'five',
  'group',
  'team',
  'number',
]);
/** Speaker nouns that are documents, whose author is the speaker. */
const DOCUMENTS = new Set(['report', 'study', 'survey', 'communique', 'communiqué', 'dossier']);
/** Event and thing families a definite phrase may refer back to ("the incident" → the attack). */
const FAMILY: Record<string, string[]> = { Attack: ['Attack', 'Incident'], Incident: ['Incident', 'Attack'] };

export function phraseCandidates(
  toks: Tok[],
  lex: Lexicon,
  doc: DocState,
  registryAt: RegistryAt,
  blocked: (i: number) => boolean,
  pending: Mention[],
  context?: string,
  story?: string,
  /** The one state this sentence names, if it names exactly one. */
  named?: string,
): Candidate[] {
  const out: Candidate[] = [];
  const heads = headLookup(toks, lex, doc);
  for (let i = 0; i < toks.length; i++) {
    if (blocked(i) || toks[i]!.pos === 'ADP') continue;
    const head = roleHeadAt(toks, i, heads, blocked);
    if (!head || (toks[i]!.pos === 'VERB' && head.end - head.start === 1)) continue;
    // Only the last noun of a compound is its head: "government forces" is about forces, and "a rebel
    // target" or "a police station" names no rebels or police.
    const next = toks[head.end];
    if (
      next &&
      (next.pos === 'NOUN' || next.pos === 'PROPN') &&
      !registryAt[head.end] &&
      (roleHeadAt(toks, head.end, heads, blocked) || (head.code && next.pos === 'NOUN'))
    )
      continue;
    const c = phrase(toks, head, lex, doc, registryAt, blocked, pending, context, story, named);
    if (c) out.push(c);
    i = head.end - 1;
  }
  sameRoleCountry(out, doc);
  return out;
}

function phrase(
  toks: Tok[],
  head: Head,
  lex: Lexicon,
  doc: DocState,
  registryAt: RegistryAt,
  blocked: (i: number) => boolean,
  pending: Mention[],
  context: string | undefined,
  story: string | undefined,
  named: string | undefined,
): Candidate | undefined {
  // Left edge: determiners, adjectives, nouns, registry names (demonyms, "Iraq's").
  let start = head.start;
  let owner: Entity | undefined;
  for (let k = head.start - 1; k >= 0; k--) {
    const t = toks[k]!;
    // Possessives: "Iraq's army", "a Kenyan doctors' union".
    if (t.lower === "'s" || t.lower === '’s' || t.text === "'" || t.text === '’') continue;
    const reg = registryAtEnd(k, registryAt, toks);
    if (reg) {
      owner ??= reg.entity;
      start = reg.start;
      k = reg.start;
      continue;
    }
    if (blocked(k) || !MODIFIER_POS.has(t.pos) || t.lower === 'that') break;
    start = k;
  }
  // "Hundreds of UN troops": a quantity and "of" before the phrase.
  if (start >= 2 && toks[start - 1]!.lower === 'of' && QUANTITY.has(toks[start - 2]!.lower)) start -= 2;
  const det = toks[start]!.lower;
  const quantified =
    lex.quantifiers.has(det) ||
    (start + 1 < head.start &&
      lex.quantifiers.has(toks[start + 1]!.lower) &&
      toks[start]!.pos === 'DET' &&
      det !== 'the');
  const definite = DEFINITE.has(det);
  // Right edge: "of X" / "from X" / "in X" for the owner; "with ties to X" for a sponsor.
  let end = head.end;
  let sponsor: Entity | undefined;
  if (head.entry.role !== 'thing') {
    for (const words of lex.sponsorPhrases) {
      let k = end;
      if (toks[k]?.lower === 'with') k++;
      if (words.every((w, n) => toks[k + n]?.lemma === w || toks[k + n]?.lower === w)) {
        const r = ownerAfter(toks, k + words.length, registryAt, doc);
        if (r) {
          sponsor = r.entity;
          end = r.end;
        }
        break;
      }
    }
    const prep = toks[end]?.lower;
    if (!owner && !sponsor && (prep === 'of' || prep === 'from' || prep === 'in')) {
      // A place stands for its state only for a state's offices and armed men ("the governor of Basra",
      // "militants from Waziristan"); "the people of Mumbai" stay no actor.
      const places = prep !== 'in' && (head.entry.role === 'state' || head.entry.kind === 'ArmedGroup');
      const r = ownerAfter(toks, end + 1, registryAt, doc, places);
      if (r) {
        owner = r.entity;
        end = r.end;
      }
    }
  }
  // The phrase as written, less its determiner: built only where an unnamed entity needs it (a role
  // actor found by code does not), each return path asking once.
  const nameOf = (): string =>
    toks
      .slice(start, end)
      .map((t) => t.text)
      .join(' ')
      .replace(/ ([’']s)\b/g, '$1')
      .replace(/^(the|a|an|this|that|these|those|its|their|his|her|our|some)\s+/i, '');
  const entry = head.entry;
  const base = { start, end, priority: PRIORITY.np } as const;
  if (quantified && entry.role !== 'thing') {
    return { ...base, entity: placeholder(nameOf()), via: 'role', role: entry.role, quantified: true };
  }
  const country = owner ? countryOf(owner) : sponsor ? countryOf(sponsor) : undefined;
  // CAMEO role actors (country + role): "Turkish troops" TURMIL, "Yemeni rebels" YEMREB. The country is
  // the owner state's, else the context's (docs/extraction.md, "Country from context"); a group backed by
  // a state ("with ties to X") is not X's own and keeps its own node.
  const code = head.code;
  const ownState = owner?.kind === 'State' ? countryOf(owner) : undefined;
  if (entry === ROLE_ONLY) return roleCandidate(doc, code, ownState, sponsor, base, entry);
  switch (entry.role) {
    case 'state': {
      const holder = titleHolder(toks, head, lex, doc, pending, definite, owner);
      if (holder) return { ...base, entity: holder, via: 'coref', role: 'state' };
      if (owner)
        return (
          (code !== 'GOV' ? roleCandidate(doc, code, ownState, sponsor, base, entry) : undefined) ?? {
            ...base,
            entity: owner,
            via: 'role',
            role: 'state',
          }
        );
      // "Police fired…", "officials said": an unnamed role of the state the context is about; "the
      // foreign troops" say they are not the context's.
      if (toks.slice(start, head.start).some((t) => t.lower === 'foreign')) return undefined;
      if (!definite || code !== 'GOV') {
        const r = fromContext(roleCandidate(doc, code, context, sponsor, base, entry));
        if (r || !definite) return r;
      }
      const state = doc.latest(['State'], pending);
      if (state) return { ...base, entity: state, via: 'coref', role: 'state' };
      // "the government" before any state was mentioned as such: the state of the story so far (never
      // one this sentence names: "the government thanked China" is not China's).
      const own = roleCandidate(doc, code, story, undefined, base, entry);
      if (own) return own;
      // Without any state so far, "the air force" may still take the country of the military named
      // with its state in this sentence (sameRoleCountry).
      const body = doc.unnamed('GovernmentBody', nameOf());
      const role = code && code !== 'GOV' ? { code, fromContext: true } : {};
      return body ? { ...base, entity: body, via: 'role', role: 'state', ...role } : undefined;
    }
    case 'speaker': {
      // A document says nothing itself: "a UN report said" is the UN's claim, and a report of no one
      // names no speaker (never a Group called "report").
      if (DOCUMENTS.has(toks[head.end - 1]!.lemma))
        return owner ? { ...base, entity: owner, via: 'role', role: 'speaker' } : undefined;
      const e = doc.unnamed('Group', nameOf(), country);
      return e ? { ...base, entity: e, via: 'role', role: 'speaker' } : undefined;
    }
    case 'group': {
      // Counted people are civilians of the state they are in, or of the one state the sentence names (a
      // story's state may be another's: "800 people marched in Quetta, burning a U.S. flag").
      if (entry.needsModifier && !sponsor && (!owner || ownState) && countedPeople(toks, start, head.end))
        return roleCandidate(doc, 'CVL', ownState ?? named, undefined, base, entry);
      if (entry.needsModifier && !owner && !sponsor) return undefined;
      // "Islamic militant fighters": a religion and a role, with no country (Phoenix.agents.txt codes
      // ISLAMIC_MILITANT as ~MUSUAF, JIHADIST as ~UAFMUS), so never the context's state.
      const religious =
        entry.kind === 'ArmedGroup' && toks.slice(start, head.start).some((t) => RELIGIONS.has(t.lower));
      if (ownState || (!owner && !religious)) {
        const r = roleCandidate(doc, code, ownState ?? context, sponsor, base, entry);
        if (r) return ownState ? r : fromContext(r);
      }
      // "Taliban fighters", "Hamas gunmen", "al-Shabab militants": armed men named by the organisation
      // right before them are that organisation, as the CAMEO actor codebook codes members by their group.
      if (
        owner &&
        entry.kind === 'ArmedGroup' &&
        owner.kind !== 'State' &&
        doc.ontology.isA(owner.kind, 'Organization') &&
        registryAtEnd(head.start - 1, registryAt, toks)?.entity === owner
      )
        return { ...base, entity: owner, via: 'name', role: 'group' };
      if (definite && !owner && !sponsor) {
        const prev = doc.latest([entry.kind ?? 'Group'], pending);
        if (prev) return { ...base, entity: prev, via: 'coref', role: 'group' };
      }
      const e = doc.unnamed(entry.kind ?? 'Group', nameOf(), country);
      return e
        ? { ...base, entity: e, via: 'role', role: 'group', ...(sponsor ? { sponsor } : {}) }
        : undefined;
    }
    case 'thing': {
      const kind = entry.kind ?? 'Facility';
      if (quantified)
        return { ...base, entity: placeholder(nameOf()), via: 'thing', role: 'thing', quantified: true };
      // "Pakistan's foreign ministry" is the body its capitalised name makes: org:pak:foreign-ministry.
      if (ownState && doc.ontology.isA(kind, 'GovernmentBody'))
        return bodyCandidate(doc, toks, base, ownState);
      if (definite) {
        const prev =
          doc.latest([kind], pending) ?? (FAMILY[kind] ? doc.latest(FAMILY[kind], pending) : undefined);
        if (prev) return { ...base, end: head.end, entity: prev, via: 'coref', role: 'thing' };
      }
      if (entry.needsModifier && start === head.start) return undefined;
      // "a spokesman for the interior ministry": a body named by its portfolio and no state is the
      // context's state's, as its capitalised name would be ("the Interior Ministry", names.ts).
      const portfolio = toks[head.start - 1];
      if (!owner && context && portfolio?.pos !== 'DET' && doc.ontology.isA(kind, 'GovernmentBody'))
        return bodyCandidate(doc, toks, base, context);
      const e = doc.unnamed(kind, nameOf().replace(/\s+(on|in|of)\s.*$/, ''), country);
      // "Israeli tank shelling": the demonym names who attacked.
      const agent =
        owner && doc.ontology.isA(kind, 'Event') && doc.ontology.isA(owner.kind, 'Actor') ? owner : undefined;
      return e
        ? { ...base, end: head.end, entity: e, via: 'thing', role: 'thing', ...(agent ? { agent } : {}) }
        : undefined;
    }
  }
}

/**
 * The role actor of a CAMEO role code in a country, as a candidate over the phrase's span; none without a
 * code or a country, or for a group backed by a state ("with ties to X"), which keeps its own node.
 */
function roleCandidate(
  doc: DocState,
  code: string | undefined,
  iso: string | undefined,
  sponsor: Entity | undefined,
  base: { start: number; end: number; priority: number },
  entry: NounEntry,
): Candidate | undefined {
  const e = code && iso && !sponsor ? doc.roleActor(code, iso) : undefined;
  return e
    ? { ...base, entity: e, via: 'role', role: entry.role === 'state' ? 'state' : 'group', code: code! }
    : undefined;
}

const fromContext = (c: Candidate | undefined): Candidate | undefined => c && { ...c, fromContext: true };
