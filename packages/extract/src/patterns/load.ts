// Loads the pattern dictionaries under seeds/patterns/ (all *.yaml, in name order) into one Lexicon. Every
// key, shape, predicate and kind is checked at load: a typo fails with file:line, never silently.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEEDS_DIR } from '@geokg/core';
import type { Ontology } from '@geokg/core';
import { PatternError } from '../errors.ts';
import { addComplements } from './complements-load.ts';
import { addEvents, addNames, addNouns, prepRelation } from './lexicon-parts.ts';
import { readModality } from './modality-load.ts';
import { GAP, parsePattern } from './parse.ts';
import { PatternFile } from './source.ts';
import type { Path, Raw } from './source.ts';
import type { EventNoun, Lexicon, VerbPattern } from './types.ts';

export const DEFAULT_PATTERNS_DIR = join(DEFAULT_SEEDS_DIR, 'patterns');

const TOP_KEYS = [
  'rank',
  'sets',
  'blocks',
  'prepositions',
  'nouns',
  'titles',
  'suffixes',
  'quantifiers',
  'sponsors',
  'modality',
  'events',
  'complements',
] as const;
const BLOCK_KEYS = [
  'name',
  'verbs',
  'code',
  'predicate',
  'reverse',
  'symmetric',
  'subject',
  'object',
  'patterns',
];
const PATTERN_KEYS = ['match', 'cameo', 'predicate', 'reverse', 'symmetric', 'subject', 'object'];

/** What a block or pattern says about its claim; a pattern's own keys win over its block's. */
interface Spec {
  code?: string;
  predicate?: string;
  reverse?: boolean;
  symmetric?: boolean;
  subject?: string[];
  object?: string[];
}

export function loadLexicon(ontology: Ontology, dir: string = DEFAULT_PATTERNS_DIR): Lexicon {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch {
    throw new PatternError(
      `geokg extract: no pattern directory at ${dir}; pass patternsDir or restore seeds/patterns/`,
    );
  }
  const files = names.map((f) => new PatternFile(dir, f));
  const sets = new Map<string, string[][]>();
  for (const f of files) {
    f.keys([], f.data, TOP_KEYS, 'a pattern file');
    if (f.data.sets === undefined) continue;
    for (const [name, items] of Object.entries(
      f.keys(['sets'], f.data.sets, Object.keys(f.data.sets as Raw), 'sets'),
    )) {
      const words = f
        .strings(['sets', name], items, `set ${name}`)
        .map((w) => w.toLowerCase().replace(/_+$/, '').split(/[_ ]+/).filter(Boolean));
      sets.set(name.toUpperCase(), [...(sets.get(name.toUpperCase()) ?? []), ...words]);
    }
  }
  const lex: Lexicon = {
    patterns: new Map(),
    prepRelations: [],
    nouns: new Map(),
    nounFirst: new Map(),
    titles: new Map(),
    titleSet: new Set(),
    suffixes: new Map(),
    quantifiers: new Set(),
    sponsorPhrases: [],
    modality: undefined as unknown as Lexicon['modality'],
    frameVerbs: new Set(),
    events: [],
    eventNouns: new Map(),
    governors: new Map(),
  };
  for (const f of files) {
    const d = f.data;
    const rank = d.rank === undefined ? 0 : f.number(['rank'], d.rank, 'rank', 0, 9);
    if (d.blocks !== undefined && !Array.isArray(d.blocks)) f.fail(['blocks'], 'blocks must be a list');
    ((d.blocks ?? []) as unknown[]).forEach((b, i) =>
      addBlock(lex, f, ['blocks', i], b, rank, sets, ontology),
    );
    if (d.prepositions !== undefined && !Array.isArray(d.prepositions))
      f.fail(['prepositions'], 'prepositions must be a list');
    ((d.prepositions ?? []) as unknown[]).forEach((p, i) =>
      lex.prepRelations.push(prepRelation(f, ['prepositions', i], p, ontology)),
    );
    addNouns(lex, f, ontology);
    addNames(lex, f, ontology);
    addEvents(lex, f, ontology);
    addComplements(lex, f, ontology);
    if (d.modality !== undefined) {
      if (lex.modality) f.fail(['modality'], 'modality: is given twice; keep one modality section');
      lex.modality = readModality(f, ontology);
    }
  }
  for (const e of lex.events) addLightVerbs(lex, e, sets, ontology);
  if (!lex.modality)
    throw new PatternError(`geokg extract: ${dir}: no file has a modality: section; restore modality.yaml`);
  const m = lex.modality;
  for (const set of [m.reportVerbs, m.hedgeVerbs, m.denyVerbs]) for (const w of set) lex.frameVerbs.add(w);
  for (const list of lex.patterns.values()) list.sort((a, b) => a.rank - b.rank || b.weight - a.weight);
  return lex;
}

/** "hold talks (with|between +)", "call a truce": each light verb of an event noun as curated verb patterns. */
function addLightVerbs(lex: Lexicon, e: EventNoun, sets: Map<string, string[][]>, ontology: Ontology): void {
  const nouns = e.nouns.map((n) => n.join('_')).join('|');
  const preps = [...e.targets].join('|');
  const lines = [...(preps ? [`* ${nouns} (${preps} +) [${e.code}]`] : []), `* ${nouns} [${e.code}]`];
  for (const verbPhrase of e.lightVerbs) {
    const [verb, ...particle] = verbPhrase.split(/\s+/);
    const prefix = particle.length ? `{${particle.join(' ')}} ` : '';
    const list = lex.patterns.get(verb!) ?? [];
    for (const line of lines) {
      const c = compile(
        { symmetric: e.symmetric },
        line.replace('*', `* ${prefix}`),
        line,
        0,
        `${e.origin} ${e.name}`,
        sets,
        ontology,
        verb!,
        undefined,
        undefined,
        particle.length,
      );
      // The noun belongs to the light verb's own phrase: "launched a major offensive", within three tokens.
      c.post[particle.length]!.gap = GAP.near;
      list.push(c);
    }
    lex.patterns.set(verb!, list);
  }
}

function readSpec(f: PatternFile, path: Path, raw: Raw, ontology: Ontology): Spec {
  const kinds = (k: 'subject' | 'object'): string[] | undefined => {
    if (raw[k] === undefined) return undefined;
    const list = f.strings([...path, k], raw[k], k);
    for (const kind of list)
      if (!ontology.hasKind(kind))
        f.fail([...path, k], `unknown kind "${kind}"; use one of ${ontology.concreteKinds().join(', ')}`);
    return list;
  };
  const predicate =
    raw.predicate === undefined ? undefined : f.string([...path, 'predicate'], raw.predicate, 'predicate');
  if (predicate !== undefined && !ontology.edgeKinds.has(predicate))
    f.fail(
      [...path, 'predicate'],
      `unknown predicate "${predicate}"; use one of ${[...ontology.edgeKinds.keys()].join(', ')}`,
    );
  const codeKey = raw.cameo !== undefined ? 'cameo' : 'code';
  const reverse = f.bool([...path, 'reverse'], raw.reverse, 'reverse');
  const symmetric = f.bool([...path, 'symmetric'], raw.symmetric, 'symmetric');
  const subject = kinds('subject');
  const object = kinds('object');
  return {
    ...(raw[codeKey] !== undefined ? { code: f.code([...path, codeKey], raw[codeKey], codeKey) } : {}),
    ...(predicate ? { predicate } : {}),
    ...(reverse !== undefined ? { reverse } : {}),
    ...(symmetric !== undefined ? { symmetric } : {}),
    ...(subject ? { subject } : {}),
    ...(object ? { object } : {}),
  };
}

function addBlock(
  lex: Lexicon,
  f: PatternFile,
  path: Path,
  rawBlock: unknown,
  rank: number,
  sets: Map<string, string[][]>,
  ontology: Ontology,
): void {
  const b = f.keys(path, rawBlock, BLOCK_KEYS, 'a block');
  const name = b.name === undefined ? String(path[1]) : f.string([...path, 'name'], b.name, 'name');
  const spec = readSpec(f, path, b, ontology);
  // verbs: a list of lemmas, or a map lemma → own default code (null: the block's).
  let verbs: [string, string | undefined, Path][];
  if (Array.isArray(b.verbs)) {
    verbs = f
      .strings([...path, 'verbs'], b.verbs, 'verbs')
      .map((v, i) => [v, undefined, [...path, 'verbs', i]]);
  } else if (b.verbs && typeof b.verbs === 'object') {
    verbs = Object.entries(b.verbs as Raw).map(([v, c]) => [
      v,
      c === null ? undefined : f.code([...path, 'verbs', v], c, `the code of verb "${v}"`),
      [...path, 'verbs', v],
    ]);
  } else if (b.verbs !== undefined)
    f.fail([...path, 'verbs'], 'verbs must be a list of words or a map verb → code');
  else verbs = [];
  if (!verbs.length) f.fail(path, `block "${name}" has no verbs; list the trigger verbs under verbs:`);
  if (b.patterns !== undefined && !Array.isArray(b.patterns))
    f.fail([...path, 'patterns'], 'patterns must be a list of pattern lines or { match: … } maps');
  const patterns = ((b.patterns ?? []) as unknown[]).map((p, i) => {
    const pp: Path = [...path, 'patterns', i];
    if (typeof p === 'string') return { match: p, spec: {}, where: f.at(pp) };
    const r = f.keys(pp, p, PATTERN_KEYS, 'a pattern');
    return {
      match: f.string([...pp, 'match'], r.match, 'match'),
      spec: readSpec(f, pp, r, ontology),
      where: f.at(pp),
    };
  });
  for (const [verbPhrase, own, vp] of verbs) {
    // "carry out": the verb is the first word, the particle a first adjacent literal.
    const [verb, ...particle] = verbPhrase.toLowerCase().split(/\s+/);
    const prefix = particle.length ? `{${particle.join(' ')}} ` : '';
    const list = lex.patterns.get(verb!) ?? [];
    for (const p of patterns) {
      const body = p.match.replace('*', `* ${prefix}`);
      // A pattern's own cameo: beats its [code]; the block's code comes last.
      const c = compile(
        { ...spec, ...p.spec },
        body,
        p.match,
        rank,
        `${p.where} ${name}`,
        sets,
        ontology,
        verb!,
        p.spec.code,
        spec.code,
        particle.length,
      );
      list.push(c);
    }
    const fallback = own ?? spec.code;
    const where = `${f.at(own ? vp : spec.code ? [...path, 'code'] : path)} ${name}`;
    if (fallback && fallback !== '---') {
      list.push(
        compile(
          spec,
          `* ${prefix}[${fallback}]`,
          `* [${fallback}]`,
          rank,
          where,
          sets,
          ontology,
          verb!,
          undefined,
          undefined,
          particle.length,
        ),
      );
    } else if (spec.predicate && !patterns.length) {
      list.push(
        compile(
          spec,
          `* ${prefix}`,
          '*',
          rank,
          where,
          sets,
          ontology,
          verb!,
          undefined,
          undefined,
          particle.length,
        ),
      );
    }
    lex.patterns.set(verb!, list);
  }
}

function compile(
  s: Spec,
  body: string,
  text: string,
  rank: number,
  where: string,
  sets: Map<string, string[][]>,
  ontology: Ontology,
  verb: string,
  own: string | undefined,
  blockCode: string | undefined,
  particles = 0,
): VerbPattern {
  const parsed = parsePattern(body, sets, where);
  // A particle ("call on", "carry out") sits right after the verb, not anywhere in the clause.
  for (let k = 0; k < particles; k++) parsed.post[k]!.gap = 1;
  // As before: a block's code is a pattern's code only when no predicate names the edge.
  const cameo = own ?? parsed.code ?? (s.predicate ? undefined : blockCode);
  let predicate = s.predicate;
  if (cameo === '---') predicate = 'none';
  else if (!predicate) {
    if (!cameo)
      throw new PatternError(
        `geokg extract: ${where}: "${text}" has neither a predicate nor a CAMEO code; add [code] or predicate:`,
      );
    predicate = ontology.edgeForCameo(cameo)?.name;
    if (!predicate)
      throw new PatternError(
        `geokg extract: ${where}: CAMEO code ${cameo} maps to no edge of the ontology; give predicate:`,
      );
  }
  const plover = predicate !== 'none' ? ontology.edge(predicate).plover : undefined;
  return {
    verb,
    pre: parsed.pre,
    post: parsed.post,
    predicate,
    ...(cameo && cameo !== '---' ? { cameo } : {}),
    ...(plover ? { plover } : {}),
    reverse: s.reverse ?? false,
    symmetric: s.symmetric ?? false,
    ...(s.subject ? { subjectKinds: s.subject } : {}),
    ...(s.object ? { objectKinds: s.object } : {}),
    weight: parsed.weight,
    origin: where,
    text,
    rank,
    needs: parsed.post.flatMap((e) => (e.type === 'lit' ? [[...new Set(e.alts.map((a) => a[0]!))]] : [])),
  };
}
