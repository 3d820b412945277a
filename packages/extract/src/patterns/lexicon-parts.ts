// The non-verb sections of the pattern files, checked key by key: nominal prepositions, the noun lexicon
// (nouns:, quantifiers:, sponsors:), names (titles:, suffixes:) and event nouns with their light verbs.
import type { Ontology } from '@geokg/core';
import type { PatternFile, Path, Raw } from './source.ts';
import type { EventNoun, Lexicon, NounEntry, PrepRelation } from './types.ts';

function kindsAt(f: PatternFile, path: Path, v: unknown, ontology: Ontology, dflt: string[]): string[] {
  if (v === undefined) return dflt;
  const list = f.strings(path, v, path[path.length - 1] as string);
  for (const k of list)
    if (!ontology.hasKind(k))
      f.fail(path, `unknown kind "${k}"; use one of ${ontology.concreteKinds().join(', ')}`);
  return list;
}

function predicateAt(f: PatternFile, path: Path, v: unknown, ontology: Ontology): string {
  const p = f.string(path, v, 'predicate');
  if (!ontology.edgeKinds.has(p))
    f.fail(path, `unknown predicate "${p}"; use one of ${[...ontology.edgeKinds.keys()].join(', ')}`);
  return p;
}

export function prepRelation(f: PatternFile, path: Path, raw: unknown, ontology: Ontology): PrepRelation {
  const p = f.keys(path, raw, ['preps', 'predicate', 'subject', 'object'], 'a preposition relation');
  return {
    preps: new Set(f.strings([...path, 'preps'], p.preps, 'preps').map((s) => s.toLowerCase())),
    predicate: predicateAt(f, [...path, 'predicate'], p.predicate, ontology),
    subjectKinds: kindsAt(f, [...path, 'subject'], p.subject, ontology, ['Thing']),
    objectKinds: kindsAt(f, [...path, 'object'], p.object, ontology, ['Thing']),
    origin: f.at(path),
  };
}

export function addNouns(lex: Lexicon, f: PatternFile, ontology: Ontology): void {
  const d = f.data;
  for (const q of f.strings(['quantifiers'], d.quantifiers, 'quantifiers'))
    lex.quantifiers.add(q.toLowerCase());
  for (const s of f.strings(['sponsors'], d.sponsors, 'sponsors'))
    lex.sponsorPhrases.push(s.toLowerCase().split(/\s+/));
  if (d.nouns === undefined) return;
  const nouns = f.keys(['nouns'], d.nouns, ['state', 'speaker', 'group', 'thing', 'needsModifier'], 'nouns');
  const needs = new Set(
    f.strings(['nouns', 'needsModifier'], nouns.needsModifier, 'needsModifier').map((w) => w.toLowerCase()),
  );
  const put = (word: string, entry: NounEntry): void => {
    const w = word.toLowerCase();
    const words = w.split(/\s+/);
    lex.nouns.set(w, needs.has(w) ? { ...entry, needsModifier: true } : entry);
    lex.nounFirst.set(words[0]!, Math.max(lex.nounFirst.get(words[0]!) ?? 0, words.length));
  };
  for (const w of f.strings(['nouns', 'state'], nouns.state, 'nouns.state')) put(w, { role: 'state' });
  for (const w of f.strings(['nouns', 'speaker'], nouns.speaker, 'nouns.speaker'))
    put(w, { role: 'speaker', kind: 'Group' });
  for (const role of ['group', 'thing'] as const) {
    if (nouns[role] === undefined) continue;
    const byKind = f.keys(['nouns', role], nouns[role], Object.keys(nouns[role] as Raw), `nouns.${role}`);
    for (const [kind, words] of Object.entries(byKind)) {
      kindsAt(f, ['nouns', role, kind], [kind], ontology, []);
      for (const w of f.strings(['nouns', role, kind], words, `nouns.${role}.${kind}`))
        put(w, { role, kind });
    }
  }
}

export function addNames(lex: Lexicon, f: PatternFile, ontology: Ontology): void {
  const d = f.data;
  for (const t of f.strings(['titles'], d.titles, 'titles')) {
    const words = t.toLowerCase().split(/\s+/);
    lex.titles.set(words[0]!, Math.max(lex.titles.get(words[0]!) ?? 0, words.length));
    lex.titleSet.add(words.join(' '));
  }
  if (d.suffixes === undefined) return;
  const suffixes = f.keys(['suffixes'], d.suffixes, Object.keys(d.suffixes as Raw), 'suffixes');
  for (const [w, s] of Object.entries(suffixes)) {
    const path = ['suffixes', w];
    const raw =
      typeof s === 'string' ? { kind: s } : f.keys(path, s, ['kind', 'governmental'], `suffix "${w}"`);
    const kind = kindsAt(f, path, [f.string(path, raw.kind, 'kind')], ontology, [])[0]!;
    const governmental = f.bool(path, raw.governmental, 'governmental');
    lex.suffixes.set(w.toLowerCase(), { kind, ...(governmental !== undefined ? { governmental } : {}) });
  }
}

const EVENT_KEYS = [
  'name',
  'nouns',
  'code',
  'kind',
  'lightVerbs',
  'targets',
  'symmetric',
  'nominal',
  'subject',
];

/**
 * events: nouns that name an event ("talks", "the shooting-down of", "a truce"), their CAMEO code, the
 * prepositions that introduce the target, and the light verbs that make them an act ("hold talks",
 * "call a truce"). load.ts compiles the light verbs into verb patterns; relations/events.ts reads the
 * nominal ones.
 */
export function addEvents(lex: Lexicon, f: PatternFile, ontology: Ontology): void {
  if (f.data.events === undefined) return;
  if (!Array.isArray(f.data.events)) f.fail(['events'], 'events must be a list');
  (f.data.events as unknown[]).forEach((raw, i) => {
    const path: Path = ['events', i];
    const e = f.keys(path, raw, EVENT_KEYS, 'an event noun');
    const code = f.code([...path, 'code'], e.code, 'code');
    const edge = ontology.edgeForCameo(code);
    if (!edge) f.fail([...path, 'code'], `CAMEO code ${code} maps to no edge of the ontology`);
    const kind = e.kind === undefined ? 'Event' : kindsAt(f, [...path, 'kind'], [e.kind], ontology, [])[0]!;
    if (!ontology.isA(kind, 'Event')) f.fail([...path, 'kind'], `kind "${kind}" is not an Event`);
    const entry: EventNoun = {
      name: f.string([...path, 'name'], e.name, 'name'),
      code,
      predicate: edge!.name,
      kind,
      targets: new Set(f.strings([...path, 'targets'], e.targets, 'targets').map((w) => w.toLowerCase())),
      symmetric: f.bool([...path, 'symmetric'], e.symmetric, 'symmetric') ?? false,
      nominal: f.bool([...path, 'nominal'], e.nominal, 'nominal') ?? false,
      ...(e.subject !== undefined
        ? { subject: kindsAt(f, [...path, 'subject'], e.subject, ontology, []) }
        : {}),
      // "cease-fire" is three tokens: cease - fire.
      nouns: f
        .strings([...path, 'nouns'], e.nouns, 'nouns')
        .map((n) => n.toLowerCase().replace(/-/g, ' - ').split(/\s+/)),
      lightVerbs: f.strings([...path, 'lightVerbs'], e.lightVerbs, 'lightVerbs').map((v) => v.toLowerCase()),
      origin: f.at(path),
    };
    if (!entry.nouns.length) f.fail(path, `event "${entry.name}" has no nouns`);
    lex.events.push(entry);
    if (entry.nominal)
      for (const n of entry.nouns) lex.eventNouns.set(n[0]!, [...(lex.eventNouns.get(n[0]!) ?? []), entry]);
  });
}
