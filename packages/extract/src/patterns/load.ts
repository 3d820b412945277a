// Loads the pattern dictionaries under seeds/patterns/ (all *.yaml, in name order) into one Lexicon. Every
// key, shape, predicate and kind is checked at load: a typo fails with file:line, never silently.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEEDS_DIR } from '@geokg/core';
import type { Ontology } from '@geokg/core';
import { PatternError } from '../errors.ts';
import { addBlock, addLightVerbs } from './blocks-load.ts';
import { addComplements } from './complements-load.ts';
import { addEvents, addNames, addNouns, prepRelation } from './lexicon-parts.ts';
import { readModality } from './modality-load.ts';
import { addVerdicts } from './verdicts-load.ts';
import { PatternFile } from './source.ts';
import type { Raw } from './source.ts';
import type { Lexicon } from './types.ts';

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
  'verdicts',
] as const;
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
    addVerdicts(lex, f, ontology);
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
